// `npm run bench`: `coaching-notes overdue --json` end to end against the floor of only finding and
// reading the same notes, side by side, in one run.
//
//   floor    a plain Node walk (`readdirSync` with file types, recursive) + `readFileSync` of every note
//   cli      `runCli(['overdue', '--json', folder])` in this process: the code the binary runs (main.ts
//            only wires runCli to `process`), output captured as the binary would write it
//   spawned  `node dist/cli.js overdue --json` as a user runs it (Node start-up included), its
//            peak resident memory read from the child itself (`process.resourceUsage().maxRSS`)
//
// BENCH_SIZES=10000,25000 picks the note counts (default 10000,25000,50000), BENCH_RUNS the
// repetitions (default 5), BENCH_JSON=file also writes the figures as JSON.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { runCli } from '../../src/cli/run';
import { generateNotes } from './generateNotes';

const TODAY = '2026-11-22';
const REPO = path.resolve(__dirname, '../../..');
const CLI_BINARY = path.join(REPO, 'dist', 'cli.js');

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The floor: every `*.coach.md` under the folder found and read, nothing else. Returns the bytes read. */
function walkAndRead(folder: string): number {
  let bytes = 0;
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && entry.name.endsWith('.coach.md')) bytes += fs.readFileSync(full).length;
    }
  };
  visit(folder);
  return bytes;
}

/** `coaching-notes overdue --json <folder>` through runCli; returns the exit status and stdout's length. */
async function overdueJson(folder: string): Promise<{ code: number; output: string }> {
  const chunks: string[] = [];
  const code = await runCli(['overdue', '--json', '--today', TODAY, folder], {
    cwd: folder,
    stdout: { write: (text: string) => chunks.push(text), isTTY: false },
    stderr: { write: (text: string) => process.stderr.write(text) },
    env: {},
  });
  return { code, output: chunks.join('') };
}

// Preloaded into the spawned CLI: its peak resident memory, written to stderr as it exits.
const PEAK_PRELOAD = `process.on('exit', () => require('node:fs').writeSync(2, '\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));`;

function spawnCli(folder: string, preload: string): { ms: number; maxRssMb: number; stdoutBytes: number } {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['-r', preload, CLI_BINARY, 'overdue', '--json', '--today', TODAY, folder],
    { cwd: folder, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' },
  );
  const ms = performance.now() - started;
  const rss = /maxRSS=(\d+)/.exec(child.stderr);
  if (child.status !== 1 || rss === null) throw new Error(`spawned CLI failed: ${child.stderr}`);
  return { ms, maxRssMb: Number(rss[1]) / 1024, stdoutBytes: Buffer.byteLength(child.stdout) };
}

interface SizeResult {
  readonly notes: number;
  readonly megabytes: number;
  readonly floorMs: number;
  readonly cliMs: number;
  readonly ratio: number;
  readonly floorCpuMs: number;
  readonly cliCpuMs: number;
  readonly spawnedMs: number;
  readonly peakRssMb: number;
  readonly memoryGoalMb: number;
  readonly overdueItems: number;
  readonly samples: Readonly<Record<string, readonly number[]>>;
}

async function time<T>(run: () => Promise<T> | T): Promise<{ wall: number; cpu: number; result: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, result };
}

async function benchSize(noteCount: number, runs: number, preload: string): Promise<SizeResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-bench-'));
  try {
    const generated = generateNotes(folder, noteCount);
    // One untimed round of each, to warm the page cache and the JIT, and to check they agree.
    if (walkAndRead(folder) !== generated.bytes) throw new Error('the floor missed bytes');
    const expected = await overdueJson(folder);
    if (expected.code !== 1) throw new Error(`overdue exited ${expected.code}`);
    const overdueItems = (JSON.parse(expected.output) as unknown[]).length;

    const samples = {
      floor: [] as number[],
      cli: [] as number[],
      floorCpu: [] as number[],
      cliCpu: [] as number[],
    };
    const spawned: number[] = [];
    const peaks: number[] = [];
    for (let run = 0; run < runs; run++) {
      const phases: (() => Promise<void>)[] = [
        async () => {
          const { wall, cpu, result } = await time(() => walkAndRead(folder));
          if (result !== generated.bytes) throw new Error('the floor missed bytes');
          samples.floor.push(wall);
          samples.floorCpu.push(cpu);
        },
        async () => {
          const { wall, cpu, result } = await time(() => overdueJson(folder));
          if (result.output !== expected.output) throw new Error('overdue --json changed between runs');
          samples.cli.push(wall);
          samples.cliCpu.push(cpu);
        },
      ];
      // Alternate the order so that neither always runs first after a collection.
      for (let i = 0; i < phases.length; i++) {
        collectGarbage();
        await phases[(i + run) % phases.length]();
      }
      const child = spawnCli(folder, preload);
      if (child.stdoutBytes !== Buffer.byteLength(expected.output))
        throw new Error('the binary and runCli disagree');
      spawned.push(child.ms);
      peaks.push(child.maxRssMb);
    }
    const megabytes = generated.bytes / (1024 * 1024);
    const floorMs = median(samples.floor);
    const cliMs = median(samples.cli);
    return {
      notes: noteCount,
      megabytes,
      floorMs,
      cliMs,
      ratio: cliMs / floorMs,
      floorCpuMs: median(samples.floorCpu),
      cliCpuMs: median(samples.cliCpu),
      spawnedMs: median(spawned),
      peakRssMb: Math.max(...peaks),
      memoryGoalMb: 2 * megabytes + 60,
      overdueItems,
      samples: { ...samples, spawned, peaks },
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function machine(): Record<string, string | number> {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) cpu = match[1];
  } catch {
    // Not Linux: os.cpus() it is.
  }
  return {
    node: process.version,
    cpu,
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: loadAverage(),
  };
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}

