// The Markdown body in one linear pass: `##` sections, private regions (a heading of any level
// holding the word private, up to the next heading of the same or a higher level), fenced code
// blocks (whose content is never a heading or an item) and GFM task items with their status, due
// date and owner. Every line is first judged by its first non-blank character, so ordinary prose
// costs a few comparisons.
import type { ItemStatus, NoteDiagnostic, NoteItem, NoteSection, PrivateRegion } from './model';
import { isPrivateHeading } from './privacy';
import { recogniseHeading } from './sections';
import { findDueToken, mayHoldDueToken } from './dueToken';
import { firstNonBlank, isSpaceOrTab, lastNonBlankEnd, lineRange } from '../base/text';
import { diagnosticText } from '../i18n/diagnostics';

export interface ParsedBody {
  readonly sections: NoteSection[];
  readonly items: NoteItem[];
  readonly privateRegions: PrivateRegion[];
  readonly diagnostics: NoteDiagnostic[];
}

/** A private region whose end is not known yet. */
type OpenRegion = Omit<PrivateRegion, 'endLine'>;

interface OpenFence {
  readonly character: number;
  readonly length: number;
}

/**
 * A block whose lines are never headings or items: a fenced code block, or an HTML comment
 * (`<!--` ... `-->`), as in CommonMark and the Markdown preview.
 */
interface HiddenBlock {
  readonly fence: OpenFence | null;
  readonly line: number;
  readonly character: number;
  /** Lines inside that would be task items outside the block. */
  taskLines: number;
}

interface OpenSection {
  readonly index: number;
  readonly heading: string;
  readonly headingLine: number;
  /** First line after the heading: after the underline of a setext heading. */
  readonly textStart: number;
  readonly kind: NoteSection['kind'];
  readonly private: boolean;
}

const SPACE = 0x20;
const HASH = 0x23;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const GREATER_THAN = 0x3e;
const DASH = 0x2d;
const STAR = 0x2a;
const PLUS = 0x2b;
const OPEN_BRACKET = 0x5b;
const LESS_THAN = 0x3c;
const CLOSE_BRACKET = 0x5d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const EQUALS = 0x3d;

/**
 * What parseBody builds: everything (`full`), or for a query about due dates only the items that
 * carry a due marker (`dated-items`: no section texts, no private regions; the same walk, so the
 * same items on the same lines).
 */
export type BodyReading = 'full' | 'dated-items';

/**
 * `onContentLine`, when given, hears every line that is body content a list edit may touch: not in a
 * code block or an HTML comment, and neither a heading, a fence, a comment nor a thematic break.
 */
