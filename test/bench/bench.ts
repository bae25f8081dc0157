// `npm run bench`: how long the CLI's pipeline takes against only reading the files.
//
//   (a)  read only: every note's bytes through the CLI's own reader (stat, then open/fstat/read/close,
//        32 at a time), the file list known in advance; also a plain readFileSync loop for reference
//   (b)  the full pipeline `coaching-notes overdue` runs: walk + read + decode + parse + index + query
//   (c)  a warm start: load the serialised NoteCache, walk, stat every file, take the cached notes
//
// BENCH_SIZES=1000,10000 picks the note counts (default 1000,10000,50000), BENCH_RUNS the
// repetitions (default 5), BENCH_JSON=file also writes the figures as JSON.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { loadNotes, READ_CONCURRENCY } from '../../src/cli/loadNotes';
import { NodeNoteSource } from '../../src/cli/nodeNoteSource';
import { NoteCache } from '../../src/core/noteCache';
import { NoteIndex } from '../../src/core/noteIndex';
import { overdueItems } from '../../src/core/overdue';
import { parseNote } from '../../src/core/parse';
import { loadNote, readNoteFile } from '../../src/core/workspace';
import { generateNotes } from './generateNotes';

const TODAY = '2026-11-22';
const ENGINE = 'bench';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function heapUsed(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function pool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** (a) Only reading: the CLI's reader, no decode or parse. Returns the bytes read, so nothing is skipped. */
async function readOnly(files: readonly string[]): Promise<number> {
  const source = new NodeNoteSource();
  let bytes = 0;
  await pool(files, READ_CONCURRENCY, async (file) => {
    const read = await readNoteFile(source, file);
    if (read.outcome.kind === 'bytes') bytes += read.outcome.bytes.length;
  });
  return bytes;
}

/** (a') The floor: one synchronous readFileSync after another. */
function readFileSyncLoop(files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) bytes += fs.readFileSync(file).length;
  return bytes;
}

/** (b) What `coaching-notes overdue` does, minus printing. */
async function fullPipeline(root: string): Promise<{ index: NoteIndex; overdue: number }> {
  const source = new NodeNoteSource();
  const files = await source.listNoteFiles([root]);
  const index = await loadNotes(source, files, {
    parse: parseNote,
    keyOf: (file) => path.relative(root, file),
  });
  return { index, overdue: overdueItems(index, TODAY).length };
}

/** Builds the cache a previous session would have stored. */
async function buildCacheText(root: string): Promise<string> {
  const source = new NodeNoteSource();
  const cache = new NoteCache(ENGINE);
  const files = await source.listNoteFiles([root]);
  await pool(files, READ_CONCURRENCY, async (file) => {
    const loaded = await loadNote(source, file, parseNote);
    if (loaded.cacheable && loaded.stat) cache.store(file, loaded.stat, loaded.note);
  });
  return cache.serialise();
}

/** (c) A warm start: the stored cache, then only a stat per file. */
async function warmStart(
  root: string,
  cacheText: string,
): Promise<{ overdue: number; hits: number; load: number }> {
  const started = performance.now();
  const cache = NoteCache.deserialise(cacheText, ENGINE);
  const load = performance.now() - started;
  const source = new NodeNoteSource();
  const files = await source.listNoteFiles([root]);
  const index = new NoteIndex();
  let hits = 0;
  await pool(files, READ_CONCURRENCY, async (file) => {
    const stat = await source.stat(file);
    const cached = stat.kind === 'file' ? cache.lookup(file, stat) : undefined;
    if (cached) hits++;
    index.set(path.relative(root, file), cached ?? (await loadNote(source, file, parseNote, stat)).note);
  });
  return { overdue: overdueItems(index, TODAY).length, hits, load };
}

type Phase =
  | 'readOnly'
  | 'readFileSync'
  | 'pipeline'
  | 'warm'
  | 'warmCacheLoad'
  | 'readOnlyCpu'
  | 'readFileSyncCpu'
  | 'pipelineCpu'
  | 'warmCpu';

