// "Coaching: New 1:1 Note…" and "New 1:1 Note for This Rep": creates `<today>.coach.md` beside the
// rep's latest note (a rep without notes gets `<notesRoot>/<rep-slug>/`) from the note template, carries the open items of the
// rep's latest note into it and marks them `[>]` there. Creating the file and marking the old items
// is ONE WorkspaceEdit: a single undo takes both back, and the old note's unsaved text is respected.
import * as vscode from 'vscode';
import { basename } from '../../core/base/posixPath';
import { addDays } from '../../core/base/dates';
import { planCarryOver, type CarryOverPlan } from '../../core/newNote/carryOver';
import { NOTE_TYPES, type NoteType } from '../../core/note/model';
import { buildNewNote, lineEndingOf, noteFileNames, repSlug } from '../../core/newNote/newNote';
import { newNoteLanguage } from '../../core/newNote/noteLanguage';
import {
  defaultNoteType,
  loadTemplateFile,
  templateFileName,
  WORKSPACE_TEMPLATE_FOLDER,
} from '../../core/newNote/templates';
import { parseNote } from '../../core/note/parse';
import { findRep, type RepOverview } from '../../core/reps/repOverview';
import { DEFAULT_CADENCE_DAYS } from '../../core/reps/roster';
import { noteHeadingLanguage, type NoteLanguage } from '../../core/note/sections';
import { CommandIds } from '../commandIds';
import { toVscodeRange } from '../util/convert';
import { fileSourceFor } from '../notes/noteFileAccess';
import { describeRep } from '../reps/describe';
import type { RepsModel } from '../reps/repsModel';
import type { RepsTreeNode } from '../reps/repsTree';
import type { TodayClock } from '../util/today';
import type { WorkspaceNotes } from '../notes/workspaceNotes';
import { fileExists } from '../util/fileExists';
import { newFileEol, noteLanguageSetting, notesRootUri } from '../settings';
import { TYPE_DOCS } from './completion';
import type { TemplateProblems } from './templateProblems';
import { engineLoaded } from '../engineLoaded';

/** Gives up looking for a free `YYYY-MM-DD-N.coach.md` name after this many. */
const MAX_NOTES_PER_DAY = 99;

export interface NewNoteDeps {
  readonly templateProblems: TemplateProblems;
  readonly notes: WorkspaceNotes;
  readonly reps: RepsModel;
  readonly clock: TodayClock;
  readonly log: vscode.LogOutputChannel;
}

interface CreateNoteDeps extends NewNoteDeps {
  readonly emptyFolders: EmptyFolderCleanup;
}

/** Who the note is for: a rep the workspace knows, or a new name typed in. */
interface ChosenRep {
  readonly name: string;
  readonly overview: RepOverview | undefined;
}

export interface NewNoteResult {
  readonly uri: vscode.Uri;
  readonly carriedFrom: vscode.Uri | undefined;
  readonly carried: number;
}

export function registerNewNoteCommands(deps: NewNoteDeps): vscode.Disposable {
  const emptyFolders = new EmptyFolderCleanup(deps.log);
  const createDeps: CreateNoteDeps = { ...deps, emptyFolders };
  return vscode.Disposable.from(
    emptyFolders,
    vscode.commands.registerCommand(CommandIds.newNote, (node?: RepsTreeNode, options?: NewNoteOptions) =>
      newNoteCommand(createDeps, node, options),
    ),
    vscode.commands.registerCommand(
      CommandIds.newNoteForRep,
      (node?: RepsTreeNode, options?: NewNoteOptions) => newNoteCommand(createDeps, node, options),
    ),
  );
}

/** What a caller (a test, another extension) may decide instead of asking. */
export interface NewNoteOptions {
  /** The meeting type: the question is not asked. */
  readonly type?: NoteType;
}

async function newNoteCommand(
  deps: CreateNoteDeps,
  node: RepsTreeNode | undefined,
  options: NewNoteOptions | undefined,
): Promise<NewNoteResult | undefined> {
  const rep = node?.kind === 'rep' ? chosen(node.rep) : await pickRep(deps);
  if (!rep) return undefined;
  const given = options?.type;
  const type = given !== undefined && isNoteType(given) ? given : await pickType(rep);
  return type ? createNoteFromCurrentText(deps, rep, type) : undefined;
}

function isNoteType(value: unknown): value is NoteType {
  return (NOTE_TYPES as readonly unknown[]).includes(value);
}

