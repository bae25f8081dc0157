import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, UsageError } from '../../src/cli/args';
import { runCli } from '../../src/cli/run';
import { CLI_VERSION } from '../../src/cli/version';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(
  argv: readonly string[],
  cwd: string,
  options: { isTTY?: boolean; env?: Record<string, string>; now?: Date } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
    now: () => options.now ?? new Date(2026, 10, 22, 12, 0, 0),
  });
  return { code, stdout, stderr };
}

function noteText(rep: string | null, date: string | null, items: readonly string[], eol = '\n'): string {
  const header = [rep === null ? null : `rep: ${rep}`, date === null ? null : `date: ${date}`].filter(
    (line): line is string => line !== null,
  );
  return ['---', ...header, 'type: weekly', '---', '', '## Follow-ups', '', ...items, ''].join(eol);
}

let root = '';

function write(relative: string, content: string | Buffer): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function json<T>(result: Run): T {
  return JSON.parse(result.stdout) as T;
}

interface OverdueRow {
  file: string;
  line: number;
  rep: string | null;
  text: string;
  due: string;
  daysOverdue: number;
  kind: string;
  owner: string | null;
}

interface CheckRow {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

/** Each test gets a fresh temp folder as `root`, removed afterwards. */
function useTempRoot(): void {
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-cli-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });
}