interface SizeResult {
  readonly notes: number;
  readonly reps: number;
  readonly megabytes: number;
  readonly readOnlyMs: number;
  readonly readFileSyncMs: number;
  readonly pipelineMs: number;
  readonly warmMs: number;
  readonly warmCacheLoadMs: number;
  readonly readOnlyCpuMs: number;
  readonly pipelineCpuMs: number;
  readonly warmCpuMs: number;
  readonly ratio: number;
  readonly cpuRatio: number;
  readonly ratioToReadFileSync: number;
  readonly pipelineMicrosPerNote: number;
  readonly readOnlyMicrosPerNote: number;
  readonly warmMicrosPerNote: number;
  readonly indexHeapMb: number;
  readonly cacheTextMb: number;
  readonly samples: Readonly<Record<string, readonly number[]>>;
}

/** CPU time (user + system) next to wall time: on a shared machine it is the steadier figure. */
const cpuTimes: number[] = [];

async function time<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  return [wall, result];
}

/** Empties the OS page cache (Linux, root only) so that a phase reads from the disk. */
function dropPageCache(): boolean {
  try {
    // Dirty pages (the notes were just generated) are not dropped: write them out first.
    execFileSync('sync');
    fs.writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

const COLD = process.env.BENCH_COLD === '1';

async function benchSize(noteCount: number, runs: number): Promise<SizeResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-bench-'));
  try {
    const generated = generateNotes(folder, noteCount);
    const files = await new NodeNoteSource().listNoteFiles([folder]);
    if (files.length !== noteCount) throw new Error(`expected ${noteCount} notes, found ${files.length}`);
    const cacheText = await buildCacheText(folder);
    // One untimed round of each to warm the page cache and the JIT.
    await readOnly(files);
    const expected = (await fullPipeline(folder)).overdue;
    await warmStart(folder, cacheText);

    const samples: Record<Phase, number[]> = {
      readOnly: [],
      readFileSync: [],
      pipeline: [],
      warm: [],
      warmCacheLoad: [],
      readOnlyCpu: [],
      readFileSyncCpu: [],
      pipelineCpu: [],
      warmCpu: [],
    };
    const lastCpu = () => cpuTimes[cpuTimes.length - 1];
    for (let run = 0; run < runs; run++) {
      // Rotate the order so that no phase always runs first after a GC.
      const phases: (() => Promise<void>)[] = [
        async () => {
          const [ms, bytes] = await time(() => readOnly(files));
          if (bytes !== generated.bytes) throw new Error('read-only phase missed bytes');
          samples.readOnly.push(ms);
          samples.readOnlyCpu.push(lastCpu());
        },
        async () => {
          const [ms, bytes] = await time(() => readFileSyncLoop(files));
          if (bytes !== generated.bytes) throw new Error('readFileSync phase missed bytes');
          samples.readFileSync.push(ms);
          samples.readFileSyncCpu.push(lastCpu());
        },
        async () => {
          const [ms, result] = await time(() => fullPipeline(folder));
          if (result.overdue !== expected || result.index.size !== noteCount)
            throw new Error('pipeline disagrees');
          samples.pipeline.push(ms);
          samples.pipelineCpu.push(lastCpu());
        },
        async () => {
          const [ms, result] = await time(() => warmStart(folder, cacheText));
          if (result.overdue !== expected || result.hits !== noteCount)
            throw new Error('warm start missed the cache');
          samples.warm.push(ms);
          samples.warmCpu.push(lastCpu());
          samples.warmCacheLoad.push(result.load);
        },
      ];
      for (let i = 0; i < phases.length; i++) {
        collectGarbage();
        if (COLD && !dropPageCache())
          throw new Error('BENCH_COLD=1 needs root on Linux (/proc/sys/vm/drop_caches)');
        await phases[(i + run) % phases.length]();
      }
    }

    const before = heapUsed();
    const kept = await fullPipeline(folder);
    const indexHeapMb = (heapUsed() - before) / (1024 * 1024);
    if (kept.index.size !== noteCount) throw new Error('index lost notes');

    const readOnlyMs = median(samples.readOnly);
    const readFileSyncMs = median(samples.readFileSync);
    const pipelineMs = median(samples.pipeline);
    const warmMs = median(samples.warm);
    return {
      notes: noteCount,
      reps: generated.reps,
      megabytes: generated.bytes / (1024 * 1024),
      readOnlyMs,
      readFileSyncMs,
      pipelineMs,
      warmMs,
      warmCacheLoadMs: median(samples.warmCacheLoad),
      readOnlyCpuMs: median(samples.readOnlyCpu),
      pipelineCpuMs: median(samples.pipelineCpu),
      warmCpuMs: median(samples.warmCpu),
      ratio: pipelineMs / readOnlyMs,
      cpuRatio: median(samples.pipelineCpu) / median(samples.readOnlyCpu),
      ratioToReadFileSync: pipelineMs / readFileSyncMs,
      pipelineMicrosPerNote: (pipelineMs * 1000) / noteCount,
      readOnlyMicrosPerNote: (readOnlyMs * 1000) / noteCount,
      warmMicrosPerNote: (warmMs * 1000) / noteCount,
      indexHeapMb,
      cacheTextMb: Buffer.byteLength(cacheText) / (1024 * 1024),
      samples,
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
    uvThreadpool: process.env.UV_THREADPOOL_SIZE ?? '4 (default)',
    loadAverageAtStart: os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' '),
  };
}

function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map((size) => Number(size.trim()));
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
  const about = machine();
  console.log(`Machine: ${String(about.cpu)}, ${String(about.cores)} cores, Node ${String(about.node)}`);
  console.log(`Load average at start: ${String(about.loadAverageAtStart)} (other processes skew wall times)`);
  console.log(
    `Medians of ${runs} runs; page cache ${COLD ? 'emptied before every phase (cold)' : 'warm'}.\n`,
  );
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size, runs));

  const table = (title: string, columns: readonly string[], rows: readonly (readonly string[])[]) => {
    const widths = columns.map((column, i) =>
      Math.max(column.length, ...rows.map((row) => (row[i] ?? '').length)),
    );
    console.log(title);
    console.log(columns.map((column, i) => column.padStart(widths[i] ?? 0)).join('  '));
    for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  '));
    console.log('');
  };
  table(
    'Wall time (ms)',
    [
      'notes',
      'reps',
      'MB',
      '(a) read',
      'readFileSync',
      '(b) pipeline',
      '(b)/(a)',
      '(b)/readFileSync',
      'µs/note (b)',
      '(c) warm',
      'cache load',
      'µs/note (c)',
    ],
    results.map((r) => [
      String(r.notes),
      String(r.reps),
      fixed(r.megabytes),
      fixed(r.readOnlyMs),
      fixed(r.readFileSyncMs),
      fixed(r.pipelineMs),
      fixed(r.ratio, 2),
      fixed(r.ratioToReadFileSync, 2),
      fixed(r.pipelineMicrosPerNote),
      fixed(r.warmMs),
      fixed(r.warmCacheLoadMs),
      fixed(r.warmMicrosPerNote),
    ]),
  );
  table(
    'CPU time, user + system (ms)',
    ['notes', '(a) read', '(b) pipeline', '(b)/(a)', '(c) warm'],
    results.map((r) => [
      String(r.notes),
      fixed(r.readOnlyCpuMs),
      fixed(r.pipelineCpuMs),
      fixed(r.cpuRatio, 2),
      fixed(r.warmCpuMs),
    ]),
  );
  table(
    'Memory',
    ['notes', 'index heap MB', 'KB/note', 'cache JSON MB'],
    results.map((r) => [
      String(r.notes),
      fixed(r.indexHeapMb),
      fixed((r.indexHeapMb * 1024) / r.notes, 2),
      fixed(r.cacheTextMb),
    ]),
  );
  const at10k = results.find((result) => result.notes === 10_000);
  if (at10k) {
    console.log(
      `Goal (b) within 2x of (a) at 10,000 notes: ${at10k.ratio <= 2 ? 'met' : 'MISSED'} (${fixed(at10k.ratio, 2)}x wall, ${fixed(at10k.cpuRatio, 2)}x CPU).`,
    );
  }
  console.log(
    `Load average at end: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
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
