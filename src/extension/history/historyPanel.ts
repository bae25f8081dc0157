// "Coaching: Show Progress History": one webview panel per rep (shown again, not duplicated, for
// the same rep) with charts and a timeline drawn from `buildRepHistory`. The page is rendered here
// (historyPage.ts); the webview's script only forwards clicks, so every message it sends is checked,
// and a note is opened only when it is one of this rep's indexed notes. Panels follow note changes
// and are restored after a reload.
import * as vscode from 'vscode';
import { webviewNonce } from '../util/webviewNonce';
import type { RepOverview } from '../../core/reps/repOverview';
import { CommandIds } from '../commandIds';
import { DisposableStore } from '../util/dispose';
import { displayLang, displayMessages } from '../displayLanguage';
import { renderHistoryBody, renderHistoryPage } from './historyPage';
import type { HistorySource } from './historySource';
import { parsePanelMessage, type PanelMessage } from './panelMessages';
import { repFromTarget, resolveRep } from './repPicker';

export const HISTORY_VIEW_TYPE = 'coachingNotes.history';

/**
 * Test-only, not in package.json: returns `HistoryPanelState[]` for the open panels, i.e. what each
 * webview last reported having rendered (counted in its DOM) and any script or CSP problem it
 * reported. The integration tests use it because the webview's DOM is out of their reach.
 */
export const HISTORY_PANEL_STATE_COMMAND = 'coachingNotes.test.historyPanelState';

export interface HistoryPanelState {
  readonly rep: string;
  readonly title: string;
  readonly visible: boolean;
  readonly hidePrivate: boolean;
  /** Counted by the webview script in the DOM after its last render; null until it reports. */
  readonly rendered: { readonly notes: number; readonly points: number; readonly charts: number } | null;
  /** Script errors and Content-Security-Policy violations reported by the page. */
  readonly problems: readonly string[];
  /** How many times the page reported a render (initial load and every update). */
  readonly renders: number;
}

interface PersistedState {
  readonly rep?: unknown;
}

class HistoryPanel extends DisposableStore {
  private hidePrivate = false;
  /** The body inside the page currently set as `webview.html`, and the latest body. */
  private pageBody = '';
  private latestBody = '';
  private rendered: HistoryPanelState['rendered'] = null;
  private renders = 0;
  private readonly problems: string[] = [];
  private readonly closed = this.register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.closed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private repKey: string,
    private readonly source: HistorySource,
    private readonly mediaRoot: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    panel.webview.options = { enableScripts: true, localResourceRoots: [mediaRoot] };
    this.register(panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)));
    this.register(
      panel.onDidDispose(() => {
        this.closed.fire();
        this.dispose();
      }),
    );
    this.register(source.onDidChange(() => this.update()));
    this.loadPage();
  }

  get key(): string {
    return this.repKey;
  }

  state(): HistoryPanelState {
    return {
      rep: this.repKey,
      title: this.panel.title,
      visible: this.panel.visible,
      hidePrivate: this.hidePrivate,
      rendered: this.rendered,
      problems: [...this.problems],
      renders: this.renders,
    };
  }

  private rep(): RepOverview | undefined {
    return this.source.reps.get(this.repKey) ?? this.source.findRep(this.repKey);
  }

  private body(): string {
    const rep = this.rep();
    if (!rep) {
      return `<p class="empty">${vscode.l10n.t('There are no coaching notes for this rep any more.')}</p>`;
    }
    this.repKey = rep.key;
    this.panel.title = vscode.l10n.t('History: {0}', rep.name);
    return renderHistoryBody({
      history: this.source.build(rep, { forSharing: this.hidePrivate }),
      repName: rep.name,
      team: rep.roster?.team ?? null,
      role: rep.roster?.role ?? null,
      hidePrivate: this.hidePrivate,
      messages: displayMessages(),
    });
  }

  /** Sets the whole page (first load, or a webview that was hidden and must reload anyway). */
  private loadPage(): void {
    const body = this.body();
    const webview = this.panel.webview;
    const media = (file: string) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, file)).toString();
    this.pageBody = body;
    this.latestBody = body;
    webview.html = renderHistoryPage(body, {
      cspSource: webview.cspSource,
      nonce: webviewNonce(),
      styleUri: media('history.css'),
      scriptUri: media('history.js'),
      repKey: this.repKey,
      title: this.panel.title,
      lang: displayLang(),
    });
  }

  /** Re-renders after a change; a visible page is updated in place (scroll and focus kept). */
  update(): void {
    const body = this.body();
    if (body === this.latestBody) return;
    this.latestBody = body;
    if (this.panel.visible) {
      void this.panel.webview.postMessage({ type: 'render', html: body });
    } else {
      this.loadPage();
    }
  }

  private receive(raw: unknown): void {
    const message = parsePanelMessage(raw);
    if (!message) {
      this.log.warn('History panel: ignored an unexpected message from the webview.');
      return;
    }
    void this.handle(message);
  }

  private async handle(message: PanelMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A hidden webview reloads the page it was given last; bring it up to date.
        if (this.pageBody !== this.latestBody) {
          await this.panel.webview.postMessage({ type: 'render', html: this.latestBody });
        }
        return;
      case 'rendered':
        this.rendered = { notes: message.notes, points: message.points, charts: message.charts };
        this.renders++;
        return;
      case 'problem':
        this.problems.push(message.message);
        this.log.warn(`History panel: ${message.message}`);
        return;
      case 'open':
        return this.openNote(message.file, message.line);
      case 'command':
        if (message.command === 'togglePrivate') {
          this.hidePrivate = !this.hidePrivate;
          this.update();
        } else {
          const command =
            message.command === 'prepareBrief' ? CommandIds.prepareBrief : CommandIds.exportReport;
          await vscode.commands.executeCommand(command, this.repKey);
        }
        return;
    }
  }

  /** Opens a note line beside the panel, only for one of this rep's indexed notes. */
  private async openNote(file: string, line: number): Promise<void> {
    const rep = this.rep();
    const note = this.source.parsed(file);
    if (!rep || !note || !this.source.isNoteOf(rep, file)) {
      this.log.warn('History panel: refused to open a file that is not one of the rep’s notes.');
      return;
    }
    const position = new vscode.Position(Math.min(line, Math.max(note.lineCount - 1, 0)), 0);
    await vscode.window.showTextDocument(vscode.Uri.parse(file), {
      viewColumn: vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
      preview: true,
    });
  }
}

