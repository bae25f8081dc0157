// The file port over node:fs: finds note files under folders and reads them without ever blocking
// on a FIFO or a device.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXCLUDE_NOTHING, type ExcludeMatcher } from '../core/excludeGlobs';
import {
  findNoteFiles,
  folderEntryOf,
  type FolderPort,
  type SkippedPath,
  type WalkProblem,
} from '../core/noteWalk';
import { NotRegularFileError, readUpTo } from '../core/workspace';
import type { NoteFileKind, NoteFileStat, NoteSource } from '../core/workspace';

function kindOf(stats: fs.Stats): NoteFileKind {
  return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
}

// eslint-disable-next-line @typescript-eslint/require-await -- synchronous behind the async port
async function linksToFolder(link: string): Promise<boolean> {
  try {
    return fs.statSync(link).isDirectory();
  } catch {
    return false; // dangling, a loop of links (ELOOP), or no permission
  }
}

/** The folder port over synchronous calls: see NodeNoteSource. */
const syncFolderPort: FolderPort = {
  // eslint-disable-next-line @typescript-eslint/require-await
  realPath: async (folder) => fs.realpathSync.native(folder),
  // Names as bytes: one that is not UTF-8 is told apart instead of becoming a path that names nothing.
  // eslint-disable-next-line @typescript-eslint/require-await
  list: async (folder) =>
    fs.readdirSync(folder, { withFileTypes: true, encoding: 'buffer' }).map(folderEntryOf),
  linksToFolder,
  join: (folder, name) => path.join(folder, name),
  separator: path.sep,
};

/**
 * Synchronous system calls behind the async port, on purpose: with the page cache warm, a note costs
 * about 10 µs read this way and 50-85 µs through libuv's thread pool, whatever the concurrency (see
 * docs/benchmarks.md). The CLI has nothing else to do meanwhile, and nothing here can block: a
 * FIFO or device is never opened (stat first), and files are opened with O_NONBLOCK besides.
 */
export class NodeNoteSource implements NoteSource {
  /** Folders inside the searched tree that could not be listed (the run goes on without them). */
  readonly walkProblems: WalkProblem[] = [];
  /** Links leading outside the folders searched, and names that are not UTF-8: not followed, not read. */
  readonly skipped: SkippedPath[] = [];

  /** `excluded` takes paths relative to the folder searched (`--exclude`). */
  constructor(private readonly excluded: ExcludeMatcher = EXCLUDE_NOTHING) {}

  async listNoteFiles(roots: readonly string[]): Promise<readonly string[]> {
    const files = new Set<string>();
    // Real paths of the folders already searched, across roots: two links to the same folder, or a
    // root inside another, are searched once.
    const visited = new Set<string>();
    for (const root of roots) {
      // A file named on the command line is a note whatever its name.
      if (!fs.statSync(root).isDirectory()) {
        files.add(root);
        continue;
      }
      const excluded = (full: string) => this.excluded(path.relative(root, full));
      const options = { problems: this.walkProblems, visited, skipped: this.skipped, excluded };
      for (const file of await findNoteFiles(root, syncFolderPort, options)) {
        files.add(file);
      }
    }
    return [...files];
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- see the class comment
  async stat(file: string): Promise<NoteFileStat> {
    const stats = fs.statSync(file);
    return { kind: kindOf(stats), size: stats.size, mtime: stats.mtimeMs };
  }

  async readBytes(file: string, maxBytes: number): Promise<Uint8Array> {
    // O_NONBLOCK: if the path was swapped for a FIFO after stat, opening it must not wait for a writer.
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const stats = fs.fstatSync(fd);
      if (!stats.isFile()) throw new NotRegularFileError(file);
      return await readUpTo(stats.size, maxBytes, (buffer, offset, length, position) =>
        fs.readSync(fd, buffer, offset, length, position),
      );
    } finally {
      fs.closeSync(fd);
    }
  }
}
