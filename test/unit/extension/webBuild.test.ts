// The web extension's build (scripts/webBuild.mjs): bundled for the web worker extension host, it
// fails when a Node built-in module is reachable, and the real web entry builds without one.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { onDemandFilesFor, SPANISH_FILE, YAML_FILE } from '../../../src/extension/web/onDemandFiles';
import { REPO_ROOT } from '../../repoPaths';

interface WebBuild {
  webBuildOptions(entry?: string): esbuild.BuildOptions;
  webLazyFileOptions(): esbuild.BuildOptions[];
}

interface LazyModules {
  LAZY_FILES: string[];
}

/** scripts/webBuild.mjs, loaded as the build loads it (Node 20.19+ can require an ES module). */
async function webBuild(): Promise<WebBuild> {
  return (await import(path.join(REPO_ROOT, 'scripts', 'webBuild.mjs'))) as WebBuild;
}

async function buildWeb(entry: string, workingDir: string): Promise<esbuild.BuildResult> {
  const options = (await webBuild()).webBuildOptions(entry);
  return esbuild.build({ ...options, absWorkingDir: workingDir, write: false, logLevel: 'silent' });
}

describe('web extension build (dist/web/extension.js)', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-web-build-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  for (const builtin of ['fs', 'node:path', 'crypto']) {
    it(`fails when a module the entry reaches imports Node's ${builtin}`, async () => {
      fs.writeFileSync(path.join(folder, 'entry.ts'), "export { name } from './feature';\n");
      fs.writeFileSync(
        path.join(folder, 'feature.ts'),
        `import * as vscode from 'vscode';\nimport * as node from '${builtin}';\nexport const name = [vscode, node];\n`,
      );
      await assert.rejects(buildWeb('entry.ts', folder), (error: Error) => {
        assert.match(error.message, new RegExp(`Could not resolve "${builtin}"`));
        return true;
      });
    });
  }

  it('builds the real web entry into one file that needs nothing but vscode', async () => {
    const result = await buildWeb('src/extension/browser.ts', REPO_ROOT);
    assert.deepStrictEqual(result.errors, []);
    const text = result.outputFiles?.[0]?.text ?? '';
    const required = [...text.matchAll(/\brequire\("([^"]+)"\)/gu)].map((match) => match[1]);
    assert.deepStrictEqual([...new Set(required)], ['vscode']);
  });

  it('builds the files it loads on demand under the names it asks for, each needing nothing', async () => {
    const { LAZY_FILES } = (await import(path.join(REPO_ROOT, 'scripts', 'lazyModules.mjs'))) as LazyModules;
    assert.deepStrictEqual([...LAZY_FILES].sort(), [YAML_FILE, SPANISH_FILE].sort());
    const built: string[] = [];
    for (const options of (await webBuild()).webLazyFileOptions()) {
      const result = await esbuild.build({
        ...options,
        absWorkingDir: REPO_ROOT,
        write: false,
        logLevel: 'silent',
      });
      const text = result.outputFiles?.[0]?.text ?? '';
      assert.doesNotMatch(text, /\brequire\(/u, `${options.outfile} must not require anything`);
      built.push(path.posix.basename(options.outfile ?? ''));
    }
    assert.deepStrictEqual(built.sort(), [YAML_FILE, SPANISH_FILE].sort());
  });

  it('loads yaml always and the Spanish words only for a Spanish reader', () => {
    assert.deepStrictEqual(onDemandFilesFor('en'), [YAML_FILE]);
    assert.deepStrictEqual(onDemandFilesFor('es'), [YAML_FILE, SPANISH_FILE]);
  });
});
