// Sets up mocha's browser build (its globals `describe` and `it` included) when loaded: index.ts
// imports this before the test files, which call those globals as they load.
import 'mocha/mocha';

mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30_000, forbidOnly: true, color: false });
