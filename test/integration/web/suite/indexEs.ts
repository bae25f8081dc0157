// The web tier's second session: VS Code's display language is Spanish (a test language pack), so
// the web extension also loads the engine's Spanish words on demand (dist/web/catalogue-es.js).
import './mochaSetup';
import './spanish.test';
export { run } from './runner';
