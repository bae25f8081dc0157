// How the command line names files and file-system errors to the user.
import * as path from 'node:path';

/** Paths as the user sees them: relative to the current folder, with `/` separators. */
export function displayPath(cwd: string, file: string): string {
  // Most files lie under the current folder: slicing is much cheaper than path.relative.
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  const relative =
    file.startsWith(prefix) && !file.includes(`${path.sep}..`)
      ? file.slice(prefix.length)
      : path.relative(cwd, file) || '.';
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/** A file-system error in a few words: "no such file or folder", "permission denied", or its code. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
