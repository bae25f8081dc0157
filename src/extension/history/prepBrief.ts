// "Coaching: Prepare for 1:1": a read-only brief for one rep, as a virtual Markdown document on the
// `coaching-brief:` scheme shown in a locked Markdown preview: it stays on the brief while the lead
// opens other files or exports a report (an unlocked preview follows the active Markdown editor and
// is reused by the next "show preview"). The document is regenerated whenever the rep's notes (or
// the day, or the roster) change, and the preview follows.
//
// Links: the preview's Markdown engine refuses `file:` links (they render as plain text), but it
// resolves workspace-root-relative paths (`/dana/2026-11-17.coach.md#L30`) and opens them at the
// `#L<line>` fragment; checked by clicking them in code-server. See noteLineLink.
import * as vscode from 'vscode';
import { relative } from '../../core/base/posixPath';
import { renderPrepBrief } from '../../core/history/brief';
import { CommandIds } from '../commandIds';
import { DisposableStore } from '../util/dispose';
import { noteLabel, type HistorySource } from './historySource';
import { resolveRep } from './repPicker';
import { displayMessages } from '../displayLanguage';

export const BRIEF_SCHEME = 'coaching-brief';

/** `coaching-brief:/Dana Whitfield – 1:1 prep.md?rep=<key>`: the name for the tab, the key to find the rep. */
export function briefUri(repName: string, key: string): vscode.Uri {
  const name = repName.replace(/[\\/:*?"<>|#%]/gu, ' ').trim() || 'rep';
  return vscode.Uri.from({
    scheme: BRIEF_SCHEME,
    path: `/${name} – 1:1 prep.md`,
    query: new URLSearchParams({ rep: key }).toString(),
  });
}

function repKeyOfBrief(uri: vscode.Uri): string | null {
  return new URLSearchParams(uri.query).get('rep');
}

/**
 * A link the Markdown preview opens in the note's editor at the (0-based) line: a path from the root
 * of the first workspace folder, which is what the preview resolves `/…` links against. A note in
 * another folder of a multi-root workspace gets a path that climbs out of the first folder with
 * `..` (the preview joins and normalises it, like Uri.joinPath). Only a note on another file
 * system (another scheme or authority) gets a plain URI, shown but not clickable.
 */
export function noteLineLink(file: string, line: number): string {
  const uri = vscode.Uri.parse(file);
  const first = vscode.workspace.workspaceFolders?.[0]?.uri;
  const fragment = `#L${line + 1}`;
  if (!first || first.scheme !== uri.scheme || first.authority !== uri.authority) {
    return `${uri.toString()}${fragment}`;
  }
  const fromFirst = relative(first.path, uri.path);
  return `/${encodeURI(fromFirst).replace(/[#?]/gu, encodeURIComponent)}${fragment}`;
}

export class PrepBriefs extends DisposableStore implements vscode.TextDocumentContentProvider {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;
  /**
   * What each brief opened in this session showed last, so only briefs whose text changed are
   * refreshed. Kept after the document closes: a preview may still show it (at most one per rep).
   */
  private readonly shown = new Map<string, string>();

  constructor(private readonly source: HistorySource) {
    super();
    this.register(vscode.workspace.registerTextDocumentContentProvider(BRIEF_SCHEME, this));
    this.register(source.onDidChange(() => this.refreshOpenBriefs()));
    this.register(
      vscode.commands.registerCommand(CommandIds.prepareBrief, (target: unknown) => this.open(target)),
    );
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const text = this.render(uri);
    this.shown.set(uri.toString(), text);
    return text;
  }

  private render(uri: vscode.Uri): string {
    const key = repKeyOfBrief(uri);
    const rep = key === null ? undefined : this.source.findRep(key);
    if (!rep) {
      return `# 1:1 prep\n\n${vscode.l10n.t('There are no coaching notes for this rep any more.')}\n`;
    }
    const history = this.source.build(rep);
    const latest = history.notes.length > 0 ? history.notes[history.notes.length - 1] : null;
    return renderPrepBrief({
      history,
      repName: rep.name,
      team: rep.roster?.team ?? null,
      role: rep.roster?.role ?? null,
      latestNote: latest ? this.source.parsed(latest.file) : null,
      link: noteLineLink,
      label: noteLabel,
      messages: displayMessages(),
    });
  }

  private refreshOpenBriefs(): void {
    for (const [key, text] of this.shown) {
      const uri = vscode.Uri.parse(key);
      if (this.render(uri) !== text) this.changed.fire(uri);
    }
  }

  /** Opens the brief of the target rep (or the picked one) in a locked Markdown preview; returns its URI. */
  async open(target: unknown): Promise<vscode.Uri | undefined> {
    const rep = await resolveRep(this.source, target, vscode.l10n.t('Prepare for 1:1 with…'));
    if (!rep) return undefined;
    await this.source.prepare(rep);
    const uri = briefUri(rep.name, rep.key);
    const document = await vscode.workspace.openTextDocument(uri);
    try {
      // The preview's third argument: `locked` keeps this preview on the brief (links work as usual).
      await vscode.commands.executeCommand('markdown.showPreview', document.uri, [document.uri], {
        locked: true,
      });
    } catch {
      // Markdown preview disabled: the read-only Markdown source still reads well.
      await vscode.window.showTextDocument(document, { preview: true });
    }
    return uri;
  }
}
