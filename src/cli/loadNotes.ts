// Finds the notes under the paths given on the command line, and reads them: parsed in full into an
// index (check, reps, history), or each note's text handed to a query that keeps only its answer
// (overdue). Either way keyed by the path shown to the user.
import * as path from 'node:path';
import { NoteIndex } from '../core/reps/noteIndex';
import { parseNote } from '../core/note/parse';
import {
  decodeNoteFile,
  loadNote,
  MAX_NOTE_BYTES,
  noteFromRead,
  readNoteFile,
  readOpenedFile,
  readOpenedFileSync,
  skippedNote,
  skipReasonWords,
  type LoadedNote,
  type NoteParser,
  type NoteSource,
  type ReadOutcome,
} from '../core/files/noteSource';
import { excludeMatcher } from '../core/files/excludeGlobs';
import { statSync, SyncNoteFiles } from '../node/nodeFiles';
import { describeError, displayPath } from './paths';
import { forTerminal } from './terminalText';

/** Notes read back to back by scanGivenPaths before they are decoded (about 200 KB of notes). */
const SCAN_BATCH = 128;

/** Enough reads in flight to keep the disk and libuv's thread pool busy while the main thread parses. */
export const READ_CONCURRENCY = 32;

export interface LoadOptions {
  readonly parse: NoteParser;
  /** The key a file is indexed under (the CLI uses the path shown to the user). */
  readonly keyOf: (file: string) => string;
  readonly concurrency?: number;
  /** Told about every file that could not be read, with the reason in a few words. */
  readonly onUnreadable?: (key: string, reason: string) => void;
  /** Files the folder listing called regular files: opened without a stat first (readOpenedFile). */
  readonly listedAsFiles?: ReadonlySet<string>;
}

/** A note the listing called a regular file is opened without a stat first; any other is stat'ed. */
async function readNote(
  source: NoteSource,
  file: string,
  listedAsFiles: ReadonlySet<string> | undefined,
): Promise<ReadOutcome> {
  return listedAsFiles?.has(file)
    ? readOpenedFile(source, file, MAX_NOTE_BYTES)
    : (await readNoteFile(source, file)).outcome;
}

export async function loadNotes(
  source: NoteSource,
  files: readonly string[],
  options: LoadOptions,
): Promise<NoteIndex> {
  const index = new NoteIndex();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      const loaded: LoadedNote = options.listedAsFiles?.has(file)
        ? noteFromRead(
            { outcome: await readNote(source, file, options.listedAsFiles), stat: null },
            options.parse,
          )
        : await loadNote(source, file, options.parse);
      const key = options.keyOf(file);
      index.set(key, loaded.note);
      if (loaded.unreadable !== null) options.onUnreadable?.(key, loaded.unreadable);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? READ_CONCURRENCY, files.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return index;
}

/** The notes found under the paths given, before any is read. */
interface FoundNotes {
  readonly kind: 'found';
  readonly roots: readonly string[];
  readonly source: SyncNoteFiles;
  readonly files: readonly string[];
  /** Says on stderr that a note cannot be read, and counts it. */
  readonly cannotRead: (key: string, reason: string) => void;
  readonly keyOf: (file: string) => string;
  /** Notes and folders that could not be read so far. */
  readonly unread: () => number;
}

type Unreadable = { readonly kind: 'unreadable'; readonly message: string };

/** What reading the paths given found, whatever was made of the notes. */
interface GivenPathsRead {
  readonly roots: readonly string[];
  /** Notes and folders that could not be read (each said on stderr): the run ends with exit 2. */
  readonly unread: number;
}

export type GivenNotes =
  (GivenPathsRead & { readonly kind: 'indexed'; readonly index: NoteIndex }) | Unreadable;

export interface GivenPathsIo {
  readonly cwd: string;
  readonly stderr: { write(text: string): unknown };
}

/**
 * Finds the notes under the paths given on the command line (the current folder when none). A path
 * that cannot be read at all stops the run. Everything else that cannot be read is said on stderr and
 * counted, and the run goes on: a folder that cannot be listed, a link leading outside the folders
 * given (not followed: a warning; not read when it is named like a note: counted as unread).
 */