describe('coaching-notes overdue', () => {
  useTempRoot();

  it('prints linter-style lines sorted by due date, file and line, and exits 1', async () => {
    write(
      'team/dana/2026-11-02.coach.md',
      noteText('Dana Whitfield', '2026-11-02', [
        '- [ ] Send pricing to Acme @dana due:2026-11-17',
        '- [ ] Book the QBR due:2026-11-10',
      ]),
    );
    write(
      'team/sam/2026-11-03.coach.md',
      noteText('Sam Ortiz', '2026-11-03', ['- [ ] Intro to CFO due:2026-11-17']),
    );
    write(
      'team/ann/2026-11-04.coach.md',
      noteText('Ann Lee', '2026-11-04', ['- [ ] Call back due:2026-11-21']),
    );
    const result = await run(['overdue', '--today', '2026-11-22'], root);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      [
        'team/dana/2026-11-02.coach.md:10: overdue by 12 days (due 2026-11-10): Book the QBR [Dana Whitfield]',
        'team/dana/2026-11-02.coach.md:9: overdue by 5 days (due 2026-11-17): Send pricing to Acme @dana [Dana Whitfield]',
        'team/sam/2026-11-03.coach.md:9: overdue by 5 days (due 2026-11-17): Intro to CFO [Sam Ortiz]',
        'team/ann/2026-11-04.coach.md:9: overdue by 1 day (due 2026-11-21): Call back [Ann Lee]',
        '4 overdue items as of 2026-11-22 (3 notes checked).',
        '',
      ].join('\n'),
    );
  });

  it('gives JSON rows with 1-based lines, relative / paths, owner without @, kind, and rep null', async () => {
    write(
      'a/b/goals.coach.md',
      [
        '---',
        'rep: Dana Whitfield',
        'date: 2026-11-02',
        '---',
        '## Agreed goals',
        '- [ ] Multi-thread Halvorsen @dana due:2026-11-20',
        '## Follow-ups',
        '  - [ ]   Email Bo   due:2026-11-21  ',
      ].join('\n'),
    );
    write('broken.coach.md', '# Forgot the front matter\n\n- [ ] Call Acme @sam due:2026-11-01\n');
    const result = await run(['overdue', '--json', '--today', '2026-11-22'], root);
    assert.equal(result.code, 1);
    assert.deepEqual(json<OverdueRow[]>(result), [
      {
        file: 'broken.coach.md',
        line: 3,
        rep: null,
        text: 'Call Acme @sam due:2026-11-01',
        due: '2026-11-01',
        daysOverdue: 21,
        kind: 'follow-up',
        owner: 'sam',
      },
      {
        file: 'a/b/goals.coach.md',
        line: 6,
        rep: 'Dana Whitfield',
        text: 'Multi-thread Halvorsen @dana due:2026-11-20',
        due: '2026-11-20',
        daysOverdue: 2,
        kind: 'goal',
        owner: 'dana',
      },
      {
        file: 'a/b/goals.coach.md',
        line: 8,
        rep: 'Dana Whitfield',
        text: 'Email Bo   due:2026-11-21',
        due: '2026-11-21',
        daysOverdue: 1,
        kind: 'follow-up',
        owner: null,
      },
    ]);
  });

  it('does not count items due today, done, carried or cancelled, and exits 0', async () => {
    write(
      'n.coach.md',
      noteText('Dana', '2026-11-02', [
        '- [ ] Due today due:2026-11-22',
        '- [x] Done due:2026-11-01',
        '- [>] Carried due:2026-11-01',
        '- [-] Cancelled due:2026-11-01',
        '- [ ] Undated',
      ]),
    );
    const human = await run(['overdue', '--today', '2026-11-22'], root);
    assert.equal(human.code, 0);
    assert.equal(human.stdout, 'No overdue items as of 2026-11-22 (1 note checked).\n');
    const asJson = await run(['overdue', '--json', '--today', '2026-11-22'], root);
    assert.equal(asJson.code, 0);
    assert.deepEqual(json<OverdueRow[]>(asJson), []);
    const tomorrow = await run(['overdue', '--json', '--today', '2026-11-23'], root);
    assert.deepEqual(
      json<OverdueRow[]>(tomorrow).map((row) => [row.text, row.daysOverdue]),
      [['Due today due:2026-11-22', 1]],
    );
  });

  it('takes today from the local clock when --today is not given', async () => {
    write('n.coach.md', noteText('Dana', '2026-11-02', ['- [ ] x due:2026-11-22']));
    // 23:30 local time on 22 November: still the 22nd here, whatever UTC says.
    const lateEvening = await run(['overdue', '--json'], root, { now: new Date(2026, 10, 22, 23, 30) });
    assert.deepEqual(json<OverdueRow[]>(lateEvening), []);
    const nextMorning = await run(['overdue', '--json'], root, { now: new Date(2026, 10, 23, 0, 30) });
    assert.deepEqual(
      json<OverdueRow[]>(nextMorning).map((row) => row.daysOverdue),
      [1],
    );
  });

  it('reads CRLF notes with a byte order mark, with the same line numbers', async () => {
    const text = noteText(
      'Dana',
      '2026-11-02',
      ['- [ ] First due:2026-11-01', '- [ ] Second due:2026-11-02'],
      '\r\n',
    );
    write('crlf.coach.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const result = await run(['overdue', '--json', '--today', '2026-11-22'], root);
    assert.deepEqual(
      json<OverdueRow[]>(result).map((row) => [row.line, row.text, row.rep]),
      [
        [9, 'First due:2026-11-01', 'Dana'],
        [10, 'Second due:2026-11-02', 'Dana'],
      ],
    );
    const check = await run(['check', '--json'], root);
    assert.deepEqual(json<CheckRow[]>(check), []);
  });

  it('colours output for a terminal, and never with NO_COLOR', async () => {
    write('n.coach.md', noteText('Dana', '2026-11-02', ['- [ ] x due:2026-11-01']));
    const tty = await run(['overdue', '--today', '2026-11-22'], root, { isTTY: true });
    assert.match(tty.stdout, /\u001b\[31m/);
    const noColor = await run(['overdue', '--today', '2026-11-22'], root, {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    assert.doesNotMatch(noColor.stdout, /\u001b/);
    const piped = await run(['overdue', '--today', '2026-11-22'], root);
    assert.doesNotMatch(piped.stdout, /\u001b/);
    assert.equal(noColor.stdout, piped.stdout);
  });
});

describe('coaching-notes paths', () => {
  useTempRoot();

  it('searches the current folder when no path is given', async () => {
    write('x/one.coach.md', noteText('Dana', '2026-11-02', ['- [ ] a due:2026-11-01']));
    const result = await run(['overdue', '--json', '--today', '2026-11-22'], path.join(root, 'x'));
    assert.deepEqual(
      json<OverdueRow[]>(result).map((row) => row.file),
      ['one.coach.md'],
    );
  });

  it('takes files and folders, shows paths relative to the current folder, and lists a note once', async () => {
    write('team/a.coach.md', noteText('A', '2026-11-02', ['- [ ] a due:2026-11-01']));
    write('team/sub/b.coach.md', noteText('B', '2026-11-02', ['- [ ] b due:2026-11-01']));
    write('other/c.coach.md', noteText('C', '2026-11-02', ['- [ ] c due:2026-11-01']));
    write('other/plain.md', noteText('D', '2026-11-02', ['- [ ] d due:2026-11-01']));
    const cwd = path.join(root, 'other');
    const result = await run(
      [
        'overdue',
        '--json',
        '--today',
        '2026-11-22',
        '../team',
        path.join(root, 'team', 'a.coach.md'),
        'c.coach.md',
      ],
      cwd,
    );
    assert.deepEqual(
      json<OverdueRow[]>(result)
        .map((row) => row.file)
        .sort(),
      ['../team/a.coach.md', '../team/sub/b.coach.md', 'c.coach.md'],
    );
    // A folder search only picks *.coach.md; a file named on the command line is read whatever its name.
    const named = await run(['overdue', '--json', '--today', '2026-11-22', 'plain.md'], cwd);
    assert.deepEqual(
      json<OverdueRow[]>(named).map((row) => row.file),
      ['plain.md'],
    );
  });

  it('skips node_modules and .git folders', async () => {
    write('kept.coach.md', noteText('A', '2026-11-02', ['- [ ] a due:2026-11-01']));
    write('node_modules/pkg/x.coach.md', noteText('B', '2026-11-02', ['- [ ] b due:2026-11-01']));
    write('.git/y.coach.md', noteText('C', '2026-11-02', ['- [ ] c due:2026-11-01']));
    write('deep/node_modules/z.coach.md', noteText('D', '2026-11-02', ['- [ ] d due:2026-11-01']));
    const result = await run(['overdue', '--json', '--today', '2026-11-22'], root);
    assert.deepEqual(
      json<OverdueRow[]>(result).map((row) => row.file),
      ['kept.coach.md'],
    );
  });

  it('ends a symbolic link loop and follows a link to another folder once', async () => {
    write('notes/a.coach.md', noteText('A', '2026-11-02', ['- [ ] a due:2026-11-01']));
    write('elsewhere/b.coach.md', noteText('B', '2026-11-02', ['- [ ] b due:2026-11-01']));
    fs.symlinkSync('..', path.join(root, 'notes', 'loop'));
    fs.symlinkSync(path.join(root, 'notes'), path.join(root, 'notes', 'self'));
    fs.symlinkSync(path.join(root, 'elsewhere'), path.join(root, 'notes', 'linked'));
    const result = await run(['overdue', '--json', '--today', '2026-11-22', 'notes'], root);
    assert.equal(result.code, 1);
    assert.deepEqual(
      json<OverdueRow[]>(result)
        .map((row) => row.file)
        .sort(),
      ['notes/a.coach.md', 'notes/linked/b.coach.md'],
    );
  });

  it('exits 2 with one line on stderr for a path that does not exist', async () => {
    write('a.coach.md', noteText('A', '2026-11-02', []));
    const result = await run(['overdue', 'a.coach.md', 'missing-folder'], root);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, "coaching-notes: cannot read 'missing-folder': no such file or folder\n");
  });
});

describe('coaching-notes files that cannot be read', () => {
  useTempRoot();

  it('reports a non-UTF-8 file and a file over 5 MB, and still reads the others', async () => {
    write('latin1.coach.md', Buffer.from('---\nrep: Ren\xe9e\ndate: 2026-11-02\n---\n', 'latin1'));
    const huge = write('huge.coach.md', '');
    fs.truncateSync(huge, 5 * 1024 * 1024 + 1);
    write(
      'exactly-5mb.coach.md',
      noteText('Edge', '2026-11-02', ['- [ ] e due:2026-11-01']).padEnd(5 * 1024 * 1024),
    );
    write('good.coach.md', noteText('Dana', '2026-11-02', ['- [ ] a due:2026-11-01']));
    const check = await run(['check', '--json'], root);
    assert.equal(check.code, 1);
    assert.deepEqual(
      json<CheckRow[]>(check).map((row) => [row.file, row.line, row.column, row.severity, row.code]),
      [
        ['huge.coach.md', 1, 1, 'error', 'file-too-large'],
        ['latin1.coach.md', 1, 1, 'error', 'not-utf8'],
      ],
    );
    const overdue = await run(['overdue', '--json', '--today', '2026-11-22'], root);
    assert.deepEqual(
      json<OverdueRow[]>(overdue)
        .map((row) => row.file)
        .sort(),
      ['exactly-5mb.coach.md', 'good.coach.md'],
    );
  });

  it('reports a FIFO and a link to /dev/zero without opening them', async () => {
    const fifo = path.join(root, 'pipe.coach.md');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.coach.md'));
    write('good.coach.md', noteText('Dana', '2026-11-02', ['- [ ] a due:2026-11-01']));
    const check = await run(['check', '--json'], root);
    assert.equal(check.code, 1);
    assert.deepEqual(
      json<CheckRow[]>(check).map((row) => [row.file, row.code]),
      [
        ['pipe.coach.md', 'not-regular-file'],
        ['zero.coach.md', 'not-regular-file'],
      ],
    );
    // Named directly on the command line, too.
    const direct = await run(['check', '--json', 'pipe.coach.md'], root);
    assert.deepEqual(
      json<CheckRow[]>(direct).map((row) => row.code),
      ['not-regular-file'],
    );
  });

  it('reports a link that loops onto itself, and goes on', async () => {
    fs.symlinkSync('self.coach.md', path.join(root, 'self.coach.md'));
    fs.symlinkSync('loop-dir', path.join(root, 'loop-dir'));
    write('good.coach.md', noteText('Dana', '2026-11-02', ['- [ ] a due:2026-11-01']));
    const check = await run(['check', '--json'], root);
    assert.equal(check.code, 1);
    assert.deepEqual(
      json<CheckRow[]>(check).map((row) => [row.file, row.code, row.message]),
      [['self.coach.md', 'file-unreadable', 'The file could not be read (too many symbolic links).']],
    );
    assert.equal((await run(['overdue', '--today', '2026-11-22'], root)).code, 1);
  });

  it('reports a dangling link named like a note as unreadable', async () => {
    fs.symlinkSync(path.join(root, 'gone.md'), path.join(root, 'dangling.coach.md'));
    const check = await run(['check'], root);
    assert.equal(check.code, 1);
    assert.match(
      check.stdout,
      /^dangling\.coach\.md:1:1: error: The file could not be read \(no such file\)\. \[file-unreadable\]$/m,
    );
  });
});

describe('coaching-notes check', () => {
  useTempRoot();

  it('prints every diagnostic as path:line:col: severity: message [code] with a summary', async () => {
    write(
      'team/n.coach.md',
      [
        '---',
        'rep: Dana',
        'date: 2026-11-02',
        '---',
        '## Follow-ups',
        '- [?] odd box',
        '- [ ] x due:2026-02-30',
      ].join('\n'),
    );
    write('team/no-date.coach.md', ['---', 'rep: Dana', '---', '- [ ] fine'].join('\n'));
    const result = await run(['check'], root);
    assert.equal(result.code, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0] ?? '', /^team\/n\.coach\.md:6:4: warning: .+ \[unknown-status\]$/);
    assert.match(lines[1] ?? '', /^team\/n\.coach\.md:7:9: warning: .+ \[invalid-due\]$/);
    assert.match(lines[2] ?? '', /^team\/no-date\.coach\.md:1:1: error: .+ \[missing-date\]$/);
    assert.equal(lines[3], '1 error, 2 warnings in 2 files (2 notes checked).');
  });

  it('gives JSON rows and exits 0 when there are only warnings', async () => {
    write('n.coach.md', ['---', 'rep: Dana', 'date: 2026-11-02', '---', '- [?] odd box'].join('\n'));
    const result = await run(['check', '--json'], root);
    assert.equal(result.code, 0);
    const rows = json<CheckRow[]>(result);
    assert.equal(rows.length, 1);
    assert.deepEqual(Object.keys(rows[0] ?? {}), ['file', 'line', 'column', 'severity', 'message', 'code']);
    assert.deepEqual(
      { ...rows[0], message: typeof rows[0]?.message },
      {
        file: 'n.coach.md',
        line: 5,
        column: 4,
        severity: 'warning',
        message: 'string',
        code: 'unknown-status',
      },
    );
  });

  it('does not treat overdue items as format problems', async () => {
    write('n.coach.md', noteText('Dana', '2026-11-02', ['- [ ] late due:2020-01-01']));
    const result = await run(['check'], root);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, 'No problems (1 note checked).\n');
  });
});

