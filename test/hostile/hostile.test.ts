// The hostile-input tier (`npm test -- --only hostile`): every case of the generated corpus runs
// through the engine and the CLI in its own child process with a hard time limit, so that a hang
// fails its case instead of the tier. Asserts, per case: no throw, no crash, no hang, the expected
// diagnostic where the input is bad, and no open item a Markdown reader sees missing unexplained.
//
// Knobs: HOSTILE_SEED (mutations), HOSTILE_MUTANTS (how many), HOSTILE_LIMIT_MS (per case),
// HOSTILE_JOBS (cases at once), HOSTILE_ONLY (run only the cases whose name contains it). The summary is written to test-results/hostile.json.
import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCorpus, type HostileCase } from './corpus';
import type { ProbeEvent, ProbeRequest } from './probe';

const SEED = Number(process.env.HOSTILE_SEED ?? 20261122);
const MUTANTS = Number(process.env.HOSTILE_MUTANTS ?? 400);
const LIMIT_MS = Number(process.env.HOSTILE_LIMIT_MS ?? 20000);
const JOBS = Math.max(1, Number(process.env.HOSTILE_JOBS ?? 2));
/** Enough for any note under the 5 MB limit; far less than what a walk of `/` would take. */
const PROBE_HEAP_MB = 768;
const PROBE = path.join(__dirname, 'probe.js');
const RESULTS = path.resolve(__dirname, '../../../test-results/hostile.json');
/**
 * The probe reads as an ordinary user: root would read the files made unreadable. Run as root, the
 * checkout (out/, node_modules/) must therefore be readable by others, as it is by default.
 */
const NOBODY = 65534;

interface StepResult {
  readonly step: string;
  readonly ms: number;
  readonly problems: readonly string[];
}

interface ProbeResult {
  readonly steps: readonly StepResult[];
  /** The step that had started and not ended when the probe stopped. */
  readonly running: string | null;
  readonly hung: boolean;
  readonly exit: string | null;
  readonly stderr: string;
  readonly ms: number;
}

function limitOf(testCase: HostileCase): number {
  return LIMIT_MS * (testCase.expect.limitFactor ?? 1);
}

function probe(testCase: HostileCase): Promise<ProbeResult> {
  const request: ProbeRequest = { root: testCase.root, expect: testCase.expect };
  const asRoot = process.getuid?.() === 0;
  const startedAt = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${PROBE_HEAP_MB}`, PROBE, JSON.stringify(request)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      },
    );
    const steps: StepResult[] = [];
    let running: string | null = null;
    let pending = '';
    let stderr = '';
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, limitOf(testCase));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const event = JSON.parse(pending.slice(0, newline)) as ProbeEvent;
        pending = pending.slice(newline + 1);
        if ('start' in event) running = event.start;
        else if ('step' in event) {
          steps.push(event);
          running = null;
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const exit = code === 0 ? null : signal !== null ? `signal ${signal}` : `exit ${code}`;
      resolve({ steps, running, hung, exit, stderr, ms: Math.round(performance.now() - startedAt) });
    });
  });
}

/** Runs `work` over `items`, `jobs` at a time; each item's promise as soon as it is started. */
function pool<T, R>(items: readonly T[], jobs: number, work: (item: T) => Promise<R>): Map<T, Promise<R>> {
  const results = new Map<T, Promise<R>>();
  const starters = new Map<T, () => void>();
  for (const item of items) {
    results.set(item, new Promise<R>((resolve) => starters.set(item, () => resolve(work(item)))));
  }
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      starters.get(item)?.();
      await results.get(item);
    }
  };
  for (let i = 0; i < jobs; i++) void lane();
  return results;
}

function failures(testCase: HostileCase, result: ProbeResult): string[] {
  const list: string[] = [];
  const where = result.running ?? result.steps.at(-1)?.step;
  const inStep =
    where === undefined ? 'at start-up' : result.running ? `in step '${where}'` : `after step '${where}'`;
  if (result.hung) list.push(`hang: killed after ${limitOf(testCase)} ms ${inStep}`);
  else if (result.exit !== null)
    list.push(`crash (${result.exit}) ${inStep}: ${result.stderr.trim().slice(-600)}`);
  for (const step of result.steps) for (const problem of step.problems) list.push(`${step.step}: ${problem}`);
  return list;
}

describe('hostile inputs', function () {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-hostile-'));
  fs.chmodSync(base, 0o755);
  const only = process.env.HOSTILE_ONLY;
  const cases = buildCorpus(base, SEED, MUTANTS).filter((testCase) => !only || testCase.name.includes(only));
  let running: Map<HostileCase, Promise<ProbeResult>> | null = null;
  const results = new Map<HostileCase, ProbeResult>();
  this.timeout(LIMIT_MS * cases.length + 60000);

  before(() => {
    running = pool(cases, JOBS, probe);
  });

  after(() => {
    writeSummary(cases, results);
    // Folders made unreadable must be listable again to be removed.
    for (const testCase of cases)
      for (const name of ['locked']) {
        const folder = path.join(testCase.root, name);
        if (fs.existsSync(folder)) fs.chmodSync(folder, 0o755);
      }
    fs.rmSync(base, { recursive: true, force: true });
  });

  for (const testCase of cases) {
    it(`${testCase.name}: ${testCase.attacks}`, async () => {
      const result = await running!.get(testCase)!;
      results.set(testCase, result);
      const list = failures(testCase, result);
      if (list.length > 0)
        assert.fail(`${list.length} problem(s) (${result.ms} ms):\n  ${list.join('\n  ')}`);
    });
  }
});

function writeSummary(cases: readonly HostileCase[], results: ReadonlyMap<HostileCase, ProbeResult>): void {
  const rows = cases.map((testCase) => {
    const result = results.get(testCase);
    const slowest = result?.steps.reduce<StepResult | null>(
      (max, step) => (max === null || step.ms > max.ms ? step : max),
      null,
    );
    return {
      case: testCase.name,
      inputs: testCase.inputs,
      ms: result?.ms ?? null,
      hung: result?.hung ?? null,
      crashed: result ? !result.hung && result.exit !== null : null,
      failures: result ? failures(testCase, result) : ['not run'],
      slowestStep: slowest ? { step: slowest.step, ms: slowest.ms } : null,
      steps: Object.fromEntries((result?.steps ?? []).map((step) => [step.step, step.ms])),
    };
  });
  const summary = {
    seed: SEED,
    mutants: MUTANTS,
    limitMs: LIMIT_MS,
    cases: rows.length,
    inputs: rows.reduce((sum, row) => sum + row.inputs, 0),
    failedCases: rows.filter((row) => row.failures.length > 0).length,
    hangs: rows.filter((row) => row.hung).length,
    crashes: rows.filter((row) => row.crashed).length,
    slowest: rows.filter((row) => !row.hung).sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0))[0] ?? null,
    rows,
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, JSON.stringify(summary, null, 2) + '\n');
  process.stdout.write(
    `\n  hostile: ${summary.cases} cases, ${summary.inputs} inputs, ${summary.failedCases} failed, ` +
      `${summary.hangs} hangs, ${summary.crashes} crashes; slowest that finished: ` +
      `${summary.slowest ? `${summary.slowest.case} (${summary.slowest.ms} ms)` : 'none'}\n`,
  );
}
