// Probes the bench suite runs inside the extension host: how long the host's event loop was held,
// and which Node fs calls it made. Measurement only: they never change what the extension does.
import * as fs from 'fs';
import { Session } from 'inspector';
import { createRequire, syncBuiltinESMExports } from 'module';
import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'perf_hooks';
import type { BlockingFigures } from '../benchProtocol';

const PROBE_INTERVAL_MS = 10;
const LONG_BLOCK_MS = 50;
const LONGEST_KEPT = 5;

/**
 * Two views of event-loop blocking over one phase: Node's event-loop delay histogram (10 ms
 * resolution; its max is about the longest stretch the loop was busy) and a 10 ms interval timer
 * whose late ticks say when the long stretches happened.
 */
export class BlockingProbe {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: PROBE_INTERVAL_MS });
  private timer: ReturnType<typeof setInterval> | undefined;
  private startedAt = 0;
  private lastTick = 0;
  private lastCpuMs = 0;
  private startCpuMs = 0;
  private readonly stretches: { atMs: number; ms: number; cpuMs: number }[] = [];

  start(): this {
    this.histogram.enable();
    this.startedAt = this.lastTick = performance.now();
    this.lastCpuMs = this.startCpuMs = threadCpuMs();
    this.timer = setInterval(() => {
      const now = performance.now();
      const cpuMs = threadCpuMs();
      const late = now - this.lastTick - PROBE_INTERVAL_MS;
      if (late > PROBE_INTERVAL_MS)
        this.stretches.push({
          atMs: this.lastTick - this.startedAt,
          ms: late,
          cpuMs: cpuMs - this.lastCpuMs,
        });
      this.lastTick = now;
      this.lastCpuMs = cpuMs;
    }, PROBE_INTERVAL_MS);
    return this;
  }

  stop(): BlockingFigures {
    clearInterval(this.timer);
    this.histogram.disable();
    const toMs = (ns: number) => round(ns / 1e6);
    const longest = [...this.stretches].sort((a, b) => b.ms - a.ms).slice(0, LONGEST_KEPT);
    return {
      // With no sample at all (a phase shorter than the resolution) the histogram reports huge values.
      maxMs: this.histogram.count > 0 ? toMs(this.histogram.max) : 0,
      p99Ms: this.histogram.count > 0 ? toMs(this.histogram.percentile(99)) : 0,
      over50ms: this.stretches.filter((stretch) => stretch.ms > LONG_BLOCK_MS).length,
      cpuMs: round(threadCpuMs() - this.startCpuMs),
      startedAtMs: round(this.startedAt),
      maxCpuMs: round(Math.max(0, ...this.stretches.map((stretch) => stretch.cpuMs))),
      over50msCpu: this.stretches.filter((stretch) => stretch.cpuMs > LONG_BLOCK_MS).length,
      longest: longest.map(({ atMs, ms, cpuMs }) => ({
        atMs: round(atMs),
        ms: round(ms),
        cpuMs: round(cpuMs),
      })),
    };
  }
}

/**
 * Waits until the extension host has run no stretch longer than `thresholdMs` for `quietMs`: VS
 * Code's startup (built-in extensions activating) is over, so what follows is the extension's doing
 * or caused by it. Resolves with how long it waited; gives up (and resolves) after `timeoutMs`.
 */
export function hostQuiet(quietMs = 2_000, thresholdMs = 20, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    let lastTick = started;
    let quietSince = started;
    const timer = setInterval(() => {
      const now = performance.now();
      if (now - lastTick - PROBE_INTERVAL_MS > thresholdMs) quietSince = now;
      lastTick = now;
      if (now - quietSince >= quietMs || now - started >= timeoutMs) {
        clearInterval(timer);
        resolve(round(now - started));
      }
    }, PROBE_INTERVAL_MS);
  });
}

/**
 * CPU time of this thread (the extension host's event loop) so far. Node 23.9+ has
 * process.threadCpuUsage(); elsewhere the whole process's time stands in (it counts I/O threads too).
 */