export function parseBody(
  lines: readonly string[],
  startLine: number,
  onContentLine?: (line: number) => void,
  reading: BodyReading = 'full',
): ParsedBody {
  const datedOnly = reading === 'dated-items';
  const sections: NoteSection[] = [];
  const items: NoteItem[] = [];
  const privateRegions: PrivateRegion[] = [];
  const diagnostics: NoteDiagnostic[] = [];
  let hidden: HiddenBlock | null = null;
  let section: OpenSection | null = null;
  // The private region being read; a holder, as only the heading closures below change it.
  const privacy: { region: OpenRegion | null } = { region: null };
  // First line of the paragraph running up to the previous line, or null: a setext underline
  // (`---` or `===`) right after a paragraph turns it into a heading, as in the Markdown preview.
  let paragraphStart: number | null = null;
  // After a list item, lines run on in the item until a blank line; they never start a paragraph.
  let inListItem = false;

  // Call after `enterHeading` for the same heading: the section is private inside a private region.
  const newSection = (heading: string, headingLine: number, textStart: number): OpenSection => ({
    index: sections.length,
    heading,
    headingLine,
    textStart,
    kind: recogniseHeading(heading).kind,
    private: privacy.region !== null,
  });

  const closeSection = (endLine: number): void => {
    if (section === null) return;
    if (datedOnly) {
      section = null;
      return;
    }
    const text = sectionText(lines, section.textStart, endLine);
    sections.push({
      kind: section.kind,
      heading: section.heading,
      headingLine: section.headingLine,
      endLine,
      private: section.private,
      text,
      sharedText: section.private ? null : sharedTextOf(section.textStart, endLine),
    });
    section = null;
  };

  /** The text of lines `[from, to)` without the private regions (closed or open) starting there. */
  const sharedTextOf = (from: number, to: number): string | null => {
    const hiddenRanges: [number, number][] = [];
    for (let index = privateRegions.length - 1; index >= 0; index--) {
      const closed = privateRegions[index];
      if (closed.headingLine < from) break;
      hiddenRanges.push([closed.headingLine, closed.endLine]);
    }
    hiddenRanges.reverse();
    const open = privacy.region;
    if (open !== null && open.headingLine >= from) hiddenRanges.push([open.headingLine, to]);
    return hiddenRanges.length === 0 ? null : textWithout(lines, from, to, hiddenRanges);
  };

  /** Every heading, any level: ends the private region it closes, and may open one. */
  const enterHeading = (level: number, heading: string, headingLine: number): void => {
    if (datedOnly) return;
    const open = privacy.region;
    if (open !== null && level <= open.level) {
      privateRegions.push({ ...open, endLine: headingLine });
      privacy.region = null;
    }
    if (privacy.region === null && isPrivateHeading(heading))
      privacy.region = { heading, level, headingLine };
  };

  for (let lineNumber = startLine; lineNumber < lines.length; lineNumber++) {
    const line = lines[lineNumber];
    if (hidden !== null) {
      if (hidden.fence === null ? line.includes('-->') : closesFence(line, hidden.fence)) hidden = null;
      else if (!datedOnly && looksLikeTask(line)) hidden.taskLines++;
      continue;
    }
    let indent = 0;
    while (indent < line.length && line.charCodeAt(indent) === SPACE) indent++;
    if (indent === line.length) {
      paragraphStart = null;
      inListItem = false;
      continue;
    }
    const first = line.charCodeAt(indent);
    const underlined: number | null = paragraphStart;
    paragraphStart = null;
    if (indent <= 3) {
      if (underlined !== null && (first === DASH || first === EQUALS) && isSetextUnderline(line, indent)) {
        // The heading ends the section before it; a level-1 heading opens none.
        closeSection(underlined);
        enterHeading(first === DASH ? 2 : 1, paragraphText(lines, underlined, lineNumber), underlined);
        if (first === DASH) {
          section = newSection(paragraphText(lines, underlined, lineNumber), underlined, lineNumber + 1);
        }
        continue;
      }
      if (first === HASH) {
        const heading = readHeading(line, indent);
        if (heading !== null) {
          inListItem = false;
          if (heading.level <= 2) closeSection(lineNumber);
          enterHeading(heading.level, heading.text, lineNumber);
          if (heading.level === 2) section = newSection(heading.text, lineNumber, lineNumber + 1);
          continue;
        }
      } else if (first === BACKTICK || first === TILDE) {
        const fence = openingFence(line, indent, first);
        if (fence !== null) {
          inListItem = false;
          hidden = { fence, line: lineNumber, character: indent, taskLines: 0 };
          continue;
        }
      } else if (first === LESS_THAN && line.startsWith('<!--', indent)) {
        if (!line.includes('-->', indent + 4)) {
          hidden = { fence: null, line: lineNumber, character: indent, taskLines: 0 };
        }
        continue;
      }
    }
    if (startsBlock(line, indent, first)) {
      inListItem = startsListItem(line, indent);
    } else if (!inListItem && (underlined !== null || indent <= 3)) {
      // Prose: it starts a paragraph, or (even indented) runs on in the one above.
      paragraphStart = underlined ?? lineNumber;
    }
    if (
      onContentLine !== undefined &&
      !((first === DASH || first === STAR || first === 0x5f) && isThematicBreak(line, indent, first))
    ) {
      onContentLine(lineNumber);
    }
    if (!mayStartItem(first) || (datedOnly && !mayHoldDueToken(line))) continue;
    const open: OpenSection | null = section;
    const item = readItem(
      line,
      lineNumber,
      open === null ? -1 : open.index,
      open?.kind === 'agreed-goals',
      diagnostics,
    );
    if (item !== null && (!datedOnly || item.due !== null)) items.push(item);
  }
  closeSection(lines.length);
  if (privacy.region !== null) privateRegions.push({ ...privacy.region, endLine: lines.length });
  if (hidden !== null && hidden.taskLines > 0) diagnostics.push(unclosedBlock(lines, hidden));
  return { sections, items, privateRegions, diagnostics };
}

