// `npm run bench:vscode`: the extension's scale targets measured inside a real VS Code (code-server
// and headless Chromium, via the integration harness). For each note count it generates a workspace
// of realistic notes (../generateNotes.ts, the engine benchmark's generator), then, per run, opens
// it twice with the same profile: a cold session (no warm-start cache) and a warm one (the cache the
// cold session wrote). The bench suite (suite/scale.bench.ts) records figures; this prints the
// median and spread over the runs and writes everything to test-results/bench-vscode/.
//
//   BENCH_VSCODE_SIZES=1000,10000   note counts (default 1000,10000)
//   BENCH_VSCODE_RUNS=3             runs per note count (default 3)
//   BENCH_VSCODE_SCREENSHOTS=0      no screenshots (default: the first run of each size takes them)
//   BENCH_VSCODE_REF=HEAD           measure the extension as committed (default: the working tree)
//   BENCH_VSCODE_SETTINGS='{...}'   extra workspace settings, e.g. '{"coachingNotes.overdue.showInProblems": false}'
//   BENCH_VSCODE_KEEP=1             keep the generated workspaces and profiles
//   BENCH_VSCODE_CPU_PROFILE=1      also write a CPU profile of the extension host from activation to
//                                   the end of the scan, per session (sessions/*.cpuprofile), with
//                                   an unminified bundle so that the functions keep their names
//
// Speed is reported, never asserted; `npm test` does not run this.
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { log } from '../../integration/harness/log';
import { runEntryPoint } from '../../integration/harness/entryPoint';
import { repoRoot, testResultsDir } from '../../integration/harness/paths';
import { runTestsInCodeServer } from '../../integration/harness/runInCodeServer';
import { generateNotes } from '../generateNotes';
import { BENCH_ENV, type SessionFigures, type SessionKind } from './benchProtocol';
import { stageExtension, type StagedExtension } from './stage';
import { summarise } from './summary';

const SESSION_TIMEOUT_MS = 20 * 60_000;
const resultsDir = path.join(testResultsDir, 'bench-vscode');

function numbers(value: string | undefined, fallback: readonly number[]): number[] {
  if (!value) return [...fallback];
  const parsed = value.split(',').map((part) => Number(part.trim()));
  if (parsed.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`Not a list of counts: ${value}`);
  return parsed;
}

/**
 * The notes, plus a workspace setting that keeps VS Code from activating the extension at startup
 * (its `workspaceContains` check honours search.exclude; the extension's findFiles does not), so
 * the suite can start its probes first and activate it itself.
 */
