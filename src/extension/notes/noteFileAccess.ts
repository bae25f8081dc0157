// How the extension host reaches note files: finds them under a folder (the walk, the exclude
// settings, links leading outside) and reads one, with the engine's rules for what is readable (a
// FIFO or device named *.coach.md is never opened; a huge file is never read): file: URIs with
// Node's fs, others through VS Code. Keeping the index of notes live is WorkspaceNotes' job
// (workspaceNotes.ts); the rules themselves are the engine's (core/files/noteSource, core/files/walk).
import * as path from 'path';
import * as vscode from 'vscode';
import type { ParsedNote } from '../../core/note/model';
import { excludeMatcher, type ExcludeMatcher } from '../../core/files/excludeGlobs';
import { affectsNoteExcludes, noteExcludeGlobs } from '../settings';
import { findNoteFiles, isInsideFolder, type SkippedPath } from '../../core/files/walk';
import { parseNote } from '../../core/note/parse';
import {
  noteFromRead,
  readNoteFile,
  SKIPPED_FOLDER_NAMES,
  type NoteFileStat,
  type NoteSource,
} from '../../core/files/noteSource';
import { asyncFolderPort, readNoteBytesAsync, realPathAsync, statAsync } from '../../node/nodeFiles';

export const NOTE_GLOB = '**/*.coach.md';
/** Folders never searched for notes (also left alone when they appear: see WorkspaceNotes). */
export const NOTE_EXCLUDE_GLOB = `{${[...SKIPPED_FOLDER_NAMES].map((name) => `**/${name}/**`).join(',')}}`;

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
 * file: URIs through Node's fs, in this process, without blocking it. vscode.workspace.fs reaches
 * the same disk, but each of its calls first asks the workbench to activate the file system
 * provider, a round trip: with 10,000 notes, stat() of each took 5 s that way against 0.16 s here,
 * and the first scan was slowed down as much (docs/benchmarks.md).
 */
const nodeNoteSource: NoteSource = {
  listNoteFiles,
  stat: (file) => statAsync(vscode.Uri.parse(file).fsPath),
  readBytes: (file, maxBytes) => readNoteBytesAsync(vscode.Uri.parse(file).fsPath, maxBytes),
};

/** How to stat and read a file the user does not control (a note, the roster) at `uri`. */
export function fileSourceFor(uri: vscode.Uri): NoteSource {
  return uri.scheme === 'file' ? nodeNoteSource : vscodeNoteSource;
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

/**
 * Loads a note: from `cached` when it knows this size and mtime, else by reading and parsing it.
 * Pass a `cached` that answers nothing to read the file whatever its size and mtime.
 */
export async function loadNoteFile(
  uri: vscode.Uri,
  cached: (stat: NoteFileStat) => ParsedNote | undefined,
): Promise<NoteLoadResult> {
  const source = fileSourceFor(uri);
  let stat: NoteFileStat;
  try {
    stat = await source.stat(uri.toString());
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
   * What the walk did not follow or read (see findNoteFiles): links leading outside the workspace
   * folder, names that are not UTF-8. Files among them are shown as notes that cannot be read.
   */
  readonly skipped: readonly SkippedPath[];
}

/**
 * The notes under `folder`, following links only inside `workspaceFolder` (by default `folder`
 * itself). For `file:` folders a walk with Node's fs, folder by folder: findFiles answers in one
 * message, and with 50,000 notes decoding it held the extension host for about 200 ms
 * (docs/benchmarks.md). Other schemes go through findFiles.
 */
export async function findNotesIn(folder: vscode.Uri, workspaceFolder?: vscode.Uri): Promise<NotesFound> {
  if (folder.scheme !== 'file') {
    const found = await vscode.workspace.findFiles(
      new vscode.RelativePattern(folder, NOTE_GLOB),
      NOTE_EXCLUDE_GLOB,
    );
    return { notes: found.filter((uri) => !isExcludedNote(uri)), skipped: [] };
  }
  const skipped: SkippedPath[] = [];
  let boundary: string | undefined;
  if (workspaceFolder !== undefined) {
    try {
      boundary = await realPathAsync(workspaceFolder.fsPath);
    } catch {
      return { notes: [], skipped }; // the workspace folder itself is gone
    }
  }
  const root = vscode.workspace.getWorkspaceFolder(folder)?.uri ?? folder;
  const excludedFromRoot = excludeMatcherFor(root);
  const excluded = (full: string): boolean => excludedFromRoot(path.relative(root.fsPath, full));
  const files = await findNoteFiles(folder.fsPath, asyncFolderPort, { skipped, boundary, excluded });
  return { notes: files.map((file) => vscode.Uri.file(file)), skipped };
}

/**
 * Whether a note reported by the file watcher really lies inside its workspace folder: a note that
 * is a link, or lies under a link, to somewhere outside is not read (the walk's rule).
 */
export async function leadsOutside(uri: vscode.Uri, workspaceFolder: vscode.Uri): Promise<boolean> {
  if (uri.scheme !== 'file' || workspaceFolder.scheme !== 'file') return false;
  let real: string;
  let boundary: string;
  try {
    [real, boundary] = await Promise.all([realPathAsync(uri.fsPath), realPathAsync(workspaceFolder.fsPath)]);
  } catch {
    return false; // gone, dangling or looping: reading it says what it is
  }
  return !isInsideFolder(real, boundary, path.sep);
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
  const relative = path.posix.relative(folder.uri.path, uri.path);
  if (relative.split('/').some((segment) => SKIPPED_FOLDER_NAMES.has(segment))) return true;
  return excludeMatcherFor(folder.uri)(relative);
}
