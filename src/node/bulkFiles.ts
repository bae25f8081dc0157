// Stats and reads many files on a worker thread, for the extension host's first scan. The warm-start
// cache's key needs each note's size, mtime and ctime, and one `fs.promises.stat` per note cost the
// host thread about 0.7 s of its own time at 10,000 notes (a promise, a Stats object and a callback
// each); a cold scan's reads (open, fstat, read, close: four promises per note) came in bursts that
// held the host for 50-70 ms (docs/benchmarks.md, "fourth pass"). The worker answers a batch with
// synchronous calls in one message, so a slow or hung disk holds the worker, never the host.
// When the worker cannot start or dies, the host stats and reads as before: no file is ever dropped,
// only the speed changes.
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { NoteFileKind, NoteFileStat } from '../core/files/noteSource';
import { statAsync } from './nodeFiles';

/** A file's stat, or undefined when it is gone or cannot be inspected (as `statAsync` rejecting). */
export type BulkStatResult = NoteFileStat | undefined;

/** Numbers per file in the worker's answer to a stat: kind, size, mtimeMs, ctimeMs. */
const STAT_FIELDS = 4;
/** The kinds as numbers in the worker's answer; 0: gone or cannot be inspected. */
const KIND_CODES: readonly (NoteFileKind | undefined)[] = [undefined, 'file', 'directory', 'other'];
/** Without a batch to answer for this long, the worker is stopped (it is started again when needed). */
const IDLE_STOP_MS = 10_000;

type Request =
  | { readonly id: number; readonly op: 'stat'; readonly files: readonly string[] }
  | {
      readonly id: number;
      readonly op: 'read';
      readonly files: readonly string[];
      readonly maxBytes: readonly number[];
    };

interface Reply {
  readonly id: number;
  /** stat: STAT_FIELDS numbers per file; read: each file's byte count, or -1 for "read it yourself". */
  readonly numbers: Float64Array;
  /** read: each file's bytes (null where its number is -1). */
  readonly buffers?: readonly (ArrayBuffer | null)[];
}

/**
 * The worker's whole program. It runs from this function's source text (see `workerSource`), so it
 * must use nothing from this module: only its parameters and the language's own globals.
 *
 * stat: `statSync` follows links, as `statAsync` does. read: only the plain case, a regular file
 * within its limit read to exactly the size fstat gave; anything else (a FIFO or device, too large, a
 * file that changed while read, an error) is answered -1, and the host reads it with its own reader,
 * the one owner of those rules (nodeFiles.ts `readNoteBytesAsync`). Opened with O_NONBLOCK, so a
 * FIFO swapped in never waits for a writer.
 */
function fileWorkerMain(files: typeof fs, port: MessagePort): void {
  const openFlags = files.constants.O_RDONLY | files.constants.O_NONBLOCK;
  const statInto = (numbers: Float64Array, index: number, file: string): void => {
    const at = index * 4;
    try {
      const stat = files.statSync(file, { throwIfNoEntry: false });
      if (stat === undefined) return; // gone: kind 0
      numbers[at] = stat.isFile() ? 1 : stat.isDirectory() ? 2 : 3;
      numbers[at + 1] = stat.size;
      numbers[at + 2] = stat.mtimeMs;
      numbers[at + 3] = stat.ctimeMs;
    } catch {
      // cannot be inspected (no permission, a loop of links, a name too long): kind 0
    }
  };
  const readPlain = (file: string, maxBytes: number): Uint8Array<ArrayBuffer> | null => {
    let fd: number;
    try {
      fd = files.openSync(file, openFlags);
    } catch {
      return null;
    }
    try {
      const stat = files.fstatSync(fd);
      if (!stat.isFile() || stat.size > maxBytes) return null;
      const bytes = new Uint8Array(stat.size + 1);
      let length = 0;
      for (;;) {
        const bytesRead = files.readSync(fd, bytes, length, bytes.length - length, length);
        length += bytesRead;
        if (bytesRead === 0 || length >= stat.size) break;
      }
      return length === stat.size ? bytes : null;
    } catch {
      return null;
    } finally {
      files.closeSync(fd);
    }
  };
  port.on('message', (request: Request) => {
    if (request.op === 'stat') {
      const numbers = new Float64Array(request.files.length * 4);
      request.files.forEach((file, index) => statInto(numbers, index, file));
      port.postMessage({ id: request.id, numbers }, [numbers.buffer]);
      return;
    }
    const numbers = new Float64Array(request.files.length);
    const buffers: (ArrayBuffer | null)[] = [];
    const transfer: ArrayBuffer[] = [];
    request.files.forEach((file, index) => {
      const bytes = readPlain(file, request.maxBytes[index] ?? 0);
      numbers[index] = bytes === null ? -1 : bytes.length - 1;
      buffers.push(bytes === null ? null : bytes.buffer);
      if (bytes !== null) transfer.push(bytes.buffer);
    });
    transfer.push(numbers.buffer);
    port.postMessage({ id: request.id, numbers, buffers }, transfer);
  });
}

