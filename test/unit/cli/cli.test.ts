import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { COMMANDS } from '../../../src/cli/commands';
import { CLI_VERSION } from '../../../src/cli/version';
import { runCapturing as run, type Run } from './cliRun';
import { REPO_ROOT } from '../../repoPaths';

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

  it('ends a symbolic link loop and follows a link inside the folder once', async () => {
    write('notes/a.coach.md', noteText('A', '2026-11-02', ['- [ ] a due:2026-11-01']));
    write('notes/team/b.coach.md', noteText('B', '2026-11-02', ['- [ ] b due:2026-11-01']));
    fs.symlinkSync('..', path.join(root, 'notes', 'team', 'loop'));
    fs.symlinkSync(path.join(root, 'notes'), path.join(root, 'notes', 'self'));
    fs.symlinkSync('team', path.join(root, 'notes', 'linked'));
    const result = await run(['overdue', '--json', '--today', '2026-11-22', 'notes'], root);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    assert.deepEqual(
      json<OverdueRow[]>(result).map((row) => row.file),
      ['notes/a.coach.md', 'notes/linked/b.coach.md'],
    );
  });

  it('does not follow a link to / or to a folder outside the folder given, and says so', async () => {
    write('notes/a.coach.md', noteText('A', '2026-11-02', ['- [ ] a due:2026-11-01']));
    write('elsewhere/b.coach.md', noteText('B', '2026-11-02', ['- [ ] b due:2026-11-01']));
    fs.symlinkSync('/', path.join(root, 'notes', 'root'));
    fs.symlinkSync('/proc', path.join(root, 'notes', 'proc'));
    fs.symlinkSync(path.join(root, 'elsewhere'), path.join(root, 'notes', 'linked'));
    const result = await run(['overdue', '--json', '--today', '2026-11-22', 'notes'], root);
    assert.equal(result.code, 1, 'a link not followed is a warning: the notes given were all read');
    assert.deepEqual(
      json<OverdueRow[]>(result).map((row) => row.file),
      ['notes/a.coach.md'],
    );
    assert.equal(
      result.stderr,
      [
        "coaching-notes: warning: not searching 'notes/linked': it links outside the folder being searched",
        "coaching-notes: warning: not searching 'notes/proc': it links outside the folder being searched",
        "coaching-notes: warning: not searching 'notes/root': it links outside the folder being searched",
        '',
      ].join('\n'),
    );
    // Given both folders, each is searched (once), the link into the other still not followed.
    const both = await run(['overdue', '--json', '--today', '2026-11-22', 'notes', 'elsewhere'], root);
    // Both due the same day: rep A before rep B (compareOverdue), whatever the folders.
    assert.deepEqual(
      json<OverdueRow[]>(both).map((row) => row.file),
      ['notes/a.coach.md', 'elsewhere/b.coach.md'],
    );
  });

  it('does not read a note that is a link to a file outside the folder, and says so', async () => {
    write('notes/a.coach.md', noteText('A', '2026-11-02', []));
    write('elsewhere/theirs.coach.md', noteText('B', '2026-11-02', ['- [ ] b due:2026-11-01']));
    fs.symlinkSync('/etc/passwd', path.join(root, 'notes', 'passwd.coach.md'));
    fs.symlinkSync('/dev/zero', path.join(root, 'notes', 'zero.coach.md'));
    fs.symlinkSync(
      path.join(root, 'elsewhere', 'theirs.coach.md'),
      path.join(root, 'notes', 'theirs.coach.md'),
    );
    const overdue = await run(['overdue', '--today', '2026-11-22', 'notes'], root);
    assert.equal(overdue.code, 2);
    assert.equal(overdue.stdout, 'No overdue items as of 2026-11-22 (4 notes checked).\n');
    assert.equal(
      overdue.stderr,
      ['passwd', 'theirs', 'zero']
        .map((name) => `notes/${name}.coach.md: cannot read: it links outside the folder being searched\n`)
        .join(''),
    );
    const check = await run(['check', '--json', 'notes'], root);
    assert.equal(check.code, 2);
    assert.deepEqual(
      json<CheckRow[]>(check).map((row) => [row.file, row.code, row.message]),
      ['passwd', 'theirs', 'zero'].map((name) => [
        `notes/${name}.coach.md`,
        'file-unreadable',
        'The file is a link to a file outside the folder being searched: it is not read.',
      ]),
    );
    // Named on the command line, a file is read wherever it leads (the user chose it).
    const named = await run(['overdue', '--json', '--today', '2026-11-22', 'notes/theirs.coach.md'], root);
    assert.equal(named.code, 1);
    assert.equal(json<OverdueRow[]>(named).length, 1);
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
    assert.equal(check.code, 2);
    assert.equal(
      check.stderr,
      'huge.coach.md: cannot read: larger than 5.0 MB\nlatin1.coach.md: cannot read: not UTF-8 text\n',
    );
    assert.deepEqual(
      json<CheckRow[]>(check).map((row) => [row.file, row.line, row.column, row.severity, row.code]),
      [
        ['huge.coach.md', 1, 1, 'error', 'file-too-large'],
        ['latin1.coach.md', 1, 1, 'error', 'not-utf8'],
      ],
    );
    const overdue = await run(['overdue', '--json', '--today', '2026-11-22'], root);
    assert.equal(overdue.code, 2, 'the answer misses two notes: it must not pass for complete');
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
    assert.equal(check.code, 2);
    assert.deepEqual(
      json<CheckRow[]>(check).map((row) => [row.file, row.code]),
      [
        ['pipe.coach.md', 'not-regular-file'],
        ['zero.coach.md', 'file-unreadable'], // a link outside the folder: not even looked at
      ],
    );
    // Named directly on the command line, too.
    const direct = await run(['check', '--json', 'pipe.coach.md', 'zero.coach.md'], root);
    assert.deepEqual(
      json<CheckRow[]>(direct).map((row) => row.code),
      ['not-regular-file', 'not-regular-file'],
    );
    assert.equal(
      direct.stderr,
      'pipe.coach.md: cannot read: not a regular file\nzero.coach.md: cannot read: not a regular file\n',
    );
  });

  it('reports a link that loops onto itself, and goes on', async () => {
    fs.symlinkSync('self.coach.md', path.join(root, 'self.coach.md'));
    fs.symlinkSync('loop-dir', path.join(root, 'loop-dir'));
    write('good.coach.md', noteText('Dana', '2026-11-02', ['- [ ] a due:2026-11-01']));
    const check = await run(['check', '--json'], root);
    assert.equal(check.code, 2);
    assert.deepEqual(
      json<CheckRow[]>(check).map((row) => [row.file, row.code, row.message]),
      [['self.coach.md', 'file-unreadable', 'The file could not be read (too many symbolic links).']],
    );
    const overdue = await run(['overdue', '--today', '2026-11-22'], root);
    assert.equal(overdue.code, 2);
    assert.match(overdue.stdout, /^good\.coach\.md:9: overdue by 21 days/);
    assert.equal(overdue.stderr, 'self.coach.md: cannot read: too many symbolic links\n');
  });

  it('reports a dangling link named like a note as unreadable', async () => {
    fs.symlinkSync(path.join(root, 'gone.md'), path.join(root, 'dangling.coach.md'));
    const check = await run(['check'], root);
    assert.equal(check.code, 2);
    assert.match(
      check.stdout,
      /^dangling\.coach\.md:1:1: error: The file could not be read \(no such file\)\. \[file-unreadable\]$/m,
    );
    assert.equal(check.stderr, 'dangling.coach.md: cannot read: no such file\n');
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
        'Rep             Notes  Last note          Open  Overdue',
        'Bo                  1  2026-10-30 (late)     0        0',
        'Dana Whitfield      2  2026-11-09 (late)     2        1',
        '(no rep)            1  -                     1        1',
        '2 reps, 4 notes.',
        '',
      ].join('\n'),
    );
    const asJson = await run(['reps', '--json', '--today', '2026-11-22'], root);
    assert.equal(asJson.code, 0);
    assert.deepEqual(json<unknown[]>(asJson), [
      { rep: 'Bo', notes: 1, lastDate: '2026-10-30', open: 0, overdue: 0, team: null, oneOnOneLate: true },
      {
        rep: 'Dana Whitfield',
        notes: 2,
        lastDate: '2026-11-09',
        open: 2,
        overdue: 1,
        team: null,
        oneOnOneLate: true,
      },
      { rep: null, notes: 1, lastDate: null, open: 1, overdue: 1, team: null, oneOnOneLate: false },
    ]);
  });

  it('aligns the columns after double-width and accented names (display width, not string length)', async () => {
    write('w.coach.md', noteText('王小明', '2026-11-20', ['- [ ] open']));
    write('z.coach.md', noteText('Zoë Müller', '2026-11-20', []));
    write('d.coach.md', noteText('Dana Whitfield', '2026-11-20', []));
    const result = await run(['reps', '--today', '2026-11-22'], root);
    assert.equal(
      result.stdout,
      [
        'Rep             Notes  Last note   Open  Overdue',
        'Dana Whitfield      1  2026-11-20     0        0',
        'Zoë Müller          1  2026-11-20     0        0',
        '王小明              1  2026-11-20     1        0',
        '3 reps, 3 notes.',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 with an empty list when there are no notes', async () => {
    const result = await run(['reps', '--json'], root);
    assert.equal(result.code, 0);
    assert.deepEqual(json<unknown[]>(result), []);
    assert.equal((await run(['reps'], root)).stdout, 'No notes found.\n');
  });
});

