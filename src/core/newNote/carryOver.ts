// Carrying a rep's open items into the next note: which items go, with which of their lines, where
// they go, and the edits that mark each one `[>]` in the old note. Shared goals go under Agreed
// goals and every other shared item under Follow-ups; a private item (core/note/privacy.ts decides) goes
// under a heading that keeps it private in the new note. Pure: the host reads the old note's
// current text and applies the edits in one undoable step.
import { isAtxHeadingLine, opensStructure, runsOnInListItem } from '../note/body';
import { setStatusEdit, type TextEdit } from '../edits/itemEdits';
import type { ItemKind, NoteItem, ParsedNote } from '../note/model';
import { isPrivateNote, privateRegionAt } from '../note/privacy';
import { noteHeadingLanguage, sectionHeading, type NoteLanguage } from '../note/sections';
import { firstNonBlank, splitLines, stripByteOrderMark } from '../base/text';

/** One item as it will stand in the new note. */
export interface CarriedItem {
  /** The item's text after the box, as written in the old note (owner and due date included). */
  readonly text: string;
  readonly kind: ItemKind;
  /** Nesting in the new note: 0 at the top, 1 under the carried item above it, and so on. */
  readonly depth: number;
  /** 0-based line of the item in the old note. */
  readonly sourceLine: number;
  /**
   * The item's other lines in the old note (continuation text, plain sub-bullets and their text;
   * not nested task items, which are carried or left behind on their own), indented for the new
   * note; blank lines are ''.
   */
  readonly continuation: readonly string[];
}

/** A heading the new note writes before private items, e.g. `{ level: 2, text: 'Career (private)' }`. */
export interface CarryHeading {
  readonly level: number;
  readonly text: string;
}

/** Open items that are private in the old note, and the headings that keep them private in the new one. */
export interface PrivateCarryGroup {
  /**
   * `agreed-goals` or `follow-ups`: at the end of that section of the new note, under a heading of
   * level 3 or deeper; `end`: after the template's sections.
   */
  readonly placement: 'agreed-goals' | 'follow-ups' | 'end';
  /** Written before the items, outermost first; the first one makes everything below it private. */
  readonly headings: readonly CarryHeading[];
  readonly items: readonly CarriedItem[];
}

export interface CarryOverPlan {
  /** Open shared goals, in the old note's order. */
  readonly goals: readonly CarriedItem[];
  /** Every other open shared item (Follow-ups, free sections, before any section), in order. */
  readonly followUps: readonly CarriedItem[];
  /** Open private items, by the private heading they stood under (or the private note's kinds). */
  readonly privateGroups: readonly PrivateCarryGroup[];
  /** One edit per carried item, replacing only its box character with `>`. */
  readonly edits: readonly TextEdit[];
}

/** Columns of indentation a nested item gets per level in the new note (a `- ` bullet's width). */
const NEST_INDENT = '  ';
/** Where a carried item's text starts, relative to its bullet: after `- `. */
const CONTENT_COLUMN = 2;
/** A line indented this much is never a heading, fence or comment: keep such lines that far in. */
const CODE_INDENT = 4;

/** Headings for the items of a private note (`private: true`): sections of the same kinds, private. */
const PRIVATE_NOTE_HEADINGS: Record<NoteLanguage, Record<ItemKind, CarryHeading>> = {
  en: {
    goal: { level: 2, text: `${sectionHeading('agreed-goals', 'en')} (private)` },
    'follow-up': { level: 2, text: `${sectionHeading('follow-ups', 'en')} (private)` },
  },
  // In the language of the private note's headings; the marker agrees with the section's name.
  es: {
    goal: { level: 2, text: `${sectionHeading('agreed-goals', 'es')} (privadas)` },
    'follow-up': { level: 2, text: `${sectionHeading('follow-ups', 'es')} (privados)` },
  },
};

/**
 * Plans carrying every open item of `note` (unknown boxes such as `[?]` count as open) into a new
 * note. `text` is the text `note` was parsed from: it tells which items are nested in which, and
 * which lines belong to each item.
 */
