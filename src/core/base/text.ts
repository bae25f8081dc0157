// Line splitting and positions, counted exactly as VS Code counts them: `\r\n`, `\r` and `\n` each end
// a line, so a note gives the same line numbers whatever its line endings.
import type { Range } from '../note/model';

const BYTE_ORDER_MARK = 0xfeff;
const LINE_BREAK = /\r\n|\r|\n/;

/** The text without a leading byte order mark; positions are always relative to this. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
}

/** The lines of `text` without their line breaks. An empty text has one (empty) line. */
export function splitLines(text: string): string[] {
  // Splitting on a plain string is markedly faster than on a regular expression, and most notes are LF.
  return text.indexOf('\r') === -1 ? text.split('\n') : text.split(LINE_BREAK);
}

export function makeRange(
  startLine: number,
  startCharacter: number,
  endLine: number,
  endCharacter: number,
): Range {
  return {
    start: { line: startLine, character: startCharacter },
    end: { line: endLine, character: endCharacter },
  };
}

/** A range inside one line. */
export function lineRange(line: number, startCharacter: number, endCharacter: number): Range {
  return makeRange(line, startCharacter, line, endCharacter);
}

/** True for a space or a tab, the only characters Markdown and YAML count as indentation whitespace. */
export function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Index of the first character that is not a space or tab (the line length when there is none). */
export function firstNonBlank(line: string, from = 0): number {
  let index = from;
  while (index < line.length && isSpaceOrTab(line.charCodeAt(index))) index++;
  return index;
}

/** Index just after the last character before `before` that is not a space or tab (at least `from`). */
export function lastNonBlankEnd(line: string, from = 0, before = line.length): number {
  let end = before;
  while (end > from && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
  return end;
}

/** True when the line holds nothing but spaces and tabs from `from` on. */
export function isBlankFrom(line: string, from: number): boolean {
  return firstNonBlank(line, from) === line.length;
}

/**
 * Maps offsets in a block of lines joined with `\n` (as handed to the YAML parser) back to note
 * positions. `firstLine` is the note line of the block's first line.
 */
export class JoinedLinesMap {
  private readonly lineStarts: number[] = [];

  constructor(
    private readonly lines: readonly string[],
    private readonly firstLine: number,
  ) {
    let offset = 0;
    for (const line of lines) {
      this.lineStarts.push(offset);
      offset += line.length + 1;
    }
  }

  /** The note position of an offset, clamped into the block's lines. */
  positionAt(offset: number): { line: number; character: number } {
    const starts = this.lineStarts;
    if (starts.length === 0) return { line: this.firstLine, character: 0 };
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    const lineLength = this.lines[low].length;
    const character = Math.max(0, Math.min(offset - starts[low], lineLength));
    return { line: this.firstLine + low, character };
  }

  rangeAt(startOffset: number, endOffset: number): Range {
    const start = this.positionAt(startOffset);
    const end = this.positionAt(Math.max(startOffset, endOffset));
    return { start, end };
  }
}

/**
 * The text without the run of characters at its end that `isTrimmed` accepts. A loop rather than
 * `/[…]+$/u`, which backtracks quadratically on a long run of them that is not at the end.
 */
export function trimEndWhere(text: string, isTrimmed: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && isTrimmed(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** The text without leading or trailing `-`: the edges of a file-name slug. */
export function trimDashes(text: string): string {
  return trimEndWhere(text, (char) => char === '-').replace(/^-+/u, '');
}

/**
 * The same text in a string of its own. A slice of a long string (a line of a note) keeps the whole
 * string alive in V8; a value kept long after its note is dropped should not keep the note.
 */
export function detachedText(text: string): string {
  // Concatenating then slicing makes V8 flatten into a new string; the slice's parent is that copy.
  return (text + ' ').slice(0, -1);
}
