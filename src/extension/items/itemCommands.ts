// Commands on items and notes, callable from the Reps tree (with a node), from the overdue quick
// pick (with a location) and from the command palette (the item under the cursor).
import * as vscode from 'vscode';
import { parseNote } from '../../core/note/parse';
import { CommandIds } from '../commandIds';
import type { RepsTreeNode } from '../reps/repsTree';
import { isNoteDocument, type WorkspaceNotes } from '../notes/workspaceNotes';
import { engineLoaded } from '../engineLoaded';
import type { Services } from '../services';
import {
  locationOf,
  markDone,
  openLocation,
  pickDueDate,
  reschedule,
  type ItemLocation,
} from './itemActions';

type ItemTarget = RepsTreeNode | ItemLocation | undefined;

function isLocation(target: ItemTarget): target is ItemLocation {
  return target !== undefined && 'uri' in target && 'line' in target;
}

/** The item a command should act on, with its current due date. */
function resolveItem(
  target: ItemTarget,
  notes: WorkspaceNotes,
): (ItemLocation & { due: string | null }) | undefined {
  if (target === undefined) {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isNoteDocument(editor.document)) return undefined;
    const line = editor.selection.active.line;
    const note = parseNote(editor.document.getText());
    const item = note.items.find((candidate) => candidate.line === line);
    return item ? { ...locationOf(editor.document.uri, note, item), due: item.due } : undefined;
  }
  if (isLocation(target)) return { ...target, due: null };
  if (target.kind === 'item') {
    const { file, item } = target.ref;
    const uri = vscode.Uri.parse(file);
    // The item as listed, told apart from identical ones by the note it was listed from.
    const listedFrom = notes.get(uri);
    const listed = listedFrom?.items.find(
      (candidate) => candidate.line === item.line && candidate.text === item.text,
    );
    const location: ItemLocation =
      listedFrom && listed
        ? locationOf(uri, listedFrom, listed)
        : { uri, line: item.line, text: item.text, status: item.status };
    return { ...location, due: item.due };
  }
  return undefined;
}

function noteUri(target: ItemTarget): vscode.Uri | undefined {
  if (target === undefined) return vscode.window.activeTextEditor?.document.uri;
  if (isLocation(target)) return target.uri;
  if (target.kind === 'note') return vscode.Uri.parse(target.note.file);
  if (target.kind === 'item') return vscode.Uri.parse(target.ref.file);
  return undefined;
}

function noItem(): void {
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Put the cursor on a task item (`- [ ] …`) in a note first.'),
  );
}

export function registerItemCommands({ clock, notes }: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.openLocation, (uri: vscode.Uri, line: number) =>
      openLocation(uri, line),
    ),
    vscode.commands.registerCommand(CommandIds.markDone, async (target: ItemTarget) => {
      await engineLoaded();
      const item = resolveItem(target, notes);
      if (!item) return noItem();
      return markDone(item);
    }),
    vscode.commands.registerCommand(CommandIds.reschedule, async (target: ItemTarget) => {
      await engineLoaded();
      const item = resolveItem(target, notes);
      if (!item) return noItem();
      const due = await pickDueDate(clock.today, item.due);
      return due ? reschedule(item, due) : false;
    }),
    vscode.commands.registerCommand(CommandIds.revealInExplorer, async (target: ItemTarget) => {
      const uri = noteUri(target);
      if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
    }),
  );
}
