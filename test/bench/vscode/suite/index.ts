// The mocha runner the extension host loads for the benchmark (the harness's extensionTestsPath):
// runs every `*.bench.js` next to it, reporting through the console like the integration suite.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import * as util from 'util';
import { SCREENSHOT_DIR_ENV, SUITE_OUTPUT_MARKER } from '../../../integration/harnessProtocol';

export async function run(): Promise<void> {
  // Generous: a cold scan of 50,000 notes on a busy machine takes minutes, and speed is reported, not tested.
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 15 * 60_000,
    forbidOnly: true,
  });
  for (const file of fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.js'))
    .sort())
    mocha.addFile(path.join(__dirname, file));
  const original = Mocha.reporters.Base.consoleLog;
  if (process.env[SCREENSHOT_DIR_ENV]) {
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) =>
      original(SUITE_OUTPUT_MARKER + util.format(...args));
  }
  try {
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} benchmark step(s) failed`);
  } finally {
    Mocha.reporters.Base.consoleLog = original;
  }
}
