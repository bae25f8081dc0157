// Lets a test capture what a user sees at a chosen moment: `await takeScreenshot('reps-tree')`.
// Under the code-server harness it asks the harness (see ../harnessProtocol.ts) and waits until
// test-results/screenshots/reps-tree.png exists; under @vscode/test-electron no harness listens,
// and it does nothing.
import * as fs from 'fs';
import * as path from 'path';
import {
  formatScreenshotRequest,
  isValidScreenshotName,
  SCREENSHOT_DIR_ENV,
  screenshotErrorFileName,
  screenshotFileName,
} from '../harnessProtocol';

export interface ScreenshotOptions {
  /** Texts that must be visible on the page first, e.g. a tree item's label. */
  readonly waitForText?: readonly string[];
  /** Accessible names (aria-label, exact) that must be on the page first, e.g. a checked step's. */
  readonly waitForLabel?: readonly string[];
  readonly timeoutMs?: number;
}

/** Resolves with the PNG's path, or undefined when no harness takes screenshots. */
export async function takeScreenshot(
  name: string,
  options: ScreenshotOptions = {},
): Promise<string | undefined> {
  const dir = process.env[SCREENSHOT_DIR_ENV];
  if (!dir) return undefined;
  if (!isValidScreenshotName(name)) throw new Error(`Invalid screenshot name "${name}" (use a-z, 0-9 and -)`);
  const png = path.join(dir, screenshotFileName(name));
  const error = path.join(dir, screenshotErrorFileName(name));
  fs.rmSync(png, { force: true });
  fs.rmSync(error, { force: true });
  console.log(
    formatScreenshotRequest({
      name,
      waitForText: options.waitForText ?? [],
      waitForLabel: options.waitForLabel ?? [],
    }),
  );
  // The harness writes the error file (if any) before the PNG, so look for it first.
  const answer = await waitForFirstFile(dir, [error, png], options.timeoutMs ?? 60_000);
  if (answer === error) throw new Error(`Screenshot "${name}": ${fs.readFileSync(error, 'utf8').trim()}`);
  return png;
}

/** Waits for one of `files` (in `dir`, checked in order) to appear: a watcher for speed, a poll as a safety net. */
function waitForFirstFile(dir: string, files: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = files.find((file) => fs.existsSync(file));
      if (found) finish(() => resolve(found));
    };
    const watcher = fs.watch(dir, check);
    const poll = setInterval(check, 500);
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new Error(`No answer from the harness within ${timeoutMs} ms (${files.join(' or ')})`)),
        ),
      timeoutMs,
    );
    let done = false;
    function finish(settle: () => void): void {
      if (done) return;
      done = true;
      watcher.close();
      clearInterval(poll);
      clearTimeout(timer);
      settle();
    }
    check();
  });
}