export class HistoryPanels extends DisposableStore {
  private readonly panels = new Set<HistoryPanel>();
  private readonly mediaRoot: vscode.Uri;

  constructor(
    private readonly source: HistorySource,
    extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.mediaRoot = vscode.Uri.joinPath(extensionUri, 'media', 'history');
    this.register(
      vscode.commands.registerCommand(CommandIds.showHistory, (target: unknown) => this.show(target)),
    );
    this.register(
      vscode.commands.registerCommand(HISTORY_PANEL_STATE_COMMAND, (): HistoryPanelState[] =>
        [...this.panels].map((panel) => panel.state()),
      ),
    );
    this.register(
      vscode.window.registerWebviewPanelSerializer(HISTORY_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: PersistedState | undefined) => {
          await source.notes.whenReady();
          const rep = typeof state?.rep === 'string' ? source.findRep(state.rep) : undefined;
          if (!rep) {
            panel.dispose();
            return;
          }
          await source.prepare(rep);
          this.track(new HistoryPanel(panel, rep.key, source, this.mediaRoot, log));
        },
      }),
    );
    this.register({
      dispose: () => {
        for (const panel of [...this.panels]) panel.panel.dispose();
      },
    });
  }

  /** Shows (or reveals) the history panel of the target or picked rep; resolves with its rep key. */
  async show(target: unknown): Promise<string | undefined> {
    const rep =
      repFromTarget(this.source, target) ??
      (await resolveRep(this.source, target, vscode.l10n.t('Show progress history of…')));
    if (!rep) return undefined;
    await this.source.prepare(rep);
    const existing = [...this.panels].find((panel) => panel.key === rep.key);
    if (existing) {
      existing.panel.reveal();
      existing.update();
      return rep.key;
    }
    const panel = vscode.window.createWebviewPanel(
      HISTORY_VIEW_TYPE,
      vscode.l10n.t('History: {0}', rep.name),
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [this.mediaRoot],
      },
    );
    panel.iconPath = vscode.Uri.joinPath(this.mediaRoot, '..', 'icon.png');
    this.track(new HistoryPanel(panel, rep.key, this.source, this.mediaRoot, this.log));
    return rep.key;
  }

  private track(panel: HistoryPanel): void {
    this.panels.add(panel);
    panel.onDidDispose(() => this.panels.delete(panel));
  }
}
