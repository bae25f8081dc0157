// `npm test`: every check and test tier, in order, streaming each one's output. A failing tier
// does not stop the others. Ends with a table and then one line summing the test tiers,
// `N passed, N failed`; exits non-zero if any check or tier failed.
//
//   npm test                          everything (what .ci/run runs)
//   npm test -- --only unit           one tier (and what it needs: compile-tests for unit)
//   npm test -- --only lint,unit      several
//   npm test -- --skip integration    all but some
//
// Checks: build, typecheck, lint, format. Test tiers: package (what the .vsix holds; the real .vsix
// built by `npm run package`, installed into code-server and smoke-tested there; `npm pack`
// installed with `npm install -g` and run), unit (twice: two time zones far apart),
// grammar (only once test/grammar/ holds *.test.coach.md files: `npm run test:grammar` if that
// script exists, else test/grammar/run.mjs, else vscode-tmgrammar-test on them), hostile (the
// generated hostile corpus through the engine and the CLI, each case in a child process with a
// hard time limit; see test/hostile/), integration (a real VS Code), web (the extension in VS Code's
// web worker extension host on a memfs: workspace, as in vscode.dev; see test/integration/README.md),
// warm-start (`npm run bench:vscode` on 200 notes, for its assertions, not its figures: a second
// session on the same profile shows the reps saved by the first, and ends with the same reps and
// overdue follow-ups as the cold one).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';

const CHECKS = ['build', 'typecheck', 'lint', 'format'];
const TEST_TIERS = ['package', 'unit', 'grammar', 'hostile', 'integration', 'web', 'warm-start'];
const ALL = [...CHECKS, ...TEST_TIERS];
/** Both sides of the date line: a calendar date must mean the same day in every time zone. */
const UNIT_TIME_ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles'];
/** The tiers that run a real VS Code: name, compiled runner under out/test, environment. */
const VS_CODE_TIERS = [
  ['integration', ['integration', 'runTests.js'], {}],
  ['web', ['integration', 'web', 'runWebTests.js'], {}],
  ['warm-start', ['bench', 'vscode', 'runBench.js'], { BENCH_VSCODE_SIZES: '200', BENCH_VSCODE_RUNS: '1' }],
];
const GRAMMAR_DIR = 'test/grammar';
const GRAMMAR_GLOB = `${GRAMMAR_DIR}/**/*.test.coach.md`;