function generateWorkspace(folder: string, notes: number, settings: Record<string, unknown>): void {
  const started = Date.now();
  const set = generateNotes(folder, notes);
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(
    path.join(folder, '.vscode', 'settings.json'),
    JSON.stringify({ ...settings, 'search.exclude': { '**/*.coach.md': true } }, null, 2) + '\n',
  );
  log(
    `generated ${set.notes} notes for ${set.reps} reps (${(set.bytes / 1e6).toFixed(1)} MB) ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** A port nobody listens on now (the system's pick, released at once). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function main(): Promise<number> {
  const sizes = numbers(process.env.BENCH_VSCODE_SIZES, [1000, 10000]);
  const [runs] = numbers(process.env.BENCH_VSCODE_RUNS, [3]);
  const screenshots = process.env.BENCH_VSCODE_SCREENSHOTS !== '0';
  const keep = process.env.BENCH_VSCODE_KEEP === '1';
  const settings = JSON.parse(process.env.BENCH_VSCODE_SETTINGS ?? '{}') as Record<string, unknown>;
  // Figures of an earlier run would mix with this one's.
  for (const dir of ['sessions', 'logs', 'screenshots'])
    fs.rmSync(path.join(resultsDir, dir), { recursive: true, force: true });
  fs.mkdirSync(path.join(resultsDir, 'sessions'), { recursive: true });
  const cpuProfile = process.env.BENCH_VSCODE_CPU_PROFILE === '1';
  const staged = await stageExtension(repoRoot, path.join(resultsDir, 'stage'), {
    ref: process.env.BENCH_VSCODE_REF,
    minify: !cpuProfile,
  });
  log(
    `staged the extension from the ${staged.source} (${cpuProfile ? 'unminified' : 'minified'} bundle) in ${staged.extensionPath}`,
  );

  const sessions: SessionFigures[] = [];
  let failures = 0;
  for (const size of sizes) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `coaching-notes-bench-${size}-`));
    const workspace = path.join(scratch, 'workspace');
    generateWorkspace(workspace, size, settings);
    try {
      for (let run = 1; run <= (runs ?? 3); run++) {
        // One profile per run: the cold session fills its workspace storage, the warm one reuses it.
        // The port too: the workspace storage is keyed by a URI that includes it.
        const userDataDir = path.join(scratch, `user-data-${run}`);
        fs.mkdirSync(userDataDir, { recursive: true });
        const port = await freePort();
        for (const session of ['cold', 'warm'] as const) {
          const figures = await runSession({
            size,
            run,
            session,
            workspace,
            userDataDir,
            port,
            screenshots: screenshots && run === 1,
            cpuProfile,
            staged,
          });
          if (figures) sessions.push(figures);
          if (!figures || figures.complete === false) failures++;
        }
        if (!keep) fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    } finally {
      if (!keep) fs.rmSync(scratch, { recursive: true, force: true });
      else log(`kept ${scratch}`);
    }
  }

  const summary = summarise(sessions);
  fs.writeFileSync(path.join(resultsDir, 'results.json'), JSON.stringify(sessions, null, 2) + '\n');
  const machine = sessions[0]?.machine;
  const header = [
    `Extension from the ${staged.source}.`,
    machine
      ? `${machine.cpus} × ${machine.cpuModel}, VS Code ${machine.vscode} (code-server), extension host Node ${machine.extensionHostNode}.`
      : '',
  ].join(' ');
  fs.writeFileSync(path.join(resultsDir, 'summary.md'), `${header}\n\n${summary}`);
  process.stdout.write(`\n${header}\n\n${summary}\n`);
  log(`figures in ${path.relative(process.cwd(), resultsDir)}/ (results.json, summary.md, sessions/)`);
  return failures > 0 ? 1 : 0;
}

interface SessionPlan {
  readonly size: number;
  readonly run: number;
  readonly session: SessionKind;
  readonly workspace: string;
  readonly userDataDir: string;
  readonly port: number;
  readonly screenshots: boolean;
  readonly cpuProfile: boolean;
  readonly staged: StagedExtension;
}

async function runSession(plan: SessionPlan): Promise<SessionFigures | undefined> {
  const name = `${plan.size}-run${plan.run}-${plan.session}`;
  const out = path.join(resultsDir, 'sessions', `${name}.json`);
  fs.rmSync(out, { force: true });
  log(`session ${name}`);
  // code-server inherits this process's environment, and its extension host inherits code-server's.
  process.env[BENCH_ENV.out] = out;
  process.env[BENCH_ENV.session] = plan.session;
  process.env[BENCH_ENV.notes] = String(plan.size);
  process.env[BENCH_ENV.userDataDir] = plan.userDataDir;
  process.env[BENCH_ENV.screenshots] = plan.screenshots ? '1' : '0';
  if (plan.cpuProfile) process.env[BENCH_ENV.profile] = out.replace(/\.json$/, '.cpuprofile');
  else delete process.env[BENCH_ENV.profile];
  const result = await runTestsInCodeServer({
    extensionDevelopmentPath: plan.staged.extensionPath,
    extensionTestsPath: plan.staged.suiteEntry,
    workspace: plan.workspace,
    timeoutMs: SESSION_TIMEOUT_MS,
    screenshotsDir: path.join(resultsDir, 'screenshots'),
    logsDir: path.join(resultsDir, 'logs', name),
    userDataDir: plan.userDataDir,
    port: plan.port,
  });
  const logs = path.join(resultsDir, 'logs', name);
  if (!fs.existsSync(out)) {
    log(`session ${name} failed (exit code ${result.exitCode}) before measuring anything; see ${logs}`);
    return undefined;
  }
  const figures = JSON.parse(fs.readFileSync(out, 'utf8')) as SessionFigures;
  if (result.exitCode === 0) return figures;
  // What was measured before the failure still counts; the run as a whole is reported failed.
  log(`session ${name} failed (exit code ${result.exitCode}) after measuring part of it; see ${logs}`);
  const partial: SessionFigures = { ...figures, complete: false };
  fs.writeFileSync(out, JSON.stringify(partial, null, 2) + '\n');
  return partial;
}

runEntryPoint(main);
