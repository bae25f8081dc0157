// Keeps the engine's index in step with the workspace: a first scan in small slices (the extension
// host is never held for long), then per-file updates from the file watcher and from unsaved editors.
// Work after the first scan is proportional to the changed note, never to the number of notes.
import * as vscode from 'vscode';
import { TimeSlices } from '../util/timeSlices';
import { parseNote } from '../../core/note/parse';
import { engineLoaded } from '../engineLoaded';
import type { ParsedNote } from '../../core/note/model';
import { pushAll } from '../../core/base/arrays';
import { NoteIndex } from '../../core/reps/noteIndex';
import { repKey } from '../../core/reps/noteIndex';
import { DisposableStore } from '../util/dispose';
import type { SkippedPath } from '../../core/files/walk';
import { skippedNote, skipReasonWords } from '../../core/files/noteSource';
import { StatsAhead } from './statsAhead';
import {
  bulkFallbackReason,
  excludeSettingsChanged,
  findNotesIn,
  isExcludedNote,
  isFolder,
  leadsOutside,
  loadNoteFile,
  NOTE_GLOB,
  type InBulk,
} from './noteFileAccess';
import type { NoteCacheStore } from './noteCacheStore';
import { isNoteSummary } from '../../core/files/cache';

const READ_CONCURRENCY = 16;
/**
 * Most notes per change event during a scan. Listeners (reps, Problems, decorations) work per
 * changed note; notes from the warm-start cache arrive so fast that 50 ms of them made one event
 * too long to handle in one go (docs/benchmarks.md).
 */
const SCAN_BATCH_NOTES = 200;
const EDIT_DEBOUNCE_MS = 200;
const CHANGE_EVENT_DELAY_MS = 50;
/** Created paths are looked at together, so a folder copied in with its files is searched once. */
const NEW_FOLDER_DELAY_MS = 300;

export function isNoteUri(uri: vscode.Uri): boolean {
  return uri.path.endsWith('.coach.md');
}

export function isNoteDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'coaching-note' || isNoteUri(document.uri);
}

export type IndexState = 'idle' | 'indexing' | 'ready';

/** What the last full scan did (also logged): for troubleshooting a slow workspace and for the benchmarks. */
export interface ScanStats {
  readonly notes: number;
  /** Notes taken from the warm-start cache instead of being read and parsed. */
  readonly fromCache: number;
  readonly ms: number;
  /** Why the desktop's background thread was not used for stats and reads (null when it was, or on the web). */
  readonly bulkFallback: string | null;
}

export interface NotesChange {
  readonly files: ReadonlySet<string>;
  /** Rep keys (see repKey) whose notes changed, before and after the change. */
  readonly reps: ReadonlySet<string>;
}

/**
 * What a scan finds before it ends: how many notes it listed, and each note it read from disk
 * instead of taking it from the warm-start cache (changed since it was cached, new, or gone), with
 * the cached version it replaces, if any.
 */
export type ScanFinding =
  | { readonly kind: 'listed'; readonly notes: number }
  | {
      readonly kind: 'readFromDisk';
      readonly file: string;
      readonly cached: ParsedNote | undefined;
      readonly note: ParsedNote | undefined;
    };

export class WorkspaceNotes extends DisposableStore {
  readonly index = new NoteIndex();
  private readonly changed = this.register(new vscode.EventEmitter<NotesChange>());
  /** Fires (coalesced) with the files and reps whose notes were added, changed or removed. */
  readonly onDidChangeNotes = this.changed.event;
  private pendingFiles = new Set<string>();
  private pendingReps = new Set<string>();
  private readonly stateChanged = this.register(new vscode.EventEmitter<IndexState>());
  readonly onDidChangeState = this.stateChanged.event;
  private readonly found = this.register(new vscode.EventEmitter<ScanFinding>());
  /** See ScanFinding: the Reps view drops the reps saved by the last session as soon as they are out of date. */
  readonly onDidFind = this.found.event;
  private currentState: IndexState = 'idle';
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private createdPaths = new Map<string, vscode.Uri>();
  private createdTimer: ReturnType<typeof setTimeout> | undefined;
  private scanGeneration = 0;
  /**
   * File watcher events so far. The scan's stats are taken in batches ahead of its reads; once the
   * watcher reports a change, a stat taken earlier could be older than the watcher's own reading of
   * the note, so the scan stats each note itself again (see scan).
   */
  private diskEvents = 0;
  private firstScan: Promise<void> | undefined;
  private lastScanStats: ScanStats | undefined;

