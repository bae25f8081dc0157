// Which rep a history command is about: the one the Reps tree passed (its rep node, or any node
// under a rep), a rep key or name (from another command or a test), or the user's pick.
import * as vscode from 'vscode';
import { repKey } from '../../core/reps/noteIndex';
import type { RepOverview } from '../../core/reps/repOverview';
import { describeRep } from '../reps/describe';
import { isNoteDocument } from '../notes/workspaceNotes';
import { parsedDocument } from '../writing/parsedDocument';
import type { HistorySource } from './historySource';
import { engineLoaded } from '../engineLoaded';

function isRepOverview(value: unknown): value is RepOverview {
  return typeof value === 'object' && value !== null && 'key' in value && 'notes' in value && 'name' in value;
}

/**
 * The rep's current overview for a command's argument, without asking: a Reps tree node under a
 * rep (`{kind, rep}`), a RepOverview, or a rep key or name. Undefined when it names no rep.
 */
export function repFromTarget(source: HistorySource, target: unknown): RepOverview | undefined {
  if (typeof target === 'string') return source.findRep(target);
  if (isRepOverview(target)) return source.reps.get(target.key) ?? source.findRep(target.name);
  if (typeof target === 'object' && target !== null && 'rep' in target) {
    const rep = target.rep;
    if (isRepOverview(rep)) return source.reps.get(rep.key) ?? source.findRep(rep.name);
  }
  return undefined;
}

/** The rep of the note in the active editor, if any: offered first in the pick. */
function activeRepKey(): string | null {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isNoteDocument(editor.document)) return null;
  // The parser owns reading the rep (quotes, comments); a regular expression here was quadratic.
  const rep = parsedDocument(editor.document).frontMatter.rep;
  return repKey(rep);
}

/** The target's rep, or the rep the user picks (the active note's rep first); undefined if cancelled. */
export async function resolveRep(
  source: HistorySource,
  target: unknown,
  title: string,
): Promise<RepOverview | undefined> {
  await engineLoaded();
  const given = repFromTarget(source, target);
  if (given) return given;
  if (typeof target === 'string') {
    void vscode.window.showWarningMessage(vscode.l10n.t('No coaching notes for “{0}”.', target));
    return undefined;
  }
  await source.notes.whenReady();
  const reps = source.reps.all().filter((rep) => rep.notes.length > 0);
  if (reps.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'No coaching notes with a rep yet: a note names its rep in the front matter (`rep: Dana Whitfield`).',
      ),
    );
    return undefined;
  }
  const active = activeRepKey();
  const activeRep = active === null ? undefined : source.findRep(active);
  const sorted = [...reps].sort(
    (a, b) =>
      Number(b.key === activeRep?.key) - Number(a.key === activeRep?.key) ||
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
  );
  const picked = await vscode.window.showQuickPick(
    sorted.map((rep) => ({
      label: rep.name,
      description: describeRep(rep),
      detail: [rep.roster?.role, rep.roster?.team].filter(Boolean).join(' · ') || undefined,
      rep,
    })),
    { title, placeHolder: vscode.l10n.t('Pick a rep'), matchOnDescription: false },
  );
  return picked?.rep;
}
