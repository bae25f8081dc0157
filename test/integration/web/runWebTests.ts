// The web tier (`npm run test:web`): Coaching Notes in code-server's **web worker** extension host
// (as in vscode.dev and github.dev: no Node, no local disk), on a `memfs:` workspace served from
// memory by a test-only extension, with the suite in web/suite/ bundled for the browser.
//
// Two code-server sessions, in English and then in Spanish (the engine's Spanish words are loaded
// on demand too); in each, the user setting `remote.extensionKind` moves the extension (which has
// both `main` and `browser`) into the web worker; the folder is the URI `memfs:/`; the memfs
// extension is packaged and installed (code-server loads only one extension under development);
// the suite sits inside Coaching Notes' folder so that it runs in the same host.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SUITE_ENV } from '../harnessProtocol';
import { runEntryPoint } from '../harness/entryPoint';
import { packageVsix } from '../harness/languagePack';
import { log } from '../harness/log';
import { fixtureWorkspace, repoRoot, screenshotsDir, testResultsDir } from '../harness/paths';
import { runTestsInCodeServer } from '../harness/runInCodeServer';
import type { WebHarnessConfig } from './memfsWorkspace/extension';
import { buildWebBundles, webSourceDir } from './webBundles';

const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/**
 * Notes the web tier adds to the shared fixture workspace: a Spanish one, and one with CRLF line
 * endings in a folder and file named with spaces and accents (escaped in every memfs: URI).
 */
const extraNotesDir = path.join(repoRoot, 'test', 'fixtures', 'web-workspace');

async function main(): Promise<number> {
  const timeoutMs = Number(process.env.COACHING_NOTES_TEST_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS);
  if (!(timeoutMs > 0)) throw new Error('COACHING_NOTES_TEST_TIMEOUT_MS must be a number of milliseconds');
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
    browser?: string;
  };
  if (!manifest.browser)
    log('package.json has no "browser" entry: Coaching Notes cannot run in the web worker');

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-web-'));
  try {
    const memfsExtension = path.join(scratch, 'memfs-workspace');
    const { suiteEntry, spanishSuiteEntry } = await buildWebBundles(memfsExtension);
    fs.copyFileSync(
      path.join(webSourceDir, 'memfsWorkspace', 'package.json'),
      path.join(memfsExtension, 'package.json'),
    );
    const seed = path.join(memfsExtension, 'seed');
    fs.cpSync(fixtureWorkspace, seed, { recursive: true });
    fs.cpSync(extraNotesDir, seed, { recursive: true });
    const config: WebHarnessConfig = {
      today: SUITE_ENV.COACHING_NOTES_TODAY,
      screenshotsDir,
      grep: process.env.COACHING_NOTES_TEST_GREP ?? '',
    };
    fs.writeFileSync(path.join(memfsExtension, 'harness.json'), JSON.stringify(config, null, 2) + '\n');

    const memfsVsix = packageVsix(memfsExtension, path.join(scratch, 'memfs-workspace.vsix'));
    const sessions = [
      { name: 'web suite', suite: suiteEntry, logs: 'integration-web' },
      // Its own session: the display language is chosen when the workbench starts.
      { name: 'Spanish web suite', suite: spanishSuiteEntry, logs: 'integration-web-es', locale: 'es' },
    ];
    let exitCode = 0;
    for (const session of sessions) {
      log(`running the ${session.name} in code-server, in the web worker extension host, on memfs:/`);
      const logsDir = path.join(testResultsDir, session.logs);
      const result = await runTestsInCodeServer({
        extensionDevelopmentPath: repoRoot,
        // code-server loads one extension under development: the test file system is installed.
        installVsix: memfsVsix,
        extensionTestsPath: session.suite,
        workspace: 'memfs:/',
        settings: { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] } },
        timeoutMs,
        screenshotsDir,
        logsDir,
        locale: session.locale,
        keepRunDir: process.env.COACHING_NOTES_KEEP_RUN_DIR === '1',
      });
      const counts =
        result.passing === null
          ? 'no mocha summary'
          : `${result.passing} passed, ${result.failing ?? 0} failed`;
      log(`${session.name} finished: exit code ${result.exitCode} (${counts}); logs in ${logsDir}`);
      if (result.exitCode !== 0) exitCode = result.exitCode;
    }
    return exitCode;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

runEntryPoint(main);