  constructor(
    private readonly cache: NoteCacheStore | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register({
      dispose: () => {
        for (const timer of this.editTimers.values()) clearTimeout(timer);
        clearTimeout(this.changeTimer);
        clearTimeout(this.createdTimer);
      },
    });
  }

  get state(): IndexState {
    return this.currentState;
  }

  /** Starts watching and scanning; returns at once (no file I/O happens before activate returns). */
  start(): void {
    this.watch();
    this.firstScan = new Promise((resolve) => setTimeout(resolve, 0)).then(() => this.rescan());
  }

  /** The last full scan that ran to the end; undefined before the first one. */
  get lastScan(): ScanStats | undefined {
    return this.lastScanStats;
  }

  /** The warm-start cache's saves (none without workspace storage): for the benchmarks. */
  get cacheSaves(): { readonly saves: number; readonly pending: boolean } {
    return this.cache?.saveState ?? { saves: 0, pending: false };
  }

  /** Resolves when the first full scan has finished (immediately usable data may be partial before). */
  whenReady(): Promise<void> {
    return this.firstScan ?? this.rescan();
  }

  /** The note as the engine sees it, including unsaved editor changes. */
  get(uri: vscode.Uri): ParsedNote | undefined {
    return this.index.get(uri.toString());
  }

  /**
   * Makes the notes of `files` complete: a note taken from the warm-start cache is a summary without
   * its sections' texts (see core/files/cache.ts), so it is read and parsed again. Only the history
   * views need this, for the notes of one rep. A note whose file is gone is removed.
   */
  async complete(files: Iterable<string>): Promise<void> {
    await engineLoaded();
    const summaries = [...files].filter((file) => {
      const note = this.index.get(file);
      return note !== undefined && isNoteSummary(note);
    });
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let file = summaries[next++]; file !== undefined; file = summaries[next++]) {
        const note = this.index.get(file);
        // Replaced meanwhile (an edit, the watcher): already complete.
        if (note === undefined || !isNoteSummary(note)) continue;
        const result = await loadNoteFile(vscode.Uri.parse(file), () => undefined);
        const current = this.index.get(file);
        if (current !== note) continue; // changed while this read: the newer note stands
        if (result.kind === 'missing') this.remove(file);
        else this.put(file, result.note);
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    this.flushChangeEvent();
  }

