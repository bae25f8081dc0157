// `coachingNotes.notesRoot` and `coachingNotes.roster` name places inside a workspace folder: an
// absolute path or `..` out of the folder is refused with a message, and the default is used.
import * as vscode from 'vscode';
import { workspaceRelativePath } from '../../core/settingPaths';

/** Each refused value is said once a session, however often the setting is read. */
const warned = new Set<string>();

/**
 * The URI the setting names inside `folder`; when it would lead outside, the one `fallback` names
 * (the setting's default), after a warning.
 */
export function settingInWorkspace(
  folder: vscode.WorkspaceFolder,
  name: 'notesRoot' | 'roster',
  value: string,
  fallback: string,
  log: vscode.LogOutputChannel,
): vscode.Uri {
  const checked = workspaceRelativePath(value);
  if (checked.kind === 'inside') return joinSegments(folder.uri, checked.segments);
  const instead = fallback === '' ? vscode.l10n.t('the workspace folder itself') : `"${fallback}"`;
  const message = vscode.l10n.t(
    'Coaching Notes: the setting coachingNotes.{0} ("{1}") is not used because {2}: it must be a path inside the workspace folder "{3}". Using {4} instead.',
    name,
    value.trim(),
    checked.reason,
    folder.name,
    instead,
  );
  const key = `${folder.uri.toString()}\n${name}\n${value}`;
  if (!warned.has(key)) {
    warned.add(key);
    log.warn(message);
    void vscode.window.showWarningMessage(message);
  }
  const defaultPath = workspaceRelativePath(fallback);
  return defaultPath.kind === 'inside' ? joinSegments(folder.uri, defaultPath.segments) : folder.uri;
}

function joinSegments(base: vscode.Uri, segments: readonly string[]): vscode.Uri {
  return segments.reduce((uri, segment) => vscode.Uri.joinPath(uri, segment), base);
}
