// The smoke test of the real package (`npm test -- --only package`, after `npm run package`):
//   node out/test/integration/runInstalled.js coaching-notes.vsix
// installs the .vsix into a fresh code-server with `--install-extension`, opens a copy of
// examples/ and runs installed/*.test.ts against the installed copy. The workbench starts tests
// only for an extension under development, so a stub extension (no code) plays that part, and
// the tests run in the same extension host as the installed Coaching Notes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { log } from './harness/log';
import { runEntryPoint } from './harness/entryPoint';
import { integrationLogsDir, repoRoot, screenshotsDir } from './harness/paths';
import { runTestsInCodeServer } from './harness/runInCodeServer';

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

async function main(): Promise<number> {
  const vsix = process.argv[2];
  if (!vsix || !fs.existsSync(vsix)) throw new Error('usage: runInstalled <path to the .vsix>');
  const testsEntry = path.join(__dirname, 'installed', 'index.js');
  if (!fs.existsSync(testsEntry))
    throw new Error(`${testsEntry} is missing: run \`npm run compile-tests\` first`);

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-vsix-'));
  try {
    const workspace = path.join(scratch, 'examples');
    fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
    const stub = path.join(scratch, 'test-runner-stub');
    fs.mkdirSync(stub);
    fs.writeFileSync(
      path.join(stub, 'package.json'),
      JSON.stringify({
        name: 'test-runner-stub',
        publisher: 'coaching-notes-tests',
        version: '0.0.0',
        engines: { vscode: '*' },
      }),
    );
    const result = await runTestsInCodeServer({
      installVsix: path.resolve(vsix),
      extensionDevelopmentPath: stub,
      extensionTestsPath: testsEntry,
      workspace,
      timeoutMs: Number(process.env.COACHING_NOTES_TEST_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS),
      screenshotsDir,
      logsDir: path.join(integrationLogsDir, 'installed'),
      keepRunDir: process.env.COACHING_NOTES_KEEP_RUN_DIR === '1',
    });
    const counts =
      result.passing === null
        ? 'no mocha summary'
        : `${result.passing} passed, ${result.failing ?? 0} failed`;
    log(`installed-package smoke test finished: exit code ${result.exitCode} (${counts})`);
    return result.exitCode;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

runEntryPoint(main);