/**
 * A code block or comment left open runs to the end of the note and hides every item after it; a
 * lead who forgot a closing fence must hear that those follow-ups are not counted.
 */
function unclosedBlock(lines: readonly string[], block: HiddenBlock): NoteDiagnostic {
  const opening = lines[block.line];
  const range = lineRange(block.line, block.character, lastNonBlankEnd(opening, block.character));
  if (block.fence === null) {
    return {
      range,
      severity: 'warning',
      code: 'unclosed-comment',
      message: diagnosticText('diagnostic.unclosed-comment', { count: block.taskLines }),
    };
  }
  const fence = String.fromCharCode(block.fence.character).repeat(block.fence.length);
  return {
    range,
    severity: 'warning',
    code: 'unclosed-fence',
    message: diagnosticText('diagnostic.unclosed-fence', { count: block.taskLines, fence }),
  };
}

/** Whether the line would be a task item outside a code block or comment. */
function looksLikeTask(line: string): boolean {
  const first = firstNonBlank(line);
  return (
    first < line.length && mayStartItem(line.charCodeAt(first)) && readItem(line, 0, -1, false, []) !== null
  );
}

/** A setext underline: only `-` or only `=` (at least one), then nothing but blanks. */
function isSetextUnderline(line: string, start: number): boolean {
  const character = line.charCodeAt(start);
  let end = start;
  while (end < line.length && line.charCodeAt(end) === character) end++;
  return firstNonBlank(line, end) === line.length;
}

/** A setext heading's text: its paragraph's lines, trimmed and joined by a space. */
function paragraphText(lines: readonly string[], from: number, to: number): string {
  return lines
    .slice(from, to)
    .map((line) => line.trim())
    .join(' ');
}

/**
 * Whether a line right after a list item's text (or a line that runs on in it) runs on in the item
 * as parseBody reads it: not blank, not a heading, fence, comment, list item, quote, thematic break
 * or tab-indented line. Carry-over copies such lines with the item.
 */
export function runsOnInListItem(line: string): boolean {
  let indent = 0;
  while (indent < line.length && line.charCodeAt(indent) === SPACE) indent++;
  if (indent === line.length) return false;
  const first = line.charCodeAt(indent);
  if (indent <= 3) {
    if (first === HASH && readHeading(line, indent) !== null) return false;
    if ((first === BACKTICK || first === TILDE) && openingFence(line, indent, first) !== null) return false;
    if (first === LESS_THAN && line.startsWith('<!--', indent)) return false;
  }
  return !startsBlock(line, indent, first);
}

/** Whether parseBody reads the line as an ATX heading (`#` to `######`, at most 3 spaces in). */
export function isAtxHeadingLine(line: string): boolean {
  let indent = 0;
  while (indent < line.length && indent <= 3 && line.charCodeAt(indent) === SPACE) indent++;
  return indent <= 3 && line.charCodeAt(indent) === HASH && readHeading(line, indent) !== null;
}

/**
 * Whether the line, wherever it stands, changes what the lines after it are: an ATX heading, or the
 * opening of a code fence or an HTML comment (at most 3 spaces in).
 */
export function opensStructure(line: string): boolean {
  let indent = 0;
  while (indent < line.length && indent <= 3 && line.charCodeAt(indent) === SPACE) indent++;
  if (indent > 3) return false;
  const first = line.charCodeAt(indent);
  if (first === HASH) return readHeading(line, indent) !== null;
  if (first === BACKTICK || first === TILDE) return openingFence(line, indent, first) !== null;
  return first === LESS_THAN && line.startsWith('<!--', indent);
}

/**
 * Whether the line starts a block that is not a paragraph: a list item, a blockquote, a thematic
 * break, or a line indented as code. Such a line neither starts nor continues a paragraph here.
 */
function startsBlock(line: string, indent: number, first: number): boolean {
  if (first === 0x09 /* tab */ || first === GREATER_THAN) return true;
  if (startsListItem(line, indent)) return true;
  return (first === DASH || first === STAR || first === 0x5f) /* _ */ && isThematicBreak(line, indent, first);
}

function startsListItem(line: string, indent: number): boolean {
  const markerEnd = listMarkerEnd(line, indent);
  // A bullet or number followed by a blank or the end of the line.
  return markerEnd !== -1 && (markerEnd === line.length || isSpaceOrTab(line.charCodeAt(markerEnd)));
}