export function planCarryOver(note: ParsedNote, text: string): CarryOverPlan {
  const lines = splitLines(stripByteOrderMark(text));
  const goals: CarriedItem[] = [];
  const followUps: CarriedItem[] = [];
  const groups = new Map<string, { group: PrivateCarryGroup & { items: CarriedItem[] }; order: number }>();
  const edits: TextEdit[] = [];
  const depthByLine = new Map<number, number>();
  const itemLines = new Map<number, NoteItem>(note.items.map((item) => [item.line, item]));
  const boundaries = boundaryLines(note);
  const parents = carriedParents(note, lines);
  const blocks = itemBlocks(note, lines, itemLines, boundaries);
  note.items.forEach((item, index) => {
    if (item.status !== 'open') return;
    const parent = parents[index];
    const depth = parent === null ? 0 : (depthByLine.get(parent.line) ?? 0) + 1;
    depthByLine.set(item.line, depth);
    const carried: CarriedItem = {
      text: item.text,
      kind: item.kind,
      depth,
      sourceLine: item.line,
      continuation: ownLines(item, depth, lines, blocks, nextBoundary(boundaries, item.line, lines.length)),
    };
    edits.push(setStatusEdit(item, 'carried'));
    const place = privatePlace(note, item);
    if (place === null) {
      (item.kind === 'goal' ? goals : followUps).push(carried);
      return;
    }
    const key = JSON.stringify(place);
    const entry = groups.get(key) ?? { group: { ...place, items: [] }, order: groups.size };
    entry.group.items.push(carried);
    groups.set(key, entry);
  });
  return { goals, followUps, privateGroups: orderGroups([...groups.values()]), edits };
}

/** The task line a carried item becomes: an open box, its text, indented by its depth. */
export function carriedItemLine(item: CarriedItem): string {
  return `${NEST_INDENT.repeat(item.depth)}- [ ]${item.text === '' ? '' : ` ${item.text}`}`;
}

/** Every line a carried item becomes: its task line, then its continuation. */
export function carriedItemLines(item: CarriedItem): string[] {
  return [carriedItemLine(item), ...item.continuation];
}

/** The same item without its continuation lines (the new note falls back to these; see newNote.ts). */
export function firstLineOnly(item: CarriedItem): CarriedItem {
  return item.continuation.length === 0 ? item : { ...item, continuation: [] };
}

/** Where a private item goes in the new note, or null for a shared item. */
function privatePlace(note: ParsedNote, item: NoteItem): Omit<PrivateCarryGroup, 'items'> | null {
  if (isPrivateNote(note)) {
    const headings = PRIVATE_NOTE_HEADINGS[noteHeadingLanguage(note) ?? 'en'];
    return { placement: 'end', headings: [headings[item.kind]] };
  }
  const region = privateRegionAt(note, item.line);
  if (region === null) return null;
  const heading: CarryHeading = { level: region.level, text: region.heading };
  if (region.level >= 3) {
    // A private part of a section: the same heading, inside the section that keeps the item's kind.
    return { placement: item.kind === 'goal' ? 'agreed-goals' : 'follow-ups', headings: [heading] };
  }
  if (region.level === 2) return { placement: 'end', headings: [heading] };
  // A private level-1 heading: everything to the next `#` heading, so the item's section comes too.
  const section = note.sections[item.section];
  return {
    placement: 'end',
    headings: section === undefined ? [heading] : [heading, { level: 2, text: section.heading }],
  };
}

/**
 * Level-1 private headings swallow everything after them, so their groups come last; groups under
 * the same level-1 heading follow each other, those right under it first, so it is written once.
 */
