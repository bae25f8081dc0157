// Property tests for every edit to a note: on generated notes (any line endings, broken front
// matter, code blocks, comments, malformed due tokens), each edit kind changes the bytes of its
// target line only, and the note parsed again shows exactly the intended change.
import * as assert from 'assert';
import fc from 'fast-check';
import {
  closeFrontMatterEdit,
  insertKeyEdit,
  replaceValueEdit,
} from '../../../../src/core/edits/frontMatterEdits';
import { pickOf, planItemEdit, removeDueEdit, setStatusEdit } from '../../../../src/core/edits/itemEdits';
import type { NoteItem, ParsedNote } from '../../../../src/core/note/model';
import { editableBodyLines, parseNote } from '../../../../src/core/note/parse';
import { applyTextEdits, type TextEdit } from '../../../../src/core/edits/textEdits';
import { splitLines } from '../../../../src/core/base/text';

// ---- generators -------------------------------------------------------------------------------

const frontMatterLine = fc.constantFrom(
  'rep: Dana',
  'rep: Dana Whitfield # the rep',
  'date: 2026-11-17',
  'date: 2026-11-17 # met',
  'type: weekly',
  'next: 2026-11-24',
  'coach: Priya',
  '# a comment',
  '#private: false',
  'tags:',
  '- pricing',
  '  - nested',
  'tags: [a, b] # t',
  'account: Acme: EMEA',
);

const dueToken = fc.constantFrom(
  '',
  ' due:2026-11-20',
  ' 📅 2026-11-21',
  ' 📅\ufe0f 2026-11-23',
  ' [due:: 2026-11-22]',
  ' [due: 2026-11-24]',
  ' due:2026-11-200',
  ' due:2026-11-18x',
  ' due:2026-11-18T10:00',
  ' [due:: 2026-11-18 later]',
  ' [due:: 2026-11-18',
  ' due:',
  ' due:2026-02-30.',
  ' (due:2026-12-01)',
);

const itemLine = fc
  .tuple(
    fc.constantFrom('- ', '* ', '+ ', '  - ', '1. ', '> - ', '\t- '),
    fc.constantFrom('[ ]', '[x]', '[X]', '[-]', '[>]', '[?]'),
    fc.constantFrom(' Call legal', ' Send pricing', ' Call legal', ' Book the room: B2', ''),
    dueToken,
    fc.constantFrom('', ' @dana', ' @me.', ' (@sam)'),
    dueToken,
    fc.constantFrom('', ' ', '\t', ' # not a comment'),
  )
  .map((parts) => parts.join(''));