describe('coaching-notes reps', () => {
  useTempRoot();

  it('prints an aligned table sorted by name with the no-rep row last', async () => {
    write(
      'd1.coach.md',
      noteText('dana whitfield', '2026-11-02', ['- [ ] late due:2026-11-01', '- [ ] open']),
    );
    write('d2.coach.md', noteText('Dana Whitfield', '2026-11-09', ['- [x] done due:2026-11-01']));
    write('b.coach.md', noteText('Bo', '2026-10-30', []));
    write('broken.coach.md', '- [ ] orphan due:2026-11-01\n');
    const result = await run(['reps', '--today', '2026-11-22'], root);
    assert.equal(result.code, 0);
    assert.equal(
      result.stdout,
      [
        'Rep             Notes  Last note   Open  Overdue',
        'Bo                  1  2026-10-30     0        0',
        'Dana Whitfield      2  2026-11-09     2        1',
        '(no rep)            1  -              1        1',
        '2 reps, 4 notes.',
        '',
      ].join('\n'),
    );
    const asJson = await run(['reps', '--json', '--today', '2026-11-22'], root);
    assert.equal(asJson.code, 0);
    assert.deepEqual(json<unknown[]>(asJson), [
      { rep: 'Bo', notes: 1, lastDate: '2026-10-30', open: 0, overdue: 0 },
      { rep: 'Dana Whitfield', notes: 2, lastDate: '2026-11-09', open: 2, overdue: 1 },
      { rep: null, notes: 1, lastDate: null, open: 1, overdue: 1 },
    ]);
  });

  it('exits 0 with an empty list when there are no notes', async () => {
    const result = await run(['reps', '--json'], root);
    assert.equal(result.code, 0);
    assert.deepEqual(json<unknown[]>(result), []);
    assert.equal((await run(['reps'], root)).stdout, 'No notes found.\n');
  });
});

