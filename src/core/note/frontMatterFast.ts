// The fast front matter reader. Parsing a typical front matter with the `yaml` package costs about
// 200 µs, twenty times a whole note's budget, so the common shape is read by a line scanner instead.
// It accepts only lines whose YAML meaning it is certain of and returns null on anything else, and the
// caller then runs the full YAML parse. Whatever it accepts it must read exactly as the `yaml`
// package (core schema) does: a property test checks the two readers give identical notes.
//
// Accepted: blank lines, `#` comment lines, and at column 0 `key: value` with a plain scalar value,
// `key: [a, b]` with plain words, or `key:` followed by `- item` lines at one indentation.
import type { FrontMatterEntry } from './frontMatterFields';
import type { Range } from './model';
import type { FrontMatterReading } from './yamlFrontMatter';
import { lineRange } from '../base/text';

/** Longest key the scanner takes; longer ones go to the full parse. */
const MAX_KEY_LENGTH = 64;
const LIST_ITEM = /^( *)- +(?=\S)/;
/** Keys the core schema would read as something other than a string, or that the engine refuses. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set([
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'null',
  'Null',
  'NULL',
  '__proto__',
  'constructor',
  'prototype',
]);
/** Characters that may start a YAML token other than a plain scalar. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/**
 * Characters whose handling the scanner does not reproduce: tabs and other controls, C1 controls
 * (NEL), line/paragraph separators, byte order marks, non-characters and lone surrogates.
 */
