// How the extension host reaches note files: finds them under a folder (the walk, the exclude
// settings, links leading outside) and reads one, with the engine's rules for what is readable (a
// FIFO or device named *.coach.md is never opened; a huge file is never read). `file:` URIs go
// through the host's own reader when it has one (Node's fs on the desktop: see nodeLocalFiles.ts,
// wired by the desktop entry), everything else through vscode.workspace.fs (the web worker host, and
// virtual workspaces anywhere). Keeping the index of notes live is WorkspaceNotes' job
// (workspaceNotes.ts); the rules themselves are the engine's (core/files/noteSource, core/files/walk).
import * as vscode from 'vscode';
import type { ParsedNote } from '../../core/note/model';
import { relative } from '../../core/base/posixPath';
import { excludeMatcher, type ExcludeMatcher } from '../../core/files/excludeGlobs';
import { affectsNoteExcludes, noteExcludeGlobs } from '../settings';
import { findNoteFiles, isInsideFolder, type FolderPort, type SkippedPath } from '../../core/files/walk';
import { parseNote } from '../../core/note/parse';
import {
  noteFromRead,
  readNoteFile,
  SKIPPED_FOLDER_NAMES,
  type NoteFileStat,
  type NoteSource,
} from '../../core/files/noteSource';
import { workspaceFolderPort } from './workspaceFsFolders';
import { mapInSlices, TimeSlices } from '../util/timeSlices';

/**
 * A host's own reader of `file:` URIs, faster than vscode.workspace.fs (see nodeLocalFiles.ts);
 * paths are the file system's (`Uri.fsPath`).
 */
export interface LocalFiles {
  /** stat and read with the engine's limits; listNoteFiles is not used (the walk below is). */
  readonly source: Pick<NoteSource, 'stat' | 'readBytes'>;
  readonly folders: FolderPort;
  /** The path from `folder` to `file` in the file system's own syntax, for the exclude globs. */
  relative(folder: string, file: string): string;
  /** A whole file of the extension's own (the note cache), rejecting when it is missing. */
  readFile(file: string): Promise<Uint8Array>;
  /** Many stats and reads at once, off the host's thread (see statInBulk); hosts without one stat and read each file. */
  readonly bulk?: BulkFiles;
}

/** Stats and reads of many files, answered together off the host's thread: see src/node/bulkFiles.ts. */
export interface BulkFiles {
  /** The stats of `files`, in order; undefined for a file that is gone or cannot be inspected. Never rejects. */
  stat(files: readonly string[]): Promise<readonly (NoteFileStat | undefined)[]>;
  /** A file's bytes (at most `maxBytes`), or undefined when the caller is to read it itself. Never rejects. */
  read(file: string, maxBytes: number): Promise<Uint8Array | undefined>;
  /** Why it stats and reads on the host after all (its worker failed), for the log; undefined while it does not. */
  readonly fallbackReason: string | undefined;
}

let localFiles: LocalFiles | undefined;

/** Called once by the desktop entry, before activation; the web entry has none. */
export function useLocalFiles(files: LocalFiles): void {
  localFiles = files;
}

/** The local reader, when `uri` is one it reaches. */
function localFilesFor(uri: vscode.Uri): LocalFiles | undefined {
  return uri.scheme === 'file' ? localFiles : undefined;
}

export const NOTE_GLOB = '**/*.coach.md';

/** Every note under the roots (URI strings), as findNotesIn lists them. */
async function listNoteFiles(roots: readonly string[]): Promise<readonly string[]> {
  const found = await Promise.all(roots.map((root) => findNotesIn(vscode.Uri.parse(root))));
  return found.flatMap(({ notes }) => notes).map((uri) => uri.toString());
}

/** The engine's file port over vscode.workspace.fs; files are URI strings. */
const vscodeNoteSource: NoteSource = {
  listNoteFiles,
  async stat(file) {
    return toNoteStat(await vscode.workspace.fs.stat(vscode.Uri.parse(file)));
  },
  async readBytes(file) {
    return vscode.workspace.fs.readFile(vscode.Uri.parse(file));
  },
};

/**
 * file: URIs through the local reader, in this process, without blocking it. vscode.workspace.fs
 * reaches the same disk, but each of its calls first asks the workbench to activate the file system
 * provider, a round trip: with 10,000 notes, stat() of each took 5 s that way against 0.16 s with
 * Node's fs, and the first scan was slowed down as much (docs/benchmarks.md).
 */
function localNoteSource(local: LocalFiles): NoteSource {
  return {
    listNoteFiles,
    stat: (file) => local.source.stat(vscode.Uri.parse(file).fsPath),
    readBytes: (file, maxBytes) => local.source.readBytes(vscode.Uri.parse(file).fsPath, maxBytes),
  };
}

/**
 * localNoteSource, reading through the bulk reader: the reads of the first scan's loaders go
 * together, in one message, to the worker; what it leaves (a FIFO, a huge file...) the host reads.
 */
