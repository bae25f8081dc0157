// The command line on files a hostile or careless folder holds: notes it cannot read (a UTF-16 file,
// no permission, a name that is not UTF-8), folders it cannot list, a roster that is a FIFO or a
// link to /dev/zero, and control characters in notes, rep names and file names. Real files in a
// temp folder, through runCli and, for permissions, through the built executable as another user.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { forTerminal, jsonForTerminal, linesForTerminal } from '../../../src/cli/terminalText';
import { runCapturing, type Run } from './cliRun';
import { OUT_ROOT } from '../../repoPaths';

const MAIN = path.join(OUT_ROOT, 'src/cli/main.js');
const TODAY = ['--today', '2026-11-22'];

const run = (argv: readonly string[], cwd: string): Promise<Run> => runCapturing(argv, cwd);

function note(rep: string, items: readonly string[]): string {
  return ['---', `rep: ${rep}`, 'date: 2026-11-02', '---', '', '## Follow-ups', '', ...items, ''].join('\n');
}

let root = '';

/** Each test gets a fresh temp folder as `root` (with a good note in it, when asked), removed afterwards. */
function useTempRoot(prefix: string, withGoodNote: boolean): void {
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    if (withGoodNote) write('good.coach.md', note('Dana', ['- [ ] a due:2026-11-01']));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });
}

function write(relative: string | Buffer, content: string | Buffer): void {
  const file =
    typeof relative === 'string'
      ? path.join(root, relative)
      : Buffer.concat([Buffer.from(root + '/'), relative]);
  fs.writeFileSync(file, content);
}

/** No raw control character but newline (between lines) and tab. */
function assertNoRawControls(text: string, what: string): void {
  assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u, what);
}

describe('coaching-notes never hides a note it cannot read', () => {
  useTempRoot('coaching-notes-hostile-', true);

  it('says a UTF-16 note on stderr in every command, and exits 2 instead of "No overdue items"', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(note('Ren', ['- [ ] r due:2026-11-01']), 'utf16le'),
    ]);
    write('utf16.coach.md', utf16);
    fs.rmSync(path.join(root, 'good.coach.md'));
    const overdue = await run(['overdue', ...TODAY], root);
    assert.equal(overdue.code, 2);
    assert.equal(overdue.stderr, 'utf16.coach.md: cannot read: not UTF-8 text\n');
    for (const argv of [['check'], ['reps'], ['overdue', '--json'], ['history', 'Ren']]) {
      const result = await run([...argv, ...TODAY.slice(argv[0] === 'check' ? 2 : 0)], root);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.stderr, /^utf16\.coach\.md: cannot read: not UTF-8 text$/mu, argv.join(' '));
    }
  });

  it('says a note whose name is not UTF-8, and a folder whose name is not, and exits 2', async () => {
    write(Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.coach.md')]), note('X', []));
    const folder = Buffer.concat([Buffer.from(root + '/d'), Buffer.from([0xff])]);
    fs.mkdirSync(folder);
    fs.writeFileSync(
      Buffer.concat([folder, Buffer.from('/inside.coach.md')]),
      note('Y', ['- [ ] y due:2026-11-01']),
    );
    const overdue = await run(['overdue', ...TODAY], root);
    assert.equal(overdue.code, 2);
    assert.equal(
      overdue.stderr,
      "coaching-notes: cannot search 'd\ufffd': its name is not valid UTF-8\n" +
        'caf\ufffd.coach.md: cannot read: its name is not valid UTF-8\n',
    );
    assert.match(overdue.stdout, /^good\.coach\.md:8: overdue by 21 days/u);
    const check = await run(['check', '--json'], root);
    assert.equal(check.code, 2);
    assert.deepEqual(
      (JSON.parse(check.stdout) as { file: string; message: string }[]).map((row) => [row.file, row.message]),
      [['caf\ufffd.coach.md', 'The file name is not valid UTF-8: rename the file to read it.']],
    );
  });

  // Root reads a mode-000 file and lists a mode-000 folder, so a test that only chmods would pass
  // without proving anything. Run as root, the built executable is started as `nobody` instead;
  // run as anyone else, as is.
  it('says a note without read permission and a folder it cannot list, as a user without access', function () {
    const asRoot = process.getuid?.() === 0;
    const nobody = 65534;
    if (asRoot) fs.chmodSync(root, 0o755);
    write('locked.coach.md', note('L', ['- [ ] l due:2026-11-01']));
    fs.chmodSync(path.join(root, 'locked.coach.md'), 0o000);
    fs.mkdirSync(path.join(root, 'closed'));
    write('closed/hidden.coach.md', note('H', ['- [ ] h due:2026-11-01']));
    fs.chmodSync(path.join(root, 'closed'), 0o000);
    const result = spawnSync(process.execPath, [MAIN, 'overdue', ...TODAY], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 15_000,
      ...(asRoot ? { uid: nobody, gid: nobody } : {}),
    });
    fs.chmodSync(path.join(root, 'closed'), 0o755);
    assert.equal(result.error, undefined, String(result.error));
    assert.equal(result.status, 2);
    assert.equal(
      result.stderr,
      "coaching-notes: cannot search 'closed': permission denied\nlocked.coach.md: cannot read: permission denied\n",
    );
    assert.match(result.stdout, /^good\.coach\.md:8: overdue by 21 days/u);
  });
});

