// The core's file ports over Node's fs, for both Node hosts: the command line reads synchronously
// (`syncFolderPort`, `SyncNoteFiles`, `readNoteBytesSync`), the extension host asynchronously so that
// it never blocks (`asyncFolderPort`, `statAsync`, `readNoteBytesAsync`). Either way a FIFO or a
// device is never waited on: files are opened with O_NONBLOCK and checked with fstat once open.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXCLUDE_NOTHING, type ExcludeMatcher } from '../core/files/excludeGlobs';
import {
  findNoteFiles,
  folderEntryOf,
  type FolderPort,
  type SkippedPath,
  type WalkProblem,
} from '../core/files/walk';
import {
  NotRegularFileError,
  ReadBatchBuffer,
  readUpTo,
  readUpToSync,
  type ScratchBuffer,
  type NoteFileKind,
  type NoteFileStat,
  type NoteSource,
} from '../core/files/noteSource';

const OPEN_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK;

function kindOf(stats: fs.Stats): NoteFileKind {
  return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
}

function noteStatOf(stats: fs.Stats): NoteFileStat {
  return { kind: kindOf(stats), size: stats.size, mtime: stats.mtimeMs, ctime: stats.ctimeMs };
}

// ---- Synchronous: the command line ----

/** Follows links; throws when the path is gone or cannot be inspected. */
export function statSync(file: string): NoteFileStat {
  return noteStatOf(fs.statSync(file));
}

/**
 * Opens a file for reading without blocking and hands `read` the descriptor and the size once fstat
 * says it is a regular file; closes it. O_NONBLOCK: if the path was swapped for a FIFO meanwhile,
 * opening it must not wait for a writer; fstat then says it is not a regular file, and it is not read.
 */
function readRegularFileSync<T>(file: string, read: (fd: number, size: number) => T): T {
  const fd = fs.openSync(file, OPEN_FLAGS);
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFileError(file);
    return read(fd, stats.size);
  } finally {
    fs.closeSync(fd);
  }
}

/** The bytes of a regular file, at most `maxBytes + 1`, into `scratch` (see readUpToSync). */
function readIntoScratchSync(file: string, maxBytes: number, scratch: ScratchBuffer): Uint8Array {
  return readRegularFileSync(file, (fd, size) =>
    readUpToSync(
      size,
      maxBytes,
      (buffer, offset, length, position) => fs.readSync(fd, buffer, offset, length, position),
      scratch,
    ),
  );
}

/**
 * The bytes of a regular file, at most `maxBytes + 1`, in a buffer of their own, by synchronous
 * system calls (async only for the port's signature: failures reject).
 */
// eslint-disable-next-line @typescript-eslint/require-await -- synchronous behind the async port
export async function readNoteBytesSync(file: string, maxBytes: number): Promise<Uint8Array> {
  return readIntoScratchSync(file, maxBytes, { bytes: new Uint8Array(0) });
}

/** The folder port over synchronous calls: see SyncNoteFiles. */
export const syncFolderPort: FolderPort = {
  // eslint-disable-next-line @typescript-eslint/require-await -- synchronous behind the async port
  realPath: async (folder) => fs.realpathSync.native(folder),
  // Names as bytes: one that is not UTF-8 is told apart instead of becoming a path that names nothing.
  // eslint-disable-next-line @typescript-eslint/require-await
  list: async (folder) =>
    fs.readdirSync(folder, { withFileTypes: true, encoding: 'buffer' }).map(folderEntryOf),
  // eslint-disable-next-line @typescript-eslint/require-await
  linksToFolder: async (link) => {
    try {
      return fs.statSync(link).isDirectory();
    } catch {
      return false; // dangling, a loop of links (ELOOP), or no permission
    }
  },
  join: (folder, name) => path.join(folder, name),
  separator: path.sep,
};

/**
 * The command line's file port: synchronous system calls behind the async port, on purpose. With the
 * page cache warm, a note costs about 10 µs read this way and 50-85 µs through libuv's thread pool,
 * whatever the concurrency (docs/benchmarks.md); the CLI has nothing else to do meanwhile.
 */