/** The worker's program as source text: run with `eval`, so the extension needs no file of its own for it. */
export function workerSource(): string {
  return `(${fileWorkerMain.toString()})(require('node:fs'), require('node:worker_threads').parentPort);`;
}

/** Decodes the worker's answer to a stat of `count` files. */
function statsOf(numbers: Float64Array, count: number): BulkStatResult[] {
  const results: BulkStatResult[] = [];
  for (let index = 0; index < count; index++) {
    const at = index * STAT_FIELDS;
    const kind = KIND_CODES[numbers[at] ?? 0];
    results.push(
      kind === undefined
        ? undefined
        : { kind, size: numbers[at + 1] ?? 0, mtime: numbers[at + 2] ?? 0, ctime: numbers[at + 3] ?? 0 },
    );
  }
  return results;
}

/** Decodes the worker's answer to a read: each file's bytes, or undefined for "read it yourself". */
function bytesOf(reply: Reply, count: number): (Uint8Array | undefined)[] {
  const results: (Uint8Array | undefined)[] = [];
  for (let index = 0; index < count; index++) {
    const length = reply.numbers[index] ?? -1;
    const buffer = reply.buffers?.[index];
    results.push(length >= 0 && buffer ? new Uint8Array(buffer, 0, length) : undefined);
  }
  return results;
}

/** One stat per file on this thread, without blocking it: the way without a worker. */
function statOnHost(files: readonly string[]): Promise<BulkStatResult[]> {
  return Promise.all(files.map((file) => statAsync(file).catch(() => undefined)));
}

type Pending =
  | {
      readonly op: 'stat';
      readonly files: readonly string[];
      readonly resolve: (stats: BulkStatResult[]) => void;
    }
  | {
      readonly op: 'read';
      readonly files: readonly string[];
      readonly maxBytes: readonly number[];
      readonly resolve: (bytes: (Uint8Array | undefined)[]) => void;
    };

interface QueuedRead {
  readonly file: string;
  readonly maxBytes: number;
  readonly resolve: (bytes: Uint8Array | undefined) => void;
}

export interface BulkFilesOptions {
  /** Starts the worker from its source text (tests replace it to see a worker that fails). */
  readonly startWorker?: (source: string) => Worker;
}

/**
 * Stats batches of files, and reads files asked for together, on one worker thread. Never rejects: a
 * file that is gone or cannot be inspected is undefined in a stat's answer, and a read the worker
 * did not do is undefined (the caller reads it itself). Dispose with the extension.
 */
