// Stats many files at once on a worker thread, for the extension host's first scan: the warm-start
// cache's key needs each note's size, mtime and ctime, and one `fs.promises.stat` per note cost the
// host thread about 0.7 s of its own time at 10,000 notes (a promise, a Stats object and a callback
// each; docs/benchmarks.md, "fourth pass"). The worker stats a batch with synchronous calls and posts
// back one typed array, so a slow or hung disk holds the worker, never the host. When the worker
// cannot start or dies, the batches it owes are stat'ed on the host as before: no file is ever
// dropped, only the speed changes.
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { NoteFileKind, NoteFileStat } from '../core/files/noteSource';
import { statAsync } from './nodeFiles';

/** A file's stat, or undefined when it is gone or cannot be inspected (as `statAsync` rejecting). */
export type BatchStatResult = NoteFileStat | undefined;

/** Numbers per file in the worker's answer: kind, size, mtimeMs, ctimeMs. */
const FIELDS = 4;
/** The kinds as numbers in the worker's answer; 0: gone or cannot be inspected. */
const KIND_CODES: readonly (NoteFileKind | undefined)[] = [undefined, 'file', 'directory', 'other'];
/** Without a batch to stat for this long, the worker is stopped (it is started again when needed). */
const IDLE_STOP_MS = 10_000;

interface StatRequest {
  readonly id: number;
  readonly files: readonly string[];
}

interface StatReply {
  readonly id: number;
  readonly stats: Float64Array;
}

/**
 * The worker's whole program. It runs from this function's source text (see `workerSource`), so it
 * must use nothing from this module: only its parameters and the language's own globals.
 * `fs.statSync` follows links, as `statAsync` does.
 */
function statWorkerMain(files: typeof fs, port: MessagePort): void {
  port.on('message', (request: StatRequest) => {
    const stats = new Float64Array(request.files.length * 4);
    request.files.forEach((file, index) => {
      const at = index * 4;
      try {
        const stat = files.statSync(file, { throwIfNoEntry: false });
        if (stat === undefined) return; // gone: kind 0
        stats[at] = stat.isFile() ? 1 : stat.isDirectory() ? 2 : 3;
        stats[at + 1] = stat.size;
        stats[at + 2] = stat.mtimeMs;
        stats[at + 3] = stat.ctimeMs;
      } catch {
        // cannot be inspected (no permission, a loop of links, a name too long): kind 0
      }
    });
    const reply: StatReply = { id: request.id, stats };
    port.postMessage(reply, [stats.buffer]);
  });
}

/** The worker's program as source text: run with `eval`, so the extension needs no file of its own for it. */
export function workerSource(): string {
  return `(${statWorkerMain.toString()})(require('node:fs'), require('node:worker_threads').parentPort);`;
}

/** Decodes the worker's answer for `count` files. */
function statsOf(answer: Float64Array, count: number): BatchStatResult[] {
  const results: BatchStatResult[] = [];
  for (let index = 0; index < count; index++) {
    const at = index * FIELDS;
    const kind = KIND_CODES[answer[at] ?? 0];
    results.push(
      kind === undefined
        ? undefined
        : { kind, size: answer[at + 1] ?? 0, mtime: answer[at + 2] ?? 0, ctime: answer[at + 3] ?? 0 },
    );
  }
  return results;
}

/** One stat per file on this thread, without blocking it: the way without a worker. */
function statOnHost(files: readonly string[]): Promise<BatchStatResult[]> {
  return Promise.all(files.map((file) => statAsync(file).catch(() => undefined)));
}

interface Pending {
  readonly files: readonly string[];
  readonly resolve: (stats: BatchStatResult[]) => void;
}

export interface BatchStatOptions {
  /** Starts the worker from its source text (tests replace it to see a worker that fails). */
  readonly startWorker?: (source: string) => Worker;
}

/**
 * Stats batches of files on one worker thread, in order. Never rejects: a file that is gone or cannot
 * be inspected is undefined in the answer. Dispose with the extension.
 */
export class BatchStat {
  private worker: Worker | undefined;
  private failure: string | undefined;
  private disposed = false;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly startWorker: (source: string) => Worker;

  constructor(options: BatchStatOptions = {}) {
    this.startWorker = options.startWorker ?? ((source) => new Worker(source, { eval: true }));
  }

  /** Whether batches go to the worker (false once it failed, or after dispose): for the tests and the log. */
  get usesWorker(): boolean {
    return this.failure === undefined && !this.disposed;
  }

  /** Why the worker is no longer used (then the host stats each file), for the log; undefined while it is. */
  get fallbackReason(): string | undefined {
    return this.failure;
  }

  /** The stats of `files`, in the same order. */
  stat(files: readonly string[]): Promise<BatchStatResult[]> {
    if (files.length === 0) return Promise.resolve([]);
    const worker = this.usesWorker ? this.ensureWorker() : undefined;
    if (!worker) return statOnHost(files);
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { files, resolve });
      const request: StatRequest = { id, files };
      try {
        worker.postMessage(request);
      } catch (error) {
        this.fail(`could not send a batch (${String(error)})`);
      }
    });
  }

  dispose(): void {
    this.disposed = true;
    this.stop();
    this.settleOnHost();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = this.startWorker(workerSource());
    } catch (error) {
      this.fail(`could not start (${String(error)})`);
      return undefined;
    }
    // The host may exit while the worker waits for work.
    worker.unref();
    worker.on('message', (reply: StatReply) => this.answer(reply));
    worker.on('error', (error) => this.fail(`failed (${String(error)})`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return; // stopped on purpose
      this.worker = undefined;
      if (this.pending.size > 0) this.fail(`stopped (exit code ${code})`);
    });
    this.worker = worker;
    return worker;
  }

  private answer(reply: StatReply): void {
    const request = this.pending.get(reply.id);
    if (!request) return;
    this.pending.delete(reply.id);
    request.resolve(statsOf(reply.stats, request.files.length));
    if (this.pending.size === 0 && !this.idleTimer) {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = undefined;
        if (this.pending.size === 0) this.stop();
      }, IDLE_STOP_MS);
      this.idleTimer.unref();
    }
  }

  /** The worker is not to be used again: what it owes is stat'ed on the host. */
  private fail(reason: string): void {
    if (this.failure !== undefined) return;
    this.failure = `the worker thread ${reason}`;
    this.stop();
    this.settleOnHost();
  }

  private stop(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private settleOnHost(): void {
    const owed = [...this.pending.values()];
    this.pending.clear();
    for (const request of owed) void statOnHost(request.files).then(request.resolve);
  }
}
