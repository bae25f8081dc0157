import * as assert from 'assert';
import fc from 'fast-check';
import { readFastFrontMatter } from '../../../../src/core/note/frontMatterFast';
import type { ParsedNote, Range } from '../../../../src/core/note/model';
import { parseNote } from '../../../../src/core/note/parse';

// ---- generators -------------------------------------------------------------------------------

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  // Every UTF-16 code unit, lone surrogates included.
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    maxLength: 200,
  }),
);

const noteLine = fc.oneof(
  fc.constantFrom(
    '---',
    '...',
    '--- ',
    '',
    '   ',
    'rep: Dana',
    'date: 2026-11-20',
    'date: 2026-02-30',
    'tags: [a, b]',
    'tags:',
    '  - x',
    '<<: *a',
    'a: &a [1, *a]',
    '__proto__: {polluted: 1}',
    '## Follow-ups',
    '## Agreed goals (private):',
    '# Title',
    '### Sub',
    '```',
    '~~~~',
    '    ```',
    '- [ ] Call @dana due:2026-11-25',
    '- [x] Done 📅 2026-11-21',
    '  * [>] Carried [due:: 2026-12-01]',
    '1. [?] Odd due:2026-13-01',
    '> - [-] Quoted due:',
    '\t- [ ] tabbed (@sam.)',
    '- [😀] emoji',
    '- [ ]',
    '- [',
    '[due:: ',
    '📅',
    '@',
    '\ufeff',
    '\r',
    '\t',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const eol = fc.constantFrom('\n', '\r\n', '\r');

const noteLike = fc
  .tuple(fc.boolean(), fc.array(noteLine, { maxLength: 30 }), eol)
  .map(([bom, lines, lineEnd]) => (bom ? '\ufeff' : '') + lines.join(lineEnd));

const keys = fc.constantFrom(
  'rep',
  'date',
  'type',
  'coach',
  'next',
  'tags',
  'private',
  'account',
  'Rep',
  'a-b',
  '_x',
  'x1',
  'true',
  'False',
  'null',
  '~',
  '__proto__',
  'constructor',
  '1',
  '01',
  'a b',
  '"rep"',
  "'date'",
  'é',
  '<<',
  '? rep',
  'k.k',
);

const tricky = fc.constantFrom(
  'Dana',
  'Dana Smith',
  'weekly',
  'skip-level',
  '2026-11-20',
  '2026-02-30',
  '2026-1-2',
  '2026-11-20T10:00',
  '42',
  '-1',
  '+1',
  '.5',
  '1.',
  '0x1F',
  '0o17',
  '1e3',
  '1_000',
  '08',
  '.inf',
  '-.inf',
  '.NaN',
  'true',
  'True',
  'TRUE',
  'false',
  'yes',
  'on',
  'null',
  'Null',
  'NULL',
  '~',
  '',
  ' ',
  '"quoted"',
  '"a\\"b"',
  "'single'",
  "'it''s'",
  "Dana's",
  'a: b',
  'a:b',
  'a:',
  'a #c',
  'a#b',
  '# c',
  '[a, b]',
  '[a,b]',
  '[ a , b ]',
  '[a, b,]',
  '[]',
  '[ ]',
  '[1, a]',
  '[true, null, ~]',
  '[a, [b]]',
  '[a] x',
  '[a] # c',
  '[a]#c',
  "[a, 'b']",
  '[a:b]',
  '{a: 1}',
  '&x v',
  '*x',
  '!!str 5',
  '!custom v',
  '|',
  '>-',
  '- x',
  '-x',
  '?x',
  ':x',
  '@x',
  '`x',
  '%x',
  'a,b',
  'a ]',
  'a }',
  'Zoë',
  '日本語',
  '😀 smile',
  'a  b',
  'a\tb',
  'x ',
  '\u00a0x',
  'x\u00a0',
  '\u3000',
  'a\u0085b',
  'a\u2028b',
  '2026-11-20 # c',
  'x #',
  'x # y # z',
);

const scalar = fc.oneof(
  { weight: 4, arbitrary: tricky },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

const frontMatterLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(keys, scalar).map(([key, value]) => `${key}: ${value}`) },
  { weight: 2, arbitrary: keys.map((key) => `${key}:`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('', '  ', '    ', ' '), scalar)
      .map(([indent, value]) => `${indent}- ${value}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(keys, scalar, fc.constantFrom(':', ' :', ':  ', ':\t', '  '))
      .map(([k, v, sep]) => `${k}${sep}${v}`),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('  ', '\t', ' '), keys, scalar).map(([i, k, v]) => `${i}${k}: ${v}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '   ', '# comment', '  # indented comment', '#\tx', '---x', '- ', '-'),
  },
);

const safeKey = fc.constantFrom(
  'rep',
  'date',
  'type',
  'coach',
  'next',
  'tags',
  'private',
  'account',
  'stage_2',
  'a-b',
);
const safeValue = fc.constantFrom(
  'Dana Smith',
  'Zoë',
  'weekly',
  '2026-11-20',
  '2026-02-30',
  'true',
  'false',
  'null',
  '~',
  'a#b',
  'x # note',
  '[a, b]',
  '[]',
  '[true, q4]',
  'Smith, Dana',
  "Dana's",
);
interface SafeEntry {
  readonly key: string | null;
  readonly lines: string[];
}
const safeEntry: fc.Arbitrary<SafeEntry> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(safeKey, safeValue).map(([key, value]) => ({ key, lines: [`${key}: ${value}`] })),
  },
  { weight: 1, arbitrary: safeKey.map((key) => ({ key, lines: [`${key}:`] })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(safeKey, fc.constantFrom('', '  ', '    '), fc.array(safeValue, { minLength: 1, maxLength: 3 }))
      .map(([key, indent, items]) => ({
        key,
        lines: [`${key}:`, ...items.map((item) => `${indent}- ${item}`)],
      })),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '# comment').map((line) => ({ key: null, lines: [line] })) },
);
/** Ordinary front matter lines with unique keys: what the fast path is for. */
const safeLines = fc.array(safeEntry, { maxLength: 9 }).map((entries) => {
  const seen = new Set<string>();
  return entries
    .filter((entry) => entry.key === null || (!seen.has(entry.key) && seen.add(entry.key) !== undefined))
    .flatMap((entry) => entry.lines);
});

