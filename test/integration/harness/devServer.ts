// `npm start` without desktop VS Code: code-server on loopback with the extension under
// development loaded on a workspace, kept running until Ctrl-C. Before it prints the URL it
// opens that URL once in headless Chromium and saves a screenshot, so "it serves" is checked,
// not assumed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromiumPath, launchBrowser, workbenchUrl } from './browser';
import { startCodeServer } from './codeServer';
import { log } from './log';
import { repoRoot, screenshotsDir, vscodeTestDir } from './paths';
import { ensureToolchain } from './toolchain';
import { QUIET_SETTINGS, writeUserSettings } from './userSettings';

export interface DevServerOptions {
  readonly workspace: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Load the URL in headless Chromium once and save test-results/screenshots/start.png. */
  readonly check: boolean;
}

const CHECK_TIMEOUT_MS = 60_000;

export async function serveWorkbench(options: DevServerOptions): Promise<void> {
  const toolchain = await ensureToolchain();
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-start-'));
  // The profile persists between runs (layout, open editors), like a developer's own.
  const userDataDir = path.join(vscodeTestDir, 'start-user-data');
  if (!fs.existsSync(userDataDir)) writeUserSettings(userDataDir, QUIET_SETTINGS);
  const logFile = path.join(stateDir, 'code-server.log');

  const server = await startCodeServer({
    toolchain,
    stateDir,
    userDataDir,
    extensionsDir: path.join(vscodeTestDir, 'start-extensions'),
    logFile,
    port: options.port,
    acceptUrlPayload: true,
  });
  let stopping = false;
  const stop = async (reason: string) => {
    stopping = true;
    log(`${reason}: stopping code-server`);
    await server.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop('Ctrl-C').then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop('SIGTERM').then(() => process.exit(0)));

  const url = workbenchUrl(server.origin, { folder: options.workspace, extensionDevelopmentPath: repoRoot });
  if (options.check) {
    try {
      await checkServes(url, options.workspace);
    } catch (error) {
      log(`CHECK FAILED: ${error instanceof Error ? error.message : String(error)} (log: ${logFile})`);
      await stop('check failed');
      process.exit(1);
    }
  }

  process.stdout.write(
    `\nCoaching Notes is running in VS Code (code-server) on ${options.workspace}\n` +
      `Open this URL in a browser on this machine (it listens on 127.0.0.1 only):\n\n  ${url}\n\n` +
      `Rebuild with \`npm run build\` (or keep \`npm run watch\` running) and reload the page to pick up changes.\n` +
      `Press Ctrl-C to stop.\n`,
  );
  const code = await server.exited;
  if (stopping) return; // stop() finishes and exits
  log(`code-server exited on its own (${code}); its log: ${logFile}`);
  process.exit(1);
}

/** Opens the workbench headless, waits for the Coaching view to show notes, and screenshots it. */
async function checkServes(url: string, workspace: string): Promise<void> {
  if (!fs.existsSync(chromiumPath)) {
    log(`no Chromium at ${chromiumPath}: skipping the check that the workbench loads`);
    return;
  }
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-start-check-'));
  const { context, page } = await launchBrowser(profileDir);
  try {
    log('checking that the workbench loads with the extension ...');
    await page.goto(url);
    // The activity bar shows the Coaching container only once the extension under development is
    // loaded; select it (clicking the selected one would close the side bar).
    const coaching = page.locator('.activitybar .action-item:has([aria-label^="Coaching"])').first();
    await coaching.waitFor({ state: 'visible', timeout: CHECK_TIMEOUT_MS });
    if ((await coaching.getAttribute('class'))?.split(' ').includes('checked') !== true)
      await coaching.click();
    await page.mouse.move(700, 600); // no hover tooltip over the tree in the screenshot
    await page
      .locator('.sidebar .composite.title')
      .filter({ hasText: /coaching/i })
      .waitFor({ state: 'visible', timeout: CHECK_TIMEOUT_MS });
    // The extension is working once its tree shows reps (or, without notes, its welcome text).
    const content = hasNotes(workspace) ? '.sidebar .monaco-list-row' : '.sidebar .welcome-view-content';
    await page.locator(content).first().waitFor({ state: 'visible', timeout: CHECK_TIMEOUT_MS });
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const shot = path.join(screenshotsDir, 'start.png');
    await page.screenshot({ path: shot });
    log(`the workbench loads with the extension: ${path.relative(process.cwd(), shot)}`);
  } finally {
    await context.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

function hasNotes(folder: string): boolean {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .some((file) => file.endsWith('.coach.md'));
}

function parseArgs(argv: readonly string[]): DevServerOptions {
  let workspace: string | undefined;
  let port = 0;
  let check = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--no-check') check = false;
    else if (arg !== undefined && !arg.startsWith('--')) workspace = path.resolve(arg);
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!workspace) throw new Error('usage: devServer <workspace> [--port N] [--no-check]');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port takes a port number');
  return { workspace, port, check };
}

if (require.main === module) {
  serveWorkbench(parseArgs(process.argv.slice(2))).catch((error: unknown) => {
    log(`ERROR: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  });
}