type TypePick = vscode.QuickPickItem & { readonly type: NoteType };

/** Asks the meeting type; the default (the roster's, else the latest note's, else weekly) comes first. */
async function pickType(rep: ChosenRep): Promise<NoteType | undefined> {
  const preset = defaultNoteType(rep.overview?.roster?.type, rep.overview?.notes[0]?.type);
  const items: TypePick[] = [preset, ...NOTE_TYPES.filter((type) => type !== preset)].map((type) => ({
    label: type,
    description: type === preset ? vscode.l10n.t('default for {0}', rep.name) : undefined,
    detail: TYPE_DOCS[type](),
    type,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New 1:1 Note for {0}', rep.name),
    placeHolder: vscode.l10n.t('Which kind of meeting? The note starts from its template.'),
  });
  return picked?.type;
}

function chosen(overview: RepOverview): ChosenRep {
  return { name: overview.name, overview };
}

type RepPick = vscode.QuickPickItem & { readonly rep?: RepOverview; readonly typedName?: string };

/** A quick pick of the known reps (with their last 1:1), where typing a new name offers to use it. */
async function pickRep(deps: NewNoteDeps): Promise<ChosenRep | undefined> {
  const quickPick = vscode.window.createQuickPick<RepPick>();
  quickPick.title = vscode.l10n.t('New 1:1 Note');
  quickPick.placeholder = vscode.l10n.t("Pick a rep, or type a new rep's name");
  let repItems: RepPick[] = [];
  const activeRep = repOfActiveEditor(deps);
  const showReps = () => {
    repItems = [...deps.reps.all()]
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))
      .map((rep) => ({ label: rep.name, description: describeRep(rep), rep }));
    refreshItems();
    const active = activeRep === null ? undefined : itemOfRep(repItems, activeRep);
    if (active && quickPick.value === '') quickPick.activeItems = [active];
  };
  const refreshItems = () => {
    const typed = quickPick.value.trim().replace(/\s+/gu, ' ');
    const known = typed === '' || itemOfRep(repItems, typed) !== undefined;
    const newRep: RepPick[] = known
      ? []
      : [
          {
            // The typed name is in the description, not the label: the label does not match the
            // filter, so known reps matching a partial name stay above it and Enter picks them.
            label: `$(person-add) ${vscode.l10n.t('New rep')}`,
            description: vscode.l10n.t('"{0}": start their first note', typed),
            alwaysShow: true,
            typedName: typed,
          },
        ];
    quickPick.items = [...repItems, ...newRep];
  };
  quickPick.busy = deps.notes.state !== 'ready';
  showReps();
  return new Promise<ChosenRep | undefined>((resolve) => {
    const disposables: vscode.Disposable[] = [
      quickPick.onDidChangeValue(refreshItems),
      deps.reps.onDidChange(showReps),
      quickPick.onDidAccept(() => {
        const [picked] = quickPick.selectedItems;
        if (!picked) return;
        if (picked.rep) resolve(chosen(picked.rep));
        else if (picked.typedName) {
          const existing = itemOfRep(repItems, picked.typedName);
          resolve(existing?.rep ? chosen(existing.rep) : { name: picked.typedName, overview: undefined });
        }
        quickPick.hide();
      }),
      quickPick.onDidHide(() => {
        resolve(undefined);
        for (const disposable of disposables) disposable.dispose();
        quickPick.dispose();
      }),
    ];
    void deps.notes.whenReady().then(() => {
      quickPick.busy = false;
      showReps();
    });
    quickPick.show();
  });
}

/** The item of the rep named `name` by any of its names (core's findRep). */
function itemOfRep(items: readonly RepPick[], name: string): RepPick | undefined {
  const rep = findRep(
    items.flatMap((item) => (item.rep ? [item.rep] : [])),
    name,
  );
  return rep ? items.find((item) => item.rep === rep) : undefined;
}

function repOfActiveEditor(deps: NewNoteDeps): string | null {
  const document = vscode.window.activeTextEditor?.document;
  return document ? (deps.notes.get(document.uri)?.frontMatter.rep ?? null) : null;
}

/** How often the note is planned again when the latest note keeps changing under it. */
const MAX_PLAN_ATTEMPTS = 3;

/**
 * Creates the note, planning again when the latest note changed while it was being made (saved
 * from elsewhere, replaced on disk): carry-over edits planned on its old text would land on the
 * wrong lines of the new one.
 */