export class BulkFiles {
  private worker: Worker | undefined;
  private failure: string | undefined;
  private disposed = false;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private queuedReads: QueuedRead[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly startWorker: (source: string) => Worker;

  constructor(options: BulkFilesOptions = {}) {
    this.startWorker = options.startWorker ?? ((source) => new Worker(source, { eval: true }));
  }

  /** Whether batches go to the worker (false once it failed, or after dispose): for the tests. */
  get usesWorker(): boolean {
    return this.failure === undefined && !this.disposed;
  }

  /** Why the worker is no longer used (then the host stats and reads each file), for the log. */
  get fallbackReason(): string | undefined {
    return this.failure;
  }

  /** The stats of `files`, in the same order. */
  stat(files: readonly string[]): Promise<BulkStatResult[]> {
    if (files.length === 0) return Promise.resolve([]);
    if (!this.usesWorker) return statOnHost(files);
    return new Promise((resolve) => this.send({ op: 'stat', files, resolve }));
  }

  /**
   * A regular file's bytes (at most `maxBytes`), read by the worker together with the other reads
   * asked for in the same turn of the event loop; undefined when the worker did not read it (not a
   * plain regular file within the limit, an error, no worker): then the caller reads it itself.
   */
  read(file: string, maxBytes: number): Promise<Uint8Array | undefined> {
    if (!this.usesWorker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      if (this.queuedReads.length === 0) setImmediate(() => this.sendQueuedReads());
      this.queuedReads.push({ file, maxBytes, resolve });
    });
  }

  dispose(): void {
    this.disposed = true;
    this.stop();
    this.settleOnHost();
  }

  private sendQueuedReads(): void {
    const reads = this.queuedReads;
    this.queuedReads = [];
    if (reads.length === 0) return;
    if (!this.usesWorker) {
      for (const read of reads) read.resolve(undefined);
      return;
    }
    this.send({
      op: 'read',
      files: reads.map((read) => read.file),
      maxBytes: reads.map((read) => read.maxBytes),
      resolve: (bytes) => reads.forEach((read, index) => read.resolve(bytes[index])),
    });
  }

  private send(request: Pending): void {
    const worker = this.ensureWorker();
    if (!worker) {
      this.settle(request);
      return;
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const id = this.nextId++;
    this.pending.set(id, request);
    const message: Request =
      request.op === 'stat'
        ? { id, op: 'stat', files: request.files }
        : { id, op: 'read', files: request.files, maxBytes: request.maxBytes };
    try {
      worker.postMessage(message);
    } catch (error) {
      this.fail(`could not send a batch (${String(error)})`);
    }
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!this.usesWorker) return undefined;
    let worker: Worker;
    try {
      worker = this.startWorker(workerSource());
    } catch (error) {
      this.fail(`could not start (${String(error)})`);
      return undefined;
    }
    // The host may exit while the worker waits for work.
    worker.unref();
    worker.on('message', (reply: Reply) => this.answer(reply));
    worker.on('error', (error) => this.fail(`failed (${String(error)})`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return; // stopped on purpose
      this.worker = undefined;
      if (this.pending.size > 0) this.fail(`stopped (exit code ${code})`);
    });
    this.worker = worker;
    return worker;
  }

  private answer(reply: Reply): void {
    const request = this.pending.get(reply.id);
    if (!request) return;
    this.pending.delete(reply.id);
    if (request.op === 'stat') request.resolve(statsOf(reply.numbers, request.files.length));
    else request.resolve(bytesOf(reply, request.files.length));
    if (this.pending.size === 0 && !this.idleTimer) {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = undefined;
        if (this.pending.size === 0) this.stop();
      }, IDLE_STOP_MS);
      this.idleTimer.unref();
    }
  }

  /** The worker is not to be used again: what it owes is answered on the host. */
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
    for (const request of owed) this.settle(request);
    const reads = this.queuedReads;
    this.queuedReads = [];
    for (const read of reads) read.resolve(undefined);
  }

  /** Answers a request without the worker: stats on the host; reads are left to the caller. */
  private settle(request: Pending): void {
    if (request.op === 'stat') void statOnHost(request.files).then(request.resolve);
    else request.resolve(request.files.map(() => undefined));
  }
}
