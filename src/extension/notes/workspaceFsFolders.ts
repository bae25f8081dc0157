// The engine's folder port (core/files/walk.ts) over vscode.workspace.fs, for every file system the
// host has no reader of its own for: the web worker host, and virtual workspaces (a GitHub
// repository in github.dev, `vscode-vfs:`, `memfs:`). Paths are URI paths (`/a/b`) on the scheme and
// authority of the folder the walk starts from. readDirectory rather than findFiles: findFiles
// never answers on a file system without a search provider.
import * as vscode from 'vscode';
import type { FolderEntry, FolderEntryKind, FolderPort } from '../../core/files/walk';

/**
 * What a link's real path is taken to be: vscode.workspace.fs says an entry is a link but not where
 * it leads, so the walk cannot tell that it stays inside the workspace folder. Privacy fails closed:
 * a path that no folder contains, so that the walk treats every link as leading outside (not
 * followed, not read, and said so).
 */
const UNRESOLVED_LINK = '\0unresolved-link:';

function kindOf(type: vscode.FileType): FolderEntryKind {
  if (type & vscode.FileType.SymbolicLink) return 'symlink';
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** A folder port whose paths are URI paths on `base`'s scheme and authority. */
export function workspaceFolderPort(base: vscode.Uri): FolderPort {
  const uriOf = (path: string) => base.with({ path, query: '', fragment: '' });
  const join = (folder: string, name: string) => (folder.endsWith('/') ? folder : `${folder}/`) + name;
  /** Links seen in listings: their real path is unknown (see UNRESOLVED_LINK). */
  const links = new Set<string>();
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- the port is async for other hosts
    realPath: async (path) => (links.has(path) ? UNRESOLVED_LINK + path : path),
    list: async (folder) => {
      const entries = await vscode.workspace.fs.readDirectory(uriOf(folder));
      return entries.map(([name, type]): FolderEntry => {
        const kind = kindOf(type);
        if (kind === 'symlink') links.add(join(folder, name));
        return { name, kind };
      });
    },
    linksToFolder: async (link) => {
      try {
        return ((await vscode.workspace.fs.stat(uriOf(link))).type & vscode.FileType.Directory) !== 0;
      } catch {
        return false; // dangling or looping
      }
    },
    join,
    separator: '/',
  };
}