function threadCpuMs(): number {
  const { threadCpuUsage } = process as { threadCpuUsage?: () => NodeJS.CpuUsage };
  const usage = threadCpuUsage ? threadCpuUsage.call(process) : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export interface FsCall {
  readonly op: string;
  readonly path: string;
  readonly at: number;
  /** Only when recording with stacks. */
  readonly stack?: string;
}

type RecordMode = 'off' | 'calls' | 'stacks';

const FS_FUNCTIONS = [
  'access',
  'accessSync',
  'exists',
  'existsSync',
  'stat',
  'statSync',
  'lstat',
  'lstatSync',
  'open',
  'openSync',
  'read',
  'readSync',
  'readFile',
  'readFileSync',
  'readdir',
  'readdirSync',
  'realpath',
  'realpathSync',
  'writeFile',
  'writeFileSync',
  'mkdir',
  'mkdirSync',
  'rename',
  'renameSync',
  'unlink',
  'unlinkSync',
  'rm',
  'rmSync',
  'copyFile',
  'copyFileSync',
  'opendir',
  'opendirSync',
  'createReadStream',
  'createWriteStream',
] as const;
const FS_PROMISE_FUNCTIONS = [
  'access',
  'stat',
  'lstat',
  'open',
  'readFile',
  'readdir',
  'realpath',
  'writeFile',
  'mkdir',
  'rename',
  'unlink',
  'rm',
  'copyFile',
  'opendir',
] as const;

/**
 * Node's own fs module object: in a bundle, `import * as fs` gives an object of getters over it,
 * and wrapping that would change nothing for anyone else.
 */
const nodeFs = createRequire(__filename)('fs') as typeof import('fs');

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

function pathOf(argument: unknown): string {
  if (typeof argument === 'string') return argument;
  if (argument instanceof URL) return argument.pathname;
  if (Buffer.isBuffer(argument)) return argument.toString();
  return '';
}

/**
 * Counts Node fs calls made in the extension host (VS Code's own workspace.fs for file: URIs runs
 * in the host on Node's fs). Wraps the functions on `fs` and `fs.promises` and syncs the ES module
 * view of them, so VS Code's bundled code sees the wrappers too.
 */
export class FsSpy {
  private mode: RecordMode = 'off';
  private calls: FsCall[] = [];
  private readonly restore: (() => void)[] = [];

  install(): void {
    const wrap = (target: Record<string, unknown>, name: string, label: string) => {
      const original = target[name];
      if (typeof original !== 'function') return;
      const note = (args: unknown[]) => {
        if (this.mode === 'off') return;
        this.calls.push({
          op: label,
          path: pathOf(args[0]),
          at: performance.now(),
          ...(this.mode === 'stacks' ? { stack: new Error().stack ?? '' } : {}),
        });
      };
      const wrapper = function (this: unknown, ...args: unknown[]): unknown {
        note(args);
        return (original as AnyFunction).apply(this, args);
      };
      // Keep extras such as realpathSync.native and the promisify.custom symbols.
      for (const key of Reflect.ownKeys(original)) {
        if (key === 'length' || key === 'name' || key === 'prototype') continue;
        const descriptor = Object.getOwnPropertyDescriptor(original, key);
        if (descriptor) Object.defineProperty(wrapper, key, descriptor);
      }
      target[name] = wrapper;
      this.restore.push(() => (target[name] = original));
    };
    const fsModule = nodeFs as unknown as Record<string, unknown>;
    for (const name of FS_FUNCTIONS) wrap(fsModule, name, name);
    const promises = nodeFs.promises as unknown as Record<string, unknown>;
    for (const name of FS_PROMISE_FUNCTIONS) wrap(promises, name, `promises.${name}`);
    syncBuiltinESMExports();
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
    syncBuiltinESMExports();
    this.mode = 'off';
  }

  record(mode: RecordMode): void {
    this.mode = mode;
  }

  /** The calls recorded since the last take(). */
  take(): FsCall[] {
    const calls = this.calls;
    this.calls = [];
    return calls;
  }
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A CPU profile of the extension host's own thread, taken from inside it through the inspector
 * (the host is started by VS Code, so --cpu-prof is out of reach). Open the file in Chrome's
 * DevTools (Performance) or VS Code to see what ran in a long stretch.
 */
export class CpuProfile {
  private readonly session = new Session();

  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 500 });
    await this.post('Profiler.start');
    this.startedAtMs = performance.now();
  }

  /** performance.now() when profiling began: the profile's own clock starts there. */
  startedAtMs = 0;

  async stop(file: string): Promise<void> {
    const result = await this.post('Profiler.stop');
    const profile = (result as { profile?: unknown }).profile;
    fs.writeFileSync(file, JSON.stringify(profile));
    this.session.disconnect();
  }

  private post(method: string, params?: object): Promise<unknown> {
    return new Promise((resolve, reject) =>
      this.session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  }
}
