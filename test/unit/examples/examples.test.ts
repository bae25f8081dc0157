// The example workspace generator (src/examples): the committed examples/ are exactly what it makes
// for 2026-11-22, and on any day every note reads without a problem except the one deliberate mistake.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseNote } from '../../../src/core/note/parse';
import { parseRoster } from '../../../src/core/reps/roster';
import { generateExamples } from '../../../src/examples/generate';
import { main } from '../../../src/examples/main';
import { REPO_ROOT } from '../../repoPaths';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

function filesUnder(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(root, relative) : [relative];
  });
}

describe('example workspace generator', () => {
  it('makes the committed examples/ byte for byte for their day, 2026-11-22', () => {
    const { files } = generateExamples('2026-11-22');
    assert.deepStrictEqual([...files.keys()].sort(), filesUnder(EXAMPLES).sort());
    for (const [file, text] of files) {
      assert.strictEqual(text, fs.readFileSync(path.join(EXAMPLES, file), 'utf8'), file);
    }
  });

  it('makes the same files for the same day, and a workspace with one deliberate mistake on any day', () => {
    for (const today of ['2026-12-04', '2027-03-01', '2028-02-29']) {
      const examples = generateExamples(today);
      assert.deepStrictEqual(generateExamples(today).files, examples.files, today);
      assert.ok(examples.overdueCount > 0, `${today}: something is overdue`);
      const problems: string[] = [];
      for (const [file, text] of examples.files) {
        if (!file.endsWith('.coach.md')) continue;
        assert.ok(new TextEncoder().encode(text).length <= 3072, `${file} is at most 3 KB`);
        for (const diagnostic of parseNote(text).diagnostics) {
          problems.push(`${file}:${diagnostic.range.start.line + 1} ${diagnostic.code}`);
        }
      }
      assert.deepStrictEqual(problems, [`${examples.mistake} invalid-due`], today);
      assert.deepStrictEqual(parseRoster(examples.files.get('reps.yaml') ?? '').diagnostics, []);
    }
  });

  it('writes into --out, and refuses a wrong command line with the usage', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-examples-'));
    try {
      const said: string[] = [];
      const sink = { write: (text: string) => said.push(text) };
      assert.strictEqual(main(['--today', '2026-11-22', '--out', out], EXAMPLES, sink, sink), 0);
      assert.strictEqual(
        fs.readFileSync(path.join(out, 'reps.yaml'), 'utf8'),
        fs.readFileSync(path.join(EXAMPLES, 'reps.yaml'), 'utf8'),
      );
      assert.match(said.join(''), /^Wrote 123 notes for 9 reps/u);
      // A file there that is not a generated note is never deleted.
      fs.writeFileSync(path.join(out, 'notes', 'mine.md'), 'my own notes');
      said.length = 0;
      assert.strictEqual(main(['--today', '2026-11-23', '--out', out], EXAMPLES, sink, sink), 2);
      assert.match(said.join(''), /mine\.md is not a generated note/u);
      assert.ok(fs.existsSync(path.join(out, 'notes', 'mine.md')));
      said.length = 0;
      assert.strictEqual(main(['--today', '2026-02-30'], EXAMPLES, sink, sink), 2);
      assert.match(said.join(''), /not a calendar date[\s\S]*usage: /u);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
