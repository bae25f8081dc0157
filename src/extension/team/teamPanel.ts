// "Coaching: Show Team Overview": one webview panel (shown again, not duplicated) with a row per
// rep grouped by roster team, the reps needing attention, recurring root causes, and filters for
// team and period. It reuses the history panel's page, stylesheet and script; every message the
// page sends is checked (teamMessages.ts), and a rep is opened only through its history or brief
// command. The panel follows note changes.
import * as vscode from 'vscode';
import { webviewNonce } from '../util/webviewNonce';
import { CommandIds } from '../commandIds';
import { displayLang, displayMessages } from '../displayLanguage';
import { renderHistoryPage } from '../history/historyPage';
import type { HistorySource } from '../history/historySource';
import { DisposableStore } from '../util/dispose';
import { parseTeamMessage, type TeamCommand } from './teamMessages';
import { renderTeamBody, type TeamPeriodWeeks } from './teamPage';
import { buildTeam } from './teamSource';

export const TEAM_VIEW_TYPE = 'coachingNotes.teamOverview';

/**
 * Test-only, not in package.json: what the open overview last reported having rendered (rep rows
 * and charts counted in its DOM), its filters, and any script or CSP problem it reported.
 */
export const TEAM_PANEL_STATE_COMMAND = 'coachingNotes.test.teamPanelState';

export interface TeamPanelState {
  readonly title: string;
  readonly team: string | null;
  readonly weeks: TeamPeriodWeeks;
  readonly hidePrivate: boolean;
  /** Rep rows and charts counted by the webview script after its last render; null until it reports. */
  readonly rendered: { readonly reps: number; readonly charts: number } | null;
  readonly renders: number;
  readonly problems: readonly string[];
  /** The page body last sent, for tests to compare numbers with the CLI's (the DOM is out of reach). */
  readonly html: string;
}

/** What the command accepts from another command or a test: the filters to open with. */
export interface TeamTarget {
  readonly team?: string | null;
  readonly weeks?: TeamPeriodWeeks;
  readonly hidePrivate?: boolean;
}

export class TeamPanel extends DisposableStore {
  private panel: vscode.WebviewPanel | undefined;
  private team: string | null = null;
  private weeks: TeamPeriodWeeks = 12;
  private hidePrivate = false;
  private latestBody = '';
  private rendered: TeamPanelState['rendered'] = null;
  private renders = 0;
  private problems: string[] = [];
  private readonly mediaRoot: vscode.Uri;

  constructor(
    private readonly source: HistorySource,
    extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.mediaRoot = vscode.Uri.joinPath(extensionUri, 'media', 'history');
    this.register(
      vscode.commands.registerCommand(CommandIds.showTeamOverview, (target: unknown) => this.show(target)),
    );
    this.register(
      vscode.commands.registerCommand(TEAM_PANEL_STATE_COMMAND, (): TeamPanelState | undefined =>
        this.panel
          ? {
              title: this.panel.title,
              team: this.team,
              weeks: this.weeks,
              hidePrivate: this.hidePrivate,
              rendered: this.rendered,
              renders: this.renders,
              problems: [...this.problems],
              html: this.latestBody,
            }
          : undefined,
      ),
    );
    this.register(source.onDidChange(() => this.update()));
    this.register({
      dispose: () => {
        this.panel?.dispose();
      },
    });
  }

  /** The filters the exports start from (the panel's, when it is open). */
  get filters(): { team: string | null; weeks: TeamPeriodWeeks } {
    return { team: this.team, weeks: this.weeks };
  }

  async show(target: unknown): Promise<boolean> {
    await this.source.notes.whenReady();
    if (typeof target === 'object' && target !== null) {
      const { team, weeks, hidePrivate } = target as TeamTarget;
      if (team !== undefined) this.team = team;
      if (weeks !== undefined) this.weeks = weeks;
      if (hidePrivate !== undefined) this.hidePrivate = hidePrivate;
    }
    if (this.panel) {
      this.panel.reveal();
      this.update();
      return true;
    }
    const panel = vscode.window.createWebviewPanel(
      TEAM_VIEW_TYPE,
      vscode.l10n.t('Team Overview'),
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [this.mediaRoot] },
    );
    panel.iconPath = vscode.Uri.joinPath(this.mediaRoot, '..', 'icon.png');
    this.panel = panel;
    this.rendered = null;
    this.renders = 0;
    this.problems = [];
    const listener = panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw));
    panel.onDidDispose(() => {
      listener.dispose();
      this.panel = undefined;
    });
    this.loadPage();
    return true;
  }

  private body(): string {
    const overview = buildTeam(this.source, {
      weeks: this.weeks,
      team: this.team,
      forSharing: this.hidePrivate,
    });
    return renderTeamBody({
      overview,
      weeks: this.weeks,
      hidePrivate: this.hidePrivate,
      messages: displayMessages(),
    });
  }

  private loadPage(): void {
    const panel = this.panel;
    if (!panel) return;
    const body = this.body();
    this.latestBody = body;
    const media = (file: string) =>
      panel.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, file)).toString();
    panel.webview.html = renderHistoryPage(body, {
      cspSource: panel.webview.cspSource,
      nonce: webviewNonce(),
      styleUri: media('history.css'),
      scriptUri: media('history.js'),
      repKey: 'team',
      lang: displayLang(),
      title: panel.title,
    });
  }

  /** Re-renders after a change; a visible page is updated in place (scroll and focus kept). */
  private update(): void {
    const panel = this.panel;
    if (!panel) return;
    const body = this.body();
    if (body === this.latestBody) return;
    this.latestBody = body;
    if (panel.visible) void panel.webview.postMessage({ type: 'render', html: body });
    else this.loadPage();
  }

  private receive(raw: unknown): void {
    const message = parseTeamMessage(raw);
    if (!message) {
      this.log.warn('Team overview: ignored an unexpected message from the webview.');
      return;
    }
    switch (message.type) {
      case 'ready':
        return;
      case 'rendered':
        // The shared script counts rep rows as `data-note` elements.
        this.rendered = { reps: message.notes, charts: message.charts };
        this.renders++;
        return;
      case 'problem':
        this.problems.push(message.message);
        this.log.warn(`Team overview: ${message.message}`);
        return;
      case 'open':
        // The team page has no note links.
        this.log.warn('Team overview: refused to open a file from the page.');
        return;
      case 'command':
        void this.run(message.command);
        return;
    }
  }

  private async run(command: TeamCommand): Promise<void> {
    switch (command.kind) {
      case 'togglePrivate':
        this.hidePrivate = !this.hidePrivate;
        return this.update();
      case 'team':
        this.team = command.team;
        return this.update();
      case 'period':
        this.weeks = command.weeks;
        return this.update();
      case 'exportTeamReport':
        await vscode.commands.executeCommand(CommandIds.exportTeamReport, this.filters);
        return;
      case 'exportCalendar':
        await vscode.commands.executeCommand(CommandIds.exportCalendar);
        return;
      case 'history':
      case 'brief': {
        // Only a rep the overview knows; its own command checks the rest.
        const rep = this.source.reps.get(command.rep);
        if (!rep) {
          this.log.warn('Team overview: refused a rep that is not in the workspace.');
          return;
        }
        await vscode.commands.executeCommand(
          command.kind === 'history' ? CommandIds.showHistory : CommandIds.prepareBrief,
          rep.key,
        );
        return;
      }
    }
  }
}
