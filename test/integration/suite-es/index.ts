// The mocha runner for the suite that runs with VS Code's display language set to Spanish
// (runTests.ts starts VS Code with `--locale es` for it).
import { runTestsIn } from '../suite/index';

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}
