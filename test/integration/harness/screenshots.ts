// The harness's side of ../harnessProtocol.ts: takes the screenshots tests ask for, one at a
// time, after the texts they wait for are visible.
import * as fs from 'fs';
import * as path from 'path';
import type { Frame, Locator, Page } from 'playwright-core';
import { screenshotErrorFileName, screenshotFileName, type ScreenshotRequest } from '../harnessProtocol';
import { log } from './log';

const TEXT_TIMEOUT_MS = 15_000;
/** Evaluated in the page (a string: this project compiles without DOM types): two frames later. */
const PAINTED = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';

export class ScreenshotTaker {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly page: Page,
    private readonly dir: string,
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  request(request: ScreenshotRequest): void {
    this.queue = this.queue.then(() => this.take(request));
  }

  /** Resolves when every screenshot asked for so far is written (or has failed). */
  settled(): Promise<void> {
    return this.queue;
  }

  private async take(request: ScreenshotRequest): Promise<void> {
    const problems: string[] = [];
    try {
      for (const text of request.waitForText) {
        if (!(await this.waitFor((frame) => frame.getByText(text)))) {
          problems.push(`"${text}" was not visible within ${TEXT_TIMEOUT_MS / 1000} s`);
        }
      }
      for (const label of request.waitForLabel ?? []) {
        if (!(await this.waitFor((frame) => frame.getByLabel(label, { exact: true })))) {
          problems.push(`nothing labelled "${label}" was visible within ${TEXT_TIMEOUT_MS / 1000} s`);
        }
      }
      // Let the workbench paint what it just laid out.
      await this.page.evaluate(PAINTED);
      const target = path.join(this.dir, screenshotFileName(request.name));
      const partial = path.join(this.dir, `.${request.name}.partial.png`);
      await this.page.screenshot({ path: partial });
      // The test waits for these files: the error first, and the PNG appears whole (rename).
      if (problems.length > 0) this.writeError(request.name, problems.join('; '));
      fs.renameSync(partial, target);
      log(
        `screenshot ${path.relative(process.cwd(), target)}${problems.length > 0 ? ` (${problems.join('; ')})` : ''}`,
      );
    } catch (error) {
      this.writeError(request.name, `the harness could not take it: ${String(error)}`);
    }
  }

  /**
   * Waits until what `find` locates is visible in the workbench or in any frame inside it: webviews
   * (the Markdown preview, the history panel) render in nested iframes the page's own locator misses.
   */
  private async waitFor(find: (frame: Frame) => Locator): Promise<boolean> {
    const deadline = Date.now() + TEXT_TIMEOUT_MS;
    while (Date.now() < deadline) {
      for (const frame of this.page.frames()) {
        const visible = await find(frame)
          .filter({ visible: true })
          .first()
          .isVisible()
          .catch(() => false);
        if (visible) return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  }

  private writeError(name: string, message: string): void {
    fs.writeFileSync(path.join(this.dir, screenshotErrorFileName(name)), message + '\n');
  }
}
