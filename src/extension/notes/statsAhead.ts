// The first scan's stats, a few batches ahead of the scan: one request per batch of notes to the
// host's bulk stat (on the desktop a worker thread, src/node/bulkFiles.ts) instead of one
// `fs.promises.stat` per note on the host's thread (docs/benchmarks.md, "fourth pass").
import type * as vscode from 'vscode';
import { statInBulk, type KnownStat } from './noteFileAccess';

/** Notes per request: one message each way, small enough to start the scan at once. */
const BATCH_NOTES = 512;
/** Requests out beyond the one the scan is in: the worker stays ahead of the scan. */
const BATCHES_AHEAD = 3;

export class StatsAhead {
  private readonly batches: (Promise<readonly KnownStat[] | undefined> | undefined)[] = [];

  constructor(private readonly uris: readonly vscode.Uri[]) {}

  /**
   * The stat of the note at `index` of the scan's list, or undefined when the host cannot stat in
   * bulk (then the note is stat'ed on its own, as before).
   */
  async at(index: number): Promise<KnownStat | undefined> {
    const batch = Math.floor(index / BATCH_NOTES);
    for (let ahead = batch; ahead <= batch + BATCHES_AHEAD; ahead++) this.request(ahead);
    const stats = await this.batches[batch];
    return stats?.[index - batch * BATCH_NOTES];
  }

  private request(batch: number): void {
    const start = batch * BATCH_NOTES;
    if (start >= this.uris.length || this.batches[batch] !== undefined) return;
    this.batches[batch] =
      statInBulk(this.uris.slice(start, start + BATCH_NOTES)) ?? Promise.resolve(undefined);
  }
}
