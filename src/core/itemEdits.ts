// Text edits that change one task item and nothing else: its box (done, open, carried...) or its due
// date. Hosts apply them through their own undoable edit mechanism.
import type { IsoDate, ItemStatus, NoteItem, ParsedNote, Range } from './model';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export const STATUS_BOX: Readonly<Record<ItemStatus, string>> = {
  open: ' ',
  done: 'x',
  cancelled: '-',
  carried: '>',
};

export function setStatusEdit(item: NoteItem, status: ItemStatus): TextEdit {
  return { range: item.boxRange, newText: STATUS_BOX[status] };
}

const DATE_IN_TOKEN = /\d{4}-\d{2}-\d{2}/u;

/**
 * Moves an item's due date. A valid due token keeps its form (`due:`, `📅`, `[due:: ]`); a malformed
 * one is replaced by `due:YYYY-MM-DD`; an item without one gets ` due:YYYY-MM-DD` appended.
 */
export function rescheduleEdit(note: ParsedNote, item: NoteItem, lineText: string, due: IsoDate): TextEdit {
  const token = item.dueRange ?? invalidDueRange(note, item);
  if (token) {
    const tokenText = lineText.slice(token.start.character, token.end.character);
    const match = DATE_IN_TOKEN.exec(tokenText);
    if (item.dueRange && match) {
      const start = token.start.character + match.index;
      return {
        range: {
          start: { line: item.line, character: start },
          end: { line: item.line, character: start + match[0].length },
        },
        newText: due,
      };
    }
    return { range: token, newText: `due:${due}` };
  }
  const end = lineText.trimEnd().length; // not `/\s+$/u`: quadratic on a long run of spaces
  return {
    range: { start: { line: item.line, character: end }, end: { line: item.line, character: end } },
    newText: ` due:${due}`,
  };
}

function invalidDueRange(note: ParsedNote, item: NoteItem): Range | null {
  const diagnostic = note.diagnostics.find(
    (candidate) => candidate.code === 'invalid-due' && candidate.range.start.line === item.line,
  );
  return diagnostic ? diagnostic.range : null;
}

/** The item at `line` whose text is `text`, or else the one item with that text (lines may have moved). */
export function findItem(note: ParsedNote, line: number, text: string): NoteItem | undefined {
  const atLine = note.items.find((item) => item.line === line);
  if (atLine && atLine.text === text) return atLine;
  const sameText = note.items.filter((item) => item.text === text);
  return sameText.length === 1 ? sameText[0] : undefined;
}