describe('coaching-notes usage', () => {
  useTempRoot();

  it('exits 2 with one line on stderr for an unknown command, an unknown option or a bad --today', async () => {
    for (const argv of [
      ['lint'],
      [],
      ['overdue', '--jsn'],
      ['overdue', '--today', '2026-02-30'],
      ['overdue', '--today', '22/11/2026'],
      ['overdue', '--today'],
    ]) {
      const result = await run(argv, root);
      assert.equal(result.code, 2, argv.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^coaching-notes: [^\n]+\n$/, argv.join(' '));
    }
  });

  it('prints help and the package version', async () => {
    const help = await run(['--help'], root);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: coaching-notes <command>/);
    assert.equal((await run(['overdue', '-h'], root)).code, 0);
    const version = await run(['--version'], root);
    assert.equal(version.stdout, `${CLI_VERSION}\n`);
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    assert.equal(CLI_VERSION, pkg.version);
  });
});

describe('parseArgs', () => {
  it('reads options anywhere, --today=DATE, and paths after --', () => {
    assert.deepEqual(parseArgs(['overdue', 'a', '--json', '--today=2026-11-22', '--', '--b']), {
      kind: 'run',
      command: 'overdue',
      paths: ['a', '--b'],
      today: '2026-11-22',
      json: true,
    });
    assert.throws(() => parseArgs(['reps', '-x']), UsageError);
  });
});