export class SyncNoteFiles implements NoteSource {
  /** Folders inside the searched tree that could not be listed (the run goes on without them). */
  readonly walkProblems: WalkProblem[] = [];
  /** Links leading outside the folders searched, and names that are not UTF-8: not followed, not read. */
  readonly skipped: SkippedPath[] = [];
  /** Notes the folder listing called regular files (not links): read without a stat first. */
  readonly listedAsFiles = new Set<string>();

  /** `excluded` takes paths relative to the folder searched (`--exclude`). */
  constructor(private readonly excluded: ExcludeMatcher = EXCLUDE_NOTHING) {}

  async listNoteFiles(roots: readonly string[]): Promise<readonly string[]> {
    const files = new Set<string>();
    // Real paths of the folders already searched, across roots: two links to the same folder, or a
    // root inside another, are searched once.
    const visited = new Set<string>();
    for (const root of roots) {
      // A file named on the command line is a note whatever its name (and is stat'ed before reading).
      if (!fs.statSync(root).isDirectory()) {
        files.add(root);
        continue;
      }
      const excluded =
        this.excluded === EXCLUDE_NOTHING
          ? undefined
          : (full: string) => this.excluded(path.relative(root, full));
      const options = {
        problems: this.walkProblems,
        visited,
        skipped: this.skipped,
        excluded,
        regularFiles: this.listedAsFiles,
      };
      for (const file of await findNoteFiles(root, syncFolderPort, options)) files.add(file);
    }
    return [...files];
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- see the class comment
  async stat(file: string): Promise<NoteFileStat> {
    return statSync(file);
  }

  readBytes(file: string, maxBytes: number): Promise<Uint8Array> {
    return readNoteBytesSync(file, maxBytes);
  }

  // The buffer notes read by readBorrowedBytes go into, batch after batch.
  private readonly batch = new ReadBatchBuffer();

  /**
   * readBytes without a buffer per file, for a reader that reads a batch of notes, decodes them and
   * then calls releaseBorrowed (`overdue`: 10,000 notes leave no buffers behind for the collector).
   * Throws as readBytes rejects. The bytes are a view of a buffer reused after releaseBorrowed.
   */
  readBorrowedBytes(file: string, maxBytes: number): Uint8Array {
    return this.batch.readInto((scratch) => readIntoScratchSync(file, maxBytes, scratch));
  }

  /** The bytes readBorrowedBytes gave so far are no longer used: their buffer is read into again. */
  releaseBorrowed(): void {
    this.batch.release();
  }
}

// ---- Asynchronous: the extension host ----

/** Follows links; rejects when the path is gone or cannot be inspected. */
export async function statAsync(file: string): Promise<NoteFileStat> {
  return noteStatOf(await fs.promises.stat(file));
}

/** The real path (links resolved); rejects when it cannot be reached. */
export function realPathAsync(file: string): Promise<string> {
  return fs.promises.realpath(file);
}

/** readNoteBytesSync without blocking: the bytes of an open regular file, at most `maxBytes + 1`. */
export async function readNoteBytesAsync(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, OPEN_FLAGS);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotRegularFileError(file);
    return await readUpTo(
      stats.size,
      maxBytes,
      async (buffer, offset, length, position) =>
        (await handle.read(buffer, offset, length, position)).bytesRead,
    );
  } finally {
    await handle.close();
  }
}

/** The folder port over Node's fs, without blocking the extension host. */
export const asyncFolderPort: FolderPort = {
  realPath: realPathAsync,
  // Names as bytes: one that is not UTF-8 is told apart instead of becoming a path that names nothing.
  list: async (folder) =>
    (await fs.promises.readdir(folder, { withFileTypes: true, encoding: 'buffer' })).map(folderEntryOf),
  linksToFolder: async (link) => {
    try {
      return (await fs.promises.stat(link)).isDirectory();
    } catch {
      return false;
    }
  },
  join: (folder, name) => path.join(folder, name),
  separator: path.sep,
};