function parseArgs(argv) {
  const list = (value, flag) => {
    const names = (value ?? '').split(',').filter(Boolean);
    const unknown = names.filter((name) => !ALL.includes(name));
    if (names.length === 0 || unknown.length > 0) {
      throw new Error(`${flag} takes a comma-separated list of: ${ALL.join(', ')}`);
    }
    return names;
  };
  let selected = ALL;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    if (flag === '--only') selected = list(inline ?? argv[++i], '--only');
    else if (flag === '--skip') {
      const skipped = list(inline ?? argv[++i], '--skip');
      selected = selected.filter((name) => !skipped.includes(name));
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`usage: npm test -- [--only a,b] [--skip a,b]\ntiers: ${ALL.join(', ')}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  return new Set(selected);
}

/** Runs a command with its output streamed through and captured; never rejects. */
function run(title, command, args, env = {}) {
  process.stdout.write(`\n━━━ ${title}: ${[command, ...args].join(' ')}\n`);
  const startedAt = Date.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // npm and the bin shims npm installs are .cmd files on Windows, which need a shell.
      shell: isWindows && (command === 'npm' || command.endsWith('.cmd')),
    });
    const relay = (stream) => (chunk) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('error', (error) => {
      output += String(error);
      process.stderr.write(`${error}\n`);
    });
    child.on('close', (code, signal) => {
      resolve({ ok: code === 0, code: code ?? signal, output, seconds: (Date.now() - startedAt) / 1000 });
    });
  });
}

/**
 * What `vsce ls` would put in the .vsix: every file package.json points at, and nothing that
 * only developers need (sources, tests, maps, tooling). Catches a .vscodeignore that forgot a
 * new runtime file, or one that lets the repository in.
 */
async function checkPackageContents() {
  const nlsFiles = fs.readdirSync(repoRoot).filter((file) => /^package\.nls(\.[\w-]+)?\.json$/.test(file));
  const nls = nlsFiles.map((file) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')));
  const localizedValues = (value) => {
    const key = /^%(.+)%$/.exec(value)?.[1];
    return key === undefined
      ? [value]
      : nls.map((strings) => strings[key]).filter((text) => typeof text === 'string');
  };
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = await run('package contents', process.execPath, [vsce, 'ls']);
  if (!result.ok) return result;
  const shipped = new Set(
    result.output
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const contributes = manifest.contributes ?? {};
  const referenced = [
    manifest.main,
    manifest.browser,
    manifest.icon,
    ...Object.values(manifest.bin ?? {}),
    ...(contributes.grammars ?? []).map((grammar) => grammar.path),
    ...(contributes.snippets ?? []).map((snippet) => snippet.path),
    ...(contributes.languages ?? []).flatMap((language) => [
      language.configuration,
      language.icon?.light,
      language.icon?.dark,
    ]),
    ...['README.md', 'CHANGELOG.md', 'LICENSE', 'package.nls.json'].filter((file) =>
      fs.existsSync(path.join(repoRoot, file)),
    ),
    // Walkthrough steps' media (an image may name a light and a dark file).
    ...(contributes.walkthroughs ?? []).flatMap((walkthrough) =>
      (walkthrough.steps ?? []).flatMap(({ media = {} }) => [
        ...(typeof media.image === 'object' ? Object.values(media.image ?? {}) : [media.image]),
        media.markdown,
        media.svg,
      ]),
    ),
    // Written by the build; loaded by dist/extension.js (and dist/web/extension.js) when it first
    // needs YAML or Spanish; opened by Coaching: Open Format Guide.
    'ThirdPartyNotices.txt',
    'dist/yaml.js',
    'dist/catalogue-es.js',
    'dist/web/yaml.js',
    'dist/web/catalogue-es.js',
    'docs/format.md',
  ]
    .filter((file) => typeof file === 'string')
    // A `%key%` value is a file per display language: each package.nls*.json names one.
    .flatMap((file) => localizedValues(file))
    .map((file) => path.posix.normalize(file.replace(/^\.\//, '')));
  const missing = referenced.filter((file) => !shipped.has(file));
  const unwanted = [...shipped].filter((file) =>
    /^(src|test|out|scripts|node_modules|\.vscode(-test)?|\.ci|test-results)\/|\.(map|ts|mjs)$/.test(file),
  );
  const problems = [
    ...missing.map(
      (file) => `package.json refers to ${file}, but the .vsix would not contain it (.vscodeignore)`,
    ),
    ...unwanted.map((file) => `the .vsix would contain ${file}, which users do not need (.vscodeignore)`),
  ];
  for (const problem of problems) process.stdout.write(`package: ${problem}\n`);
  if (problems.length === 0)
    process.stdout.write(
      `package: ${shipped.size} files, all ${referenced.length} referenced ones included\n`,
    );
  return { ...result, ok: problems.length === 0 };
}

/** `npm run package`, the README's install command: a .vsix, with no error and no warning. */
async function buildVsix() {
  const vsix = path.join(repoRoot, 'coaching-notes.vsix');
  fs.rmSync(vsix, { force: true });
  const result = await run('package .vsix', 'npm', ['run', 'package']);
  const warnings = result.output.split('\n').filter((line) => /\b(warn(ing)?|error)\b/i.test(line));
  for (const line of warnings) process.stdout.write(`package: not clean: ${line.trim()}\n`);
  const built = fs.existsSync(vsix);
  if (!built) process.stdout.write('package: npm run package wrote no coaching-notes.vsix\n');
  return { ...result, ok: result.ok && built && warnings.length === 0, vsix };
}

/**
 * The npm package of the command line: `npm pack`, `npm install -g` into a temporary prefix, and
 * `coaching-notes` run from its bin folder, as a user would.
 */
async function checkNpmPackage() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-npm-'));
  try {
    const packed = await run('package npm pack', 'npm', ['pack', '--pack-destination', scratch]);
    const tarball = fs.readdirSync(scratch).find((file) => file.endsWith('.tgz'));
    if (!packed.ok || !tarball) return { ...packed, ok: false };
    const prefix = path.join(scratch, 'prefix');
    const installed = await run('package npm install -g', 'npm', [
      'install',
      '--global',
      '--offline',
      '--prefix',
      prefix,
      path.join(scratch, tarball),
    ]);
    if (!installed.ok) return installed;
    const bin = isWindows
      ? path.join(prefix, 'coaching-notes.cmd')
      : path.join(prefix, 'bin', 'coaching-notes');
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const version = await run('package coaching-notes --version', bin, ['--version']);
    const overdue = await run('package coaching-notes overdue', bin, [
      'overdue',
      'examples',
      '--today',
      '2026-11-22',
    ]);
    const problems = [
      ...(version.ok && version.output.trim() === manifest.version
        ? []
        : [`--version printed "${version.output.trim()}", not ${manifest.version}`]),
      // Exit 1 means "something is overdue", which the examples have on that day.
      ...(overdue.code === 1 && /overdue items? as of 2026-11-22/.test(overdue.output)
        ? []
        : [`overdue examples exited ${overdue.code} without its summary line`]),
    ];
    for (const problem of problems) process.stdout.write(`package: installed coaching-notes: ${problem}\n`);
    const seconds = packed.seconds + installed.seconds + version.seconds + overdue.seconds;
    return { ok: problems.length === 0, code: problems.length, output: '', seconds };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The sum of every number `pattern` captures, null when it matches nowhere. */
function sumOfNumbers(output, pattern) {
  const matches = [...output.matchAll(pattern)];
  return matches.length === 0 ? null : matches.reduce((sum, match) => sum + Number(match[1]), 0);
}

/**
 * Counts from mocha's closing lines (`N passing`, `N failing`), summed over every mocha run of the
 * tier (the integration tier runs an English and a Spanish suite); null when mocha never got there.
 */
function mochaCounts(output) {
  const passed = sumOfNumbers(output, /^\s*(\d+) passing\b/gm);
  if (passed === null) return null;
  return { passed, failed: sumOfNumbers(output, /^\s*(\d+) failing\b/gm) ?? 0 };
}

function filesUnder(dir, suffix) {
  const root = path.join(repoRoot, dir);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => path.join(dir, file));
}

const results = [];

/**
 * Checks pass `counts` undefined. Test tiers pass their counts, or null when the tool never
 * reported any: a tier that failed that way counts as one failure, so the total cannot hide it.
 */
function record(name, result, counts) {
  let tally = null;
  let note = '';
  if (counts !== undefined) {
    tally = counts ?? { passed: 0, failed: result.ok ? 0 : 1 };
    if (counts === null) note = result.ok ? 'no test report' : `exit ${result.code}, no test report`;
  }
  const ok = result.ok && (tally === null || tally.failed === 0);
  results.push({ name, ok, seconds: result.seconds, tally, note });
  return ok;
}

function notRun(name, reason) {
  results.push({ name, ok: false, seconds: 0, tally: { passed: 0, failed: 1 }, note: `not run: ${reason}` });
}

function skipped(name, reason) {
  results.push({ name, ok: true, skipped: true, seconds: 0, tally: null, note: `skipped: ${reason}` });
}

async function main() {
  const selected = parseArgs(process.argv.slice(2));
  const startedAt = Date.now();
  let built = true;
  let compiled = true;

  const inVsCode = VS_CODE_TIERS.some(([name]) => selected.has(name));
  const needsBuild = selected.has('build') || inVsCode;
  const needsCompiledTests =
    selected.has('unit') || selected.has('hostile') || inVsCode || selected.has('package');

  if (needsBuild) built = record('build', await run('build', 'npm', ['run', 'build']));
  if (selected.has('typecheck')) record('typecheck', await run('typecheck', 'npm', ['run', 'typecheck']));
  if (selected.has('lint')) record('lint', await run('lint', 'npm', ['run', 'lint']));
  if (selected.has('format')) record('format', await run('format', 'npm', ['run', 'format:check']));
  if (needsCompiledTests) {
    // tsc still writes JavaScript when there are type errors (typecheck reports those), so the
    // tests run unless nothing came out.
    const result = await run('compile-tests', 'npm', ['run', 'compile-tests']);
    record('compile-tests', result);
    compiled = fs.existsSync(path.join(repoRoot, 'out', 'test'));
  }

  if (selected.has('package')) {
    record('package contents', await checkPackageContents());
    const vsix = await buildVsix();
    record('package .vsix', vsix);
    record('package npm', await checkNpmPackage());
    if (!vsix.vsix || !fs.existsSync(vsix.vsix)) notRun('package installed', 'no .vsix was built');
    else if (!compiled) notRun('package installed', 'compile-tests produced nothing');
    else {
      const runner = path.join('out', 'test', 'integration', 'runInstalled.js');
      const result = await run('package installed', process.execPath, [runner, vsix.vsix]);
      record('package installed', result, mochaCounts(result.output));
    }
    // The package's production build replaced dist/; the integration tier wants the development
    // build (source maps for its stack traces).
    if (inVsCode && built) built = record('build', await run('build', 'npm', ['run', 'build']));
  }

  if (selected.has('unit')) {
    const specs = filesUnder('out/test/unit', '.test.js');
    for (const timeZone of UNIT_TIME_ZONES) {
      const name = `unit TZ=${timeZone}`;
      if (!compiled) notRun(name, 'compile-tests produced nothing');
      else if (specs.length === 0) skipped(name, 'no unit tests in out/test/unit');
      else {
        const mocha = path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
        const result = await run(name, process.execPath, [mocha, '--config', '.mocharc.json'], {
          TZ: timeZone,
        });
        record(name, result, mochaCounts(result.output));
      }
    }
  }

  if (selected.has('grammar')) {
    const cases = filesUnder(GRAMMAR_DIR, '.test.coach.md');
    if (cases.length === 0) skipped('grammar', `no ${GRAMMAR_GLOB} files yet`);
    else {
      // How to run them (e.g. which embedded grammars to load) is the grammar tests' own call:
      // package.json's `test:grammar`, else test/grammar/run.mjs, else the plain tool.
      const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
      const runner = path.join(GRAMMAR_DIR, 'run.mjs');
      const tool = path.join(repoRoot, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
      const result = manifest.scripts?.['test:grammar']
        ? await run('grammar', 'npm', ['run', 'test:grammar'])
        : fs.existsSync(path.join(repoRoot, runner))
          ? await run('grammar', process.execPath, [runner])
          : await run('grammar', process.execPath, [tool, GRAMMAR_GLOB]);
      // One line per passing test file; whatever did not pass failed.
      const passed = (result.output.match(/ run successfuly\./g) ?? []).length;
      record('grammar', result, { passed, failed: cases.length - passed });
    }
  }

  if (selected.has('hostile')) {
    const spec = path.join('out', 'test', 'hostile', 'hostile.test.js');
    if (!compiled) notRun('hostile', 'compile-tests produced nothing');
    else {
      const mocha = path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
      // Its own settings, not .mocharc.json's (that one lists the unit tests); each case has its
      // own hard time limit, so mocha's is only a backstop.
      const result = await run('hostile', process.execPath, [
        mocha,
        '--no-config',
        '--reporter',
        'spec',
        '--timeout',
        '900000',
        spec,
      ]);
      record('hostile', result, mochaCounts(result.output));
    }
  }

  for (const [name, runnerPath, env] of VS_CODE_TIERS) {
    if (!selected.has(name)) continue;
    if (!built) notRun(name, 'the build failed');
    else if (!compiled) notRun(name, 'compile-tests produced nothing');
    else {
      const result = await run(name, process.execPath, [path.join('out', 'test', ...runnerPath)], env);
      record(name, result, mochaCounts(result.output));
    }
  }

  printSummary((Date.now() - startedAt) / 1000);
  return results.every((result) => result.ok) ? 0 : 1;
}

function printSummary(totalSeconds) {
  const width = Math.max(...results.map((result) => result.name.length));
  process.stdout.write(`\n━━━ summary (${totalSeconds.toFixed(0)} s)\n`);
  for (const result of results) {
    const status = result.skipped ? 'skip' : result.ok ? 'ok' : 'FAILED';
    const tally = result.tally ? `${result.tally.passed} passed, ${result.tally.failed} failed` : '';
    const details = [tally, result.note].filter(Boolean).join('; ');
    process.stdout.write(
      `  ${result.name.padEnd(width)}  ${status.padEnd(6)} ${result.seconds.toFixed(1).padStart(6)} s  ${details}\n`,
    );
  }
  const tallies = results.filter((result) => result.tally);
  const passed = tallies.reduce((sum, result) => sum + result.tally.passed, 0);
  const failed = tallies.reduce((sum, result) => sum + result.tally.failed, 0);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`test-all: ${error.message}\n`);
    process.exit(2);
  },
);
