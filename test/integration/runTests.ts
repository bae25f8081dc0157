// The one entry point for the integration tests (`npm run test:integration`).
//
// Backend, from VSCODE_TEST_BACKEND:
//   electron     desktop VS Code downloaded by @vscode/test-electron (needs its download servers
//                and a display)
//   code-server  the same suite in code-server's extension host, driven by headless Chromium:
//                works offline, from the npm registry alone (see harness/)
//   unset        electron where it can work, code-server otherwise: no display, or the download
//                fails with a network error
//
// Each run opens a fresh copy of the fixture workspace with a fresh profile and no other
// extensions, and exits with the suite's status.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests as runTestsInElectron } from '@vscode/test-electron';
import { log } from './harness/log';
import { runEntryPoint } from './harness/entryPoint';
import {
  fixtureWorkspace,
  integrationLogsDir,
  repoRoot,
  screenshotsDir,
  spanishSuiteEntry,
  suiteEntry,
} from './harness/paths';
import { runTestsInCodeServer } from './harness/runInCodeServer';
import { QUIET_SETTINGS, writeUserSettings } from './harness/userSettings';
import { SUITE_ENV } from './harnessProtocol';

type Backend = 'electron' | 'code-server';

const DEFAULT_TIMEOUT_MS = 10 * 60_000;
/** How long @vscode/test-electron may wait for its servers before we call the machine offline. */
const DOWNLOAD_TIMEOUT_MS = 10_000;
const NETWORK_ERROR =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|getaddrinfo|socket hang up|timed out|Failed to download/i;

/** A run of a suite in one display language: the main suite in English, `suite-es/` in Spanish. */
interface SuiteRun {
  readonly language: 'en' | 'es';
  readonly entry: string;
  /** VS Code's `--locale`; none for English, VS Code's default. */
  readonly locale?: string;
}

const SUITE_RUNS: readonly SuiteRun[] = [
  { language: 'en', entry: suiteEntry },
  { language: 'es', entry: spanishSuiteEntry, locale: 'es' },
];

/** COACHING_NOTES_TEST_LANGUAGES=es runs only the Spanish suite; both by default. */
function selectedRuns(): SuiteRun[] {
  const wanted = (process.env.COACHING_NOTES_TEST_LANGUAGES ?? 'en,es')
    .split(',')
    .map((value) => value.trim());
  const runs = SUITE_RUNS.filter((run) => wanted.includes(run.language));
  if (runs.length === 0) throw new Error('COACHING_NOTES_TEST_LANGUAGES names none of en, es');
  return runs;
}

async function main(): Promise<number> {
  let exitCode = 0;
  for (const run of selectedRuns()) {
    log(`suite in ${run.language === 'es' ? 'Spanish (--locale es)' : 'English'}`);
    const code = await runSuite(run);
    if (code !== 0 && exitCode === 0) exitCode = code;
  }
  return exitCode;
}

async function runSuite(suite: SuiteRun): Promise<number> {
  const requested = process.env.VSCODE_TEST_BACKEND;
  if (requested !== undefined && requested !== 'electron' && requested !== 'code-server') {
    throw new Error(`VSCODE_TEST_BACKEND must be "electron" or "code-server", not "${requested}"`);
  }
  if (!fs.existsSync(suite.entry))
    throw new Error(`${suite.entry} is missing: run \`npm run compile-tests\` first`);
  const timeoutMs = Number(process.env.COACHING_NOTES_TEST_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS);
  if (!(timeoutMs > 0)) throw new Error('COACHING_NOTES_TEST_TIMEOUT_MS must be a number of milliseconds');

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-ws-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  try {
    let backend: Backend = requested ?? (hasDisplay() ? 'electron' : 'code-server');
    if (requested === undefined && backend === 'code-server')
      log('no display for desktop VS Code: using code-server');
    if (backend === 'electron') {
      const outcome = await runInElectron(suite, workspace, path.join(scratch, 'user-data'));
      if (outcome !== 'offline') return outcome;
      if (requested === 'electron') return 1;
      backend = 'code-server';
    }
    log('running the suite in code-server');
    const logsDir = suite.language === 'en' ? integrationLogsDir : `${integrationLogsDir}-${suite.language}`;
    const result = await runTestsInCodeServer({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suite.entry,
      workspace,
      timeoutMs,
      screenshotsDir,
      logsDir,
      keepRunDir: process.env.COACHING_NOTES_KEEP_RUN_DIR === '1',
      locale: suite.locale,
    });
    const counts =
      result.passing === null
        ? 'no mocha summary'
        : `${result.passing} passed, ${result.failing ?? 0} failed`;
    log(`integration suite finished: exit code ${result.exitCode} (${counts}); logs in ${logsDir}`);
    return result.exitCode;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Desktop VS Code on Linux needs an X or Wayland display (CI without one uses code-server). */
function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** The exit code, or 'offline' when VS Code could not be downloaded. */
async function runInElectron(
  suite: SuiteRun,
  workspace: string,
  userDataDir: string,
): Promise<number | 'offline'> {
  writeUserSettings(userDataDir, QUIET_SETTINGS);
  try {
    log('running the suite in desktop VS Code (@vscode/test-electron)');
    await runTestsInElectron({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suite.entry,
      timeout: DOWNLOAD_TIMEOUT_MS,
      // runTests itself adds --disable-workspace-trust, --skip-welcome and --skip-release-notes.
      launchArgs: [
        workspace,
        '--disable-extensions',
        `--user-data-dir=${userDataDir}`,
        ...(suite.locale ? [`--locale=${suite.locale}`] : []),
      ],
      extensionTestsEnv: { ...SUITE_ENV },
    });
    return 0; // runTests rejects when the suite fails
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (NETWORK_ERROR.test(message)) {
      log(`could not download VS Code (${message.split('\n')[0]})`);
      return 'offline';
    }
    log(`desktop VS Code run failed: ${message}`);
    return 1;
  }
}

runEntryPoint(main);