const UNSAFE_CHARACTER =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Printable ASCII only: the common case, which needs no closer look. */
const NOT_PRINTABLE_ASCII = /[^\u0020-\u007e]/;
const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER_START = /^[0-9+.]/;
const ONLY_SPACES = /^ *$/;
/** What may follow a flow list's `]`: nothing, or a comment. */
const AFTER_FLOW_LIST = /^(?: *| +#.*)$/;
/** Characters a flow list word must not hold: flow indicators, comments, `:` and quotes. */
const FLOW_WORD_UNSAFE = /[[\]{}#:'"]/;

const NOT_CERTAIN = null;

/**
 * Reads the front matter's content lines, or returns null when any line is outside the shapes this
 * scanner is certain about. `firstLine` is the note line of `contentLines[0]`.
 */
export function readFastFrontMatter(
  contentLines: readonly string[],
  firstLine: number,
): FrontMatterReading | null {
  const entries: FrontMatterEntry[] = [];
  const seen = new Set<string>();
  let index = 0;
  while (index < contentLines.length) {
    const line = contentLines[index];
    const lineNumber = firstLine + index;
    index++;
    if (line.length === 0) continue;
    const first = line.charCodeAt(0);
    if (first === 0x23 /* # */) {
      if (hasUnsafeCharacter(line)) return NOT_CERTAIN;
      continue;
    }
    if (first === 0x20 /* space */) {
      if (ONLY_SPACES.test(line)) continue;
      return NOT_CERTAIN; // indented content outside a list: a continuation line, a nested map, ...
    }
    const keyLength = plainKeyLength(line);
    if (keyLength === -1) return NOT_CERTAIN;
    const key = line.slice(0, keyLength);
    if (UNSAFE_KEYS.has(key) || seen.has(key)) return NOT_CERTAIN;
    seen.add(key);
    const keyRange = lineRange(lineNumber, 0, key.length);
    const afterColon = key.length + 1;
    let valueStart = afterColon;
    while (valueStart < line.length && line.charCodeAt(valueStart) === 0x20) valueStart++;

    if (valueStart === line.length) {
      // `key:` alone: null, or a block list on the following lines.
      const list = readBlockList(contentLines, index);
      if (list === NOT_CERTAIN) return NOT_CERTAIN;
      index = list.nextIndex;
      entries.push({ key, keyRange, valueRange: null, value: list.items });
      continue;
    }
    const rest = line.slice(valueStart);
    if (rest.charCodeAt(0) === 0x5b /* [ */) {
      const flow = readFlowList(rest);
      if (flow === NOT_CERTAIN) return NOT_CERTAIN;
      const valueRange = lineRange(lineNumber, valueStart, valueStart + flow.length);
      entries.push({ key, keyRange, valueRange, value: flow.items });
      continue;
    }
    const scalar = readBlockScalar(rest);
    if (scalar === NOT_CERTAIN) return NOT_CERTAIN;
    const valueRange: Range = lineRange(lineNumber, valueStart, valueStart + scalar.length);
    entries.push({ key, keyRange, valueRange, value: scalar.value });
  }
  return { entries, diagnostics: [] };
}

/**
 * The `- item` lines starting at `start`, all at one indentation; `items` is null when there are none
 * (the key's value is null). Stops at the first other line, which the main loop then judges.
 */
function readBlockList(
  lines: readonly string[],
  start: number,
): { items: unknown[] | null; nextIndex: number } | typeof NOT_CERTAIN {
  let index = start;
  let indent = -1;
  const items: unknown[] = [];
  while (index < lines.length) {
    const match = LIST_ITEM.exec(lines[index]);
    if (match === null) break;
    if (indent === -1) indent = match[1].length;
    else if (match[1].length !== indent) return NOT_CERTAIN;
    const scalar = readBlockScalar(lines[index].slice(match[0].length));
    if (scalar === NOT_CERTAIN) return NOT_CERTAIN;
    items.push(scalar.value);
    index++;
  }
  return { items: indent === -1 ? null : items, nextIndex: index };
}

/** A plain scalar in block context, optionally followed by a ` # comment`; `length` excludes both. */
function readBlockScalar(text: string): { value: unknown; length: number } | typeof NOT_CERTAIN {
  const commentAt = text.indexOf(' #');
  const scalar = trimSpaces(commentAt === -1 ? text : text.slice(0, commentAt));
  if (scalar.length === 0 || INDICATOR_START.test(scalar) || hasUnsafeCharacter(text)) return NOT_CERTAIN;
  // `a: b` or a trailing `:` would make a nested map.
  if (scalar.includes(': ') || scalar.endsWith(':')) return NOT_CERTAIN;
  const value = resolvePlainScalar(scalar);
  return value === NOT_CERTAIN ? NOT_CERTAIN : { value: value.value, length: scalar.length };
}

/** `[a, b, c]` of plain words, optionally followed by a comment; `length` spans `[` to `]`. */
function readFlowList(text: string): { items: unknown[]; length: number } | typeof NOT_CERTAIN {
  const close = text.indexOf(']');
  if (close === -1) return NOT_CERTAIN;
  if (!AFTER_FLOW_LIST.test(text.slice(close + 1)) || hasUnsafeCharacter(text)) return NOT_CERTAIN;
  const inner = text.slice(1, close);
  const items: unknown[] = [];
  if (trimSpaces(inner) !== '') {
    for (const part of inner.split(',')) {
      const word = trimSpaces(part);
      if (word.length === 0 || INDICATOR_START.test(word) || FLOW_WORD_UNSAFE.test(word)) return NOT_CERTAIN;
      const value = resolvePlainScalar(word);
      if (value === NOT_CERTAIN) return NOT_CERTAIN;
      items.push(value.value);
    }
  }
  return { items, length: close + 1 };
}

/** What the core schema makes of a plain scalar, or null when that is a number (not reproduced here). */
function resolvePlainScalar(text: string): { value: string | boolean | null } | typeof NOT_CERTAIN {
  switch (text) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return { value: null };
    case 'true':
    case 'True':
    case 'TRUE':
      return { value: true };
    case 'false':
    case 'False':
    case 'FALSE':
      return { value: false };
  }
  if (NUMBER_START.test(text) && !ISO_DATE_SHAPE.test(text)) return NOT_CERTAIN;
  return { value: text };
}

/** Trims spaces only: YAML does not count other Unicode spaces (e.g. U+00A0) as whitespace. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(start, end);
}

function hasUnsafeCharacter(text: string): boolean {
  return NOT_PRINTABLE_ASCII.test(text) && UNSAFE_CHARACTER.test(text);
}

/**
 * Length of the key when the line starts `key:` followed by a space or the end of the line, the key
 * being `[A-Za-z_][A-Za-z0-9_-]*` (at most 64 characters); -1 otherwise.
 */
function plainKeyLength(line: string): number {
  const first = line.charCodeAt(0);
  const isLetter = (code: number): boolean =>
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (!isLetter(first) && first !== 0x5f /* _ */) return -1;
  let end = 1;
  for (; end < line.length && end <= MAX_KEY_LENGTH; end++) {
    const code = line.charCodeAt(end);
    if (isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d /* - */) continue;
    break;
  }
  if (end > MAX_KEY_LENGTH || line.charCodeAt(end) !== 0x3a /* : */) return -1;
  const after = end + 1;
  return after === line.length || line.charCodeAt(after) === 0x20 ? end : -1;
}
