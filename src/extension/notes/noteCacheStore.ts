// The warm-start cache in the extension's workspace storage (this machine only): compact note
// summaries keyed by file, size, mtime and ctime (the engine's NoteCache, which checks what it loads
// and drops a damaged shard whole). Split into shards so that loading never holds the extension host
// for long, the scan can use the first shards while later ones decode, and saving after an edit
// rewrites one small shard, not everything.
import * as vscode from 'vscode';
import { yieldToHost } from '../util/yieldToHost';
import { readOwnFileInBulk } from './noteFileAccess';
import type { ParsedNote } from '../../core/note/model';
import { NoteCache, type FileVersion } from '../../core/files/cache';

/**
 * Enough for a shard to stay small at 50,000 notes (about 230 KB of compact JSON): one shard is
 * parsed (or written) in one go, and at 64 shards of the old full-note format that took 100-170 ms
 * (docs/benchmarks.md).
 */
const SHARDS = 256;
const SAVE_DELAY_MS = 2_000;
const READS_AHEAD = 8;

function shardOf(key: string): number {
  let hash = 0x811c9dc5; // FNV-1a
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARDS;
}

export class NoteCacheStore implements vscode.Disposable {
  private shards: NoteCache[];
  private readonly dirtyShards = new Set<number>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** While above zero (a scan is running), nothing is saved: see holdSaves. */
  private saveHolds = 0;
  private readonly folder: vscode.Uri;
  private loading: Promise<void> | undefined;
  private shardLoaded: Promise<void>[] = [];
  private saveCount = 0;
  private saving = false;

  /** Stamped on every shard: a shard from another engine or another shard count is dropped. */
  private readonly engineVersion: string;

  /** `engineVersion` changes whenever the parser may parse differently (the extension's version). */
  constructor(
    storageUri: vscode.Uri,
    engineVersion: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.engineVersion = `${engineVersion}/${SHARDS}-shards`;
    this.folder = vscode.Uri.joinPath(storageUri, 'note-cache');
    this.shards = this.emptyShards();
  }

  private emptyShards(): NoteCache[] {
    return Array.from({ length: SHARDS }, () => new NoteCache(this.engineVersion));
  }

  private shard(key: string): NoteCache {
    return this.shards[shardOf(key)] ?? new NoteCache(this.engineVersion);
  }

  private shardUri(shard: number): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, `shard-${shard}.json`);
  }

  /**
   * Starts loading every shard (idempotent); a missing, damaged or outdated shard is empty. The
   * reads run together, but each shard is decoded in its turn, yielding between shards, so that
   * reads finishing together never add up to one long stretch of decoding; `whenShardLoaded` lets
   * the scan use each shard's notes as soon as it is decoded.
   */
  load(): Promise<void> {
    this.loading ??= this.loadShards();
    return this.loading;
  }

  /** Resolves when the shard holding `key` is decoded (at once when loading never started). */
  whenLoaded(key: string): Promise<void> {
    return this.loading === undefined
      ? Promise.resolve()
      : (this.shardLoaded[shardOf(key)] ?? Promise.resolve());
  }

  /** Shard number of `key`: the scan visits notes shard by shard, in the order they decode. */
  shardOf(key: string): number {
    return shardOf(key);
  }

  private async loadShards(): Promise<void> {
    const decoder = new TextDecoder();
    const resolvers: (() => void)[] = [];
    this.shardLoaded = Array.from(
      { length: SHARDS },
      () => new Promise<void>((resolve) => resolvers.push(resolve)),
    );
    // A few reads ahead of the decoding, in shard order: the first shards arrive first, and the
    // replies of 256 reads at once do not crowd the host while the notes are being listed.
    const reads: Promise<Uint8Array | undefined>[] = [];
    const readShard = (shard: number) => {
      if (shard < SHARDS) reads[shard] = this.readShard(shard);
    };
    for (let shard = 0; shard < READS_AHEAD; shard++) readShard(shard);
    const started = Date.now();
    let loaded = 0;
    for (let index = 0; index < SHARDS; index++) {
      const bytes = await reads[index];
      readShard(index + READS_AHEAD);
      // Remembered notes (a file the scan already read) win over stored ones.
      if (bytes !== undefined && (this.shards[index]?.size ?? 0) === 0) {
        const shard = NoteCache.deserialise(decoder.decode(bytes), this.engineVersion);
        this.shards[index] = shard;
        loaded += shard.size;
      }
      resolvers[index]?.();
      await yieldToHost();
    }
    this.log.info(`Loaded ${loaded} notes from the note cache in ${Date.now() - started} ms.`);
  }

  /** A shard's bytes; undefined when missing or unreadable. Local storage off the host's thread where the host can. */
  private async readShard(shard: number): Promise<Uint8Array | undefined> {
    try {
      return await readOwnFileInBulk(this.shardUri(shard));
    } catch {
      return undefined;
    }
  }

  lookup(key: string, version: FileVersion): ParsedNote | undefined {
    return this.shard(key).lookup(key, version);
  }

  /** The cached note of `key` whatever the file's version now (see NoteCache.stored). */
  stored(key: string): ParsedNote | undefined {
    return this.shard(key).stored(key);
  }

  remember(key: string, version: FileVersion, note: ParsedNote): void {
    this.shard(key).store(key, version, note);
    this.markDirty(key);
  }

  forget(key: string): void {
    if (this.shard(key).delete(key)) this.markDirty(key);
  }

  /** Drops entries of files that no longer exist. */
  retainOnly(keys: ReadonlySet<string>): void {
    for (const [index, shard] of this.shards.entries()) {
      const before = shard.size;
      shard.retainOnly(keys);
      if (shard.size !== before) this.dirtyShards.add(index);
    }
    this.scheduleSave();
  }

  private markDirty(key: string): void {
    this.dirtyShards.add(shardOf(key));
    this.scheduleSave();
  }

  /**
   * Holds saves back until the returned release is called. During a first scan every shard changes
   * every moment: saving every 2 s rewrote the whole cache again and again (at 50,000 notes, 225 MB
   * each time, in the middle of the scan). The scan saves once when it is done.
   */
  holdSaves(): () => void {
    this.saveHolds++;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.saveHolds--;
      this.scheduleSave();
    };
  }

  private scheduleSave(): void {
    if (this.saveHolds > 0) return;
    if (!this.saveTimer && this.dirtyShards.size > 0) {
      this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
    }
  }

  /** Writes the shards that changed, one at a time. */
  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const dirty = [...this.dirtyShards];
    this.dirtyShards.clear();
    if (dirty.length === 0) return;
    const encoder = new TextEncoder();
    this.saving = true;
    try {
      await vscode.workspace.fs.createDirectory(this.folder);
      for (const shard of dirty) {
        const text = this.shards[shard]?.serialise() ?? '';
        await vscode.workspace.fs.writeFile(this.shardUri(shard), encoder.encode(text));
        await yieldToHost();
      }
    } catch (error) {
      this.log.warn(`Could not save the note cache: ${String(error)}`);
    } finally {
      this.saving = false;
      this.saveCount++;
    }
  }

  /** Saves finished so far, and whether one is due or running: for the benchmark (see api.ts). */
  get saveState(): { readonly saves: number; readonly pending: boolean } {
    return {
      saves: this.saveCount,
      pending: this.saving || this.saveTimer !== undefined || this.saveHolds > 0 || this.dirtyShards.size > 0,
    };
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
  }
}