describe('coaching-notes reads the roster with the note guards', () => {
  useTempRoot('coaching-notes-roster-', true);

  for (const [kind, make] of [
    ['a FIFO', (file: string) => assert.equal(spawnSync('mkfifo', [file]).status, 0, 'mkfifo')],
    ['a link to /dev/zero', (file: string) => fs.symlinkSync('/dev/zero', file)],
  ] as const) {
    it(`neither blocks nor reads when reps.yaml is ${kind}, and says so`, async () => {
      make(path.join(root, 'reps.yaml'));
      const reps = await run(['reps', ...TODAY], root);
      assert.equal(reps.code, 0);
      assert.equal(
        reps.stderr,
        'reps.yaml:1:1: error: Not a regular file (a device, a FIFO or a socket): it is not read. [not-regular-file]\n',
      );
      assert.match(reps.stdout, /^Dana +1 /mu);
      const check = await run(['check', '--json'], root);
      assert.equal(check.code, 1);
      assert.deepEqual(
        (JSON.parse(check.stdout) as { file: string; code: string }[]).map((row) => [row.file, row.code]),
        [['reps.yaml', 'not-regular-file']],
      );
    });
  }

  it('does not read a roster over the size limit, nor one that is not UTF-8', async () => {
    write('reps.yaml', '');
    fs.truncateSync(path.join(root, 'reps.yaml'), 2 * 1024 * 1024);
    const large = await run(['check', '--json'], root);
    assert.deepEqual(
      (JSON.parse(large.stdout) as { code: string; message: string }[]).map((row) => [row.code, row.message]),
      [['file-too-large', 'The file is 2.0 MB; rosters larger than 1.0 MB are not read.']],
    );
    write('reps.yaml', Buffer.from('- name: Ren\xe9e\n', 'latin1'));
    const latin1 = await run(['check', '--json'], root);
    assert.deepEqual(
      (JSON.parse(latin1.stdout) as { code: string }[]).map((row) => row.code),
      ['not-utf8'],
    );
  });
});

describe('coaching-notes output is safe for a terminal', () => {
  useTempRoot('coaching-notes-terminal-', false);

  const ESC = '\u001b';
  const CSI = '\u009b';

  it('shows control characters from notes, rep names and file names escaped', async () => {
    const evilName = 'evil\nfake.coach.md:1: overdue by 99 days\u0007.coach.md';
    write(
      evilName,
      note(`Dana${ESC}[2J`, [`- [ ] Reset ${ESC}]0;pwned${'\u0007'} and ${CSI}31m red due:2026-11-01`]),
    );
    write(`bad${ESC}[31m.coach.md`, ['---', 'rep: [unclosed', 'date: 2026-11-02', '---', ''].join('\n'));
    const overdue = await run(['overdue', ...TODAY], root);
    assertNoRawControls(overdue.stdout, 'overdue');
    assert.equal(
      overdue.stdout.split('\n')[0],
      'evil\\nfake.coach.md:1: overdue by 99 days\\x07.coach.md:8: overdue by 21 days (due 2026-11-01): ' +
        'Reset \\x1b]0;pwned\\x07 and \\x9b31m red [Dana\\x1b[2J]',
    );
    assert.equal(overdue.stdout.split('\n').length, 3, 'one row and the summary, nothing forged');
    const check = await run(['check'], root);
    assertNoRawControls(check.stdout, 'check');
    assert.match(check.stdout, /^bad\\x1b\[31m\.coach\.md:\d+:\d+: error: /mu);
    const reps = await run(['reps', ...TODAY], root);
    assertNoRawControls(reps.stdout, 'reps');
    assert.match(reps.stdout, /^Dana\\x1b\[2J /mu);
    const history = await run(['history', `Dana${ESC}[2J`, ...TODAY], root);
    assertNoRawControls(history.stdout, 'history');
    assert.match(history.stdout, /Reset \\x1b\]0;pwned\\x07 and \\x9b31m red/u);
    const markdown = await run(['history', `Dana${ESC}[2J`, '--markdown', ...TODAY], root);
    assertNoRawControls(markdown.stdout, 'history --markdown');
  });

  it('keeps --json exact: every control character escaped as JSON, the values intact', async () => {
    write('n.coach.md', note(`Dana${ESC}[2J`, [`- [ ] x ${CSI}31m\u007f due:2026-11-01`]));
    const overdue = await run(['overdue', '--json', ...TODAY], root);
    assertNoRawControls(overdue.stdout, 'overdue --json');
    const rows = JSON.parse(overdue.stdout) as { rep: string; text: string }[];
    assert.equal(rows[0]?.rep, `Dana${ESC}[2J`);
    assert.equal(rows[0]?.text, `x ${CSI}31m\u007f due:2026-11-01`);
    const history = await run(['history', 'Dana\u001b[2J', '--json', ...TODAY], root);
    assertNoRawControls(history.stdout, 'history --json');
    assert.equal((JSON.parse(history.stdout) as { rep: string }).rep, `Dana${ESC}[2J`);
  });

  it('escapes each control character but tab, one field at a time or in a whole text', () => {
    assert.equal(
      forTerminal('a\tb\nc\rd\u0000e\u007ff\u0085g\u2028h'),
      'a\tb\\nc\\rd\\x00e\\x7ff\\x85g\\u2028h',
    );
    assert.equal(linesForTerminal('line 1\nline\u001b 2\r\n'), 'line 1\nline\\x1b 2\\r\n');
    assert.equal(jsonForTerminal({ a: '\u009b\u001b' }), '{\n  "a": "\\u009b\\u001b"\n}');
  });
});