function orderGroups(entries: { group: PrivateCarryGroup; order: number }[]): PrivateCarryGroup[] {
  const firstOfLevel1 = new Map<string, number>();
  for (const { group, order } of entries) {
    const top = group.headings[0];
    if (top.level === 1 && !firstOfLevel1.has(top.text)) firstOfLevel1.set(top.text, order);
  }
  const rank = ({ group, order }: { group: PrivateCarryGroup; order: number }): number[] => {
    const top = group.headings[0];
    return top.level === 1
      ? [1, firstOfLevel1.get(top.text) ?? order, group.headings.length, order]
      : [0, order, 0, 0];
  };
  return entries
    .map((entry) => ({ entry, key: rank(entry) }))
    .sort((a, b) => {
      for (let index = 0; index < a.key.length; index++) {
        if (a.key[index] !== b.key[index]) return a.key[index] - b.key[index];
      }
      return 0;
    })
    .map(({ entry }) => entry.group);
}

/** Lines where a section or a private region starts or ends, sorted: an item's lines stop there. */
function boundaryLines(note: ParsedNote): number[] {
  const lines: number[] = [];
  for (const section of note.sections) lines.push(section.headingLine, section.endLine);
  for (const region of note.privateRegions) lines.push(region.headingLine, region.endLine);
  return lines.sort((a, b) => a - b);
}

/** The first boundary after `line`, or `fallback`. */
function nextBoundary(boundaries: readonly number[], line: number, fallback: number): number {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (boundaries[middle] <= line) low = middle + 1;
    else high = middle;
  }
  return low < boundaries.length ? boundaries[low] : fallback;
}

/**
 * The item's own lines after its first, re-indented for `depth` in the new note: what follows it
 * indented deeper than its bullet, or running on right after it, up to `limit`; nested task items
 * and their own lines are skipped. Blank lines inside are kept, blank lines at either end are not.
 */
function ownLines(
  item: NoteItem,
  depth: number,
  lines: readonly string[],
  blocks: ItemBlocks,
  limit: number,
): string[] {
  const quotes = quoteDepth(lines[item.line]);
  const end = blockEnd(item, quotes, lines, limit, blocks);
  const own: string[] = [];
  for (let line = item.line + 1; line < end; line++) {
    const nested = blocks.itemLines.get(line);
    if (nested !== undefined) {
      line = blockEnd(nested, quotes, lines, end, blocks) - 1;
      continue;
    }
    own.push(reindented(lines[line], quotes, item.indent, depth));
  }
  while (own.length > 0 && own[0] === '') own.shift();
  while (own.length > 0 && own[own.length - 1] === '') own.pop();
  return own;
}

/** The items by line, and the block ends already known (an item's end, its quote depth). */
interface ItemBlocks {
  readonly itemLines: ReadonlyMap<number, NoteItem>;
  readonly ends: Map<number, { readonly end: number; readonly quotes: number }>;
}

/**
 * Every item's block end, the last item first, so that an item's scan jumps over the blocks of the
 * items nested in it instead of reading them again: a 1,000-deep list took seconds line by line.
 */
function itemBlocks(
  note: ParsedNote,
  lines: readonly string[],
  itemLines: ReadonlyMap<number, NoteItem>,
  boundaries: readonly number[],
): ItemBlocks {
  const blocks: ItemBlocks = { itemLines, ends: new Map() };
  for (let index = note.items.length - 1; index >= 0; index--) {
    const item = note.items[index];
    const quotes = quoteDepth(lines[item.line]);
    const end = blockEnd(item, quotes, lines, nextBoundary(boundaries, item.line, lines.length), blocks);
    blocks.ends.set(item.line, { end, quotes });
  }
  return blocks;
}