const bodyLine = fc.oneof(
  { weight: 4, arbitrary: itemLine },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '',
      '## Follow-ups',
      '## Agreed goals',
      '## Notes (private)',
      '# Title',
      'Setext heading',
      'We talked: about pricing.',
      '```',
      '~~~',
      '<!--',
      '-->',
      '<!-- one line -->',
      '- - -',
      '* * *',
      '---',
      '- plain bullet',
      '  - nested plain',
      '> - quoted plain',
      '1. numbered',
      '    indented code',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

interface GeneratedNote {
  readonly text: string;
  readonly eol: string;
}

function join(lines: readonly string[], endings: readonly string[]): string {
  return lines.map((line, index) => line + (endings[index % endings.length] ?? '\n')).join('');
}

/** A note with a front matter block (closed unless `closed` is false) and a body. */
function noteWith(closed: boolean | 'any'): fc.Arbitrary<GeneratedNote> {
  return fc
    .tuple(
      fc.array(frontMatterLine, { maxLength: 8 }),
      closed === 'any' ? fc.boolean() : fc.constant(closed),
      fc.array(bodyLine, { maxLength: 25 }),
      // Mostly one line ending; sometimes a mix, which the edits must keep too.
      fc.oneof(
        { weight: 3, arbitrary: lineEnding.map((eol) => [eol]) },
        fc.array(lineEnding, { minLength: 2, maxLength: 3 }),
      ),
      fc.boolean(),
    )
    .map(([head, isClosed, body, endings, bom]) => ({
      text: (bom ? '\ufeff' : '') + join(['---', ...head, ...(isClosed ? ['---'] : []), ...body], endings),
      eol: endings[0],
    }));
}

// ---- checks -----------------------------------------------------------------------------------

/** Offsets of each line's start and content end (before its break) in the raw text, after a BOM. */
function lineSpans(text: string): { start: number; end: number }[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const spans: { start: number; end: number }[] = [];
  let start = bom;
  for (let index = bom; index <= text.length; index++) {
    const code = text.charCodeAt(index);
    if (index === text.length || code === 0x0a || code === 0x0d) {
      spans.push({ start, end: index });
      if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++;
      start = index + 1;
    }
  }
  return spans;
}

/** Every byte before line `line` and from the end of its content on is unchanged. */
function assertOnlyLineChanged(before: string, after: string, line: number): void {
  const span = lineSpans(before)[line];
  assert.ok(span, `line ${line} exists`);
  const head = before.slice(0, span.start);
  const tail = before.slice(span.end);
  assert.ok(after.startsWith(head), 'the lines before the target are unchanged');
  assert.ok(after.endsWith(tail), 'the line break of the target and every line after it are unchanged');
  assert.ok(after.length >= head.length + tail.length);
}

function apply(text: string, edit: TextEdit): string {
  assert.strictEqual(edit.range.start.line, edit.range.end.line, 'the edit stays on one line');
  return applyTextEdits(text, [edit]);
}

type ItemFacts = Pick<NoteItem, 'line' | 'text' | 'status' | 'due' | 'owner' | 'kind' | 'section'>;

function facts(item: NoteItem): ItemFacts {
  const { line, text, status, due, owner, kind, section } = item;
  return { line, text, status, due, owner, kind, section };
}

/** The items of `after` are those of `before`, with `change` applied to the one at `line`. */
function assertItemsChanged(
  before: ParsedNote,
  after: ParsedNote,
  line: number,
  change: (item: ItemFacts) => Partial<ItemFacts>,
): void {
  assert.strictEqual(after.items.length, before.items.length, 'no item appears or goes');
  before.items.forEach((item, index) => {
    const expected = facts(item);
    const actual = facts(after.items[index]);
    if (item.line !== line) assert.deepStrictEqual(actual, expected);
    else
      assert.deepStrictEqual(
        { ...actual, text: expected.text, ...change(actual) },
        { ...expected, ...change(actual) },
      );
  });
}

/** Diagnostics away from `line` are the same before and after. */
function assertOtherDiagnosticsKept(before: ParsedNote, after: ParsedNote, line: number): void {
  const away = (note: ParsedNote) =>
    note.diagnostics
      .filter((diagnostic) => diagnostic.range.start.line !== line)
      .map((diagnostic) => diagnostic.code);
  assert.deepStrictEqual(away(after), away(before));
}

const RUNS = { numRuns: 500 };
const dates = fc.constantFrom('2026-11-23', '2026-12-01', '2027-02-28', '2028-02-29');

/** A note with at least one item, and the index of one of them. */
const noteAndItem = noteWith('any')
  .map((note) => ({ note, parsed: parseNote(note.text) }))
  .filter(({ parsed }) => parsed.items.length > 0)
  .chain((value) => fc.nat(value.parsed.items.length - 1).map((index) => ({ ...value, index })));

// ---- properties -------------------------------------------------------------------------------

describe('edit properties (generated notes)', () => {
  it('mark done changes only the box of the picked item', () => {
    fc.assert(
      fc.property(noteAndItem, ({ note, parsed, index }) => {
        const item = parsed.items[index];
        const plan = planItemEdit(note.text, pickOf(parsed, item), { kind: 'status', status: 'done' });
        assert.ok(plan.ok, 'marking done is always possible');
        assert.strictEqual(plan.item.line, item.line, 'the picked item, not a twin');
        const after = apply(note.text, plan.edit);
        assertOnlyLineChanged(note.text, after, item.line);
        const reparsed = parseNote(after);
        assertItemsChanged(parsed, reparsed, item.line, () => ({ status: 'done' }));
        assertOtherDiagnosticsKept(parsed, reparsed, item.line);
      }),
      RUNS,
    );
  });

  it('reschedule and "Set the due date" leave a valid due date, or refuse', () => {
    fc.assert(
      fc.property(noteAndItem, dates, ({ note, parsed, index }, due) => {
        const item = parsed.items[index];
        const plan = planItemEdit(note.text, pickOf(parsed, item), { kind: 'due', due });
        if (!plan.ok) {
          assert.strictEqual(plan.reason, 'not-applicable');
          return;
        }
        const after = apply(note.text, plan.edit);
        assertOnlyLineChanged(note.text, after, item.line);
        const reparsed = parseNote(after);
        assertItemsChanged(parsed, reparsed, item.line, () => ({ due }));
        assert.ok(
          !reparsed.diagnostics.some((d) => d.code === 'invalid-due' && d.range.start.line === item.line),
          'no invalid due date is left on the line',
        );
        assertOtherDiagnosticsKept(parsed, reparsed, item.line);
      }),
      RUNS,
    );
  });

  it('reschedule refuses only a line with a second due token or an owner inside a malformed one', () => {
    fc.assert(
      fc.property(noteAndItem, dates, ({ note, parsed, index }, due) => {
        const item = parsed.items[index];
        const plan = planItemEdit(note.text, pickOf(parsed, item), { kind: 'due', due });
        if (plan.ok) return;
        const line = splitLines(note.text.replace(/^\ufeff/u, ''))[item.line];
        const token = item.dueRange
          ? line.slice(item.dueRange.start.character, item.dueRange.end.character)
          : '';
        const markers = line.match(/due:|📅|\[due/gu)?.length ?? 0;
        // Two due tokens (the parser reads the first), or a malformed token that swallowed an owner.
        assert.ok(
          markers >= 2 || token.includes('@'),
          `a refusal needs a reason on: ${JSON.stringify(line)}`,
        );
      }),
      RUNS,
    );
  });

  it('removing a due date takes out the token and nothing else', () => {
    fc.assert(
      fc.property(
        noteAndItem.filter(({ parsed, index }) => parsed.items[index].dueRange !== null),
        ({ note, parsed, index }) => {
          const item = parsed.items[index];
          const edit = removeDueEdit(item, splitLines(note.text.replace(/^\ufeff/u, ''))[item.line]);
          assert.ok(edit);
          const after = apply(note.text, edit);
          assertOnlyLineChanged(note.text, after, item.line);
          const reparsed = parseNote(after);
          assert.strictEqual(reparsed.items.length, parsed.items.length);
          assert.strictEqual(reparsed.items[index].status, item.status);
          assertOtherDiagnosticsKept(parsed, reparsed, item.line);
          parsed.items.forEach((other, at) => {
            if (at !== index) assert.deepStrictEqual(facts(reparsed.items[at]), facts(other));
          });
        },
      ),
      RUNS,
    );
  });

  it('toggle turns an editable list line into an open item and touches only that line', () => {
    fc.assert(
      fc.property(noteWith('any'), fc.nat(40), (note, pick) => {
        const parsed = parseNote(note.text);
        const lines = splitLines(note.text.replace(/^\ufeff/u, ''));
        const itemLines = new Set(parsed.items.map((item) => item.line));
        const plain = [...editableBodyLines(note.text)].filter(
          (line) => !itemLines.has(line) && /^(?: {0,3}|\t)[-*+] \S/u.test(lines[line]),
        );
        // Every editable line is outside the front matter and sits in the body.
        const bodyStart = parsed.frontMatter.range ? parsed.frontMatter.range.end.line + 1 : 1;
        for (const line of editableBodyLines(note.text)) assert.ok(line >= bodyStart);
        if (plain.length === 0) return;
        const line = plain[pick % plain.length];
        const at = lines[line].search(/[-*+]/u) + 2;
        const after = apply(note.text, {
          range: { start: { line, character: at }, end: { line, character: at } },
          newText: '[ ] ',
        });
        assertOnlyLineChanged(note.text, after, line);
        const reparsed = parseNote(after);
        const added = reparsed.items.filter((item) => !parsed.items.some((old) => old.line === item.line));
        assert.deepStrictEqual(
          added.map((item) => [item.line, item.status]),
          [[line, 'open']],
          'exactly one new open item, on the toggled line',
        );
        assert.deepStrictEqual(
          reparsed.items.filter((item) => item.line !== line).map(facts),
          parsed.items.map(facts),
        );
        // The toggled item's status flips back with the same edit the command makes for items.
        const back = apply(after, setStatusEdit(added[0], 'done'));
        assertOnlyLineChanged(after, back, line);
      }),
      RUNS,
    );
  });

  it('closing the front matter keeps every body item and line', () => {
    fc.assert(
      fc.property(noteWith(false), (note) => {
        const before = parseNote(note.text);
        if (!before.diagnostics.some((d) => d.code === 'unclosed-front-matter')) return;
        const lines = splitLines(note.text.replace(/^\ufeff/u, ''));
        const edit = closeFrontMatterEdit(lines, note.eol);
        const line = edit.range.start.line;
        const after = apply(note.text, edit);
        assertOnlyLineChanged(note.text, after, line);
        const reparsed = parseNote(after);
        assert.ok(!reparsed.diagnostics.some((d) => d.code === 'unclosed-front-matter'));
        assert.strictEqual(
          reparsed.frontMatter.range?.end.line,
          line + 1,
          'closed right after the target line',
        );
        assert.deepStrictEqual(
          before.items.filter((item) => item.line <= line),
          [],
          'no item is taken into the front matter',
        );
        // Sections may change: lines that were read as body (a setext heading) are front matter now.
        const kept = ({ line, text, status, due, owner }: NoteItem) => ({ line, text, status, due, owner });
        assert.deepStrictEqual(
          reparsed.items.map((item) => ({ ...kept(item), line: item.line - 1 })),
          before.items.map(kept),
          'every item stays, one line lower',
        );
      }),
      RUNS,
    );
  });

  it('replacing a front matter value keeps its comment and changes only that field', () => {
    const entry = fc.tuple(
      fc.constantFrom(
        { key: 'date', value: '2026-11-22' },
        { key: 'next', value: '2026-11-29' },
        { key: 'type', value: 'coaching' },
      ),
      fc.constantFrom('2026-13-01', 'soon', '"2026-11-31"', "'x # y'", '[weekly', '', 'weekyl'),
      fc.constantFrom('', ' # from the invite', '\t# tab comment', '  #'),
    );
    fc.assert(
      fc.property(noteWith(true), entry, fc.nat(8), (note, [{ key, value }, bad, comment], at) => {
        const head = splitLines(note.text.replace(/^\ufeff/u, ''));
        const closing = parseNote(note.text).frontMatter.range?.end.line ?? 1;
        // The entry goes in among the block's lines; other lines with the same key would be duplicates.
        const line = 1 + (at % closing);
        const lines = head.map((text, index) =>
          index > 0 && index < closing && text.startsWith(`${key}:`) ? '# was a duplicate' : text,
        );
        lines.splice(line, 0, `${key}: ${bad}${comment}`);
        const cleaned = lines;
        const text = (note.text.startsWith('\ufeff') ? '\ufeff' : '') + cleaned.join(note.eol);
        const edit = replaceValueEdit(splitLines(text.replace(/^\ufeff/u, '')), line, key, value);
        if (edit === null) {
          // Only a value running on to an indented next line is refused.
          assert.match(cleaned[line + 1] ?? '', /^[ \t]+\S/u);
          return;
        }
        const after = apply(text, edit);
        assertOnlyLineChanged(text, after, line);
        const written = splitLines(after.replace(/^\ufeff/u, ''))[line];
        assert.ok(written.endsWith(comment.trimStart()), 'the comment as it was');
        const blanks = (text: string) => text.replace(/[ \t]+/gu, ' ').trimEnd();
        assert.strictEqual(blanks(written), blanks(`${key}: ${value}${comment}`));
        const before = parseNote(text);
        const reparsed = parseNote(after);
        assert.deepStrictEqual(reparsed.items.map(facts), before.items.map(facts));
        if (!reparsed.diagnostics.some((d) => d.code === 'yaml-syntax' || d.code === 'duplicate-key')) {
          const field = reparsed.frontMatter[key];
          assert.strictEqual(field, value);
        }
      }),
      RUNS,
    );
  });

  it('adding a missing key inserts one line before the closing line and nothing else', () => {
    fc.assert(
      fc.property(noteWith(true), (note) => {
        const before = parseNote(note.text);
        const edit = insertKeyEdit(before, 'coach', 'Priya Raman', note.eol);
        if (edit === null || before.frontMatter.keyLines.coach !== undefined) return;
        const after = applyTextEdits(note.text, [edit]);
        const span = lineSpans(note.text)[edit.range.start.line];
        assert.strictEqual(
          after,
          note.text.slice(0, span.start) + `coach: Priya Raman${note.eol}` + note.text.slice(span.start),
        );
        const reparsed = parseNote(after);
        assert.deepStrictEqual(
          reparsed.items.map((item) => ({ ...facts(item), line: item.line - 1 })),
          before.items.map(facts),
        );
      }),
      RUNS,
    );
  });
});