interface RepRow {
  rep: string | null;
  notes: number;
  lastDate: string | null;
  open: number;
  overdue: number;
  team: string | null;
  oneOnOneLate: boolean;
}

describe('coaching-notes reps with a roster (reps.yaml)', () => {
  useTempRoot();

  it('merges the notes of aliases into the roster name and lists roster reps without notes', async () => {
    write('reps.yaml', '- name: Dana Whitfield\n  aliases: [Dana, D. Whitfield]\n- name: Lena Fischer\n');
    write('dana/1.coach.md', noteText('Dana', '2026-11-16', ['- [ ] Send pricing due:2026-11-20']));
    write('dana/2.coach.md', noteText('dana whitfield', '2026-11-20', ['- [ ] Book the QBR']));
    write('dana/3.coach.md', noteText('D.  Whitfield', '2026-11-18', []));
    write('bo.coach.md', noteText('Bo', '2026-11-21', []));
    const result = await run(['reps', '--today', '2026-11-22'], root);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
    // No team in the roster: the columns and the order are those without a roster.
    assert.equal(
      result.stdout,
      [
        'Rep             Notes  Last note     Open  Overdue',
        'Bo                  1  2026-11-21       0        0',
        'Dana Whitfield      3  2026-11-20       2        1',
        'Lena Fischer        0  never (late)     0        0',
        '3 reps, 4 notes.',
        '',
      ].join('\n'),
    );
    const rows = json<RepRow[]>(await run(['reps', '--json', '--today', '2026-11-22'], root));
    assert.deepEqual(rows, [
      { rep: 'Bo', notes: 1, lastDate: '2026-11-21', open: 0, overdue: 0, team: null, oneOnOneLate: false },
      {
        rep: 'Dana Whitfield',
        notes: 3,
        lastDate: '2026-11-20',
        open: 2,
        overdue: 1,
        team: null,
        oneOnOneLate: false,
      },
      // Never met: late for the Reps tree too, though the table shows only "-".
      { rep: 'Lena Fischer', notes: 0, lastDate: null, open: 0, overdue: 0, team: null, oneOnOneLate: true },
    ]);
  });

  it('adds a Team column when the roster has teams, grouped by team (no team last); --json keeps name order', async () => {
    write(
      'reps.yaml',
      [
        'reps:',
        '  - name: Zoe Park',
        '    team: Enterprise',
        '  - name: Amy Chen',
        '    team: Commercial',
        '  - name: Bob Stone',
        '  - name: Ann Lee',
        '    team: Enterprise',
        '',
      ].join('\n'),
    );
    write('z.coach.md', noteText('Zoe Park', '2026-11-20', ['- [ ] x due:2026-11-01']));
    write('a.coach.md', noteText('amy chen', '2026-11-19', []));
    write('c.coach.md', noteText('Carl Diaz', '2026-11-21', ['- [ ] y']));
    write('b.coach.md', noteText('Bob Stone', '2026-11-18', []));
    write('orphan.coach.md', '- [ ] no front matter\n');
    const result = await run(['reps', '--today', '2026-11-22'], root);
    assert.equal(result.code, 0);
    assert.equal(
      result.stdout,
      [
        'Team        Rep        Notes  Last note     Open  Overdue',
        'Commercial  Amy Chen       1  2026-11-19       0        0',
        'Enterprise  Ann Lee        0  never (late)     0        0',
        'Enterprise  Zoe Park       1  2026-11-20       1        1',
        '-           Bob Stone      1  2026-11-18       0        0',
        '-           Carl Diaz      1  2026-11-21       1        0',
        '-           (no rep)       1  -                1        0',
        '5 reps, 5 notes.',
        '',
      ].join('\n'),
    );
    const rows = json<RepRow[]>(await run(['reps', '--json', '--today', '2026-11-22'], root));
    assert.deepEqual(
      rows.map((row) => [row.team, row.rep]),
      [
        ['Commercial', 'Amy Chen'],
        ['Enterprise', 'Ann Lee'],
        [null, 'Bob Stone'],
        [null, 'Carl Diaz'],
        ['Enterprise', 'Zoe Park'],
        [null, null],
      ],
    );
  });

  it('marks a late 1:1: older than the cadence (default 7 days) or past the planned next date', async () => {
    write(
      'reps.yaml',
      '- name: Slow Sam\n  cadenceDays: 14\n  team: West\n- name: Weekly Wu\n  team: West\n',
    );
    write('sam.coach.md', noteText('Slow Sam', '2026-11-12', []));
    write('wu.coach.md', noteText('Weekly Wu', '2026-11-12', []));
    write(
      'nia.coach.md',
      ['---', 'rep: Nia Obi', 'date: 2026-11-19', 'next: 2026-11-21', '---', ''].join('\n'),
    );
    const result = await run(['reps', '--today', '2026-11-22'], root);
    assert.equal(
      result.stdout,
      [
        'Team  Rep        Notes  Last note          Open  Overdue',
        'West  Slow Sam       1  2026-11-12            0        0',
        'West  Weekly Wu      1  2026-11-12 (late)     0        0',
        '-     Nia Obi        1  2026-11-19 (late)     0        0',
        '3 reps, 3 notes.',
        '',
      ].join('\n'),
    );
    const rows = json<RepRow[]>(await run(['reps', '--json', '--today', '2026-11-22'], root));
    assert.deepEqual(
      rows.map((row) => [row.rep, row.oneOnOneLate]),
      [
        ['Nia Obi', true],
        ['Slow Sam', false],
        ['Weekly Wu', true],
      ],
    );
    const later = json<RepRow[]>(await run(['reps', '--json', '--today', '2026-11-27'], root));
    assert.equal(later.find((row) => row.rep === 'Slow Sam')?.oneOnOneLate, true, 'Sam after 15 days');
    const tty = await run(['reps', '--today', '2026-11-22'], root, { isTTY: true });
    assert.match(tty.stdout, /2026-11-12\u001b\[33m \(late\)\u001b\[39m/);
  });

  it('still lists the reps when a roster entry is bad, and says where on stderr', async () => {
    write(
      'team/reps.yaml',
      [
        '- name: Dana Whitfield',
        '  aliases: [Dana]',
        '- team: West',
        '  role: AE',
        '- name: Lena Fischer',
        '  cadenceDays: weekly',
        '',
      ].join('\n'),
    );
    write('team/d.coach.md', noteText('Dana', '2026-11-20', []));
    for (const argv of [
      ['reps', 'team'],
      ['reps', '--json', 'team'],
    ]) {
      const result = await run([...argv, '--today', '2026-11-22'], root);
      assert.equal(result.code, 0, argv.join(' '));
      assert.equal(
        result.stderr,
        [
          'team/reps.yaml:3:3: error: This roster entry has no `name`. [roster-invalid]',
          'team/reps.yaml:6:16: error: `cadenceDays` should be a whole number of days from 1 to 366; using 7. [roster-invalid]',
          '',
        ].join('\n'),
      );
    }
    const rows = json<RepRow[]>(await run(['reps', '--json', 'team', '--today', '2026-11-22'], root));
    assert.deepEqual(
      rows.map((row) => [row.rep, row.notes]),
      [
        ['Dana Whitfield', 1],
        ['Lena Fischer', 0],
      ],
    );
  });

  it('reads reps.yaml in the current folder when the folder given has none, and ignores a folder named so', async () => {
    write('reps.yaml', '- name: Dana Whitfield\n  aliases: [Dana]\n');
    write('notes/d.coach.md', noteText('Dana', '2026-11-20', []));
    const rows = json<RepRow[]>(await run(['reps', '--json', 'notes', '--today', '2026-11-22'], root));
    assert.deepEqual(
      rows.map((row) => row.rep),
      ['Dana Whitfield'],
    );
    fs.mkdirSync(path.join(root, 'notes', 'reps.yaml'));
    const stillRoot = json<RepRow[]>(await run(['reps', '--json', 'notes', '--today', '2026-11-22'], root));
    assert.deepEqual(
      stillRoot.map((row) => row.rep),
      ['Dana Whitfield'],
    );
  });
});

describe('coaching-notes check with a roster (reps.yaml)', () => {
  useTempRoot();

  it('reports roster problems like note problems, and a roster error fails the check', async () => {
    write('reps.yaml', ['- name: Dana', '  email: dana@example.com', '- role: AE', ''].join('\n'));
    write('n.coach.md', ['---', 'rep: Dana', 'date: 2026-11-02', '---', '- [?] odd box'].join('\n'));
    const result = await run(['check'], root);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0] ?? '', /^n\.coach\.md:5:4: warning: .+ \[unknown-status\]$/);
    assert.match(
      lines[1] ?? '',
      /^reps\.yaml:2:3: warning: Unknown roster key `email`.+ \[roster-invalid\]$/,
    );
    assert.equal(lines[2], 'reps.yaml:3:3: error: This roster entry has no `name`. [roster-invalid]');
    assert.equal(lines[3], '1 error, 2 warnings in 2 files (1 note checked).');
    const rows = json<CheckRow[]>(await run(['check', '--json'], root));
    assert.deepEqual(
      rows.map((row) => [row.file, row.line, row.column, row.severity, row.code]),
      [
        ['n.coach.md', 5, 4, 'warning', 'unknown-status'],
        ['reps.yaml', 2, 3, 'warning', 'roster-invalid'],
        ['reps.yaml', 3, 3, 'error', 'roster-invalid'],
      ],
    );
  });

  it('exits 0 for roster warnings only, and says nothing about a good roster', async () => {
    write('n.coach.md', noteText('Dana', '2026-11-02', []));
    write('reps.yaml', '- name: Dana\n  nickname: D\n');
    const warned = await run(['check'], root);
    assert.equal(warned.code, 0);
    assert.match(warned.stdout, /^reps\.yaml:2:3: warning: /);
    write('reps.yaml', '- name: Dana\n  team: West\n');
    const clean = await run(['check'], root);
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, 'No problems (1 note checked).\n');
  });

  it('reports a roster that is not YAML, and overdue does not read the roster', async () => {
    write('reps.yaml', '- name: [Dana\n');
    write('n.coach.md', noteText('Dana', '2026-11-02', ['- [ ] x due:2026-11-01']));
    const check = await run(['check', '--json'], root);
    assert.equal(check.code, 1);
    assert.ok(json<CheckRow[]>(check).every((row) => row.file === 'reps.yaml' && row.severity === 'error'));
    const overdue = await run(['overdue', '--today', '2026-11-22'], root);
    assert.equal(overdue.code, 1);
    assert.equal(overdue.stderr, '');
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
    const unknown = await run(['lint'], root);
    assert.match(unknown.stderr, /expected overdue, check, reps, history, team, calendar\)/);
  });

  it('prints help and the package version', async () => {
    const help = await run(['--help'], root);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: coaching-notes <command>/);
    assert.equal((await run(['overdue', '-h'], root)).code, 0);
    const version = await run(['--version'], root);
    assert.equal(version.stdout, `${CLI_VERSION}\n`);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    assert.equal(CLI_VERSION, pkg.version);
  });
});