/** The line after the last line of the item's block (never past `limit`). */
function blockEnd(
  item: NoteItem,
  quotes: number,
  lines: readonly string[],
  limit: number,
  blocks: ItemBlocks,
): number {
  const known = blocks.ends.get(item.line);
  if (known !== undefined && known.quotes === quotes && known.end <= limit) return known.end;
  let last = item.line;
  let afterBlank = false;
  for (let line = item.line + 1; line < limit; line++) {
    const text = lines[line];
    const inner = afterQuotes(text, quotes);
    if (inner === null ? text.trim() === '' : firstNonBlank(inner) === inner.length) {
      afterBlank = true;
      continue;
    }
    if (isAtxHeadingLine(text)) break;
    if (inner !== null && indentColumns(inner) > item.indent) {
      // A nested item whose block is known: every line of it belongs to this block too (it is
      // indented deeper still, or runs on in it), so go on after it.
      const nested = blocks.itemLines.get(line);
      const nestedEnd = nested && nested.indent > item.indent ? blocks.ends.get(line) : undefined;
      if (nestedEnd !== undefined && nestedEnd.quotes === quotes && nestedEnd.end <= limit)
        line = nestedEnd.end - 1;
      last = line;
      afterBlank = false;
      continue;
    }
    // A lazy continuation line: it runs on in the item's text without being indented.
    if (!afterBlank && runsOnInListItem(inner ?? text)) {
      last = line;
      continue;
    }
    break;
  }
  return last + 1;
}

/** A line of the item's block, as it stands in the new note below the item at `depth`. */
function reindented(line: string, quotes: number, itemIndent: number, depth: number): string {
  const inner = afterQuotes(line, quotes) ?? line.trimStart();
  const start = firstNonBlank(inner);
  if (start === inner.length) return '';
  const indent = indentColumns(inner);
  const content = inner.slice(start);
  let columns = NEST_INDENT.length * depth + Math.max(CONTENT_COLUMN, indent - itemIndent);
  // A line indented as code, or inside a quote, was never a heading, fence or comment for the
  // parser: indented less (or out of the quote) it must not become one.
  const wasText = quotes > 0 || indent >= CODE_INDENT;
  if (wasText && opensStructure(`${' '.repeat(columns)}${content}`)) columns = CODE_INDENT;
  return `${' '.repeat(columns)}${content}`;
}

/** How many blockquote markers (`>`) start the line. */
function quoteDepth(line: string): number {
  let count = 0;
  let position = firstNonBlank(line);
  while (line[position] === '>') {
    count++;
    position++;
    if (line[position] === ' ' || line[position] === '\t') position++;
    position = firstNonBlank(line, position);
  }
  return count;
}

/** The line after its first `quotes` markers (and the one space each may take), or null when it has fewer. */
function afterQuotes(line: string, quotes: number): string | null {
  let position = 0;
  for (let count = 0; count < quotes; count++) {
    position = firstNonBlank(line, position);
    if (line[position] !== '>') return null;
    position++;
    if (line[position] === ' ' || line[position] === '\t') position++;
  }
  return line.slice(position);
}

/** Leading indentation in columns, tabs to the next multiple of 4. */
function indentColumns(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === ' ') width++;
    else if (text[index] === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * For each item, the closest item that contains it in a nested list and is itself carried (open),
 * or null. An item contains a later one when the later one is indented deeper and no line in
 * between (a heading, a paragraph, a sibling) is indented at or left of the container, which would
 * end its list item. One pass over the lines with a stack of the items still open as containers.
 */
function carriedParents(note: ParsedNote, lines: readonly string[]): (NoteItem | null)[] {
  const parents: (NoteItem | null)[] = note.items.map(() => null);
  if (note.items.length === 0) return parents;
  const containers: NoteItem[] = [];
  let next = 0;
  let afterBlank = true;
  for (let line = note.items[0].line; line < lines.length && next < note.items.length; line++) {
    const text = lines[line];
    const item = note.items[next];
    const blank = text.trim() === '';
    // A line running on in the text above it (a lazy continuation) does not end a list item.
    const runsOn = !afterBlank && runsOnInListItem(text);
    afterBlank = blank;
    if (item.line === line) {
      while (containers.length > 0 && containers[containers.length - 1].indent >= item.indent)
        containers.pop();
      // A done or cancelled container stays behind; its own container may still be carried.
      for (let index = containers.length - 1; index >= 0; index--) {
        if (containers[index].status === 'open') {
          parents[next] = containers[index];
          break;
        }
      }
      containers.push(item);
      next++;
    } else if (!blank && !runsOn) {
      const indent = contentIndent(text);
      while (containers.length > 0 && containers[containers.length - 1].indent >= indent) containers.pop();
    }
  }
  return parents;
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
