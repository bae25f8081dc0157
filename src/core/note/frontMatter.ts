// Finds the front matter block (`---` on the first line up to the next `---` or `...` line) and reads
// it, by the fast line scanner when it is certain and by the full YAML parse otherwise.
import { emptyFrontMatterFields, validateFrontMatter, type FrontMatterFields } from './frontMatterFields';
import { readFastFrontMatter } from './frontMatterFast';
import type { FrontMatter, NoteDiagnostic } from './model';
import { rawFrontMatterMarksPrivate } from './privacy';
import { lastNonBlankEnd, lineRange, makeRange } from '../base/text';
import { readYamlFrontMatter } from './yamlFrontMatter';
import { diagnosticText } from '../i18n/diagnostics';

/** Larger front matter (in UTF-8 bytes) is not parsed: no real note comes near it, and it bounds parse time. */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;

const OPENING_LINE = /^---[ \t]*$/;
const CLOSING_LINE = /^(?:---|\.\.\.)[ \t]*$/;

export interface FrontMatterOptions {
  /** Skip the fast path and always run the full YAML parse. */
  readonly fullFrontMatter?: boolean;
}

export interface FrontMatterResult {
  readonly frontMatter: FrontMatter;
  readonly diagnostics: NoteDiagnostic[];
  /** First line of the Markdown body. */
  readonly bodyStartLine: number;
}

export function readFrontMatter(
  lines: readonly string[],
  options: FrontMatterOptions = {},
): FrontMatterResult {
  const firstLine = lines[0] ?? '';
  if (!OPENING_LINE.test(firstLine)) {
    return {
      frontMatter: { range: null, ...emptyFrontMatterFields() },
      diagnostics: [
        {
          range: lineRange(0, 0, lastNonBlankEnd(firstLine)),
          severity: 'error',
          code: 'missing-front-matter',
          message: diagnosticText('diagnostic.missing-front-matter'),
        },
      ],
      bodyStartLine: 0,
    };
  }
  const openingRange = lineRange(0, 0, 3);
  const closingLine = findClosingLine(lines);
  if (closingLine === -1) {
    // Everything after the opening line stays body, so no item of a half-typed note is lost. Where
    // the front matter was meant to end is unknown: a `private` line anywhere keeps the note private.
    return {
      frontMatter: { range: null, ...unreadFields(lines.slice(1)) },
      diagnostics: [
        {
          range: openingRange,
          severity: 'error',
          code: 'unclosed-front-matter',
          message: diagnosticText('diagnostic.unclosed-front-matter'),
        },
      ],
      bodyStartLine: 1,
    };
  }
  const range = makeRange(0, 0, closingLine, lines[closingLine].length);
  const contentLines = lines.slice(1, closingLine);
  if (joinedUtf8Length(contentLines) > MAX_FRONT_MATTER_BYTES) {
    return {
      frontMatter: { range, ...unreadFields(contentLines) },
      diagnostics: [
        {
          range: openingRange,
          severity: 'error',
          code: 'front-matter-too-large',
          message: diagnosticText('diagnostic.front-matter-too-large', {
            kib: MAX_FRONT_MATTER_BYTES / 1024,
          }),
        },
      ],
      bodyStartLine: closingLine + 1,
    };
  }
  const reading =
    (options.fullFrontMatter ? null : readFastFrontMatter(contentLines, 1)) ??
    readYamlFrontMatter(contentLines, 1);
  if (reading.entries === null) {
    return {
      frontMatter: { range, ...unreadFields(contentLines) },
      diagnostics: reading.diagnostics,
      bodyStartLine: closingLine + 1,
    };
  }
  const validated = validateFrontMatter(reading.entries, openingRange);
  // Read only in part (a syntax error, a duplicate key...): a `private` line the reading may have
  // missed still counts.
  const partlyRead = reading.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  const isPrivate = validated.fields.private || (partlyRead && rawFrontMatterMarksPrivate(contentLines));
  const fields = validated.fields;
  return {
    // Written out rather than spread: this runs for every note, and a spread costs more.
    frontMatter: {
      range,
      rep: fields.rep,
      date: fields.date,
      type: fields.type,
      coach: fields.coach,
      next: fields.next,
      tags: fields.tags,
      private: isPrivate,
      extra: fields.extra,
      keyLines: fields.keyLines,
    },
    diagnostics:
      reading.diagnostics.length === 0
        ? validated.diagnostics
        : [...reading.diagnostics, ...validated.diagnostics],
    bodyStartLine: closingLine + 1,
  };
}

/** The fields of front matter that could not be read: nothing known, private if it has a `private` line. */
function unreadFields(rawLines: readonly string[]): FrontMatterFields {
  return { ...emptyFrontMatterFields(), private: rawFrontMatterMarksPrivate(rawLines) };
}

function findClosingLine(lines: readonly string[]): number {
  for (let index = 1; index < lines.length; index++) {
    const first = lines[index].charCodeAt(0);
    // Test the first character before the regular expression: this runs on every front matter line.
    if ((first === 0x2d /* - */ || first === 0x2e) /* . */ && CLOSING_LINE.test(lines[index])) return index;
  }
  return -1;
}

/** UTF-8 size of the lines joined with `\n`; only counted byte by byte when it could matter. */
function joinedUtf8Length(lines: readonly string[]): number {
  let characters = Math.max(0, lines.length - 1);
  for (const line of lines) characters += line.length;
  // A UTF-16 code unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4 bytes).
  if (characters * 3 <= MAX_FRONT_MATTER_BYTES) return characters;
  let bytes = Math.max(0, lines.length - 1);
  for (const line of lines) {
    for (let index = 0; index < line.length; index++) {
      const code = line.charCodeAt(index);
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
    }
  }
  return bytes;
}