describe('the table of commands', () => {
  it('gives the usage a line for every command, and each command its own help or the usage', async () => {
    const help = (await run(['--help'], process.cwd())).stdout;
    assert.deepEqual(
      COMMANDS.map((command) => command.name),
      ['overdue', 'check', 'reps', 'history', 'team', 'calendar'],
    );
    for (const command of COMMANDS) {
      assert.ok(help.includes(`\n  ${command.name.padEnd(10)}${command.summary[0]}\n`), command.name);
      const own = await run([command.name, '--help'], process.cwd());
      assert.equal(own.code, 0);
      assert.equal(own.stdout, command.usage ?? help);
    }
  });

  it("points a mistake to the help that explains it: the command's own when it has one", async () => {
    const history = await run(['history', 'Sam', '--csv'], process.cwd());
    assert.equal(
      history.stderr,
      "coaching-notes: unknown option '--csv' (see coaching-notes history --help)\n",
    );
    const overdue = await run(['overdue', '--json=yes'], process.cwd());
    assert.equal(overdue.stderr, "coaching-notes: unknown option '--json=yes' (see coaching-notes --help)\n");
    const missing = await run(['--today', '2026-11-22'], process.cwd());
    assert.equal(
      missing.stderr,
      'coaching-notes: missing command (overdue, check, reps, history, team, calendar) (see coaching-notes --help)\n',
    );
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
      exclude: [],
    });
    assert.throws(() => parseArgs(['reps', '-x']), UsageError);
  });

  it('takes --exclude GLOB and --exclude=GLOB, more than once', () => {
    const request = parseArgs(['reps', '--exclude', '**/archive', '--exclude=old/**']);
    assert.equal(request.kind, 'run');
    assert.deepEqual(request.kind === 'run' ? request.exclude : [], ['**/archive', 'old/**']);
    assert.throws(() => parseArgs(['reps', '--exclude']), UsageError);
  });
});

