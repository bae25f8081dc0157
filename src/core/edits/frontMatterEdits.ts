// Edits that repair front matter for the quick fixes: close a block left open, replace one value,
// add a key. Each touches the fewest characters it can, so no word of the note moves or goes.
import type { ParsedNote } from '../note/model';
import type { TextEdit } from './textEdits';
import { firstNonBlank, isBlankFrom, isSpaceOrTab, lastNonBlankEnd } from '../base/text';

/** Keys of format v1: after a blank or `# ...` line, only one of these still reads as front matter. */
const FORMAT_KEYS: ReadonlySet<string> = new Set(['rep', 'date', 'type', 'coach', 'next', 'tags', 'private']);

/**
 * The missing closing `---` of a front matter block opened on line 0: after its last line that reads
 * as front matter (`key: value`, a list or an indented line under a key, a comment), never after a
 * body line such as a task item, prose or a heading. Blank lines and `# ...` lines (a comment or a
 * heading) count only when a format key follows them.
 */
export function closeFrontMatterEdit(lines: readonly string[], eol: string): TextEdit {
  let last = 0;
  // Whether a `- item` line at column 0 continues a list opened by the key above (`tags:`).
  let inList = false;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    const first = firstNonBlank(line);
    const key = keyAt(line);
    let belongs: boolean;
    if (first === line.length || isHeadingLike(line)) {
      // Tentative: it belongs only if a format key comes next.
      continue;
    } else if (index > last + 1) {
      // Blank or `# ` lines stand between: only a format key carries the front matter on.
      belongs = key !== null && FORMAT_KEYS.has(key.name);
    } else if (isTaskLine(line, first)) {
      belongs = false;
    } else if (key !== null) {
      belongs = true;
    } else if (first > 0) {
      belongs = last > 0;
    } else if (line.charCodeAt(0) === 0x23 /* # */) {
      belongs = true; // `#comment`: not a heading without a space after the `#`.
    } else {
      belongs = inList && isListLine(line, 0);
    }
    if (!belongs) break;
    if (key !== null)
      inList = isBlankFrom(line, key.valueStart) || line.startsWith('#', firstNonBlank(line, key.valueStart));
    last = index;
  }
  const at = { line: last, character: lines[last]?.length ?? 0 };
  return { range: { start: at, end: at }, newText: `${eol}---` };
}

/**
 * Replaces the value of the one-line `key: value` entry on `line` by `value`, keeping a trailing
 * `# comment`. Null when the line holds no such entry or the value runs on to the next lines.
 */
export function replaceValueEdit(
  lines: readonly string[],
  line: number,
  key: string,
  value: string,
): TextEdit | null {
  const text = lines[line];
  if (text === undefined) return null;
  const entry = keyAt(text);
  if (entry === null || entry.name !== key) return null;
  const next = lines[line + 1];
  if (next !== undefined && next.length > 0 && isSpaceOrTab(next.charCodeAt(0)) && !isBlankFrom(next, 0)) {
    return null;
  }
  const start = entry.valueStart;
  const end = valueEnd(text, start);
  if (end === start) {
    // No value (at most a comment): the value goes right after the colon, the blanks stay before the comment.
    const at = { line, character: entry.colon + 1 };
    return { range: { start: at, end: at }, newText: ` ${value}` };
  }
  return {
    range: { start: { line, character: start }, end: { line, character: end } },
    newText: `${start === entry.colon + 1 ? ' ' : ''}${value}`,
  };
}

/** A `key: value` line added at the end of the front matter, just before its closing `---`. */
export function insertKeyEdit(note: ParsedNote, key: string, value: string, eol: string): TextEdit | null {
  const block = note.frontMatter.range;
  if (!block) return null;
  const at = { line: block.end.line, character: 0 };
  return {
    range: { start: at, end: at },
    newText: `${value === '' ? `${key}: ` : `${key}: ${value}`}${eol}`,
  };
}

interface KeyAt {
  readonly name: string;
  readonly colon: number;
  /** First character of the value, after the blanks that follow the colon. */
  readonly valueStart: number;
}

/** A plain `key:` at column 0 (letters, digits, `_`, `-`), followed by a blank or the line's end. */
function keyAt(line: string): KeyAt | null {
  let end = 0;
  while (end < line.length && isKeyCharacter(line.charCodeAt(end), end === 0)) end++;
  if (end === 0) return null;
  const colon = firstNonBlank(line, end);
  if (line.charCodeAt(colon) !== 0x3a /* : */) return null;
  if (colon + 1 < line.length && !isSpaceOrTab(line.charCodeAt(colon + 1))) return null;
  return { name: line.slice(0, end), colon, valueStart: firstNonBlank(line, colon + 1) };
}

function isKeyCharacter(code: number, first: boolean): boolean {
  const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  if (first) return letter;
  return letter || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/** End of a value starting at `start`: a quoted string's closing quote, or before ` # comment`. */
function valueEnd(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  if (quote === 0x22 /* " */ || quote === 0x27 /* ' */) {
    for (let index = start + 1; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (quote === 0x22 && code === 0x5c /* \ */) index++;
      else if (code === quote) {
        if (quote === 0x27 && text.charCodeAt(index + 1) === 0x27) index++;
        else return index + 1;
      }
    }
    return lastNonBlankEnd(text, start);
  }
  if (text.charCodeAt(start) === 0x23 /* # */) return start; // no value, only a comment
  for (let index = start + 1; index < text.length; index++) {
    if (text.charCodeAt(index) === 0x23 && isSpaceOrTab(text.charCodeAt(index - 1))) {
      return lastNonBlankEnd(text.slice(0, index), start);
    }
  }
  return lastNonBlankEnd(text, start);
}

/** `# text`, `## text` or a lone `#`: a Markdown heading, or a YAML comment. */
function isHeadingLike(line: string): boolean {
  if (line.charCodeAt(0) !== 0x23) return false;
  let end = 0;
  while (line.charCodeAt(end) === 0x23) end++;
  return end === line.length || isSpaceOrTab(line.charCodeAt(end)) || end > 1;
}

/** `- [x] ...` (any bullet, any indentation): a task item, which is never YAML. */
function isTaskLine(line: string, first: number): boolean {
  if (!isListLine(line, first)) return false;
  const open = firstNonBlank(line, first + 1);
  return line.charCodeAt(open) === 0x5b /* [ */ && line.charCodeAt(open + 2) === 0x5d; /* ] */
}

function isListLine(line: string, at: number): boolean {
  const code = line.charCodeAt(at);
  return (
    (code === 0x2d || code === 0x2a || code === 0x2b) &&
    (at + 1 === line.length || isSpaceOrTab(line.charCodeAt(at + 1)))
  );
}
