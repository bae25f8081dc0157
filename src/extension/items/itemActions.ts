// Acting on one task item: open it, mark it done, move its due date. Edits go through a
// WorkspaceEdit on the document as it is now (unsaved changes included), touch only the item's line,
// and are undoable in the editor that shows them.
import * as vscode from 'vscode';
import { addDays, endOfMonth, isIsoDate } from '../../core/base/dates';
import { longDate } from '../writing/dateWords';
import { pickOf, planItemEdit, type ItemChange, type ItemPick } from '../../core/edits/itemEdits';
import type { IsoDate, NoteItem, ParsedNote } from '../../core/note/model';
import { applyTextEdits, hasLineEndingsEditorsNormalise } from '../../core/edits/textEdits';
import { toVscodeRange } from '../util/convert';

/** An item as the user picked it in a note: its file, and where and what it was (lines may move). */
export interface ItemLocation extends ItemPick {
  readonly uri: vscode.Uri;
}

export function locationOf(uri: vscode.Uri, note: ParsedNote, item: NoteItem): ItemLocation {
  return { uri, ...pickOf(note, item) };
}

export async function openLocation(uri: vscode.Uri, line: number): Promise<void> {
  const position = new vscode.Position(line, 0);
  await vscode.window.showTextDocument(uri, {
    selection: new vscode.Range(position, position),
    preview: true,
  });
}

/** Re-plans when the note changed between reading it and applying the edit, at most this often. */
const MAX_ATTEMPTS = 3;

async function editItem(location: ItemLocation, label: string, change: ItemChange): Promise<boolean> {
  const open = vscode.workspace.textDocuments.find(
    (candidate) => candidate.uri.toString() === location.uri.toString(),
  );
  if (!open?.isDirty) {
    const onDisk = await readUtf8(location.uri);
    if (onDisk !== null && hasLineEndingsEditorsNormalise(onDisk)) {
      return editOnDisk(location, change, onDisk);
    }
  }
  const document = open ?? (await vscode.workspace.openTextDocument(location.uri));
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const version = document.version;
    const plan = planItemEdit(document.getText(), location, change);
    if (!plan.ok) return refuse(plan.reason, change);
    const wasDirty = document.isDirty;
    // Show the note so the change is visible and Ctrl+Z in that editor undoes it.
    await vscode.window.showTextDocument(document, {
      preview: true,
      preserveFocus: true,
      selection: new vscode.Range(plan.item.line, 0, plan.item.line, 0),
    });
    // The user may have typed meanwhile: the plan is only good for the version it was made on.
    if (document.version !== version) continue;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(location.uri, toVscodeRange(plan.edit.range), plan.edit.newText, {
      label,
      needsConfirmation: false,
    });
    // VS Code also refuses the edit when the document moved on past `version` in the editor.
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
      if (document.version !== version) continue;
      return false;
    }
    // A note that had no unsaved changes is saved, so the disk (and the CLI) agree with the tree;
    // one with unsaved work stays unsaved: that is the user's call.
    if (!wasDirty) await document.save();
    return true;
  }
  void vscode.window.showWarningMessage(
    vscode.l10n.t('The note kept changing while the item was being edited; nothing was edited.'),
  );
  return false;
}

/**
 * Edits a note whose line endings VS Code would rewrite (a lone CR, or LF and CRLF mixed) in its
 * bytes on disk, so only the item's line changes: opened and saved in VS Code, every line ending
 * would be rewritten. The editor is shown afterwards; an "Undo" button puts the old bytes back.
 */
async function editOnDisk(location: ItemLocation, change: ItemChange, text: string): Promise<boolean> {
  const plan = planItemEdit(text, location, change);
  if (!plan.ok) return refuse(plan.reason, change);
  const edited = applyTextEdits(text, [plan.edit]);
  // Written only over the very text the plan was made from.
  if ((await readUtf8(location.uri)) !== text) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The note changed on disk while the item was being edited; nothing was edited.'),
    );
    return false;
  }
  await vscode.workspace.fs.writeFile(location.uri, new TextEncoder().encode(edited));
  await openLocation(location.uri, plan.item.line);
  void offerUndo(location.uri, text, edited);
  return true;
}

async function offerUndo(uri: vscode.Uri, before: string, after: string): Promise<void> {
  const undo = vscode.l10n.t('Undo');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t(
      'This note has old Mac (CR) or mixed line endings, so it was edited on disk, keeping them as they are.',
    ),
    undo,
  );
  if (answer !== undo) return;
  if ((await readUtf8(uri)) !== after) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The note changed since; it was not undone.'));
    return;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
}

/** The file's text, or null when it cannot be read or is not UTF-8 (VS Code then decides). */
async function readUtf8(uri: vscode.Uri): Promise<string | null> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function refuse(reason: 'item-changed' | 'not-applicable', change: ItemChange): false {
  void vscode.window.showWarningMessage(
    reason === 'item-changed'
      ? vscode.l10n.t(
          'That item has changed since it was listed; nothing was edited. Open the note to edit it.',
        )
      : change.kind === 'due'
        ? vscode.l10n.t(
            'The due date of that item could not be set to {0} without changing other text; nothing was edited. Open the note to edit it.',
            change.due,
          )
        : vscode.l10n.t('That item could not be edited; nothing was edited. Open the note to edit it.'),
  );
  return false;
}

export function markDone(location: ItemLocation): Promise<boolean> {
  return editItem(location, vscode.l10n.t('Mark follow-up done'), { kind: 'status', status: 'done' });
}

export function reschedule(location: ItemLocation, due: IsoDate): Promise<boolean> {
  return editItem(location, vscode.l10n.t('Reschedule follow-up'), { kind: 'due', due });
}

/** Asks for a new due date: tomorrow, next week, end of month, or any date typed in. */
export async function pickDueDate(today: IsoDate, current: IsoDate | null): Promise<IsoDate | undefined> {
  const describe = longDate;
  const choices: (vscode.QuickPickItem & { date?: IsoDate })[] = [
    { label: vscode.l10n.t('Tomorrow'), date: addDays(today, 1) },
    { label: vscode.l10n.t('In 3 days'), date: addDays(today, 3) },
    { label: vscode.l10n.t('Next week'), date: addDays(today, 7) },
    { label: vscode.l10n.t('In two weeks'), date: addDays(today, 14) },
    { label: vscode.l10n.t('End of the month'), date: endOfMonth(today) },
  ].map((choice) => ({ ...choice, description: describe(choice.date) }));
  choices.push({ label: vscode.l10n.t('Pick a date…'), description: vscode.l10n.t('type YYYY-MM-DD') });
  const picked = await vscode.window.showQuickPick(choices, {
    title: vscode.l10n.t('Reschedule'),
    placeHolder: current
      ? vscode.l10n.t('Currently due {0}', describe(current))
      : vscode.l10n.t('New due date'),
  });
  if (!picked) return undefined;
  if (picked.date) return picked.date;
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Reschedule'),
    prompt: vscode.l10n.t('New due date (YYYY-MM-DD)'),
    value: current ?? addDays(today, 7),
    validateInput: (value) =>
      isIsoDate(value.trim())
        ? undefined
        : vscode.l10n.t('Write a calendar date as YYYY-MM-DD, e.g. {0}.', addDays(today, 7)),
  });
  return typed?.trim();
}
