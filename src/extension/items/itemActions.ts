// Acting on one task item: open it, mark it done, move its due date. Edits go through a
// WorkspaceEdit on the document as it is now (unsaved changes included), touch only the item's line,
// and are undoable in the editor that shows them.
import * as vscode from 'vscode';
import { addDays, endOfMonth, isIsoDate, weekday, WEEKDAY_NAMES } from '../../core/dates';
import { findItem, rescheduleEdit, setStatusEdit, type TextEdit } from '../../core/itemEdits';
import type { IsoDate, NoteItem, ParsedNote } from '../../core/model';
import { parseNote } from '../../core/parse';
import { toVscodeRange } from '../convert';

/** Where an item stood when it was shown: its file, line and text (lines may have moved since). */
export interface ItemLocation {
  readonly uri: vscode.Uri;
  readonly line: number;
  readonly text: string;
}

export async function openLocation(uri: vscode.Uri, line: number): Promise<void> {
  const position = new vscode.Position(line, 0);
  await vscode.window.showTextDocument(uri, {
    selection: new vscode.Range(position, position),
    preview: true,
  });
}

async function editItem(
  location: ItemLocation,
  label: string,
  makeEdit: (note: ParsedNote, item: NoteItem, lineText: string) => TextEdit,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(location.uri);
  const note = parseNote(document.getText());
  const item = findItem(note, location.line, location.text);
  if (!item) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'That item has changed since it was listed; nothing was edited. Open the note to edit it.',
      ),
    );
    return false;
  }
  const wasDirty = document.isDirty;
  const edit = makeEdit(note, item, document.lineAt(item.line).text);
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(location.uri, toVscodeRange(edit.range), edit.newText, {
    label,
    needsConfirmation: false,
  });
  // Show the note so the change is visible and Ctrl+Z in that editor undoes it.
  await vscode.window.showTextDocument(document, {
    preview: true,
    preserveFocus: true,
    selection: new vscode.Range(item.line, 0, item.line, 0),
  });
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) return false;
  // A note that had no unsaved changes is saved, so the disk (and the CLI) agree with the tree;
  // one with unsaved work stays unsaved: that is the user's call.
  if (!wasDirty) await document.save();
  return true;
}

export function markDone(location: ItemLocation): Promise<boolean> {
  return editItem(location, vscode.l10n.t('Mark follow-up done'), (_note, item) =>
    setStatusEdit(item, 'done'),
  );
}

export function reschedule(location: ItemLocation, due: IsoDate): Promise<boolean> {
  return editItem(location, vscode.l10n.t('Reschedule follow-up'), (note, item, lineText) =>
    rescheduleEdit(note, item, lineText, due),
  );
}

/** Asks for a new due date: tomorrow, next week, end of month, or any date typed in. */
export async function pickDueDate(today: IsoDate, current: IsoDate | null): Promise<IsoDate | undefined> {
  const describe = (date: IsoDate) => `${WEEKDAY_NAMES[weekday(date)]} ${date}`;
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
