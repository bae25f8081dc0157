// Where the harness keeps things, relative to the repository it tests.
import * as fs from 'fs';
import * as path from 'path';

/** The nearest folder above this file holding the extension's package.json. */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && fs.readFileSync(manifest, 'utf8').includes('"coaching-notes"')) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No coaching-notes package.json above ${start}`);
  }
}

export const repoRoot = findRepoRoot(__dirname);

/** Git-ignored, like @vscode/test-electron's own cache folder. */
export const vscodeTestDir = path.join(repoRoot, '.vscode-test');

/** Screenshots and logs a developer or CI looks at after a run (git-ignored). */
export const testResultsDir = path.join(repoRoot, 'test-results');
export const screenshotsDir = path.join(testResultsDir, 'screenshots');
export const integrationLogsDir = path.join(testResultsDir, 'integration');

/** The sample notes the integration tests open; each run works on a fresh copy. */
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/** The compiled mocha runner that the extension host loads. */
export const suiteEntry = path.join(repoRoot, 'out', 'test', 'integration', 'suite', 'index.js');

/** The suite that runs with VS Code's display language set to Spanish (`suite-es/`). */
export const spanishSuiteEntry = path.join(repoRoot, 'out', 'test', 'integration', 'suite-es', 'index.js');