async function createNoteFromCurrentText(
  deps: CreateNoteDeps,
  rep: ChosenRep,
  type: NoteType,
): Promise<NewNoteResult | undefined> {
  for (let attempt = 0; attempt < MAX_PLAN_ATTEMPTS; attempt++) {
    const result = await createNote(deps, rep, type);
    if (result !== 'previous-changed') return result;
  }
  void vscode.window.showErrorMessage(
    vscode.l10n.t(
      "{0}'s latest note kept changing while the new note was being made; nothing was created. Try again.",
      rep.name,
    ),
  );
  return undefined;
}

/** Creates the note (carrying the open items over), opens it, and returns what it did. */
async function createNote(
  deps: CreateNoteDeps,
  rep: ChosenRep,
  type: NoteType,
): Promise<NewNoteResult | 'previous-changed' | undefined> {
  const latestFile = rep.overview?.notes[0]?.file;
  const latestUri = latestFile === undefined ? undefined : vscode.Uri.parse(latestFile);
  const folder = notesFolder(latestUri);
  if (!folder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder to keep your coaching notes in first.'));
    return undefined;
  }
  const today = deps.clock.today;
  const previous = latestUri ? await readPrevious(deps, latestUri) : undefined;
  const workspaceTemplate = await readWorkspaceTemplate(deps, folder, type);
  const { text, cursor, template } = buildNewNote({
    rep: rep.name,
    date: today,
    type,
    template: workspaceTemplate?.text ?? null,
    coach: previous?.coach ?? null,
    next: addDays(today, rep.overview?.cadenceDays ?? DEFAULT_CADENCE_DAYS),
    carried: previous?.plan ?? null,
    eol: previous?.eol ?? newFileEol(folder),
    language: newNoteLanguage(previous?.language ?? null, noteLanguageSetting(folder), vscode.env.language),
  });
  // Beside the latest note, wherever the lead keeps this rep's notes: a new folder per week would
  // split the rep's history. notesRoot only places a rep's first note.
  const directory = latestUri
    ? vscode.Uri.joinPath(latestUri, '..')
    : vscode.Uri.joinPath(notesRootUri(folder, deps.log), repSlug(rep.name));
  const uri = await freeNoteUri(directory, today);
  if (!uri) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'There are already {0} notes for {1} today; nothing was created.',
        MAX_NOTES_PER_DAY,
        rep.name,
      ),
    );
    return undefined;
  }

  const label = vscode.l10n.t('New 1:1 note for {0}', rep.name);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(
    uri,
    { contents: new TextEncoder().encode(text), overwrite: false, ignoreIfExists: false },
    { label, needsConfirmation: false },
  );
  if (previous && latestUri) {
    for (const { range, newText } of previous.plan.edits) {
      edit.replace(latestUri, toVscodeRange(range), newText, { label, needsConfirmation: false });
    }
  }
  const newFolders = await missingFolders(directory);
  if (previous && (previous.document.isClosed || previous.document.version !== previous.version))
    return 'previous-changed';
  let applied = false;
  try {
    applied = await vscode.workspace.applyEdit(edit);
  } catch (error) {
    deps.log.error(`Creating ${uri.toString()} failed`, error);
  }
  if (!applied) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(uri)),
    );
    return undefined;
  }
  if (newFolders.length > 0) deps.emptyFolders.watch(uri, newFolders);
  if (workspaceTemplate && template === 'built-in') {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'The template {0} has problems (see the Problems panel): the note was made from the built-in {1} template.',
        vscode.workspace.asRelativePath(workspaceTemplate.uri),
        type,
      ),
    );
  }
  const carried = previous?.plan.edits.length ?? 0;
  // A previous note that had no unsaved changes is saved, so the disk (and the CLI) see every item
  // once; one with unsaved work stays unsaved: that is the user's call.
  if (previous && carried > 0 && !previous.wasDirty) await previous.document.save();
  const position = new vscode.Position(cursor.line, cursor.character);
  await vscode.window.showTextDocument(uri, {
    selection: new vscode.Range(position, position),
    preview: false,
  });
  if (carried > 0 && previous) {
    vscode.window.setStatusBarMessage(
      carried === 1
        ? vscode.l10n.t('Carried 1 open item over from {0}', previous.label)
        : vscode.l10n.t('Carried {0} open items over from {1}', carried, previous.label),
      10_000,
    );
  }
  return { uri, carriedFrom: previous ? latestUri : undefined, carried };
}