function bulkNoteSource(local: LocalFiles, bulk: BulkFiles): NoteSource {
  return {
    ...localNoteSource(local),
    async readBytes(file, maxBytes) {
      const path = vscode.Uri.parse(file).fsPath;
      return (await bulk.read(path, maxBytes)) ?? local.source.readBytes(path, maxBytes);
    },
  };
}

/** How to stat and read a file the user does not control (a note, the roster) at `uri`. */
export function fileSourceFor(uri: vscode.Uri): NoteSource {
  const local = localFilesFor(uri);
  return local ? localNoteSource(local) : vscodeNoteSource;
}

/** A file the bulk stat answered for: its stat, or 'gone' (as `stat` rejecting: gone or cannot be inspected). */
export type KnownStat = NoteFileStat | 'gone';

/**
 * The stats of `uris`, in order, in one request to the host's bulk stat; undefined when the host has
 * none for all of them (the web, another scheme): then loadNoteFile stats each note itself.
 */
export function statInBulk(uris: readonly vscode.Uri[]): Promise<readonly KnownStat[]> | undefined {
  const bulk = localFiles?.bulk;
  if (!bulk || !uris.every((uri) => uri.scheme === 'file')) return undefined;
  return bulk.stat(uris.map((uri) => uri.fsPath)).then((stats) => stats.map((stat) => stat ?? 'gone'));
}

/** Why the host's bulk stats and reads are done on the host after all (see BulkFiles), for the log. */
export function bulkFallbackReason(): string | undefined {
  return localFiles?.bulk?.fallbackReason;
}

/** A whole file of the extension's own (the note cache in its storage); rejects when missing. */
export function readOwnFile(uri: vscode.Uri): Thenable<Uint8Array> {
  const local = localFilesFor(uri);
  return local ? local.readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
}

/** Larger files of the extension's own are read by the host itself (see readOwnFileInBulk). */
const OWN_FILE_BULK_LIMIT = 64 * 1024 * 1024;

/**
 * readOwnFile through the host's bulk reader where it has one (the note cache's shards, read during
 * the first scan): at 50,000 notes the host's own reads of the shards were one of the last stretches
 * over 50 ms (docs/benchmarks.md, "fourth pass").
 */
export async function readOwnFileInBulk(uri: vscode.Uri): Promise<Uint8Array> {
  const local = localFilesFor(uri);
  const bytes = await local?.bulk?.read(uri.fsPath, OWN_FILE_BULK_LIMIT);
  return bytes ?? readOwnFile(uri);
}

function toNoteStat(stat: vscode.FileStat): NoteFileStat {
  const kind =
    stat.type & vscode.FileType.File ? 'file' : stat.type & vscode.FileType.Directory ? 'directory' : 'other';
  return { kind, size: stat.size, mtime: stat.mtime };
}

export type NoteLoadResult =
  | { readonly kind: 'cached'; readonly note: ParsedNote }
  | {
      readonly kind: 'loaded';
      readonly stat: NoteFileStat;
      readonly note: ParsedNote;
      readonly cacheable: boolean;
    }
  | { readonly kind: 'missing' };

/** How the first scan loads a note: with its stat from statInBulk, if any, and reading in bulk where the host can. */
export interface InBulk {
  readonly knownStat: KnownStat | undefined;
}

/**
 * Loads a note: from `cached` when it knows this size and mtime, else by reading and parsing it.
 * Pass a `cached` that answers nothing to read the file whatever its size and mtime. `inBulk`: for
 * the first scan (else the note is stat'ed here and read on its own).
 */
export async function loadNoteFile(
  uri: vscode.Uri,
  cached: (stat: NoteFileStat) => ParsedNote | undefined,
  inBulk?: InBulk,
): Promise<NoteLoadResult> {
  const local = localFilesFor(uri);
  const source = inBulk && local?.bulk ? bulkNoteSource(local, local.bulk) : fileSourceFor(uri);
  const knownStat = inBulk?.knownStat;
  let stat: NoteFileStat;
  if (knownStat === 'gone') return { kind: 'missing' };
  try {
    stat = knownStat ?? (await source.stat(uri.toString()));
  } catch {
    return { kind: 'missing' };
  }
  const hit = stat.kind === 'file' ? cached(stat) : undefined;
  if (hit) return { kind: 'cached', note: hit };
  const loaded = noteFromRead(await readNoteFile(source, uri.toString(), stat), parseNote);
  return { kind: 'loaded', stat, note: loaded.note, cacheable: loaded.cacheable };
}

/** Whether `uri` is a folder now; false when it is anything else or is gone. */
export async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await fileSourceFor(uri).stat(uri.toString())).kind === 'directory';
  } catch {
    return false;
  }
}

export interface NotesFound {
  readonly notes: vscode.Uri[];
  /**
   * What the walk did not follow or read (see findNoteFiles), paths as URI strings: links leading
   * outside the workspace folder (on vscode.workspace.fs, every link), names that are not UTF-8. Files among them are shown as notes that cannot be read.
   */
  readonly skipped: readonly SkippedPath[];
}

