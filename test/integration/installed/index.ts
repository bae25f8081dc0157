// The mocha runner for the installed-package smoke test (`npm test -- --only package`): the same
// runner as the integration suite, over the tests in this folder.
import { runTestsIn } from '../suite/index';

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}
