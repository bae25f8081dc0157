// Carrying a rep's open items into the next note: which items go, where they go (goals under Agreed
// goals, everything else under Follow-ups) and the edits that mark each one `[>]` in the old note.
// Pure: the host reads the old note's current text and applies the edits in one undoable step.
import { setStatusEdit, type TextEdit } from './itemEdits';
import type { ItemKind, NoteItem, ParsedNote } from './model';
import { firstNonBlank, splitLines, stripByteOrderMark } from './text';

/** One item as it will stand in the new note. */
export interface CarriedItem {
  /** The item's text after the box, as written in the old note (owner and due date included). */
  readonly text: string;
  readonly kind: ItemKind;
  /** Nesting in the new note: 0 at the top, 1 under the carried item above it, and so on. */
  readonly depth: number;
  /** 0-based line of the item in the old note. */
  readonly sourceLine: number;
}

export interface CarryOverPlan {
  /** Open goals, in the old note's order. */
  readonly goals: readonly CarriedItem[];
  /** Every other open item (Follow-ups, free sections, before any section), in the old note's order. */
  readonly followUps: readonly CarriedItem[];
  /** One edit per carried item, replacing only its box character with `>`. */
  readonly edits: readonly TextEdit[];
}

/** Columns of indentation a nested item gets per level in the new note (a `- ` bullet's width). */
const NEST_INDENT = '  ';

/**
 * Plans carrying every open item of `note` (unknown boxes such as `[?]` count as open) into a new
 * note. `text` is the text `note` was parsed from: it tells which items are nested in which.
 */
export function planCarryOver(note: ParsedNote, text: string): CarryOverPlan {
  const lines = splitLines(stripByteOrderMark(text));
  const goals: CarriedItem[] = [];
  const followUps: CarriedItem[] = [];
  const edits: TextEdit[] = [];
  const depthByLine = new Map<number, number>();
  note.items.forEach((item, index) => {
    if (item.status !== 'open') return;
    const parent = nearestCarriedAncestor(note.items, index, lines);
    const depth = parent === null ? 0 : (depthByLine.get(parent.line) ?? 0) + 1;
    depthByLine.set(item.line, depth);
    const carried: CarriedItem = { text: item.text, kind: item.kind, depth, sourceLine: item.line };
    (item.kind === 'goal' ? goals : followUps).push(carried);
    edits.push(setStatusEdit(item, 'carried'));
  });
  return { goals, followUps, edits };
}

/** The task line a carried item becomes: an open box, its text, indented by its depth. */
export function carriedItemLine(item: CarriedItem): string {
  return `${NEST_INDENT.repeat(item.depth)}- [ ]${item.text === '' ? '' : ` ${item.text}`}`;
}

/**
 * The closest item that contains item `index` in a nested list and is itself carried (open), or
 * null. An item contains a later one when the later one is indented deeper, in the same section,
 * and no line in between is indented at or left of the container (which would end its list item).
 */
function nearestCarriedAncestor(
  items: readonly NoteItem[],
  index: number,
  lines: readonly string[],
): NoteItem | null {
  const item = items[index];
  let childIndent = item.indent;
  let child = item;
  for (let candidateIndex = index - 1; candidateIndex >= 0 && childIndent > 0; candidateIndex--) {
    const candidate = items[candidateIndex];
    if (candidate.section !== item.section) return null;
    if (candidate.indent >= childIndent) continue;
    if (!contains(candidate, child, lines)) return null;
    if (candidate.status === 'open') return candidate;
    // A done or cancelled container stays behind; its own container may still be carried.
    child = candidate;
    childIndent = candidate.indent;
  }
  return null;
}

function contains(container: NoteItem, inner: NoteItem, lines: readonly string[]): boolean {
  for (let line = container.line + 1; line < inner.line; line++) {
    const content = lines[line] ?? '';
    if (content.trim() === '') continue;
    if (contentIndent(content) <= container.indent) return false;
  }
  return true;
}

/** Indentation in columns (tabs count 4) after any blockquote markers, measured as the parser measures items. */
function contentIndent(line: string): number {
  let position = firstNonBlank(line);
  let indentStart = 0;
  while (line[position] === '>') {
    position++;
    // The content of a quote starts after its marker and the one space or tab it may take.
    if (line[position] === ' ' || line[position] === '\t') position++;
    indentStart = position;
    position = firstNonBlank(line, position);
  }
  let width = 0;
  for (let index = indentStart; index < position; index++) {
    width = line[index] === '\t' ? width + 4 - (width % 4) : width + 1;
  }
  return width;
}