/** Three or more of the same `-`, `*` or `_`, blanks allowed between them. */
function isThematicBreak(line: string, start: number, character: number): boolean {
  let count = 0;
  for (let index = start; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === character) count++;
    else if (!isSpaceOrTab(code)) return false;
  }
  return count >= 3;
}

/** Lines `[from, to)` joined with `\n` and trimmed, without copying the blank lines around them. */
function sectionText(lines: readonly string[], from: number, to: number): string {
  let first = from;
  while (first < to && isBlankLine(lines[first])) first++;
  let last = to;
  while (last > first && isBlankLine(lines[last - 1])) last--;
  if (first === last) return '';
  if (last - first === 1) return lines[first].trim();
  return lines.slice(first, last).join('\n').trim();
}

/** Like `sectionText`, leaving out the lines of `hiddenRanges` (sorted `[start, end)` pairs). */
function textWithout(
  lines: readonly string[],
  from: number,
  to: number,
  hiddenRanges: readonly (readonly [number, number])[],
): string {
  const kept: string[] = [];
  let next = from;
  for (const [start, end] of hiddenRanges) {
    for (let line = next; line < Math.min(start, to); line++) kept.push(lines[line]);
    next = Math.max(next, end);
  }
  for (let line = next; line < to; line++) kept.push(lines[line]);
  return sectionText(kept, 0, kept.length);
}

function isBlankLine(line: string): boolean {
  return firstNonBlank(line) === line.length;
}

function mayStartItem(code: number): boolean {
  return (
    code === DASH ||
    code === STAR ||
    code === PLUS ||
    code === GREATER_THAN ||
    code === 0x09 /* tab */ ||
    (code >= DIGIT_0 && code <= DIGIT_9)
  );
}

/** An ATX heading starting at `start` (after at most 3 spaces), or null. */
function readHeading(line: string, start: number): { level: number; text: string } | null {
  let hashesEnd = start;
  while (hashesEnd < line.length && line.charCodeAt(hashesEnd) === HASH) hashesEnd++;
  const level = hashesEnd - start;
  if (level > 6) return null;
  if (hashesEnd < line.length && !isSpaceOrTab(line.charCodeAt(hashesEnd))) return null;
  const textStart = firstNonBlank(line, hashesEnd);
  let textEnd = lastNonBlankEnd(line, textStart);
  // An optional closing run of `#`s counts only when whitespace precedes it (or it is all there is).
  let closingStart = textEnd;
  while (closingStart > textStart && line.charCodeAt(closingStart - 1) === HASH) closingStart--;
  if (
    closingStart < textEnd &&
    (closingStart === textStart || isSpaceOrTab(line.charCodeAt(closingStart - 1)))
  ) {
    textEnd = lastNonBlankEnd(line, textStart, closingStart);
  }
  return { level, text: line.slice(textStart, textEnd) };
}

/** A code fence opening at `start` (after at most 3 spaces), or null. */
function openingFence(line: string, start: number, character: number): OpenFence | null {
  let end = start;
  while (end < line.length && line.charCodeAt(end) === character) end++;
  const length = end - start;
  if (length < 3) return null;
  // A backtick fence's info string cannot hold a backtick (that would be inline code).
  if (character === BACKTICK && line.indexOf('`', end) !== -1) return null;
  return { character, length };
}

function closesFence(line: string, fence: OpenFence): boolean {
  let start = 0;
  while (start < line.length && start < 4 && line.charCodeAt(start) === SPACE) start++;
  if (start > 3) return false;
  let end = start;
  while (end < line.length && line.charCodeAt(end) === fence.character) end++;
  return end - start >= fence.length && firstNonBlank(line, end) === line.length;
}

const STATUSES: ReadonlyMap<string, ItemStatus> = new Map<string, ItemStatus>([
  [' ', 'open'],
  ['x', 'done'],
  ['X', 'done'],
  ['-', 'cancelled'],
  ['>', 'carried'],
]);

