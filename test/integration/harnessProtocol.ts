// What the suite inside the extension host and the code-server harness outside it tell each
// other. The suite speaks through the console (which reaches the harness through the workbench's
// codeAutomationLog); the harness answers with files in the folder it named in the extension
// host's environment.
//
// Screenshots: a test asks for `<name>`; the harness writes `<name>.png`, or `<name>.error.txt`
// (first) when it could not take it as asked.

/**
 * The day the suite runs "on": the fixture notes are dated around it, so counts of overdue items
 * stay the same whatever the real date is. Both backends set it for the extension host.
 */
export const SUITE_ENV = { COACHING_NOTES_TODAY: '2026-11-22' } as const;

/** Set on the code-server process (so the extension host inherits it) only by the harness. */
export const SCREENSHOT_DIR_ENV = 'COACHING_NOTES_SCREENSHOT_DIR';

/** The code-server run's extensions folder, where an installed .vsix lands (set by the harness). */
export const EXTENSIONS_DIR_ENV = 'COACHING_NOTES_TEST_EXTENSIONS_DIR';

/**
 * Starts every line of mocha's report under the harness: the workbench's log carries the extension
 * host's console at "info" level, mixed with its own chatter.
 */
export const SUITE_OUTPUT_MARKER = '[coaching-notes:suite] ';

export const SCREENSHOT_REQUEST_MARKER = '[coaching-notes:screenshot-request]';

export interface ScreenshotRequest {
  /** File name without extension: lowercase letters, digits and dashes. */
  readonly name: string;
  /** Texts the harness waits to see on the page before it shoots (fails the request if absent). */
  readonly waitForText: readonly string[];
  /**
   * Accessible names (`aria-label`, exact) the harness waits for in the same way: state the workbench
   * shows only as an icon, e.g. a walkthrough step's checkbox "Checkbox for Step …: Completed".
   */
  readonly waitForLabel?: readonly string[];
}

const NAME = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function isValidScreenshotName(name: string): boolean {
  return NAME.test(name);
}

export function formatScreenshotRequest(request: ScreenshotRequest): string {
  return `${SCREENSHOT_REQUEST_MARKER} ${JSON.stringify(request)}`;
}

/** The request in one line of console output, or null when the line is not one. */
export function parseScreenshotRequest(line: string): ScreenshotRequest | null {
  const at = line.indexOf(SCREENSHOT_REQUEST_MARKER);
  if (at < 0) return null;
  try {
    const value: unknown = JSON.parse(line.slice(at + SCREENSHOT_REQUEST_MARKER.length));
    if (typeof value !== 'object' || value === null) return null;
    const { name, waitForText, waitForLabel } = value as {
      name?: unknown;
      waitForText?: unknown;
      waitForLabel?: unknown;
    };
    if (typeof name !== 'string' || !isValidScreenshotName(name)) return null;
    const strings = (list: unknown): string[] =>
      Array.isArray(list) ? list.filter((t): t is string => typeof t === 'string') : [];
    return { name, waitForText: strings(waitForText), waitForLabel: strings(waitForLabel) };
  } catch {
    return null;
  }
}

export function screenshotFileName(name: string): string {
  return `${name}.png`;
}

export function screenshotErrorFileName(name: string): string {
  return `${name}.error.txt`;
}
