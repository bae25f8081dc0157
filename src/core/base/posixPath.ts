// Paths with `/` separators, as in a URI's path: the few operations the extension needs on them,
// without Node's `path` module, which the web worker extension host does not have. Absolute paths
// in, as `vscode.Uri.path` gives them; no `.` or `..` segments are resolved in the input.

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** The last segment: `/a/b.coach.md` → `b.coach.md` (a trailing `/` is ignored, like path.posix). */
export function basename(path: string): string {
  const parts = segments(path);
  return parts[parts.length - 1] ?? '';
}

/** All but the last segment: `/a/b/c` → `/a/b`, `a/b` → `a`, `b` → `.`, `/b` → `/`. */
export function dirname(path: string): string {
  const parts = segments(path);
  const absolute = path.startsWith('/');
  if (parts.length <= 1) return absolute ? '/' : '.';
  return (absolute ? '/' : '') + parts.slice(0, -1).join('/');
}

/** The path from folder `from` to `to` (both absolute), climbing with `..` where needed; `''` when equal. */
export function relative(from: string, to: string): string {
  const fromParts = segments(from);
  const toParts = segments(to);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
    common++;
  }
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}
