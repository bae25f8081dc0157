// "Coaching: Toggle Task Done" (Ctrl/Cmd+Alt+Enter): flips the task box on every line under the
// cursors between open and done. A plain list line becomes an open task. One undoable edit.
import * as vscode from 'vscode';
import { setStatusEdit, type TextEdit } from '../../core/edits/itemEdits';
import type { NoteItem } from '../../core/note/model';
import { editableBodyLines } from '../../core/note/parse';
import { PLAIN_BULLET } from '../../core/note/plainBullet';
import { CommandIds } from '../commandIds';
import { toVscodeRange } from '../util/convert';
import { isNoteDocument } from '../notes/workspaceNotes';
import { parsedDocument } from './parsedDocument';
import { engineLoaded } from '../engineLoaded';

/** The lines the selections cover; a selection ending at the start of a line leaves that line out. */
export function selectedLines(selections: readonly vscode.Selection[]): number[] {
  const lines = new Set<number>();
  for (const selection of selections) {
    let last = selection.end.line;
    if (last > selection.start.line && selection.end.character === 0) last--;
    for (let line = selection.start.line; line <= last; line++) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

/**
 * The edits for a toggle: when any targeted item is not done, every one of them is marked done;
 * when all are done, they are reopened. Without items, plain list lines get an open box.
 */
export function toggleEdits(
  items: readonly NoteItem[],
  plainLines: readonly { line: number; text: string }[],
): TextEdit[] {
  if (items.length > 0) {
    const target = items.some((item) => item.status !== 'done') ? 'done' : 'open';
    return items.filter((item) => item.status !== target).map((item) => setStatusEdit(item, target));
  }
  return plainLines.flatMap(({ line, text }) => {
    const bullet = PLAIN_BULLET.exec(text);
    if (!bullet) return [];
    const at = { line, character: bullet[1].length };
    return [{ range: { start: at, end: at }, newText: '[ ] ' }];
  });
}

export function registerToggleItem(): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.toggleItem, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isNoteDocument(editor.document)) return;
    await engineLoaded();
    const document = editor.document;
    const note = parsedDocument(document);
    const lines = selectedLines(editor.selections);
    const onLines = new Set(lines);
    const items = note.items.filter((item) => onLines.has(item.line));
    // Front matter, code blocks, HTML comments and thematic breaks (`- - -`) are never list lines.
    const editable = editableBodyLines(document.getText());
    const edits = toggleEdits(
      items,
      lines.filter((line) => editable.has(line)).map((line) => ({ line, text: document.lineAt(line).text })),
    );
    if (edits.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Put the cursor on a task item (`- [ ] …`) or a list line to toggle it.'),
      );
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const { range, newText } of edits) edit.replace(document.uri, toVscodeRange(range), newText);
    await vscode.workspace.applyEdit(edit);
  });
}
