// The mocha runner the extension host loads (the `extensionTestsPath` of both backends). It runs
// every `*.test.js` compiled next to it and reports through the console, which both backends
// relay to the terminal; a rejected promise makes VS Code exit with a failure code.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import * as util from 'util';
import { SCREENSHOT_DIR_ENV, SUITE_OUTPUT_MARKER } from '../harnessProtocol';

const TEST_GREP_ENV = 'COACHING_NOTES_TEST_GREP';

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}

/** Runs every `*.test.js` under `dir` (also the entry of the installed-package smoke test). */
export async function runTestsIn(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, forbidOnly: true });
  // Run some tests only: COACHING_NOTES_TEST_GREP='Opening a note' npm run test:integration
  const grep = process.env[TEST_GREP_ENV];
  if (grep) mocha.grep(grep);
  for (const file of findTestFiles(dir)) mocha.addFile(file);
  const restoreReporter = process.env[SCREENSHOT_DIR_ENV] ? markReporterOutput() : () => undefined;
  try {
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
  } finally {
    restoreReporter();
  }
}

function findTestFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

/**
 * Under the code-server harness: prefix each line of mocha's report so the harness can tell it
 * apart. (Reporters print through Base.consoleLog; the extension host's own console methods
 * cannot be replaced.)
 */
function markReporterOutput(): () => void {
  const original = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) =>
    original(SUITE_OUTPUT_MARKER + util.format(...args));
  return () => (Mocha.reporters.Base.consoleLog = original);
}
