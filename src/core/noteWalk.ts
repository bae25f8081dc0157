// Finds the note files under folders, for the CLI and the extension host alike: depth first, names
// in order, `node_modules`, `.git` and excluded paths skipped, symbolic links followed but every real
// folder searched once (a link back up the tree ends). The file system comes through a port, so the engine stays
// free of Node's fs and each host picks how to call it.
import { isNoteFileName, SKIPPED_FOLDER_NAMES } from './workspace';

export type FolderEntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface FolderEntry {
  readonly name: string;
  readonly kind: FolderEntryKind;
}

/** What Node's fs.Dirent answers, structurally (the engine does not import fs). */
export interface DirentLike {
  readonly name: string;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFile(): boolean;
}

export function folderEntryOf(entry: DirentLike): FolderEntry {
  const kind: FolderEntryKind = entry.isDirectory()
    ? 'directory'
    : entry.isSymbolicLink()
      ? 'symlink'
      : entry.isFile()
        ? 'file'
        : 'other';
  return { name: entry.name, kind };
}

export interface FolderPort {
  /** The folder's real path (links resolved); throws when it cannot be reached. */
  realPath(folder: string): Promise<string>;
  /** The folder's entries; throws when it cannot be listed. */
  list(folder: string): Promise<readonly FolderEntry[]>;
  /** Whether a symbolic link leads to a folder (false when dangling or looping). */
  linksToFolder(link: string): Promise<boolean>;
  join(folder: string, name: string): string;
}

export interface WalkProblem {
  readonly folder: string;
  readonly error: unknown;
}

const byName = (a: FolderEntry, b: FolderEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Every file named like a note under `root`, FIFOs, devices and dangling links too (reading them
 * reports what they are). Folders that cannot be listed go to `problems`; the walk goes on.
 */
export async function findNoteFiles(
  root: string,
  port: FolderPort,
  problems: WalkProblem[] = [],
  visited: Set<string> = new Set(),
  /** Paths (as `port.join` builds them) left out, e.g. archive folders matched by exclude globs. */
  excluded: (path: string) => boolean = () => false,
): Promise<string[]> {
  const files: string[] = [];
  // A stack rather than recursion, for any depth of tree.
  const pending = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries: FolderEntry[];
    try {
      const real = await port.realPath(folder);
      if (visited.has(real)) continue;
      visited.add(real);
      entries = [...(await port.list(folder))];
    } catch (error) {
      problems.push({ folder, error });
      continue;
    }
    entries.sort(byName);
    const subfolders: string[] = [];
    for (const entry of entries) {
      const full = port.join(folder, entry.name);
      const isFolder =
        entry.kind === 'directory' || (entry.kind === 'symlink' && (await port.linksToFolder(full)));
      if (excluded(full)) continue;
      if (isFolder) {
        if (!SKIPPED_FOLDER_NAMES.has(entry.name)) subfolders.push(full);
      } else if (isNoteFileName(entry.name)) {
        files.push(full);
      }
    }
    for (let index = subfolders.length - 1; index >= 0; index--) pending.push(subfolders[index]);
  }
  return files;
}
