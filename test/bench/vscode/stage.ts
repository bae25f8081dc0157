// A private copy of the extension for the benchmark: the manifest and its assets, the extension
// bundled as `npm run package` bundles it (minified), and the bench suite bundled beside it. The
// copy keeps a long benchmark independent of dist/ and out/, which others rebuild meanwhile, and
// the suite inside the extension's folder gets the extension's own `vscode` API object.
import { execFileSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

export interface StagedExtension {
  readonly extensionPath: string;
  /** The bench suite's mocha runner (the harness's extensionTestsPath). */
  readonly suiteEntry: string;
  /** What was measured: "working tree" or "commit <sha>". */
  readonly source: string;
}

/** What the manifest points at (see .vscodeignore); dist/ is built below. */
const ASSETS = ['package.json', 'language-configuration.json', 'media', 'syntaxes', 'snippets', 'l10n'];

/**
 * Stages the extension from the working tree, or, with `ref`, from that commit (checked out with
 * `git archive` into `stageDir`/source, which touches neither the work tree nor the index). The
 * bench suite always comes from the working tree: it is the instrument, not what is measured.
 */
export interface StageOptions {
  /** A commit to take the extension from instead of the working tree. */
  readonly ref?: string;
  /** Minify as the published package does (default); off keeps names readable in CPU profiles. */
  readonly minify?: boolean;
}

export async function stageExtension(
  repoRoot: string,
  stageDir: string,
  { ref, minify = true }: StageOptions = {},
): Promise<StagedExtension> {
  fs.rmSync(stageDir, { recursive: true, force: true });
  const extensionPath = path.join(stageDir, 'extension');
  fs.mkdirSync(extensionPath, { recursive: true });
  let sourceRoot = repoRoot;
  let source = 'working tree';
  if (ref !== undefined) {
    const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: repoRoot })
      .toString()
      .trim();
    // Inside the repository, so that the build resolves packages from its node_modules.
    sourceRoot = path.join(stageDir, 'source');
    fs.mkdirSync(sourceRoot, { recursive: true });
    const archive = path.join(stageDir, 'source.tar');
    execFileSync('git', ['archive', '--format=tar', '-o', archive, commit], { cwd: repoRoot });
    execFileSync('tar', ['-xf', archive, '-C', sourceRoot]);
    fs.rmSync(archive);
    source = `commit ${commit}`;
  }
  const nls = fs.readdirSync(sourceRoot).filter((name) => /^package\.nls(\..+)?\.json$/.test(name));
  for (const asset of [...ASSETS, ...nls]) {
    const from = path.join(sourceRoot, asset);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(extensionPath, asset), { recursive: true });
  }
  const common: esbuild.BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    legalComments: 'none',
  };
  await esbuild.build({
    ...common,
    entryPoints: [path.join(sourceRoot, 'src', 'extension', 'extension.ts')],
    outfile: path.join(extensionPath, 'dist', 'extension.js'),
    external: ['vscode'],
    minify,
  });
  const suiteDir = path.join(repoRoot, 'test', 'bench', 'vscode', 'suite');
  await esbuild.build({
    ...common,
    entryPoints: [path.join(suiteDir, 'index.ts'), path.join(suiteDir, 'scale.bench.ts')],
    outdir: path.join(extensionPath, 'suite'),
    // mocha resolves from the repository's node_modules (the stage lies inside the repository).
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
  });
  return { extensionPath, suiteEntry: path.join(extensionPath, 'suite', 'index.js'), source };
}
