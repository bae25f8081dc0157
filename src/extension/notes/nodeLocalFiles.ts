// The desktop host's reader of `file:` URIs: Node's fs (src/node/nodeFiles.ts), wired by the
// desktop entry (extension.ts) through useLocalFiles. The web entry never imports this module.
import { promises as fsPromises } from 'fs';
import * as path from 'path';
import { asyncFolderPort, readNoteBytesAsync, statAsync } from '../../node/nodeFiles';
import type { LocalFiles } from './noteFileAccess';

export const nodeLocalFiles: LocalFiles = {
  source: { stat: statAsync, readBytes: readNoteBytesAsync },
  folders: asyncFolderPort,
  relative: (folder, file) => path.relative(folder, file),
  readFile: (file) => fsPromises.readFile(file),
};
