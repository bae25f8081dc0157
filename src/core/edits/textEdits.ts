// Text edits as hosts apply them: ranges in VS Code's line and column terms (`\r\n`, `\r` and `\n`
// each end a line), applied to the raw text so every line ending outside the edits stays as written.
import type { Range } from '../note/model';
import { stripByteOrderMark } from '../base/text';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/**
 * `text` with `edits` applied (non-overlapping, in any order). Positions count from after a byte
 * order mark, as the parser's do; the mark itself is kept.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const body = stripByteOrderMark(text);
  const bom = text.slice(0, text.length - body.length);
  const lineStarts = lineStartOffsets(body);
  const offsetOf = (line: number, character: number): number => {
    if (line >= lineStarts.length) return body.length;
    const start = lineStarts[line];
    return Math.min(start + character, lineContentEnd(body, lineStarts, line));
  };
  const spans = edits
    .map((edit) => ({
      start: offsetOf(edit.range.start.line, edit.range.start.character),
      end: offsetOf(edit.range.end.line, edit.range.end.character),
      newText: edit.newText,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [bom];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) throw new Error('Overlapping text edits');
    parts.push(body.slice(at, span.start), span.newText);
    at = span.end;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d /* \r */) {
      if (text.charCodeAt(index + 1) === 0x0a) index++;
      starts.push(index + 1);
    } else if (code === 0x0a /* \n */) {
      starts.push(index + 1);
    }
  }
  return starts;
}

/** Offset of the end of the line's content, before its line break. */
function lineContentEnd(text: string, lineStarts: readonly number[], line: number): number {
  if (line + 1 >= lineStarts.length) return text.length;
  const next = lineStarts[line + 1];
  return text.charCodeAt(next - 2) === 0x0d && text.charCodeAt(next - 1) === 0x0a ? next - 2 : next - 1;
}

/**
 * Whether an editor that keeps one line ending per document (VS Code does) would rewrite some of
 * the text's line endings on load: a lone `\r`, or `\n` and `\r\n` mixed. Saving such a note after a
 * one-line edit would then change every one of those lines on disk.
 */
export function hasLineEndingsEditorsNormalise(text: string): boolean {
  let lf = 0;
  let crlf = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d) {
      if (text.charCodeAt(index + 1) !== 0x0a) return true;
      crlf++;
      index++;
    } else if (code === 0x0a) {
      lf++;
    }
  }
  return lf > 0 && crlf > 0;
}

/** The line break a one-line insertion should use: the text's first one, `\n` when it has none. */
export function firstLineBreak(text: string): string {
  const match = /\r\n|\r|\n/u.exec(text);
  return match ? match[0] : '\n';
}
