// Reads and parses note files with bounded concurrency into an index keyed by display path.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NoteIndex } from '../core/noteIndex';
import { parseNote } from '../core/parse';
import { loadNote } from '../core/workspace';
import type { NoteParser, NoteSource } from '../core/workspace';
import { excludeMatcher } from '../core/excludeGlobs';
import { NodeNoteSource } from './nodeNoteSource';
import { describeError, displayPath } from './paths';

/** Enough reads in flight to keep the disk and libuv's thread pool busy while the main thread parses. */
export const READ_CONCURRENCY = 32;

export interface LoadOptions {
  readonly parse: NoteParser;
  /** The key a file is indexed under (the CLI uses the path shown to the user). */
  readonly keyOf: (file: string) => string;
  readonly concurrency?: number;
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
      index.set(options.keyOf(file), loaded.note);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? READ_CONCURRENCY, files.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return index;
}

export type GivenNotes =
  | { readonly kind: 'indexed'; readonly roots: readonly string[]; readonly index: NoteIndex }
  | { readonly kind: 'unreadable'; readonly message: string };

/**
 * The notes under the paths given on the command line (the current folder when none), indexed by
 * the path shown to the user. A folder that cannot be searched is a warning on stderr and the run
 * goes on; a path that cannot be read at all stops it.
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
  for (const problem of source.walkProblems) {
    io.stderr.write(
      `coaching-notes: warning: cannot search '${displayPath(io.cwd, problem.folder)}': ${describeError(problem.error)}\n`,
    );
  }
  const index = await loadNotes(source, files, {
    parse: parseNote,
    keyOf: (file) => displayPath(io.cwd, file),
  });
  return { kind: 'indexed', roots, index };
}