function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}

/** Growth of the CLI's time per doubling of the notes between two sizes: 2.0 is linear. */
function growthPerDoubling(small: SizeResult, large: SizeResult): number {
  return (large.cliMs / small.cliMs) ** (1 / Math.log2(large.notes / small.notes));
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '10000,25000,50000')
    .split(',')
    .map((size) => Number(size.trim()));
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  if (
    sizes.some((size) => !Number.isSafeInteger(size) || size < 1) ||
    !Number.isSafeInteger(runs) ||
    runs < 1
  ) {
    throw new Error(
      'BENCH_SIZES must be positive integers separated by commas, BENCH_RUNS a positive integer',
    );
  }
  if (!fs.existsSync(CLI_BINARY)) throw new Error(`${CLI_BINARY} is missing: run npm run build first`);
  const preload = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-peak-')), 'peak.js');
  fs.writeFileSync(preload, PEAK_PRELOAD);
  const about = machine();
  console.log(`Machine: ${String(about.cpu)}, ${String(about.cores)} cores, Node ${String(about.node)}`);
  console.log(`Load average at start: ${String(about.loadAverageAtStart)} (other processes skew wall times)`);
  console.log(`Medians of ${runs} runs, page cache warm.\n`);
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size, runs, preload));
  fs.rmSync(path.dirname(preload), { recursive: true, force: true });

  const columns = [
    'notes',
    'MB',
    'floor ms',
    'overdue --json ms',
    'ratio',
    'floor CPU ms',
    'overdue CPU ms',
    'spawned ms',
    'peak RSS MB',
    'RSS goal MB',
  ];
  const rows = results.map((r) => [
    String(r.notes),
    fixed(r.megabytes),
    fixed(r.floorMs),
    fixed(r.cliMs),
    `${fixed(r.ratio, 2)}x`,
    fixed(r.floorCpuMs),
    fixed(r.cliCpuMs),
    fixed(r.spawnedMs),
    fixed(r.peakRssMb),
    fixed(r.memoryGoalMb),
  ]);
  const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => row[i].length)));
  console.log(columns.map((column, i) => column.padStart(widths[i])).join('  '));
  for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i])).join('  '));
  console.log('');

  const at10k = results.find((result) => result.notes === 10_000);
  if (at10k) {
    console.log(
      `Goal overdue --json ≤ 2.0x the floor at 10,000 notes: ${at10k.ratio <= 2 ? 'met' : 'MISSED'} (${fixed(at10k.ratio, 2)}x).`,
    );
  }
  for (let i = 1; i < results.length; i++) {
    const growth = growthPerDoubling(results[i - 1], results[i]);
    console.log(
      `Goal ≤ 2x growth per doubling, ${results[i - 1].notes} → ${results[i].notes}: ${growth <= 2 ? 'met' : 'MISSED'} (${fixed(growth, 2)}x per doubling).`,
    );
  }
  for (const r of results) {
    console.log(
      `Goal peak memory ≤ 2x the notes' bytes + 60 MB at ${r.notes}: ${r.peakRssMb <= r.memoryGoalMb ? 'met' : 'MISSED'} (${fixed(r.peakRssMb)} MB ≤ ${fixed(r.memoryGoalMb)} MB).`,
    );
  }
  console.log(`Load average at end: ${loadAverage()}`);
  if (process.env.BENCH_JSON) {
    fs.writeFileSync(
      process.env.BENCH_JSON,
      JSON.stringify({ machine: about, runs, results }, null, 2) + '\n',
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
