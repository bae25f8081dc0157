// Text edits that change one task item and nothing else: its box (done, open, carried...) or its due
// date. Hosts apply them through their own undoable edit mechanism.
import { dueTokenText } from '../note/dueToken';
import type { IsoDate, ItemStatus, NoteItem, ParsedNote } from '../note/model';
import { parseNote } from '../note/parse';
import { applyTextEdits, type TextEdit } from './textEdits';
import { splitLines, stripByteOrderMark } from '../base/text';

export type { TextEdit } from './textEdits';

export const STATUS_BOX: Readonly<Record<ItemStatus, string>> = {
  open: ' ',
  done: 'x',
  cancelled: '-',
  carried: '>',
};

export function setStatusEdit(item: NoteItem, status: ItemStatus): TextEdit {
  return { range: item.boxRange, newText: STATUS_BOX[status] };
}

/**
 * Moves an item's due date. A valid due token keeps its form (`due:`, `📅`, `[due:: ]`) and only its
 * date changes; a malformed one (`due:2026-11-200`, `[due:: 2026-11-18 later]`) is replaced whole by
 * `due:YYYY-MM-DD`; an item without one gets ` due:YYYY-MM-DD` appended. The token is the one the
 * parser found (`item.dueRange`), so this never reads a due date another way.
 */
export function rescheduleEdit(item: NoteItem, lineText: string, due: IsoDate): TextEdit {
  const token = item.dueRange;
  if (token) {
    const tokenText = lineText.slice(token.start.character, token.end.character);
    // A valid token's value is its date exactly; it is the last date-shaped text in the token.
    const at = item.due === null ? -1 : tokenText.lastIndexOf(item.due);
    if (at !== -1 && item.due !== null) {
      const start = token.start.character + at;
      return {
        range: {
          start: { line: item.line, character: start },
          end: { line: item.line, character: start + item.due.length },
        },
        newText: due,
      };
    }
    return { range: token, newText: dueTokenText(due) };
  }
  const end = lineText.trimEnd().length; // not `/\s+$/u`: quadratic on a long run of spaces
  return {
    range: { start: { line: item.line, character: end }, end: { line: item.line, character: end } },
    newText: ` ${dueTokenText(due)}`,
  };
}

/** Deletes an item's due token and the space before it (or after it, at the start of the text). */
export function removeDueEdit(item: NoteItem, lineText: string): TextEdit | null {
  const token = item.dueRange;
  if (!token || token.start.line !== token.end.line) return null;
  let start = token.start.character;
  let end = token.end.character;
  // The blank right after the box stays: without it the line would no longer be a task item.
  const afterBox = item.boxRange.end.character + 1;
  if (start - 1 > afterBox && lineText[start - 1] === ' ') start--;
  else if (lineText[end] === ' ') end++;
  return {
    range: { start: { line: item.line, character: start }, end: { line: item.line, character: end } },
    newText: '',
  };
}

/**
 * An item as the user picked it: where it stood, its text and status, and which of the items with
 * that same text and status it was (the `occurrence`-th of `twins`), so that of two identical items
 * the picked one is edited, even after lines moved.
 */
export interface ItemPick {
  readonly line: number;
  readonly text: string;
  /** Unknown when the caller only knows the line and the text. */
  readonly status?: ItemStatus;
  readonly occurrence?: number;
  readonly twins?: number;
}

/** The pick of `item`, one of `note`'s items. */
export function pickOf(note: ParsedNote, item: NoteItem): ItemPick {
  const twins = note.items.filter((candidate) => isTwin(candidate, item.text, item.status));
  return {
    line: item.line,
    text: item.text,
    status: item.status,
    occurrence: twins.findIndex((candidate) => candidate.line === item.line),
    twins: twins.length,
  };
}

/**
 * The picked item in `note` (which may have changed since the pick), or undefined when it is gone
 * or cannot be told from another item with the same text and status.
 */
export function findPickedItem(note: ParsedNote, pick: ItemPick): NoteItem | undefined {
  const twins = note.items.filter((candidate) => isTwin(candidate, pick.text, pick.status));
  if (pick.occurrence !== undefined && pick.twins !== undefined && pick.occurrence >= 0) {
    // Edits elsewhere keep identical items in order; when one was added or removed, they are ambiguous.
    return twins.length === pick.twins ? twins[pick.occurrence] : undefined;
  }
  const atLine = twins.find((candidate) => candidate.line === pick.line);
  if (atLine) return atLine;
  return twins.length === 1 ? twins[0] : undefined;
}

function isTwin(item: NoteItem, text: string, status: ItemStatus | undefined): boolean {
  return item.text === text && (status === undefined || item.status === status);
}

/** What an item edit should achieve. */
export type ItemChange =
  { readonly kind: 'status'; readonly status: ItemStatus } | { readonly kind: 'due'; readonly due: IsoDate };

export type ItemEditPlan =
  | { readonly ok: true; readonly item: NoteItem; readonly edit: TextEdit }
  | { readonly ok: false; readonly reason: 'item-changed' | 'not-applicable' };

/**
 * The edit that makes `change` to the picked item of the note whose text is `text`, checked by
 * parsing the result: the item must then show the change (and the rest of its line as it was), and
 * every other item must be unchanged. Otherwise nothing is edited. `note` is `text` parsed, when
 * the caller has it already.
 */
export function planItemEdit(
  text: string,
  pick: ItemPick,
  change: ItemChange,
  note: ParsedNote = parseNote(text),
): ItemEditPlan {
  const item = findPickedItem(note, pick);
  if (!item) return { ok: false, reason: 'item-changed' };
  const lineText = splitLines(stripByteOrderMark(text))[item.line] ?? '';
  const edit =
    change.kind === 'status'
      ? setStatusEdit(item, change.status)
      : rescheduleEdit(item, lineText, change.due);
  const after = parseNote(applyTextEdits(text, [edit]));
  return showsChange(note, after, item, change)
    ? { ok: true, item, edit }
    : { ok: false, reason: 'not-applicable' };
}

function showsChange(before: ParsedNote, after: ParsedNote, item: NoteItem, change: ItemChange): boolean {
  if (before.items.length !== after.items.length) return false;
  return before.items.every((old, index) => {
    const now = after.items[index];
    if (old.line !== now.line || old.owner !== now.owner || old.kind !== now.kind) return false;
    if (old !== item) return old.text === now.text && old.status === now.status && old.due === now.due;
    if (change.kind === 'status') return now.status === change.status && now.text === old.text;
    return now.due === change.due && now.status === old.status;
  });
}