/** A GFM task item on this line (inside any blockquotes, at any indentation), or null. */
function readItem(
  line: string,
  lineNumber: number,
  sectionIndex: number,
  inAgreedGoals: boolean,
  diagnostics: NoteDiagnostic[],
): NoteItem | null {
  let position = firstNonBlank(line);
  while (line.charCodeAt(position) === GREATER_THAN) {
    position++;
    if (isSpaceOrTab(line.charCodeAt(position))) position++;
    position = firstNonBlank(line, position);
  }
  const indentStart = position === firstNonBlank(line) ? 0 : quotedContentStart(line, position);
  const bullet = firstNonBlank(line, indentStart);
  const markerEnd = listMarkerEnd(line, bullet);
  if (markerEnd === -1) return null;
  const open = firstNonBlank(line, markerEnd);
  if (open === markerEnd || line.charCodeAt(open) !== OPEN_BRACKET) return null;
  const boxStart = open + 1;
  const boxCode = line.codePointAt(boxStart);
  if (boxCode === undefined) return null;
  const boxEnd = boxStart + (boxCode > 0xffff ? 2 : 1);
  if (line.charCodeAt(boxEnd) !== CLOSE_BRACKET) return null;
  const afterBox = boxEnd + 1;
  if (afterBox < line.length && !isSpaceOrTab(line.charCodeAt(afterBox))) return null;

  const box = line.slice(boxStart, boxEnd);
  const boxRange = lineRange(lineNumber, boxStart, boxEnd);
  let status = STATUSES.get(box);
  if (status === undefined) {
    status = 'open';
    diagnostics.push({
      range: boxRange,
      severity: 'warning',
      code: 'unknown-status',
      message: diagnosticText('diagnostic.unknown-status', { box }),
    });
  }
  const due = findDueToken(line, afterBox);
  const dueRange = due ? lineRange(lineNumber, due.start, due.end) : null;
  if (due?.problem && dueRange) {
    diagnostics.push({ range: dueRange, severity: 'warning', code: 'invalid-due', message: due.problem });
  }
  return {
    line: lineNumber,
    range: lineRange(lineNumber, bullet, line.length),
    boxRange,
    box,
    status,
    text: line.slice(afterBox).trim(),
    due: due && !due.problem ? due.date : null,
    dueRange,
    owner: findOwner(line, afterBox),
    kind: inAgreedGoals ? 'goal' : 'follow-up',
    section: sectionIndex,
    indent: columns(line, indentStart, bullet),
  };
}

/** Where a blockquoted line's content starts: after the last `>` and the one space it may take. */
function quotedContentStart(line: string, afterMarkers: number): number {
  let marker = afterMarkers - 1;
  while (marker >= 0 && line.charCodeAt(marker) !== GREATER_THAN) marker--;
  return isSpaceOrTab(line.charCodeAt(marker + 1)) ? marker + 2 : marker + 1;
}

/** End of a `-`, `*`, `+`, `1.` or `1)` list marker at `start`, or -1. */
function listMarkerEnd(line: string, start: number): number {
  const code = line.charCodeAt(start);
  if (code === DASH || code === STAR || code === PLUS) return start + 1;
  let end = start;
  while (end < line.length && end - start < 10) {
    const digit = line.charCodeAt(end);
    if (digit < DIGIT_0 || digit > DIGIT_9) break;
    end++;
  }
  const digits = end - start;
  if (digits < 1 || digits > 9) return -1;
  const delimiter = line.charCodeAt(end);
  return delimiter === 0x2e /* . */ || delimiter === 0x29 /* ) */ ? end + 1 : -1;
}

/** Width of `line[from, to)` in columns, tabs advancing to the next multiple of 4. */
function columns(line: string, from: number, to: number): number {
  let width = 0;
  for (let index = from; index < to; index++)
    width = line.charCodeAt(index) === 0x09 ? width + 4 - (width % 4) : width + 1;
  return width;
}

// `@name` at the start or after whitespace or `(`, so `dana@acme.com` is not an owner.
const OWNER = /(?<![^\s(])@([\p{L}\p{M}\p{N}_.-]+)/gu;

function findOwner(line: string, from: number): string | null {
  if (line.indexOf('@', from) === -1) return null;
  OWNER.lastIndex = from;
  for (let match = OWNER.exec(line); match !== null; match = OWNER.exec(line)) {
    const name = match[1];
    let end = name.length;
    while (end > 0 && name.charCodeAt(end - 1) === 0x2e /* . */) end--;
    if (end > 0) return name.slice(0, end);
  }
  return null;
}
