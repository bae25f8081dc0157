// The real executable (tsc output), run as a process: exit codes, stdout and stderr as a shell sees them.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OUT_ROOT } from '../../repoPaths';

const MAIN = path.join(OUT_ROOT, 'src/cli/main.js');

function cli(args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    // A guard against a hang on a FIFO, not a speed check: a hang fails the test instead of mocha.
    timeout: 15_000,
  });
  assert.equal(result.error, undefined, String(result.error));
  return result;
}

describe('coaching-notes executable', () => {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-process-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  const note = (items: string) =>
    `---\nrep: Dana Whitfield\ndate: 2026-11-02\n---\n\n## Follow-ups\n\n${items}\n`;

  it('exits 1 when something is overdue and 0 when nothing is', () => {
    fs.mkdirSync(path.join(root, 'team', 'dana'), { recursive: true });
    const file = path.join(root, 'team', 'dana', '2026-11-02.coach.md');
    fs.writeFileSync(file, note('- [ ] Send pricing to Acme @dana due:2026-11-17'));
    const late = cli(['overdue', '--today', '2026-11-22'], root);
    assert.equal(late.status, 1);
    assert.equal(
      late.stdout.split('\n')[0],
      'team/dana/2026-11-02.coach.md:8: overdue by 5 days (due 2026-11-17): Send pricing to Acme @dana [Dana Whitfield]',
    );
    assert.equal(late.stderr, '');
    const onTime = cli(['overdue', '--today', '2026-11-17'], root);
    assert.equal(onTime.status, 0);
    assert.equal(cli(['reps', '--json'], root).status, 0);
  });

  it('exits 2 with a one-line message on bad usage and on a missing path', () => {
    for (const args of [
      ['frobnicate'],
      ['overdue', '--today', '2026-13-01'],
      ['check', '--colour'],
      ['check', 'nope'],
    ]) {
      const result = cli(args, root);
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^coaching-notes: [^\n]+\n$/);
    }
  });

  it('reports a FIFO named like a note without hanging, and goes on', () => {
    assert.equal(spawnSync('mkfifo', [path.join(root, 'pipe.coach.md')]).status, 0);
    fs.writeFileSync(path.join(root, 'late.coach.md'), note('- [ ] x due:2026-11-01'));
    const check = cli(['check', '--json'], root);
    assert.equal(check.status, 2);
    assert.deepEqual(
      (JSON.parse(check.stdout) as { file: string; code: string }[]).map((row) => [row.file, row.code]),
      [['pipe.coach.md', 'not-regular-file']],
    );
    const overdue = cli(['overdue', '--json', '--today', '2026-11-22'], root);
    assert.equal(overdue.status, 2);
    assert.equal(overdue.stderr, 'pipe.coach.md: cannot read: not a regular file\n');
    assert.equal((JSON.parse(overdue.stdout) as unknown[]).length, 1);
  });

  it('prints its version and help with exit 0', () => {
    const version = cli(['--version'], root);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const help = cli(['-h'], root);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: coaching-notes/);
  });
});