describe('coaching-notes --exclude', () => {
  useTempRoot();

  it('leaves out the notes of archive folders, in every command', async () => {
    write(
      'dana/2026-11-02.coach.md',
      noteText('Dana Whitfield', '2026-11-02', ['- [ ] late due:2026-11-01']),
    );
    write(
      'dana/archive/2025-06-01.coach.md',
      noteText('Dana Whitfield', '2025-06-01', ['- [ ] old due:2025-06-02']),
    );
    write('archive/bo/2025-01-01.coach.md', noteText('Bo', '2025-01-01', ['- [ ] old due:2025-01-02']));
    const all = await run(['overdue', '--json', '--today', '2026-11-22'], root);
    assert.equal(json<unknown[]>(all).length, 3);
    const current = await run(
      ['overdue', '--json', '--today', '2026-11-22', '--exclude', '**/archive'],
      root,
    );
    assert.deepEqual(
      json<Array<{ file: string }>>(current).map((entry) => entry.file),
      ['dana/2026-11-02.coach.md'],
    );
    const reps = await run(['reps', '--json', '--exclude=**/archive'], root);
    assert.deepEqual(
      json<Array<{ rep: string; notes: number }>>(reps).map((row) => [row.rep, row.notes]),
      [['Dana Whitfield', 1]],
    );
    const history = await run(['history', 'Dana Whitfield', '--json', '--exclude', '**/archive'], root);
    assert.equal(history.code, 0);
    assert.equal(json<{ notes: unknown[] }>(history).notes.length, 1);
  });
});
