// Issue 9, C5: arrays built from a note (items, diagnostics, lines of a section) were spread into
// calls (`push(...rows)`), which overflows the stack at a few hundred thousand elements: `check` on a
// note with 200,000 items said "Maximum call stack size exceeded" and reported nothing, and a
// 200,000-line root cause broke `history --markdown` and Export. Lint now forbids spreading into
// call arguments (eslint.config.mjs); these tests run the commands on such notes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { maxOf, pushAll } from '../../../../src/core/base/arrays';
import { buildRepHistory } from '../../../../src/core/history/history';
import { parseNote } from '../../../../src/core/note/parse';
import { renderMarkdownReport } from '../../../../src/core/history/report';
import { runCapturing } from '../../cli/cliRun';

const MANY = 200_000;

const run = (argv: readonly string[], cwd: string) => runCapturing(argv, cwd);

const HEADER = ['---', 'rep: Sam Lee', 'date: 2026-11-02', 'type: weekly', '---'];

/** A note whose root cause has MANY lines, each with its own number. */
function longRootCauseNote(): string {
  const cause = Array.from({ length: MANY }, (_, n) => `Cause line ${n + 1}.`);
  return [
    ...HEADER,
    '## Root cause',
    ...cause,
    '## Follow-ups',
    '- [ ] Send the recap due:2026-11-30',
    '',
  ].join('\n');
}

describe('notes with hundreds of thousands of items or lines', function () {
  // Generous: several megabytes are written, read and printed (not a timing assertion).
  this.timeout(120_000);
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-large-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('check reports the problems of a note with 200,000 items', async () => {
    const items = Array.from({ length: MANY }, (_, n) => `- [ ] ${n} due:x`);
    const text = [...HEADER, '## Follow-ups', ...items, ''].join('\n');
    assert.ok(text.length > 1_600_000, 'the note is as large as the one in the issue');
    fs.writeFileSync(path.join(root, 'big.coach.md'), text);
    const result = await run(['check', '.'], root);
    assert.doesNotMatch(result.stderr, /call stack/u);
    assert.equal(result.code, 0, result.stderr); // warnings only
    const lines = result.stdout.split('\n').filter((line) => line.startsWith('big.coach.md:'));
    // One warning per malformed due date, the last one on the last item's line.
    assert.equal(lines.length, MANY);
    assert.match(
      lines[lines.length - 1] ?? '',
      new RegExp(`^big\\.coach\\.md:${HEADER.length + 1 + MANY}:`, 'u'),
    );
  });

  it('history --markdown includes a root cause of 200,000 lines', async () => {
    fs.writeFileSync(path.join(root, '2026-11-02.coach.md'), longRootCauseNote());
    const result = await run(['history', 'Sam Lee', '.', '--markdown'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^> Cause line 1\.$/mu);
    assert.match(result.stdout, new RegExp(`^> Cause line ${MANY}\\.$`, 'mu'));
  });

  it('the report builder (Export) quotes a root cause of 200,000 lines', () => {
    const history = buildRepHistory([{ file: '2026-11-02.coach.md', note: parseNote(longRootCauseNote()) }], {
      today: '2026-11-22',
      forSharing: true,
      rep: 'Sam Lee',
      range: { from: null, to: null },
    });
    const report = renderMarkdownReport(history);
    const quoted = report.split('\n').filter((line) => /^> Cause line \d+\.$/u.test(line));
    assert.equal(quoted.length, MANY);
    assert.equal(quoted[MANY - 1], `> Cause line ${MANY}.`);
  });

  it('pushAll and maxOf take arrays longer than the stack allows as arguments', () => {
    const values = Array.from({ length: 1_000_000 }, (_, n) => n % 1000);
    const target = [-1];
    pushAll(target, values);
    assert.equal(target.length, 1_000_001);
    assert.equal(target[1_000_000], 999);
    assert.equal(maxOf(values, 0), 999);
    assert.equal(maxOf([], 7), 7);
  });
});
