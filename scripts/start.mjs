// `npm start` (after `npm run build`): a real VS Code with the extension under development loaded
// on the examples, generated for today into .vscode-test/start-examples/ (see freshExamples).
//   - desktop VS Code when `code` is on PATH: `code --extensionDevelopmentPath=<repo> examples`
//   - otherwise (or with --web) code-server on 127.0.0.1, from the same toolchain as the
//     integration tests; prints the URL to open and runs until Ctrl-C
//
//   npm start -- [--web] [--port N] [--no-check] [folder]
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { web: false, port: '0', check: true, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--web') options.web = true;
    else if (arg === '--port') options.port = argv[++i];
    else if (arg === '--no-check') options.check = false;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: npm start -- [--web] [--port N] [--no-check] [folder]\n');
      process.exit(0);
    } else if (!arg.startsWith('-')) options.folder = path.resolve(arg);
    else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  return options;
}

/** Today's local date as the extension sees it (COACHING_NOTES_TODAY pins it, as in the tests). */
function today() {
  const pinned = process.env.COACHING_NOTES_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A fresh copy of the examples dated relative to today (git-ignored), so the Reps view tells the
 * story examples/README.md tells on any day: a handful of overdue items, one late 1:1. The committed
 * examples/ stay fixed on 2026-11-22 for the README's `--today 2026-11-22` command-line examples.
 * Made again only when the day changed, so edits made there survive a restart on the same day.
 */
function freshExamples() {
  const folder = path.join(repoRoot, '.vscode-test', 'start-examples');
  const stamp = path.join(folder, '.generated-for');
  const day = today();
  const current = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (current !== day) {
    const result = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'generate-examples.mjs'), '--today', day, '--out', folder],
      { stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error('generating the examples for today failed (see above)');
    fs.writeFileSync(stamp, `${day}\n`);
  }
  process.stdout.write(
    `opening the examples dated for today (${day}) in ${path.relative(repoRoot, folder)}; what to look for: its README.md\n`,
  );
  return folder;
}

function onPath(command) {
  const names = process.platform === 'win32' ? [`${command}.cmd`, `${command}.exe`] : [command];
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => names.some((name) => fs.existsSync(path.join(dir, name))));
}

function openDesktop(workspace) {
  process.stdout.write(`opening desktop VS Code: code --extensionDevelopmentPath=${repoRoot} ${workspace}\n`);
  const result = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, workspace], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

/** The code-server launcher is TypeScript (shared with the test harness): bundle it, then run it. */
async function openCodeServer(workspace, options) {
  const outfile = path.join(repoRoot, 'out', 'start', 'devServer.js');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'integration', 'harness', 'devServer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['playwright-core'],
    logLevel: 'warning',
  });
  const args = [outfile, workspace, '--port', options.port];
  if (!options.check) args.push('--no-check');
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  // Ctrl-C reaches the child too; it stops code-server and exits, and so do we.
  const ignore = () => undefined;
  process.on('SIGINT', ignore);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` (npm start does)');
  }
  const workspace = options.folder ?? freshExamples();
  if (!options.web && onPath('code')) return openDesktop(workspace);
  if (!options.web) process.stdout.write(`no \`code\` on PATH: using code-server in the browser\n`);
  return openCodeServer(workspace, options);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`start: ${error.message}\n`);
    process.exit(2);
  },
);