/**
 * The workspace's template for `type`, when it has one; its problems go to the Problems panel. One
 * that cannot be read at all counts as broken (its text is empty, which no template accepts).
 */
async function readWorkspaceTemplate(
  deps: CreateNoteDeps,
  folder: vscode.WorkspaceFolder,
  type: NoteType,
): Promise<{ readonly uri: vscode.Uri; readonly text: string } | undefined> {
  const uri = vscode.Uri.joinPath(folder.uri, WORKSPACE_TEMPLATE_FOLDER, templateFileName(type));
  const read = await loadTemplateFile(fileSourceFor(uri), uri.toString());
  if (read === null) return undefined;
  deps.templateProblems.show(uri, read);
  return { uri, text: 'text' in read ? read.text : '' };
}

interface PreviousNote {
  readonly document: vscode.TextDocument;
  /** The document's version the carry-over was planned on. */
  readonly version: number;
  readonly wasDirty: boolean;
  readonly plan: CarryOverPlan;
  readonly coach: string | null;
  readonly eol: '\n' | '\r\n' | null;
  readonly label: string;
  /** The language of its section headings, which the new note keeps; null when it has none. */
  readonly language: NoteLanguage | null;
}

/** The rep's latest note as it is now in VS Code (unsaved changes included), and what to carry from it. */
async function readPrevious(deps: NewNoteDeps, uri: vscode.Uri): Promise<PreviousNote | undefined> {
  try {
    await engineLoaded();
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    const note = parseNote(text);
    return {
      document,
      version: document.version,
      wasDirty: document.isDirty,
      plan: planCarryOver(note, text),
      coach: note.frontMatter.coach,
      eol: lineEndingOf(text),
      label: note.frontMatter.date ?? basename(uri.path),
      language: noteHeadingLanguage(note),
    };
  } catch (error) {
    deps.log.warn(`Could not read ${uri.toString()} to carry its open items over`, error);
    return undefined;
  }
}

/** The workspace folder of the rep's latest note, else the first one. */
function notesFolder(latest: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
  return (latest && vscode.workspace.getWorkspaceFolder(latest)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** `directory` and those of its parents that do not exist yet, deepest first. */
async function missingFolders(directory: vscode.Uri): Promise<vscode.Uri[]> {
  const missing: vscode.Uri[] = [];
  for (let folder = directory; !(await fileExists(folder));) {
    missing.push(folder);
    const parent = vscode.Uri.joinPath(folder, '..');
    if (parent.path === folder.path) break;
    folder = parent;
  }
  return missing;
}

/**
 * Undoing New 1:1 Note deletes the note but not the folders its creation made: this removes them
 * once the note is gone, if they are still empty (a folder with anything in it is never touched).
 */
export class EmptyFolderCleanup implements vscode.Disposable {
  /** Folders created for a note, deepest first, by the note's URI. */
  private readonly created = new Map<string, readonly vscode.Uri[]>();
  private readonly listener: vscode.Disposable;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.listener = vscode.workspace.onDidDeleteFiles((event) => {
      for (const uri of event.files) void this.noteDeleted(uri);
    });
  }

  watch(note: vscode.Uri, folders: readonly vscode.Uri[]): void {
    this.created.set(note.toString(), folders);
  }

  private async noteDeleted(note: vscode.Uri): Promise<void> {
    const folders = this.created.get(note.toString());
    if (!folders) return;
    this.created.delete(note.toString());
    for (const folder of folders) {
      try {
        if ((await vscode.workspace.fs.readDirectory(folder)).length > 0) return;
        await vscode.workspace.fs.delete(folder, { recursive: false, useTrash: false });
      } catch (error) {
        this.log.warn(`Could not remove the empty folder ${folder.toString()}`, error);
        return;
      }
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.created.clear();
  }
}

/** `<directory>/<today>.coach.md`, or the first free `-2`, `-3`, ... name: an existing note is never overwritten. */
async function freeNoteUri(directory: vscode.Uri, today: string): Promise<vscode.Uri | undefined> {
  let tried = 0;
  for (const name of noteFileNames(today)) {
    if (++tried > MAX_NOTES_PER_DAY) return undefined;
    const candidate = vscode.Uri.joinPath(directory, name);
    if (!(await fileExists(candidate))) return candidate;
  }
  return undefined;
}
