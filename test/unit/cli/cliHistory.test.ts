// `coaching-notes history`: real note files in a temp folder, run through the CLI's entry function.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildRepHistory, type RepHistory } from '../../../src/core/history/history';
import { parseNote } from '../../../src/core/note/parse';
import { historyToJson } from '../../../src/core/history/report';
import { runCapturing, type Run } from './cliRun';

let root = '';

function run(argv: readonly string[], cwd = root): Promise<Run> {
  return runCapturing(argv, cwd);
}

function write(relative: string, lines: readonly string[]): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

/**
 * Three notes for Sam Lee (spelled differently in the first; one private, one with a private
 * section) and one for someone else.
 */
function writeNotes(): void {
  write('sam/2026-10-05.coach.md', [
    '---',
    'rep: "  sam   LEE "',
    'date: 2026-10-05',
    'type: weekly',
    '---',
    '## Root cause',
    'Discovery stops at the technical fit.',
    '## Agreed goals',
    '- [>] Run the discovery checklist on every first call due:2026-10-31',
    '## Follow-ups',
    '- [x] Send the call recording @sam due:2026-10-07',
    '- [>] Book the Acme on-site @sam due:2026-10-10',
  ]);
  write('sam/2026-10-12.coach.md', [
    '---',
    'rep: Sam Lee',
    'date: 2026-10-12',
    'private: true',
    '---',
    '## Career',
    'Wants to move to product marketing.',
    '- [ ] Introduce Sam to the PMM lead @coach due:2026-10-20',
  ]);
  write('sam/2026-11-02.coach.md', [
    '---',
    'rep: Sam Lee',
    'date: 2026-11-02',
    'type: weekly',
    '---',
    '## Agreed goals',
    '- [ ] Run the discovery checklist on every first call due:2026-11-30',
    '## Follow-ups',
    '- [x] Book the Acme on-site @sam due:2026-10-20',
    '- [ ] Send the Acme business case @sam due:2026-11-10',
    '## Observations (private)',
    'Tired; ask about the move.',
    '- [ ] Ask how the move went @coach due:2026-11-09',
  ]);
  write('other/2026-11-03.coach.md', [
    '---',
    'rep: Priya Raman',
    'date: 2026-11-03',
    '---',
    '- [ ] Something',
  ]);
}

/** The engine's shared history of Sam's notes, read straight from the files. */
function engineHistory(options: { from?: string; to?: string; cadenceDays?: number } = {}): RepHistory {
  const entries = ['sam/2026-10-05.coach.md', 'sam/2026-10-12.coach.md', 'sam/2026-11-02.coach.md'].map(
    (file) => ({
      file,
      note: parseNote(fs.readFileSync(path.join(root, file), 'utf8')),
    }),
  );
  return buildRepHistory(entries, {
    today: '2026-11-22',
    forSharing: true,
    rep: 'Sam Lee',
    cadenceDays: options.cadenceDays,
    range: { from: options.from ?? null, to: options.to ?? null },
  });
}

