// The desktop host's reader of `file:` URIs: Node's fs (src/node/nodeFiles.ts), and the first scan's
// stats and reads in bulk on a worker thread (src/node/bulkFiles.ts), wired by the desktop entry (extension.ts)
// through useLocalFiles. The web entry never imports this module.
import { promises as fsPromises } from 'fs';
import * as path from 'path';
import type * as vscode from 'vscode';
import { asyncFolderPort, readNoteBytesAsync, statAsync } from '../../node/nodeFiles';
import { BulkFiles } from '../../node/bulkFiles';
import type { LocalFiles } from './noteFileAccess';

/**
 * path.relative, without its work for the common case (asked for every entry the walk lists, for the
 * exclude globs): a normalised file inside the folder is the rest of its path.
 */
function relativePath(folder: string, file: string): string {
  const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
  return file.startsWith(prefix) ? file.slice(prefix.length) : path.relative(folder, file);
}

/** Node's fs for `file:` URIs; dispose with the extension (it stops the worker thread). */
export function nodeLocalFiles(): LocalFiles & vscode.Disposable {
  const bulk = new BulkFiles();
  return {
    source: { stat: statAsync, readBytes: readNoteBytesAsync },
    folders: asyncFolderPort,
    relative: relativePath,
    readFile: (file) => fsPromises.readFile(file),
    bulk,
    dispose: () => bulk.dispose(),
  };
}