/** A folder walk: the port, and how its paths map to URIs and to paths relative to a folder. */
interface FolderWalk {
  readonly port: FolderPort;
  pathOf(uri: vscode.Uri): string;
  uriOf(path: string): vscode.Uri;
  relative(folder: string, file: string): string;
}

/**
 * The walk for `folder`: the local reader's for `file:` URIs when there is one, else one over
 * vscode.workspace.fs with URI paths (on the folder's scheme and authority).
 */
function folderWalkFor(folder: vscode.Uri): FolderWalk {
  const local = localFilesFor(folder);
  if (local) {
    return {
      port: local.folders,
      pathOf: (uri) => uri.fsPath,
      uriOf: (path) => vscode.Uri.file(path),
      relative: (from, to) => local.relative(from, to),
    };
  }
  return {
    port: workspaceFolderPort(folder),
    pathOf: (uri) => uri.path,
    uriOf: (path) => folder.with({ path, query: '', fragment: '' }),
    relative,
  };
}

/**
 * The notes under `folder`, following links only inside `workspaceFolder` (by default `folder`
 * itself): the engine's walk, folder by folder, over the local reader or vscode.workspace.fs.
 * findFiles is not used: it answers in one message, and with 50,000 notes decoding it held the
 * extension host for about 200 ms (docs/benchmarks.md); on a file system without a search provider
 * (a `memfs:` workspace) it never answers at all.
 */
export async function findNotesIn(
  folder: vscode.Uri,
  workspaceFolder?: vscode.Uri,
  slices = new TimeSlices(),
): Promise<NotesFound> {
  const walk = folderWalkFor(folder);
  const skipped: SkippedPath[] = [];
  let boundary: string | undefined;
  if (workspaceFolder !== undefined) {
    try {
      boundary = await walk.port.realPath(walk.pathOf(workspaceFolder));
    } catch {
      return { notes: [], skipped }; // the workspace folder itself is gone
    }
  }
  const root = vscode.workspace.getWorkspaceFolder(folder)?.uri ?? folder;
  const excludedFromRoot = excludeMatcherFor(root);
  const rootPath = walk.pathOf(root);
  const excluded = (full: string): boolean => excludedFromRoot(walk.relative(rootPath, full));
  const files = await findNoteFiles(walk.pathOf(folder), walk.port, { skipped, boundary, excluded });
  return {
    // In slices: 10,000 URIs made in one go held the host for tens of milliseconds.
    notes: await mapInSlices(files, (file) => walk.uriOf(file), slices),
    skipped: skipped.map((entry) => ({ ...entry, path: walk.uriOf(entry.path).toString() })),
  };
}

/**
 * Whether a note reported by the file watcher really lies inside its workspace folder: a note that
 * is a link, or lies under a link, to somewhere outside is not read (the walk's rule). Only the
 * local reader can tell where a link leads; vscode.workspace.fs lists links but cannot resolve them,
 * so its walk never follows one (see workspaceFsFolders.ts).
 */
export async function leadsOutside(uri: vscode.Uri, workspaceFolder: vscode.Uri): Promise<boolean> {
  const local = localFilesFor(uri);
  if (!local) return isLink(uri);
  if (workspaceFolder.scheme !== 'file') return false;
  let real: string;
  let boundary: string;
  try {
    [real, boundary] = await Promise.all([
      local.folders.realPath(uri.fsPath),
      local.folders.realPath(workspaceFolder.fsPath),
    ]);
  } catch {
    return false; // gone, dangling or looping: reading it says what it is
  }
  return !isInsideFolder(real, boundary, local.folders.separator);
}

/** Whether vscode.workspace.fs calls `uri` a link (whose target it cannot tell: never read). */
async function isLink(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) !== 0;
  } catch {
    return false; // gone: reading it says so
  }
}

/** The matchers per workspace folder, until the settings change (see excludeSettingsChanged). */
const excludeMatchers = new Map<string, ExcludeMatcher>();

/** Drops the remembered exclude settings; true when the change is one of them. */
export function excludeSettingsChanged(event: vscode.ConfigurationChangeEvent): boolean {
  if (!affectsNoteExcludes(event)) return false;
  excludeMatchers.clear();
  return true;
}

/** `files.exclude` (the patterns set to true) and `coachingNotes.exclude` of a workspace folder. */
function excludeMatcherFor(folder: vscode.Uri): ExcludeMatcher {
  const key = folder.toString();
  let matcher = excludeMatchers.get(key);
  if (!matcher) {
    matcher = excludeMatcher(noteExcludeGlobs(folder));
    excludeMatchers.set(key, matcher);
  }
  return matcher;
}

/** Whether the exclude settings of its workspace folder leave `uri` out of the notes. */
export function isExcludedNote(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const fromFolder = relative(folder.uri.path, uri.path);
  if (fromFolder.split('/').some((segment) => SKIPPED_FOLDER_NAMES.has(segment))) return true;
  return excludeMatcherFor(folder.uri)(fromFolder);
}