describe('coaching-notes history', () => {
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-cli-history-'));
    writeNotes();
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('prints a compact summary of the rep, found by any spelling of the name, without private content', async () => {
    const result = await run(['history', 'SAM  lee', '.']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], 'Sam Lee  2026-10-05 to 2026-11-22 · 2 notes · as of 2026-11-22');
    assert.equal(lines[1], 'Follow-ups  67% completed  2 done · 1 overdue · 0 open · carried 1 time');
    assert.equal(lines[2], 'Goals         – completed  0 done · 0 overdue · 1 open · carried 1 time');
    assert.equal(
      lines[3],
      'Cadence    every 7 days · 2 1:1s · 28 days apart on average · longest gap 28 days (2026-10-05 to 2026-11-02)',
    );
    assert.equal(lines[4], 'Last 1:1   2026-11-02, 20 days ago · next was due 2026-11-09: late');
    assert.equal(
      lines[5],
      'Overdue    12 days  Send the Acme business case @sam  sam/2026-11-02.coach.md:10',
    );
    assert.equal(lines[6], 'Open goals Run the discovery checklist on every first call  due 2026-11-30');
    assert.match(
      result.stdout,
      /Left out for privacy: 1 private note and 1 private section, with 2 goals and follow-ups,/u,
    );
    for (const secret of ['product marketing', 'PMM', 'Tired', 'move'])
      assert.ok(!result.stdout.includes(secret), secret);
  });

  it('prints the shareable Markdown report with --markdown', async () => {
    const result = await run(['history', 'Sam Lee', '--markdown']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.split('\n')[0], '# Coaching progress: Sam Lee');
    assert.match(result.stdout, /\*\*Period:\*\* 2026-10-05 to 2026-11-22 · 2 notes · as of 2026-11-22/u);
    for (const secret of ['product marketing', 'PMM', 'Tired', 'move went'])
      assert.ok(!result.stdout.includes(secret), secret);
  });

  it('prints the shared history as JSON with --json, the numbers of the engine', async () => {
    const result = await run(['history', 'sam lee', '--json', '--today', '2026-11-22']);
    assert.equal(result.code, 0, result.stderr);
    const printed = JSON.parse(result.stdout) as ReturnType<typeof historyToJson>;
    assert.equal(printed.schemaVersion, 2);
    assert.equal(printed.forSharing, true);
    // What was withheld is counted, never named: no private heading, no private note's file.
    assert.deepEqual(printed.privacy, {
      omitted: true,
      privateNotes: 1,
      privateSections: 1,
      privateItems: 2,
    });
    assert.ok(!result.stdout.includes('2026-10-12.coach.md'));
    assert.ok(!result.stdout.includes('Observations'));
    assert.deepEqual(printed.summary, engineHistory().summary);
    assert.deepEqual(printed.cadence, engineHistory().cadence);
    assert.deepEqual(
      printed.notes.map((note) => note.file),
      ['sam/2026-10-05.coach.md', 'sam/2026-11-02.coach.md'],
    );
  });

  it('limits the period with --from and --to', async () => {
    const result = await run(['history', 'Sam Lee', '--json', '--from', '2026-10-01', '--to=2026-10-31']);
    assert.equal(result.code, 0, result.stderr);
    const printed = JSON.parse(result.stdout) as RepHistory;
    assert.deepEqual(printed.range, { from: '2026-10-01', to: '2026-10-31' });
    assert.equal(printed.asOf, '2026-10-31');
    assert.deepEqual(printed.summary, engineHistory({ from: '2026-10-01', to: '2026-10-31' }).summary);
  });

  it('finds the rep by a roster alias and uses the roster cadence', async () => {
    fs.writeFileSync(
      path.join(root, 'reps.yaml'),
      '- name: Sam Lee\n  cadenceDays: 14\n  aliases: [Sammy]\n',
    );
    const result = await run(['history', 'sammy', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const printed = JSON.parse(result.stdout) as RepHistory;
    assert.equal(printed.rep, 'Sam Lee');
    assert.equal(printed.cadenceDays, 14);
    assert.deepEqual(printed.cadence, engineHistory({ cadenceDays: 14 }).cadence);
  });

  it('says a bad roster entry on stderr, as check does, and goes on without it', async () => {
    fs.writeFileSync(
      path.join(root, 'reps.yaml'),
      '- name: Sam Lee\n  cadenceDays: fortnightly\n  aliases: [Sammy]\n- team: Nobody\n',
    );
    const result = await run(['history', 'sammy', '--json']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as RepHistory).rep, 'Sam Lee');
    assert.deepEqual(
      result.stderr.split('\n').map((line) => line.replace(/: .*\[/u, ': … [')),
      ['reps.yaml:2:16: … [roster-invalid]', 'reps.yaml:4:3: … [roster-invalid]', ''],
    );
  });

  it('exits 2 with one line on stderr for an unknown rep', async () => {
    const result = await run(['history', 'Nobody Here']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      "coaching-notes: no notes for rep 'Nobody Here' (known reps: Priya Raman, Sam Lee)\n",
    );
  });

  it('exits 2 with one line on stderr on bad usage', async () => {
    const cases: [string[], string][] = [
      [['history'], 'missing the rep'],
      [
        ['history', 'Sam Lee', '--from', '2026-02-30'],
        "--from must be a calendar date written YYYY-MM-DD, not '2026-02-30'",
      ],
      [['history', 'Sam Lee', '--to'], '--to needs a date'],
      [
        ['history', 'Sam Lee', '--from', '2026-11-02', '--to', '2026-11-01'],
        '--from 2026-11-02 is after --to 2026-11-01',
      ],
      [['history', 'Sam Lee', '--json', '--markdown'], 'use either --json or --markdown, not both'],
      [['history', 'Sam Lee', '--csv'], "unknown option '--csv'"],
      [['history', 'Sam Lee', 'no-such-folder'], "cannot read 'no-such-folder': no such file or folder"],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.equal(result.stdout, '');
      assert.equal(result.stderr.split('\n').length, 2, `one line: ${result.stderr}`);
      assert.ok(
        result.stderr.startsWith('coaching-notes: ') && result.stderr.includes(message),
        result.stderr,
      );
    }
  });

  it('explains itself with --help, and the main help lists it', async () => {
    const help = await run(['history', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: coaching-notes history <rep> \[paths\.\.\.\]/u);
    const main = await run(['--help']);
    assert.match(main.stdout, /\n {2}history {3}One rep's progress/u);
  });
});