async function findGivenNotes(
  given: readonly string[],
  io: GivenPathsIo,
  exclude: readonly string[],
): Promise<FoundNotes | Unreadable> {
  const roots: string[] = [];
  for (const shown of given.length > 0 ? given : ['.']) {
    const root = path.resolve(io.cwd, shown);
    try {
      statSync(root);
    } catch (error) {
      return { kind: 'unreadable', message: `cannot read '${shown}': ${describeError(error)}` };
    }
    roots.push(root);
  }
  const source = new SyncNoteFiles(excludeMatcher(exclude));
  const files = await source.listNoteFiles(roots);
  const shown = (file: string): string => forTerminal(displayPath(io.cwd, file));
  let unread = 0;
  const cannotSearch = (folder: string, reason: string): void => {
    unread++;
    io.stderr.write(`coaching-notes: cannot search '${shown(folder)}': ${reason}\n`);
  };
  const cannotRead = (key: string, reason: string): void => {
    unread++;
    io.stderr.write(`${forTerminal(key)}: cannot read: ${reason}\n`);
  };
  // Folders first, then notes (those that could not be read, then those the walk did not read).
  for (const problem of source.walkProblems) cannotSearch(problem.folder, describeError(problem.error));
  for (const skipped of source.skipped) {
    if (!skipped.folder) continue;
    const words = skipReasonWords(skipped.reason);
    if (skipped.reason === 'link-outside') {
      io.stderr.write(`coaching-notes: warning: not searching '${shown(skipped.path)}': ${words}\n`);
    } else {
      cannotSearch(skipped.path, words);
    }
  }
  const keyOf = (file: string): string => displayPath(io.cwd, file);
  return { kind: 'found', roots, source, files, cannotRead, keyOf, unread: () => unread };
}

/** The notes the walk found and does not read (links outside, names not UTF-8), said on stderr. */
function* skippedNotes(found: FoundNotes): Generator<[key: string, note: LoadedNote]> {
  for (const skipped of found.source.skipped) {
    if (skipped.folder) continue;
    const key = found.keyOf(skipped.path);
    found.cannotRead(key, skipReasonWords(skipped.reason));
    yield [key, skippedNote(skipped.reason)];
  }
}

/**
 * The notes under the paths given, parsed in full and indexed by the path shown to the user. A note
 * that cannot be read is said on stderr (`path: cannot read: reason`), counted, and indexed as a file
 * diagnostic for `check`.
 */
export async function indexGivenPaths(
  given: readonly string[],
  io: GivenPathsIo,
  exclude: readonly string[] = [],
): Promise<GivenNotes> {
  const found = await findGivenNotes(given, io, exclude);
  if (found.kind === 'unreadable') return found;
  const index = await loadNotes(found.source, found.files, {
    parse: parseNote,
    keyOf: found.keyOf,
    onUnreadable: found.cannotRead,
    listedAsFiles: found.source.listedAsFiles,
  });
  for (const [key, skipped] of skippedNotes(found)) index.set(key, skipped.note);
  return { kind: 'indexed', roots: found.roots, index, unread: found.unread() };
}

export type ScannedNotes =
  | (GivenPathsRead & {
      readonly kind: 'scanned';
      /** Notes found, read or not (as many as indexGivenPaths would index). */
      readonly notes: number;
    })
  | Unreadable;

/**
 * The notes under the paths given, one at a time, for a query that keeps only its answer: each
 * readable note's text goes to `onText` with the path shown to the user, and is dropped. What cannot
 * be read is said on stderr and counted as in indexGivenPaths.
 */
export async function scanGivenPaths(
  given: readonly string[],
  io: GivenPathsIo,
  exclude: readonly string[],
  onText: (key: string, text: string) => void,
): Promise<ScannedNotes> {
  const found = await findGivenNotes(given, io, exclude);
  if (found.kind === 'unreadable') return found;
  const { source, files, keyOf } = found;
  const readBorrowed = (file: string, maxBytes: number): Uint8Array =>
    source.readBorrowedBytes(file, maxBytes);
  const outcomes: ReadOutcome[] = [];
  for (let start = 0; start < files.length; start += SCAN_BATCH) {
    // A batch of notes read back to back, then decoded and handed on one by one, before the next
    // batch reuses the reader's buffer. A note the listing called a regular file is read into that
    // buffer; any other path is stat'ed and read as in indexGivenPaths.
    const batch = files.slice(start, start + SCAN_BATCH);
    outcomes.length = 0;
    for (const file of batch) {
      outcomes.push(
        source.listedAsFiles.has(file)
          ? readOpenedFileSync(readBorrowed, file, MAX_NOTE_BYTES)
          : (await readNoteFile(source, file)).outcome,
      );
    }
    batch.forEach((file, index) => {
      const decoded = decodeNoteFile(outcomes[index]);
      if ('text' in decoded) onText(keyOf(file), decoded.text);
      else found.cannotRead(keyOf(file), decoded.reason);
    });
    source.releaseBorrowed();
  }
  const skipped = [...skippedNotes(found)].length;
  return { kind: 'scanned', roots: found.roots, notes: files.length + skipped, unread: found.unread() };
}
