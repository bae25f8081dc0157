// Every setting the extension reads, read here and nowhere else (eslint bans getConfiguration
// elsewhere): the `coachingNotes.*` settings of package.json, typed, with the defaults it declares
// (a value of the wrong type reads as the default), and the few of VS Code's own it honours.
// Workspace Trust: in Restricted Mode VS Code itself ignores the workspace's values of notesRoot
// and roster (package.json restrictedConfigurations); and both must name a place inside the
// workspace folder, else the default is used after a warning (settingInWorkspace).
import * as vscode from 'vscode';
import { nodeProcess } from './util/nodeProcess';
import type { RepSortOrder } from '../core/reps/repOverview';
import { REP_SORT_ORDERS } from '../core/reps/repOverview';
import { workspaceRelativePath } from '../core/files/settingPaths';

const SECTION = 'coachingNotes';

/** Every `coachingNotes.*` setting (without the prefix) and its default, as package.json declares them. */
export const SETTING_DEFAULTS = {
  notesRoot: '',
  exclude: [] as readonly string[],
  roster: 'reps.yaml',
  'reps.sortBy': 'name' as RepSortOrder,
  'overdue.showInProblems': true,
  'overdue.decorateFiles': true,
  'overdue.dailyReminder': true,
  'overdue.problemsLimit': 200,
  noteLanguage: 'auto',
  'calendar.privateFollowUps': 'omit',
} as const;

export type SettingName = keyof typeof SETTING_DEFAULTS;

/** The full id, e.g. `coachingNotes.roster`: for messages and the Settings editor. */
export function settingId(name: SettingName): string {
  return `${SECTION}.${name}`;
}

/** Whether a configuration change touches the setting (in `scope`, when given). */
export function affectsSetting(
  event: vscode.ConfigurationChangeEvent,
  name: SettingName,
  scope?: vscode.ConfigurationScope,
): boolean {
  return event.affectsConfiguration(settingId(name), scope);
}

function read(name: SettingName, scope?: vscode.ConfigurationScope): unknown {
  return vscode.workspace.getConfiguration(SECTION, scope).get<unknown>(name, SETTING_DEFAULTS[name]);
}

function readBoolean(
  name: 'overdue.showInProblems' | 'overdue.decorateFiles' | 'overdue.dailyReminder',
): boolean {
  const value = read(name);
  return typeof value === 'boolean' ? value : SETTING_DEFAULTS[name];
}

function readString(name: 'notesRoot' | 'roster', scope: vscode.ConfigurationScope): string {
  const value = read(name, scope);
  return typeof value === 'string' ? value : SETTING_DEFAULTS[name];
}

/**
 * `coachingNotes.calendar.privateFollowUps`: how Export Calendar writes private follow-ups. Fails
 * closed: anything but the one other known value leaves them out.
 */
export function calendarPrivateFollowUps(): 'omit' | 'placeholder' {
  return read('calendar.privateFollowUps') === 'placeholder' ? 'placeholder' : 'omit';
}

/** `coachingNotes.noteLanguage`: the headings of a rep's first note (`auto`, `en`, `es`; see core/newNote/noteLanguage.ts). */
export function noteLanguageSetting(folder: vscode.WorkspaceFolder): string {
  const value = read('noteLanguage', folder.uri);
  return typeof value === 'string' ? value : SETTING_DEFAULTS.noteLanguage;
}

/** `coachingNotes.overdue.problemsLimit`: at most this many overdue warnings, most overdue first (at least 1). */
export function overdueProblemsLimit(): number {
  const value = read('overdue.problemsLimit');
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.max(1, Math.floor(value))
    : SETTING_DEFAULTS['overdue.problemsLimit'];
}

/** `coachingNotes.overdue.showInProblems`: overdue follow-ups as warnings in the Problems panel. */
export function showOverdueInProblems(): boolean {
  return readBoolean('overdue.showInProblems');
}

