// Finds the note files under folders, for the CLI and the extension host alike: depth first, names
// in order, `node_modules`, `.git` and excluded paths skipped. Symbolic links are followed only while
// they stay inside the folder being searched (a link to `/`, to `/proc` or to another team's folder is
// not followed), and every real folder is searched once (a link back up the tree ends). The file system
// comes through a port, so the engine stays free of Node's fs and each host picks how to call it.
import { isNoteFileName, SKIPPED_FOLDER_NAMES, type SkipReason } from './noteSource';

export type FolderEntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface FolderEntry {
  readonly name: string;
  readonly kind: FolderEntryKind;
  /** The name on disk is not valid UTF-8: `name` is an approximation that names no file. */
  readonly undecodable?: boolean;
}

/** What Node's fs.Dirent answers, structurally (the engine does not import fs). */
export interface DirentLike {
  /** A string, or the raw bytes when the folder was listed with `encoding: 'buffer'`. */
  readonly name: string | Uint8Array;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFile(): boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function folderEntryOf(entry: DirentLike): FolderEntry {
  const kind: FolderEntryKind = entry.isDirectory()
    ? 'directory'
    : entry.isSymbolicLink()
      ? 'symlink'
      : entry.isFile()
        ? 'file'
        : 'other';
  if (typeof entry.name === 'string') return { name: entry.name, kind };
  try {
    return { name: strictUtf8.decode(entry.name), kind };
  } catch {
    // A name that is not UTF-8 cannot be given back to the file system as a string.
    return { name: lenientUtf8.decode(entry.name), kind, undecodable: true };
  }
}

export interface FolderPort {
  /** The real path (links resolved) of a folder or a link; throws when it cannot be reached. */
  realPath(path: string): Promise<string>;
  /** The folder's entries; throws when it cannot be listed. */
  list(folder: string): Promise<readonly FolderEntry[]>;
  /** Whether a symbolic link leads to a folder (false when dangling or looping). */
  linksToFolder(link: string): Promise<boolean>;
  join(folder: string, name: string): string;
  /** The host's path separator (`/`, or `\` on Windows), to tell whether a real path is inside another. */
  readonly separator: string;
}

export interface WalkProblem {
  readonly folder: string;
  readonly error: unknown;
}

export type { SkipReason };

export interface SkippedPath {
  readonly path: string;
  /** A folder (or a link to one) rather than a file named like a note. */
  readonly folder: boolean;
  readonly reason: SkipReason;
}

export interface WalkOptions {
  /** Folders that could not be listed; the walk goes on without them. */
  readonly problems?: WalkProblem[];
  /** Real paths of the folders already searched: shared between walks, each is searched once. */
  readonly visited?: Set<string>;
  /**
   * Links must lead inside this folder (a real path); by default the root's real path. The extension
   * passes the workspace folder when it searches a folder that appeared inside it.
   */
  readonly boundary?: string;
  /** Links leading outside, and names that are not UTF-8: never followed, never read. */
  readonly skipped?: SkippedPath[];
  /** Paths (as `port.join` builds them) left out, e.g. archive folders matched by exclude globs. */
  readonly excluded?: (path: string) => boolean;
  /**
   * Filled with the notes found that the listing called regular files (not links): a host may open
   * them without a stat first (see readOpenedFile).
   */
  readonly regularFiles?: Set<string>;
}

const byName = (a: FolderEntry, b: FolderEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Whether the real path `inner` is `outer` or lies under it. */
export function isInsideFolder(inner: string, outer: string, separator: string): boolean {
  if (inner === outer) return true;
  return inner.startsWith(outer.endsWith(separator) ? outer : outer + separator);
}

type LinkTarget = { readonly inside: true; readonly real: string | null } | { readonly inside: false };

/**
 * Every file named like a note under `root`, FIFOs, devices and dangling links too (reading them
 * reports what they are). A link is followed only when its real path lies inside the boundary:
 * a link to a folder outside is not searched, a note that is a link to a file outside is not read
 * (both go to `skipped`, so that the host can say so). Never throws.
 */
export async function findNoteFiles(
  root: string,
  port: FolderPort,
  options: WalkOptions = {},
): Promise<string[]> {
  const problems = options.problems ?? [];
  const visited = options.visited ?? new Set<string>();
  const skipped = options.skipped ?? [];
  const excluded = options.excluded ?? (() => false);
  const files: string[] = [];
  let boundary: string;
  try {
    const rootReal = await port.realPath(root);
    boundary = options.boundary ?? rootReal;
    if (!isInsideFolder(rootReal, boundary, port.separator)) {
      skipped.push({ path: root, folder: true, reason: 'link-outside' });
      return files;
    }
  } catch (error) {
    problems.push({ folder: root, error });
    return files;
  }
  /**
   * Whether a link may be followed: inside the boundary, with its real path (null when it cannot be
   * resolved: dangling or looping, nothing outside is reached and reading it says what it is); not
   * when it leads outside (said so).
   */
  const followable = async (link: string, folder: boolean): Promise<LinkTarget> => {
    let real: string;
    try {
      real = await port.realPath(link);
    } catch {
      return { inside: true, real: null };
    }
    if (isInsideFolder(real, boundary, port.separator)) return { inside: true, real };
    skipped.push({ path: link, folder, reason: 'link-outside' });
    return { inside: false };
  };
  // A stack rather than recursion, for any depth of tree. A folder's real path is known when it was
  // reached through plain folders from one whose real path is known (its parent's real path and its
  // name): only the root and links cost a realPath call.
  const pending: { readonly folder: string; readonly real: string | null }[] = [{ folder: root, real: null }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const folder = next.folder;
    let entries: FolderEntry[];
    let real: string;
    try {
      real = next.real ?? (await port.realPath(folder));
      if (visited.has(real)) continue;
      visited.add(real);
      entries = [...(await port.list(folder))];
    } catch (error) {
      problems.push({ folder, error });
      continue;
    }
    entries.sort(byName);
    const subfolders: { readonly folder: string; readonly real: string | null }[] = [];
    for (const entry of entries) {
      const full = port.join(folder, entry.name);
      if (excluded(full)) continue;
      const isLink = entry.kind === 'symlink';
      const isFolder = entry.kind === 'directory' || (isLink && (await port.linksToFolder(full)));
      if (isFolder) {
        if (SKIPPED_FOLDER_NAMES.has(entry.name)) continue;
        if (entry.undecodable) skipped.push({ path: full, folder: true, reason: 'undecodable-name' });
        else if (!isLink) subfolders.push({ folder: full, real: port.join(real, entry.name) });
        else {
          const linked = await followable(full, true);
          if (linked.inside) subfolders.push({ folder: full, real: linked.real });
        }
      } else if (isNoteFileName(entry.name)) {
        if (entry.undecodable) skipped.push({ path: full, folder: false, reason: 'undecodable-name' });
        else if (!isLink || (await followable(full, false)).inside) {
          files.push(full);
          if (entry.kind === 'file') options.regularFiles?.add(full);
        }
      }
    }
    for (let index = subfolders.length - 1; index >= 0; index--) pending.push(subfolders[index]);
  }
  return files;
}
