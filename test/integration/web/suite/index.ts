// The mocha runner the web worker extension host loads (the web tier's `extensionTestsPath`). It
// is bundled by esbuild for the browser (harness/webBundles.ts) and uses mocha's browser build:
// the worker has no Node built-ins, no file system and no `process`. Tests are imported here, in
// the order they run (runner.ts runs them).
import './mochaSetup';
// The suites, in the order they run: each registers itself with mocha as it loads.
import './webHost.test';
import './reps.test';
import './newNote.test';
import './history.test';
// Last: the notes it writes (and removes) would otherwise show in the others' Reps tree.
import './writing.test';
export { run } from './runner';