  async rescan(): Promise<void> {
    const generation = ++this.scanGeneration;
    this.setState('indexing');
    const releaseCacheSaves = this.cache?.holdSaves();
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing coaching notes') },
        () => this.scan(generation),
      );
    } catch (error) {
      this.log.error('Indexing coaching notes failed', error);
    } finally {
      releaseCacheSaves?.();
      if (generation === this.scanGeneration) this.setState('ready');
    }
  }

  private setState(state: IndexState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.stateChanged.fire(state);
  }

  private async scan(generation: number): Promise<void> {
    const started = Date.now();
    await engineLoaded();
    // The cache's shards are read and decoded once the notes are listed, then used one by one as
    // they decode: decoding all of them during the listing delayed the listing, and with it the
    // first reps of a warm start, by seconds (docs/benchmarks.md, "Warm start: shards after listing").
    const slices = new TimeSlices();
    const listed = await this.listAllNotes(slices);
    const cacheLoading = this.cache?.load();
    const { skipped } = listed;
    const cache = this.cache;
    const uris = cache ? await inShardOrder(listed.uris, cache, slices) : listed.uris;
    const found = new Set(listed.keys);
    for (const key of this.putSkipped(skipped)) found.add(key);
    for (const file of [...this.index.notes.keys()]) {
      if (!found.has(file)) this.remove(file);
    }
    this.found.fire({ kind: 'listed', notes: found.size });
    let reused = 0;
    let next = 0;
    const stats = new StatsAhead(uris);
    const diskEventsBefore = this.diskEvents;
    const worker = async (): Promise<void> => {
      for (let index = next++; index < uris.length; index = next++) {
        const uri = uris[index];
        if (generation !== this.scanGeneration || !uri) return;
        if (this.openDocument(uri)?.isDirty) continue; // the editor's text is indexed already
        const stat = await stats.at(index);
        await cache?.whenLoaded(uri.toString());
        // A stat from before a change the watcher reported might bring back an older note.
        const knownStat = this.diskEvents === diskEventsBefore ? stat : undefined;
        const outcome = await this.load(uri, true, { knownStat });
        if (outcome === 'reused') reused++;
        if (this.pendingFiles.size >= SCAN_BATCH_NOTES) {
          this.flushChangeEvent();
          await slices.next();
        } else if (slices.due) await slices.next();
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    await cacheLoading;
    if (generation !== this.scanGeneration) return;
    this.cache?.retainOnly(found);
    // Whoever awaits the scan sees every listener up to date, not 50 ms later.
    this.flushChangeEvent();
    const bulkFallback = bulkFallbackReason() ?? null;
    this.lastScanStats = { notes: uris.length, fromCache: reused, ms: Date.now() - started, bulkFallback };
    this.log.info(`Indexed ${uris.length} notes in ${this.lastScanStats.ms} ms (${reused} from the cache).`);
    if (bulkFallback !== null)
      this.log.warn(`Notes were stat'ed and read one by one on the extension host: ${bulkFallback}.`);
    void this.cache?.save();
  }

  /**
   * Every note in the workspace folders, each once (folders may nest), with its key (the URI string),
   * and what the walk skipped. In slices: at 10,000 notes, keying them in one go held the host for
   * about 50 ms (docs/benchmarks.md, "fourth pass").
   */
  private async listAllNotes(
    slices: TimeSlices,
  ): Promise<{ uris: vscode.Uri[]; keys: string[]; skipped: SkippedPath[] }> {
    const found = new Map<string, vscode.Uri>();
    const skipped: SkippedPath[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const inFolder = await findNotesIn(folder.uri, undefined, slices);
      for (const uri of inFolder.notes) {
        found.set(uri.toString(), uri);
        if (slices.due) await slices.next();
      }
      pushAll(skipped, inFolder.skipped);
    }
    return { uris: [...found.values()], keys: [...found.keys()], skipped };
  }

  /**
   * Shows the notes the walk found but does not read (a link to a file outside the workspace folder,
   * a name that is not UTF-8) as notes that cannot be read, and logs the folders it did not search.
   * Returns the keys of those notes.
   */
  private putSkipped(skipped: readonly SkippedPath[]): string[] {
    const keys: string[] = [];
    for (const entry of skipped) {
      const words = skipReasonWords(entry.reason);
      if (entry.folder) {
        this.log.info(`Not searching ${entry.path} for notes: ${words}.`);
        continue;
      }
      const key = entry.path; // a URI string (findNotesIn)
      this.log.info(`Not reading ${entry.path}: ${words}.`);
      this.put(key, skippedNote(entry.reason).note);
      this.cache?.forget(key);
      keys.push(key);
    }
    return keys;
  }

  /** Whether a note is, or lies under, a link to somewhere outside its workspace folder (then it is not read). */
  private async isOutside(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder !== undefined && (await leadsOutside(uri, folder.uri));
  }

  private watch(): void {
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(NOTE_GLOB));
    this.register(watcher.onDidCreate((uri) => void this.reloadFromDisk(uri)));
    this.register(watcher.onDidChange((uri) => void this.reloadFromDisk(uri)));
    this.register(watcher.onDidDelete((uri) => this.forget(uri)));
    for (const event of [watcher.onDidCreate, watcher.onDidChange, watcher.onDidDelete]) {
      this.register(event(() => this.diskEvents++));
    }
    // A deleted or renamed folder may be reported only for the folder itself. So may a new one: a
    // folder moved or copied in, and on Linux even the first files written into a brand-new folder
    // (parcel-bundler/watcher#243), so notes under a new folder are looked for.
    const anyPath = this.register(vscode.workspace.createFileSystemWatcher('**/*', false, true, false));
    this.register(anyPath.onDidDelete((uri) => !isNoteUri(uri) && this.forgetFolder(uri)));
    this.register(anyPath.onDidCreate((uri) => !isNoteUri(uri) && this.pathCreated(uri)));
    this.register(anyPath.onDidDelete(() => this.diskEvents++));

    this.register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (isNoteDocument(event.document) && event.contentChanges.length > 0) {
          this.scheduleEdit(event.document);
        }
      }),
    );
    this.register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        // Closing an editor without saving drops its changes: the disk is the truth again.
        if (isNoteUri(document.uri) && !document.isUntitled) void this.reloadFromDisk(document.uri);
      }),
    );
    this.register(
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        void this.rescan();
      }),
    );
    // An archive folder excluded (or included again): its notes leave (or join) the index.
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (excludeSettingsChanged(event)) void this.rescan();
      }),
    );
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
  }

  private scheduleEdit(document: vscode.TextDocument): void {
    if (!this.inWorkspace(document.uri)) return;
    const key = document.uri.toString();
    clearTimeout(this.editTimers.get(key));
    this.editTimers.set(
      key,
      setTimeout(() => {
        this.editTimers.delete(key);
        // (If the engine never loads, indexing has already said so: nothing to add here.)
        engineLoaded().then(
          () => {
            if (!document.isClosed) this.put(key, parseNote(document.getText()));
          },
          () => undefined,
        );
      }, EDIT_DEBOUNCE_MS),
    );
  }

  /**
   * Re-reads one note from disk, unless an editor holds unsaved changes (they win until saved). Never
   * from the warm-start cache: the watcher says the file changed, even if its size and mtime did not.
   * Read from disk even when an editor shows it saved: the cache then keeps the file's new size and
   * mtime (the editor's text would leave the old ones, and the next start would read it again).
   */
  private async reloadFromDisk(uri: vscode.Uri): Promise<void> {
    if (!this.inWorkspace(uri) || !isNoteUri(uri)) return;
    await engineLoaded();
    const key = uri.toString();
    if (await this.isOutside(uri)) {
      this.putSkipped([{ path: key, folder: false, reason: 'link-outside' }]);
      return;
    }
    if (this.openDocument(uri)?.isDirty) return;
    await this.load(uri, false);
  }

  /**
   * Reads one note (or, with `useCache`, takes it from the warm-start cache when size and mtime are
   * unchanged), parses it and puts it in the index. A file that vanished is removed. `inBulk`: in the
   * first scan (see loadNoteFile).
   */
  private async load(
    uri: vscode.Uri,
    useCache: boolean,
    inBulk?: InBulk,
  ): Promise<'reused' | 'parsed' | 'missing'> {
    const key = uri.toString();
    const result = await loadNoteFile(
      uri,
      (stat) => (useCache ? this.cache?.lookup(key, stat) : undefined),
      inBulk,
    );
    if (useCache && this.cache && result.kind !== 'cached') {
      const note = result.kind === 'loaded' ? result.note : undefined;
      this.found.fire({ kind: 'readFromDisk', file: key, cached: this.cache.stored(key), note });
    }
    if (result.kind === 'missing') {
      this.remove(key);
      return 'missing';
    }
    this.put(key, result.note);
    if (result.kind === 'cached') return 'reused';
    if (result.cacheable) this.cache?.remember(key, result.stat, result.note);
    else this.cache?.forget(key);
    return 'parsed';
  }

  private forget(uri: vscode.Uri): void {
    this.remove(uri.toString());
  }

  private pathCreated(uri: vscode.Uri): void {
    if (!this.inWorkspace(uri) || /\/(node_modules|\.git)(\/|$)/.test(uri.path)) return;
    this.createdPaths.set(uri.toString(), uri);
    this.createdTimer ??= setTimeout(() => void this.indexCreatedFolders(), NEW_FOLDER_DELAY_MS);
  }

  /** Indexes the notes under folders that appeared; only the outermost new folder is searched. */
  private async indexCreatedFolders(): Promise<void> {
    this.createdTimer = undefined;
    const created = this.createdPaths;
    this.createdPaths = new Map();
    const outermost = [...created.values()].filter((uri) => !hasAncestorIn(uri, created));
    try {
      for (const uri of outermost) {
        const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
        if (!workspaceFolder || !(await isFolder(uri))) continue;
        // Links are followed only inside the workspace folder, as in the first scan.
        const found = await findNotesIn(uri, workspaceFolder.uri);
        this.putSkipped(found.skipped);
        for (const note of found.notes) {
          if (!this.index.get(note.toString())) await this.reloadFromDisk(note);
        }
      }
    } catch (error) {
      this.log.error('Indexing the notes of a new folder failed', error);
    }
  }

  private forgetFolder(folder: vscode.Uri): void {
    const prefix = folder.toString() + '/';
    for (const file of [...this.index.notes.keys()]) {
      if (file.startsWith(prefix)) this.remove(file);
    }
  }

  /** Every change to the index goes through here, so listeners learn which files and reps changed. */
  private put(file: string, note: ParsedNote): void {
    const previous = this.index.get(file);
    if (previous === note) return;
    this.noteChanged(file, previous);
    this.index.set(file, note);
    this.noteChanged(file, note);
  }

  private remove(file: string): void {
    // A re-index of unsaved text still pending would bring the deleted note back.
    clearTimeout(this.editTimers.get(file));
    this.editTimers.delete(file);
    const previous = this.index.get(file);
    if (!previous) return;
    this.index.delete(file);
    this.cache?.forget(file);
    this.noteChanged(file, previous);
  }

  private noteChanged(file: string, note: ParsedNote | undefined): void {
    this.pendingFiles.add(file);
    const rep = repKey(note?.frontMatter.rep ?? null);
    if (rep !== null) this.pendingReps.add(rep);
    this.scheduleChangeEvent();
  }

  /** In a workspace folder, and not left out by `files.exclude` or `coachingNotes.exclude`. */
  private inWorkspace(uri: vscode.Uri): boolean {
    return vscode.workspace.getWorkspaceFolder(uri) !== undefined && !isExcludedNote(uri);
  }

  private scheduleChangeEvent(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => this.flushChangeEvent(), CHANGE_EVENT_DELAY_MS);
  }

  private flushChangeEvent(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
    const change: NotesChange = { files: this.pendingFiles, reps: this.pendingReps };
    this.pendingFiles = new Set();
    this.pendingReps = new Set();
    if (change.files.size > 0) this.changed.fire(change);
  }
}

/** The notes grouped by cache shard, in shard order (the order the cache decodes them). */
async function inShardOrder(
  uris: readonly vscode.Uri[],
  cache: NoteCacheStore,
  slices: TimeSlices,
): Promise<vscode.Uri[]> {
  const shards: vscode.Uri[][] = [];
  for (const uri of uris) {
    (shards[cache.shardOf(uri.toString())] ??= []).push(uri);
    if (slices.due) await slices.next();
  }
  return shards.flat();
}

function hasAncestorIn(uri: vscode.Uri, paths: ReadonlyMap<string, vscode.Uri>): boolean {
  let child = uri;
  for (let parent = vscode.Uri.joinPath(child, '..'); parent.path !== child.path;) {
    if (paths.has(parent.toString())) return true;
    child = parent;
    parent = vscode.Uri.joinPath(child, '..');
  }
  return false;
}
