// Reads and parses note files with bounded concurrency into an index keyed by display path.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NoteIndex } from '../core/noteIndex';
import { parseNote } from '../core/parse';
import { loadNote, skippedNote, skipReasonWords } from '../core/workspace';
import type { NoteParser, NoteSource } from '../core/workspace';
import { excludeMatcher } from '../core/excludeGlobs';
import { NodeNoteSource } from './nodeNoteSource';
import { describeError, displayPath } from './paths';
import { forTerminal } from './terminalText';

/** Enough reads in flight to keep the disk and libuv's thread pool busy while the main thread parses. */
export const READ_CONCURRENCY = 32;

export interface LoadOptions {
  readonly parse: NoteParser;
  /** The key a file is indexed under (the CLI uses the path shown to the user). */
  readonly keyOf: (file: string) => string;
  readonly concurrency?: number;
  /** Told about every file that could not be read, with the reason in a few words. */
  readonly onUnreadable?: (key: string, reason: string) => void;
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
      const loaded = await loadNote(source, file, options.parse);
      const key = options.keyOf(file);
      index.set(key, loaded.note);
      if (loaded.unreadable !== null) options.onUnreadable?.(key, loaded.unreadable);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? READ_CONCURRENCY, files.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return index;
}

export type GivenNotes =
  | {
      readonly kind: 'indexed';
      readonly roots: readonly string[];
      readonly index: NoteIndex;
      /** Notes and folders that could not be read (each said on stderr): the run ends with exit 2. */
      readonly unread: number;
    }
  | { readonly kind: 'unreadable'; readonly message: string };

/**
 * The notes under the paths given on the command line (the current folder when none), indexed by
 * the path shown to the user. A path that cannot be read at all stops the run. Everything else that
 * cannot be read is said on stderr and counted, and the run goes on: a note that cannot be read
 * (`path: cannot read: reason`, and a file diagnostic in the index for `check`), a folder that cannot
 * be listed. A link leading outside the folders given is not followed (a warning), nor read when it
 * is named like a note (counted as unread).
 */
export async function indexGivenPaths(
  given: readonly string[],
  io: { readonly cwd: string; readonly stderr: { write(text: string): unknown } },
  exclude: readonly string[] = [],
): Promise<GivenNotes> {
  const roots: string[] = [];
  for (const shown of given.length > 0 ? given : ['.']) {
    const root = path.resolve(io.cwd, shown);
    try {
      await fs.promises.stat(root);
    } catch (error) {
      return { kind: 'unreadable', message: `cannot read '${shown}': ${describeError(error)}` };
    }
    roots.push(root);
  }
  const source = new NodeNoteSource(excludeMatcher(exclude));
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
  const index = await loadNotes(source, files, {
    parse: parseNote,
    keyOf: (file) => displayPath(io.cwd, file),
    onUnreadable: cannotRead,
  });
  for (const skipped of source.skipped) {
    if (skipped.folder) continue;
    const key = displayPath(io.cwd, skipped.path);
    index.set(key, skippedNote(skipped.reason).note);
    cannotRead(key, skipReasonWords(skipped.reason));
  }
  return { kind: 'indexed', roots, index, unread };
}
