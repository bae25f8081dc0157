// `coaching-notes overdue` scans each note for its overdue items instead of parsing it in full
// (core/reps/overdueScan.ts). These tests prove the scan gives exactly what the full parse gives:
// the same `overdue --json` and the same text, over generated notes, the example notes and seeded
// mutants of them (the hostile corpus's mutations), in memory and through the CLI on real files.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { formatOverdue, overdueJson } from '../../../../src/cli/commands/overdue';
import { indexGivenPaths } from '../../../../src/cli/loadNotes';
import { styleFor } from '../../../../src/cli/style';
import { jsonForTerminal } from '../../../../src/cli/terminalText';
import { NoteIndex } from '../../../../src/core/reps/noteIndex';
import { overdueItems } from '../../../../src/core/reps/overdue';
import { parseNote } from '../../../../src/core/note/parse';
import { OverdueScan } from '../../../../src/core/reps/overdueScan';
import { mutate, randomFrom } from '../../../hostile/corpus';
import { runCapturing } from '../../cli/cliRun';
import { REPO_ROOT } from '../../../repoPaths';

const TODAY = '2026-11-22';
const PLAIN = styleFor(false, {});
const COLOURED = styleFor(true, {});

/** Both outputs of `overdue` from the full parse: every note parsed, indexed, then overdueItems. */
function fromFullParse(notes: readonly (readonly [string, string])[], today = TODAY): string[] {
  const index = new NoteIndex();
  for (const [file, text] of notes) index.set(file, parseNote(text));
  const items = overdueItems(index, today);
  return [
    jsonForTerminal(overdueJson(items)),
    formatOverdue(items, today, index.size, PLAIN),
    formatOverdue(items, today, index.size, COLOURED),
  ];
}

/** The same from the scan. */
function fromScan(notes: readonly (readonly [string, string])[], today = TODAY): string[] {
  const scan = new OverdueScan(today);
  for (const [file, text] of notes) scan.addNote(file, text);
  const items = scan.sorted();
  const count = new Set(notes.map(([file]) => file)).size;
  return [
    jsonForTerminal(overdueJson(items)),
    formatOverdue(items, today, count, PLAIN),
    formatOverdue(items, today, count, COLOURED),
  ];
}

// ---- generators: notes built from the lines that change what the parser reads ------------------

const frontMatterLine = fc.constantFrom(
  'rep: Dana Whitfield',
  'rep:   Sam   Ortiz  ',
  "rep: 'Priya Raman'",
  'rep: "Zoë Chen"',
  'rep: [a, b]',
  'rep:',
  'Rep: Lower Case',
  'date: 2026-11-20',
  'date: 2026-02-30',
  "date: '2026-11-01'",
  'date: 2026-11-20T10:00:00',
  'private: true',
  'private: false',
  'tags: [a, b]',
  'tags:',
  '  - x',
  'coach: Sam # comment',
  'a: &a [1, *a]',
  'key: "unclosed',
  '{bad',
  '',
);

const bodyLine = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '## Follow-ups',
      '## Agreed goals',
      '## Agreed goals (private):',
      '## Root cause',
      '# Title',
      '### Private notes',
      '## Other',
      'Agreed goals',
      '------',
      '=====',
      '```',
      '~~~~',
      '```js `x`',
      '    ```',
      '<!-- note',
      '-->',
      '<!-- one line -->',
      '---',
      '***',
      '',
      '   ',
      'Some prose.',
      '- plain bullet',
    ),
  },
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '  ', '    ', '\t', '> ', '>> ', '   > '),
        fc.constantFrom('- ', '* ', '+ ', '1. ', '12) ', '-', '- ', '1234567890. '),
        fc.constantFrom('[ ]', '[x]', '[X]', '[-]', '[>]', '[?]', '[😀]', '[ ', '[]'),
        fc.constantFrom(' Call the VP', ' Send @dana the deck', ' (@sam.) follow up', '', 'x', ' a@b.com'),
        fc.constantFrom(
          ' due:2026-11-21',
          ' due:2026-11-22',
          ' due:2026-11-23',
          ' due:2025-01-01.',
          ' DUE:2026-10-01',
          ' (due:2026-09-30)',
          ' 📅 2026-08-01',
          ' 📅\ufe0f 2026-08-02',
          ' [due:: 2026-07-01]',
          ' [due: 2026-07-02 ]',
          ' [due:: 2026-07-03',
          ' due:2026-02-30',
          ' due:tomorrow',
          ' due:',
          'due:2026-01-01',
          ' due:2026-11-01 due:2026-01-01',
          '',
        ),
        fc.constantFrom('', ' @owner', ' (@Zoë.)', ' trailing'),
      )
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const eol = fc.constantFrom('\n', '\r\n', '\r');

