// Which paths the note walk leaves out: the `files.exclude` / `coachingNotes.exclude` globs of the
// extension and the CLI's `--exclude`, with VS Code's glob syntax (`**`, `*`, `?`, `{a,b}`, `[abc]`),
// matched against paths relative to the folder searched. A pattern that matches a folder leaves out
// everything in it (`**/archive` leaves out `2025/archive/old.coach.md`).

import { trimEndWhere } from '../base/text';

/** True for a path (relative, `/`-separated) that a pattern leaves out, or that is inside one. */
export type ExcludeMatcher = (relativePath: string) => boolean;

export const EXCLUDE_NOTHING: ExcludeMatcher = () => false;

export function excludeMatcher(patterns: readonly string[]): ExcludeMatcher {
  const expressions = patterns
    .map((pattern) =>
      // Not `/\/+$/u`: quadratic on a long run of slashes.
      trimEndWhere(pattern.trim().replace(/\\/gu, '/').replace(/^\.\//u, ''), (char) => char === '/'),
    )
    .filter((pattern) => pattern !== '')
    .map(globToRegExp);
  if (expressions.length === 0) return EXCLUDE_NOTHING;
  return (relativePath) => {
    const segments = relativePath.split(/[\\/]+/u).filter((segment) => segment !== '' && segment !== '.');
    // The path itself or any folder it is in.
    for (let length = 1; length <= segments.length; length++) {
      const prefix = segments.slice(0, length).join('/');
      if (expressions.some((expression) => expression.test(prefix))) return true;
    }
    return false;
  };
}

/** A glob as an anchored regular expression over a `/`-separated relative path. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] ?? '';
    if (char === '*') {
      if (glob[index + 1] === '*') {
        // `**/` matches any number of folders, none included; a trailing `**` anything.
        const slash = glob[index + 2] === '/';
        source += slash ? '(?:[^/]*/)*' : '.*';
        index += slash ? 2 : 1;
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else if (char === '[') {
      const close = glob.indexOf(']', index + 1);
      if (close === -1) source += '\\[';
      else {
        const body = glob
          .slice(index + 1, close)
          .replace(/^!/u, '^')
          .replace(/\\/gu, '\\\\');
        source += `[${body}]`;
        index = close;
      }
    } else source += char.replace(/[.+^$()|\\/\]}]/gu, '\\$&');
  }
  source += ')'.repeat(braces);
  return new RegExp(`^${source}$`, 'u');
}
