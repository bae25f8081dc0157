// The due-token grammar, in one place (docs/format.md, "Due date"): `due:YYYY-MM-DD`, Obsidian Tasks'
// `📅 YYYY-MM-DD` and Dataview's `[due:: YYYY-MM-DD]`. The parser reads an item's due date with
// `findDueToken`; everything else works from the parsed `due` and `dueRange`, shows an item's text
// next to its due date with `withoutDueDate`, or compares texts with `withoutDueTokens`.
import { firstNonBlank, isSpaceOrTab, lastNonBlankEnd } from '../base/text';
import { isCalendarDateText } from '../base/dates';

/** The token a new or moved due date is written as. */
export function dueTokenText(date: string): string {
  return `due:${date}`;
}

// `due:` at the start or after whitespace or `(`; Obsidian Tasks' 📅 (U+1F4C5, optionally with the
// emoji variation selector); Dataview's `[due:: ...]` and `[due: ...]`.
const DUE_MARKER = /(?<![^\s(])due:|\ud83d\udcc5\ufe0f?|\[due::?/gi;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Punctuation that ends a sentence around a due token without being part of its date. */
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '"', "'"]);
const OPEN_BRACKET = 0x5b;

/** A due token in a line: where it is (`[start, end)`), its value and whether that is a due date. */
export interface DueToken {
  readonly start: number;
  readonly end: number;
  /** The value as written: the date when `problem` is null. */
  readonly date: string;
  /** Why the token is not a usable due date, or null when it is. */
  readonly problem: string | null;
}

/**
 * The first due marker at or after `from` (the first one counts; later ones are plain text): its
 * whole token, and its date or what is wrong with it. Linear in the line.
 */
/**
 * False when the line (from `from` on) certainly holds no due marker: every marker holds a `:` or the
 * emoji's high surrogate, and most lines have neither. A cheap test before findDueToken.
 */
export function mayHoldDueToken(line: string, from = 0): boolean {
  return line.indexOf(':', from) !== -1 || line.indexOf('\ud83d', from) !== -1;
}

export function findDueToken(line: string, from = 0): DueToken | null {
  if (!mayHoldDueToken(line, from)) return null;
  DUE_MARKER.lastIndex = from;
  const marker = DUE_MARKER.exec(line);
  if (marker === null) return null;
  const start = marker.index;
  const markerEnd = start + marker[0].length;
  let valueStart: number;
  let valueEnd: number;
  let tokenEnd: number;
  let problem: string | null = null;
  if (marker[0].charCodeAt(0) === OPEN_BRACKET) {
    valueStart = firstNonBlank(line, markerEnd);
    const close = line.indexOf(']', markerEnd);
    if (close === -1) {
      valueEnd = wordEnd(line, valueStart);
      tokenEnd = Math.max(markerEnd, valueEnd);
      problem = 'This due field is missing its closing `]`: write `[due:: YYYY-MM-DD]`.';
    } else {
      valueEnd = lastNonBlankEnd(line, valueStart, close);
      tokenEnd = close + 1;
    }
  } else {
    valueStart = marker[0].toLowerCase() === 'due:' ? markerEnd : firstNonBlank(line, markerEnd);
    valueEnd = withoutTrailingPunctuation(line, valueStart, wordEnd(line, valueStart));
    tokenEnd = valueEnd > valueStart ? valueEnd : markerEnd;
  }
  const value = line.slice(valueStart, valueEnd);
  if (problem === null && !isCalendarDateText(value)) {
    problem =
      value === ''
        ? 'This due marker has no date: write it as `due:YYYY-MM-DD`.'
        : DATE_SHAPE.test(value)
          ? `\`${value}\` is not a calendar date.`
          : `\`${value}\` is not a due date: write it as YYYY-MM-DD, e.g. \`due:2026-12-01\`.`;
  }
  return { start, end: tokenEnd, date: value, problem };
}

function wordEnd(line: string, from: number): number {
  let end = from;
  while (end < line.length && !isSpaceOrTab(line.charCodeAt(end))) end++;
  return end;
}

function withoutTrailingPunctuation(line: string, from: number, end: number): number {
  let trimmed = end;
  while (trimmed > from && TRAILING_PUNCTUATION.has(line[trimmed - 1])) trimmed--;
  return trimmed;
}

/**
 * An item's text as every list shows it beside its due date (the CLI, the Reps tree, the overdue
 * quick pick and warnings, the history page, the brief and the report): without the due token the
 * parser read, so the date is not said twice, and without the `()` that `(due:…)` leaves behind;
 * everything else as the user wrote it (a later `due:` is plain text, as the format says),
 * whitespace collapsed. The text as written when it is nothing but the token: never a blank row.
 */
export function withoutDueDate(text: string): string {
  const token = findDueToken(text);
  if (token === null) return text.replace(/\s+/gu, ' ').trim();
  let before = text.slice(0, token.start).trimEnd();
  let after = text.slice(token.end).trimStart();
  // `(due:2026-01-02)` leaves empty parentheses behind.
  if (before.endsWith('(') && after.startsWith(')')) {
    before = before.slice(0, -1);
    after = after.slice(1);
  }
  // `Send due:2026-01-02, then` reads `Send, then`: punctuation after the date stays with the text.
  const joint = /^[,;.:!?]/u.test(after) ? '' : ' ';
  const stripped = `${before}${joint}${after}`.replace(/\s+/gu, ' ').trim();
  return stripped === '' ? text.replace(/\s+/gu, ' ').trim() : stripped;
}

// Looser than the parser on purpose: every due-looking token goes, malformed ones and later ones
// too, so that a follow-up carried with a new (or a mistyped, or a second) date still matches.
const LOOSE_DUE_TOKENS: readonly RegExp[] = [
  // `[^[\]]`, not `[^\]]`: otherwise every `[due:` of a long unclosed run scans to the end (quadratic).
  /\[\s*due\s*::?[^[\]]*\]/giu, // [due:: 2026-01-02], [due: 2026-01-02]
  /(?<![\p{L}\p{N}_])due:[\p{L}\p{N}_-]*/giu, // due:2026-01-02 (and malformed due:tomorrow)
  /📅\ufe0f?\s*[\d-]*/gu, // 📅 2026-01-02, also with the emoji variation selector (U+FE0F)
];

/**
 * The text without anything that looks like a due token, whitespace collapsed: for comparing two
 * items' texts (history matching). Lists show `withoutDueDate` instead, which keeps what the user wrote.
 */
export function withoutDueTokens(text: string): string {
  let stripped = text;
  for (const token of LOOSE_DUE_TOKENS) stripped = stripped.replace(token, ' ');
  // `(due:2026-01-02)` leaves empty parentheses behind.
  stripped = stripped.replace(/\(\s*\)/gu, ' ');
  return stripped.replace(/\s+/gu, ' ').trim();
}

// A due marker right before the cursor, and the part of a date typed after it.
const DUE_BEFORE_CURSOR = /(?:(?:^|[\s(])due:|\u{1F4C5}\u{FE0F}? |\[due::? ?)([\d-]*)$/iu;

/**
 * The part of a due date typed so far when `before` (a line up to the cursor) ends in a due marker
 * and digits or dashes, e.g. `'2026-1'` for `… due:2026-1`; null when no due date is being typed.
 */
export function dueDateTypedBeforeCursor(before: string): string | null {
  return DUE_BEFORE_CURSOR.exec(before)?.[1] ?? null;
}