const generatedNote = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant(null), fc.array(frontMatterLine, { maxLength: 6 })),
    fc.boolean(),
    fc.array(bodyLine, { maxLength: 25 }),
    eol,
  )
  .map(([bom, head, closed, body, lineEnd]) => {
    const lines = head === null ? body : ['---', ...head, ...(closed ? ['---'] : []), ...body];
    return (bom ? '\ufeff' : '') + lines.join(lineEnd);
  });

const noteSet = fc.array(
  fc.tuple(fc.constantFrom('a.coach.md', 'b/c.coach.md', 'b/d.coach.md', 'z.coach.md'), generatedNote),
  { maxLength: 5 },
);

const EXAMPLES = path.join(REPO_ROOT, 'examples/notes');

function exampleNotes(): [string, string][] {
  const notes: [string, string][] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.coach.md'))
        notes.push([path.relative(EXAMPLES, full), fs.readFileSync(full, 'utf8')]);
    }
  };
  walk(EXAMPLES);
  return notes.sort(([a], [b]) => (a < b ? -1 : 1));
}

describe('the overdue scan (coaching-notes overdue)', () => {
  it('gives the same overdue --json and text as the full parse, for generated notes', () => {
    fc.assert(
      fc.property(noteSet, fc.constantFrom(TODAY, '2026-01-01', '2030-12-31'), (notes, today) => {
        // Two notes under one key: the index keeps the last; so does the CLI, which never has two.
        const unique = [...new Map(notes).entries()];
        assert.deepEqual(fromScan(unique, today), fromFullParse(unique, today));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same answers for the example notes and 600 seeded mutants of them', () => {
    const examples = exampleNotes();
    assert.ok(examples.length > 50, 'the examples are there');
    const found = fromScan(examples);
    assert.deepEqual(found, fromFullParse(examples));
    assert.ok(found[0].length > 1000, 'the examples have overdue items');
    const random = randomFrom(20261204);
    const mutants = Array.from({ length: 600 }, (_, i): [string, string] => {
      const [file, text] = examples[i % examples.length];
      // As the CLI reads it: bytes that are not UTF-8 become U+FFFD here (the CLI reports such a file).
      return [`${i}-${file}`, mutate(text, random).toString('utf8')];
    });
    for (let start = 0; start < mutants.length; start += 50) {
      const batch = mutants.slice(start, start + 50);
      assert.deepEqual(fromScan(batch), fromFullParse(batch), `mutants ${start}-${start + 49}`);
    }
  });

  it('through the CLI on real files: overdue prints what the full parse gives, unreadable notes too', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-scan-'));
    try {
      const random = randomFrom(7);
      const examples = exampleNotes();
      examples.forEach(([file, text], i) => {
        const target = path.join(root, file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, i % 3 === 0 ? mutate(text, random) : text);
      });
      fs.writeFileSync(path.join(root, 'latin1.coach.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9]));
      fs.mkdirSync(path.join(root, 'folder.coach.md'));
      const given = await indexGivenPaths([], { cwd: root, stderr: { write: () => true } });
      assert.equal(given.kind, 'indexed');
      if (given.kind !== 'indexed') return;
      const items = overdueItems(given.index, TODAY);
      const asJson = await runCapturing(['overdue', '--json', '--today', TODAY], root);
      assert.equal(asJson.stdout, jsonForTerminal(overdueJson(items)) + '\n');
      assert.equal(asJson.stderr, 'latin1.coach.md: cannot read: not UTF-8 text\n');
      assert.equal(asJson.code, 2);
      const asText = await runCapturing(['overdue', '--today', TODAY], root);
      assert.equal(asText.stdout, formatOverdue(items, TODAY, given.index.size, PLAIN));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