/** `coachingNotes.overdue.decorateFiles`: a badge with the overdue count on notes. */
export function decorateOverdueFiles(): boolean {
  return readBoolean('overdue.decorateFiles');
}

/** `coachingNotes.overdue.dailyReminder`: once a day, say how many follow-ups are overdue. */
export function remindOfOverdueDaily(): boolean {
  return readBoolean('overdue.dailyReminder');
}

/** `coachingNotes.reps.sortBy`: the order of the Reps view. */
export function repSortOrder(): RepSortOrder {
  const value = read('reps.sortBy');
  return REP_SORT_ORDERS.find((order) => order === value) ?? SETTING_DEFAULTS['reps.sortBy'];
}

/** Saves the Reps view's order for this workspace (the Sort command). */
export async function setRepSortOrder(order: RepSortOrder): Promise<void> {
  await vscode.workspace
    .getConfiguration(SECTION)
    .update('reps.sortBy', order, vscode.ConfigurationTarget.Workspace);
}

/**
 * `coachingNotes.notesRoot` inside the workspace folder: where a rep's first note goes. The folder
 * itself when the setting is empty, or absolute, or leads out with `..` (said once in a warning).
 */
export function notesRootUri(folder: vscode.WorkspaceFolder, log: vscode.LogOutputChannel): vscode.Uri {
  const setting = readString('notesRoot', folder.uri);
  return settingInWorkspace(folder, 'notesRoot', setting, SETTING_DEFAULTS.notesRoot, log);
}

/** Where the roster of `folder` is (`coachingNotes.roster`), or undefined when the setting turns it off. */
export function rosterUri(
  folder: vscode.WorkspaceFolder,
  log: vscode.LogOutputChannel,
): vscode.Uri | undefined {
  const setting = readString('roster', folder.uri);
  if (setting.trim() === '') return undefined;
  return settingInWorkspace(folder, 'roster', setting, SETTING_DEFAULTS.roster, log);
}

/**
 * The globs, relative to the workspace folder, of paths that hold no notes: `coachingNotes.exclude`
 * and the patterns `files.exclude` turns on.
 */
export function noteExcludeGlobs(folder: vscode.Uri): string[] {
  const files = vscode.workspace.getConfiguration('files', folder).get<unknown>('exclude', {});
  const own = read('exclude', folder);
  return [
    ...(typeof files === 'object' && files !== null
      ? Object.entries(files)
          .filter(([, on]) => on === true)
          .map(([pattern]) => pattern)
      : []),
    ...(Array.isArray(own) ? own.filter((pattern): pattern is string => typeof pattern === 'string') : []),
  ];
}

/** Whether a configuration change touches noteExcludeGlobs. */
export function affectsNoteExcludes(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('files.exclude') || affectsSetting(event, 'exclude');
}

/** The line ending of a new file: `files.eol`, where `auto` means the platform's. */
export function newFileEol(folder: vscode.WorkspaceFolder): '\n' | '\r\n' {
  const setting = vscode.workspace.getConfiguration('files', folder.uri).get<unknown>('eol', 'auto');
  if (setting === '\r\n') return '\r\n';
  if (setting === '\n') return '\n';
  return nodeProcess?.platform === 'win32' ? '\r\n' : '\n'; // the web: no platform to follow
}

/** The user's own choice (`workbench.welcomePage.walkthroughs.openOnInstall`) for new extensions' walkthroughs. */
export function openWalkthroughsOnInstall(): boolean {
  const value = vscode.workspace
    .getConfiguration('workbench.welcomePage')
    .get<unknown>('walkthroughs.openOnInstall', true);
  return value !== false;
}

/** Each refused value is said once a session, however often the setting is read. */
const warned = new Set<string>();

/**
 * The URI the setting names inside `folder`; when it would lead outside, the one `fallback` names
 * (the setting's default), after a warning.
 */
function settingInWorkspace(
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
