// Reads and parses note files with bounded concurrency into an index keyed by display path.
import { NoteIndex } from '../core/noteIndex';
import { loadNote } from '../core/workspace';
import type { NoteParser, NoteSource } from '../core/workspace';

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
