// Runs the extension's mocha suite in code-server's extension host, with headless Chromium
// showing the workbench, and returns the exit code the workbench reports when the suite ends.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXTENSIONS_DIR_ENV, SCREENSHOT_DIR_ENV, SUITE_ENV } from '../harnessProtocol';
import { launchBrowser, workbenchUrl, type Workbench } from './browser';
import { installExtension, startCodeServer, type CodeServer } from './codeServer';
import { packageLanguagePack, registerLanguagePack } from './languagePack';
import { log } from './log';
import { WorkbenchLogRelay } from './logRelay';
import { ScreenshotTaker } from './screenshots';
import { ensureToolchain } from './toolchain';
import { QUIET_SETTINGS, writeUserSettings } from './userSettings';

export interface CodeServerTestRun {
  readonly extensionDevelopmentPath: string;
  /** The compiled mocha runner (suite/index.js). */
  readonly extensionTestsPath: string;
  /** The folder to open (a path on the server, or a URI such as `memfs:/`); the tests may change it. */
  readonly workspace: string;
  /** User settings on top of the quiet test profile's. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** For the whole run after the toolchain is ready: startup, tests and shutdown. */
  readonly timeoutMs: number;
  readonly screenshotsDir: string;
  /** code-server.log and workbench.log land here. */
  readonly logsDir: string;
  /** Keep the run's temporary folder (profile, sockets) for a post-mortem. */
  readonly keepRunDir?: boolean;
  /**
   * A profile folder to use, and keep, instead of a fresh one in the run's temporary folder. A
   * second run with the same profile, workspace path and `port` sees the first run's workspace
   * storage (a warm start). The caller creates and removes it.
   */
  readonly userDataDir?: string;
  /**
   * A .vsix to install into the run's (otherwise empty) extensions folder before the server
   * starts. To test the installed package, `extensionDevelopmentPath` should then name a stub
   * extension: the workbench starts the tests only for an extension under development, and the
   * real one must not be it. (The web tier installs its test-only file system this way: code-server
   * loads only one extension under development.)
   */
  readonly installVsix?: string;
  /**
   * The server's port (default: any free one). The workbench names the workspace by a URI that
   * includes the server's host and port, and keys its workspace storage by that name.
   */
  readonly port?: number;
  /**
   * The display language VS Code runs in (code-server's `--locale`), e.g. `es`; a test language
   * pack for it is installed first (harness/languagePack.ts).
   */
  readonly locale?: string;
}

export const EXIT_TIMEOUT = 124;
export const EXIT_INTERRUPTED = 130;

/**
 * code-server's marketplace (open-vsx.org) is out of reach here and nothing is installed from it:
 * an empty service URL turns the gallery off, instead of failing lookups for updates.
 */
const OFFLINE_GALLERY = { EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }) };

export interface CodeServerTestResult {
  readonly exitCode: number;
  readonly passing: number | null;
  readonly failing: number | null;
}

export async function runTestsInCodeServer(run: CodeServerTestRun): Promise<CodeServerTestResult> {
  const toolchain = await ensureToolchain();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-it-'));
  const userDataDir = run.userDataDir ?? path.join(runDir, 'user-data');
  writeUserSettings(userDataDir, { ...QUIET_SETTINGS, ...run.settings });
  fs.mkdirSync(run.logsDir, { recursive: true });
  fs.mkdirSync(run.screenshotsDir, { recursive: true });

  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  let relay: WorkbenchLogRelay | undefined;
  let timer: NodeJS.Timeout | undefined;
  let shuttingDown = false;
  let interrupt: ((code: number) => void) | undefined;
  const interrupted = new Promise<number>((resolve) => (interrupt = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping`);
    interrupt?.(EXIT_INTERRUPTED);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // Empty unless a .vsix is installed: no other extension runs beside the one under test.
  const extensionsDir = path.join(runDir, 'extensions');
  const state = {
    toolchain,
    stateDir: runDir,
    userDataDir,
    extensionsDir,
    env: {
      [SCREENSHOT_DIR_ENV]: run.screenshotsDir,
      [EXTENSIONS_DIR_ENV]: extensionsDir,
      ...SUITE_ENV,
      ...OFFLINE_GALLERY,
    },
  };

  const execute = async (): Promise<number> => {
    if (run.installVsix) installExtension({ ...state, vsix: run.installVsix });
    if (run.locale) {
      installExtension({ ...state, vsix: packageLanguagePack(run.locale, runDir) });
      registerLanguagePack(run.locale, userDataDir, extensionsDir);
    }
    server = await startCodeServer({
      ...state,
      logFile: path.join(run.logsDir, 'code-server.log'),
      acceptUrlPayload: true,
      port: run.port,
      locale: run.locale,
      onOutputLine: relayExtensionHostFailure,
    });
    log(`code-server listening on ${server.origin} (state in ${runDir})`);

    workbench = await launchBrowser(path.join(runDir, 'chromium-profile'));
    const { page } = workbench;
    const screenshots = new ScreenshotTaker(page, run.screenshotsDir);
    relay = new WorkbenchLogRelay(path.join(run.logsDir, 'workbench.log'), (request) =>
      screenshots.request(request),
    );
    const activeRelay = relay;
    let reportExit: ((code: number) => void) | undefined;
    const suiteExit = new Promise<number>((resolve) => (reportExit = resolve));
    // The workbench calls these when they exist: its log (with the extension host's console)
    // and, when the suite's run() settles, the exit code.
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) =>
      activeRelay.relay(type, args),
    );
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit?.(code));
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    const crashed = new Promise<number>((resolve) =>
      page.on('crash', () => {
        log('the workbench page crashed');
        resolve(1);
      }),
    );
    const serverGone = server.exited.then((code) => {
      if (!shuttingDown) log(`code-server exited (${code}) before the suite ended`);
      return 1;
    });

    const url = workbenchUrl(server.origin, {
      folder: run.workspace,
      extensionDevelopmentPath: run.extensionDevelopmentPath,
      extensionTestsPath: run.extensionTestsPath,
    });
    log(`opening the workbench on ${run.workspace}`);
    await page.goto(url);
    const code = await Promise.race([suiteExit, crashed, serverGone]);
    await screenshots.settled();
    return code;
  };

  const timedOut = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      log(`TIMEOUT: the run took longer than ${run.timeoutMs / 1000} s`);
      resolve(EXIT_TIMEOUT);
    }, run.timeoutMs);
  });

  let exitCode: number;
  try {
    exitCode = await Promise.race([execute(), timedOut, interrupted]);
    if (exitCode === EXIT_TIMEOUT && workbench) {
      const shot = path.join(run.logsDir, 'timeout.png');
      await workbench.page.screenshot({ path: shot }).then(
        () => log(`what the workbench showed at the timeout: ${shot}`),
        () => undefined,
      );
    }
  } catch (error) {
    log(`ERROR: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    exitCode = 2;
  } finally {
    shuttingDown = true;
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await workbench?.context.close().catch(() => undefined);
    await server?.stop();
    await relay?.close();
    if (run.keepRunDir) log(`kept ${runDir}`);
    else fs.rmSync(runDir, { recursive: true, force: true });
  }
  const summary = relay?.summary ?? null;
  return { exitCode, passing: summary?.passing ?? null, failing: summary?.failing ?? null };
}

/** The server's own output goes to its log file; an extension host crash also to the terminal. */
function relayExtensionHostFailure(line: string): void {
  if (
    /\[ExtensionHostConnection\].*(exited with code: [1-9]|signal: [A-Z]|terminated unexpectedly)/.test(line)
  ) {
    log(`code-server: ${line.trim()}`);
  }
}
