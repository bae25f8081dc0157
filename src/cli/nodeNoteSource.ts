// The file port over node:fs: finds note files under folders and reads them without ever blocking
// on a FIFO or a device.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isNoteFileName, NotRegularFileError, SKIPPED_FOLDER_NAMES } from '../core/workspace';
import type { NoteFileKind, NoteFileStat, NoteSource } from '../core/workspace';

function kindOf(stats: fs.Stats): NoteFileKind {
  return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
}

export interface WalkProblem {
  readonly folder: string;
  readonly error: unknown;
}

function linksToFolder(link: string): boolean {
  try {
    return fs.statSync(link).isDirectory();
  } catch {
    return false; // dangling, a loop of links (ELOOP), or no permission
  }
}

/**
 * Synchronous system calls behind the async port, on purpose: with the page cache warm, a note costs
 * about 10 µs read this way and 50-85 µs through libuv's thread pool, whatever the concurrency (see
 * docs/benchmarks.md). The CLI has nothing else to do meanwhile, and nothing here can block: a
 * FIFO or device is never opened (stat first), and files are opened with O_NONBLOCK besides.
 */
export class NodeNoteSource implements NoteSource {
  /** Folders inside the searched tree that could not be listed (the run goes on without them). */
  readonly walkProblems: WalkProblem[] = [];

  // eslint-disable-next-line @typescript-eslint/require-await -- the port is async; this host is not
  async listNoteFiles(roots: readonly string[]): Promise<readonly string[]> {
    const files: string[] = [];
    const listed = new Set<string>();
    // Real paths of the folders already searched: a symbolic link back up the tree (or two links to
    // the same folder) is searched once, and a loop ends.
    const visited = new Set<string>();
    const addFile = (file: string) => {
      if (!listed.has(file)) {
        listed.add(file);
        files.push(file);
      }
    };
    for (const root of roots) {
      // A file named on the command line is a note whatever its name.
      if (fs.statSync(root).isDirectory()) this.walk(root, visited, addFile);
      else addFile(root);
    }
    return files;
  }

  /** Depth first, entries in name order; a stack rather than recursion, for any depth of tree. */
  private walk(root: string, visited: Set<string>, addFile: (file: string) => void): void {
    const pending = [root];
    for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
      let entries: fs.Dirent[];
      try {
        const real = fs.realpathSync.native(folder);
        if (visited.has(real)) continue;
        visited.add(real);
        entries = fs.readdirSync(folder, { withFileTypes: true });
      } catch (error) {
        this.walkProblems.push({ folder, error });
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subfolders: string[] = [];
      for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDER_NAMES.has(entry.name)) subfolders.push(full);
        } else if (entry.isSymbolicLink()) {
          if (linksToFolder(full)) {
            if (!SKIPPED_FOLDER_NAMES.has(entry.name)) subfolders.push(full);
          } else if (isNoteFileName(entry.name)) {
            // Also a dangling or looping link named like a note: listed, so that `check` reports it.
            addFile(full);
          }
        } else if (isNoteFileName(entry.name)) {
          // Regular files, and FIFOs or devices named like notes (reported as not-regular-file).
          addFile(full);
        }
      }
      for (let i = subfolders.length - 1; i >= 0; i--) pending.push(subfolders[i]);
    }
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- see the class comment
  async stat(file: string): Promise<NoteFileStat> {
    const stats = fs.statSync(file);
    return { kind: kindOf(stats), size: stats.size, mtime: stats.mtimeMs };
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- see the class comment
  async readBytes(file: string, maxBytes: number): Promise<Uint8Array> {
    // O_NONBLOCK: if the path was swapped for a FIFO after stat, opening it must not wait for a writer.
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const stats = fs.fstatSync(fd);
      if (!stats.isFile()) throw new NotRegularFileError(file);
      // One byte more than the limit tells a file that is too large; the size from fstat lets a
      // single read finish a file that is not being written to.
      let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          if (length > maxBytes) break;
          const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
          buffer.copy(grown, 0, 0, length);
          buffer = grown;
        }
        const bytesRead = fs.readSync(fd, buffer, length, buffer.length - length, length);
        length += bytesRead;
        if (bytesRead === 0 || length === stats.size) break;
      }
      return buffer.subarray(0, length);
    } finally {
      fs.closeSync(fd);
    }
  }
}
