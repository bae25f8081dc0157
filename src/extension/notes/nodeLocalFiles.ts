// The desktop host's reader of `file:` URIs: Node's fs (src/node/nodeFiles.ts), and the first scan's
// stats in bulk on a worker thread (src/node/batchStat.ts), wired by the desktop entry (extension.ts)
// through useLocalFiles. The web entry never imports this module.
import { promises as fsPromises } from 'fs';
import * as path from 'path';
import type * as vscode from 'vscode';
import { asyncFolderPort, readNoteBytesAsync, statAsync } from '../../node/nodeFiles';
import { BatchStat } from '../../node/batchStat';
import type { LocalFiles } from './noteFileAccess';

/** Node's fs for `file:` URIs; dispose with the extension (it stops the stat worker). */
export function nodeLocalFiles(): LocalFiles & vscode.Disposable {
  const batchStat = new BatchStat();
  return {
    source: { stat: statAsync, readBytes: readNoteBytesAsync },
    folders: asyncFolderPort,
    relative: (folder, file) => path.relative(folder, file),
    readFile: (file) => fsPromises.readFile(file),
    bulkStat: batchStat,
    dispose: () => batchStat.dispose(),
  };
}