/** A front matter of mostly ordinary lines, so the fast path is exercised, with tricky ones mixed in. */
const frontMatterLines = fc.oneof(
  { weight: 3, arbitrary: safeLines },
  {
    weight: 3,
    arbitrary: fc
      .tuple(safeLines, frontMatterLine, safeLines)
      .map(([before, odd, after]) => [...before, odd, ...after]),
  },
  { weight: 1, arbitrary: fc.array(frontMatterLine, { maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('rep: Dana Smith', 'rep: Zoë', 'rep: 42'),
        fc.constantFrom('date: 2026-11-20', 'date: 2026-02-30', 'date:'),
        fc.array(frontMatterLine, { maxLength: 6 }),
      )
      .map(([rep, date, rest]) => [rep, date, ...rest]),
  },
);

const frontMatterNote = fc
  .tuple(frontMatterLines, eol)
  .map(([lines, lineEnd]) =>
    ['---', ...lines, '---', '## Follow-ups', '- [ ] Call @dana due:2026-11-25'].join(lineEnd),
  );

// ---- checks -----------------------------------------------------------------------------------

function lineLengths(text: string): number[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/).map((line) => line.length);
}

function assertRangesInside(text: string, note: ParsedNote): void {
  const lengths = lineLengths(text);
  assert.strictEqual(note.lineCount, lengths.length);
  const check = (range: Range | null, what: string): void => {
    if (range === null) return;
    for (const position of [range.start, range.end]) {
      assert.ok(
        Number.isInteger(position.line) && position.line >= 0 && position.line < note.lineCount,
        what,
      );
      assert.ok(
        Number.isInteger(position.character) &&
          position.character >= 0 &&
          position.character <= lengths[position.line],
        `${what}: ${JSON.stringify(range)}`,
      );
    }
    const ordered =
      range.start.line < range.end.line ||
      (range.start.line === range.end.line && range.start.character <= range.end.character);
    assert.ok(ordered, `${what} ends before it starts: ${JSON.stringify(range)}`);
  };
  check(note.frontMatter.range, 'front matter');
  for (const item of note.items) {
    check(item.range, 'item');
    check(item.boxRange, 'box');
    check(item.dueRange, 'due');
    assert.ok(item.line === item.range.start.line);
  }
  for (const diagnostic of note.diagnostics) check(diagnostic.range, `diagnostic ${diagnostic.code}`);
  for (const section of note.sections) {
    assert.ok(section.headingLine < section.endLine && section.endLine <= note.lineCount);
  }
  for (const line of Object.values(note.frontMatter.keyLines)) assert.ok(line > 0 && line < note.lineCount);
}

function parseSafely(text: string, full: boolean): ParsedNote {
  const note = parseNote(text, { fullFrontMatter: full });
  // Nothing the parser could not handle may be hidden behind the catch-all diagnostic.
  assert.ok(!note.diagnostics.some((d) => d.code === 'file-unreadable'), JSON.stringify(note.diagnostics));
  return note;
}

describe('parser properties', () => {
  it('never throws on arbitrary text, and keeps every range inside it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assertRangesInside(text, parseSafely(text, false));
        assertRangesInside(text, parseSafely(text, true));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on mixes of note-like lines, and keeps every range inside the text', () => {
    fc.assert(
      fc.property(noteLike, (text) => {
        assertRangesInside(text, parseSafely(text, false));
      }),
      { numRuns: 600 },
    );
  });

  it('reads front matter the same on the fast path as with the full YAML parse', () => {
    let fastAccepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(frontMatterNote, (text) => {
        runs++;
        const lines = text.split(/\r\n|\r|\n/);
        const closing = lines.indexOf('---', 1);
        if (readFastFrontMatter(lines.slice(1, closing), 1) !== null) fastAccepted++;
        const fast = parseSafely(text, false);
        const full = parseSafely(text, true);
        assert.deepStrictEqual(fast, full);
        assertRangesInside(text, fast);
      }),
      { numRuns: 3000 },
    );
    // The property means nothing unless the fast path actually took a good share of the notes.
    assert.ok(fastAccepted > runs * 0.3, `fast path accepted only ${fastAccepted} of ${runs}`);
  });

  it('keeps Object.prototype untouched whatever the front matter says', () => {
    fc.assert(
      fc.property(frontMatterNote, (text) => {
        parseNote(text, { fullFrontMatter: true });
        assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
        assert.deepStrictEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_NAMES);
      }),
      { numRuns: 300 },
    );
  });
});

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
