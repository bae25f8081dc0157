// Settings that name a place inside a workspace folder (`coachingNotes.notesRoot`, `.roster`): a
// workspace's settings must not send the extension to read or write anywhere else on the machine.
// Pure path logic on `/` and `\`, the same on every host.

export type WorkspacePath =
  | { readonly kind: 'inside'; readonly segments: readonly string[] }
  | { readonly kind: 'rejected'; readonly reason: string };

/**
 * The setting as path segments under the workspace folder (none for the folder itself), or why it is
 * rejected: an absolute path (`/x`, `\x`, `C:x`, `\\server\x`), or `..` leading out of the folder.
 * `..` that stays inside (`notes/../team`) is resolved.
 */
export function workspaceRelativePath(setting: string): WorkspacePath {
  const value = setting.trim();
  if (/^[\\/]/u.test(value) || /^[A-Za-z]:/u.test(value)) {
    return { kind: 'rejected', reason: 'it is an absolute path' };
  }
  const segments: string[] = [];
  for (const segment of value.split(/[\\/]/u)) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') {
      segments.push(segment);
    } else if (segments.pop() === undefined) {
      return { kind: 'rejected', reason: '`..` leads out of the workspace folder' };
    }
  }
  return { kind: 'inside', segments };
}
