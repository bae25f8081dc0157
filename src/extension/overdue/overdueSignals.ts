// Overdue follow-ups surfaced where a lead already looks: a status bar count, warnings in the
// Problems panel, a badge on the note in the explorer, and a once-a-day reminder.
import * as vscode from 'vscode';
import { isOverdue } from '../../core/reps/overdue';
import type { OverdueItem, ParsedNote } from '../../core/note/model';
import { OverdueTracker } from '../../core/reps/mostOverdue';
import { CommandIds } from '../commandIds';
import { DIAGNOSTIC_SOURCE } from '../util/convert';
import { withoutDueDate } from '../../core/note/dueToken';
import { DisposableStore } from '../util/dispose';
import {
  affectsSetting,
  decorateOverdueFiles,
  overdueProblemsLimit,
  remindOfOverdueDaily,
  settingId,
  showOverdueInProblems,
} from '../settings';
import type { RepsModel } from '../reps/repsModel';
import type { NotesChange, WorkspaceNotes } from '../notes/workspaceNotes';
import type { TodayClock } from '../util/today';

const SHOW_WHILE_INDEXING_MS = 250;
const LAST_REMINDER_KEY = 'coachingNotes.lastOverdueReminder';

function overdueItems(note: ParsedNote, today: string) {
  return note.items.filter((item) => isOverdue(item, today));
}

export class OverdueStatusBar extends DisposableStore {
  private readonly item = this.register(
    vscode.window.createStatusBarItem('coachingNotes.overdue', vscode.StatusBarAlignment.Left, 50),
  );

  constructor(private readonly model: RepsModel) {
    super();
    this.item.name = vscode.l10n.t('Coaching: overdue follow-ups');
    this.item.command = CommandIds.showOverdue;
    this.register(model.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const count = this.model.totalOverdue();
    if (count === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(bell) ${vscode.l10n.t('{0} overdue', count)}`;
    this.item.tooltip = vscode.l10n.t('{0} follow-ups are overdue. Click to see them.', count);
    this.item.show();
  }
}

/**
 * The most overdue items as warnings in the Problems panel: at most `problemsLimit` of them (50,000
 * notes' worth crashed the workbench), most overdue first, with one note saying how many more there
 * are. Tracked per changed note; the panel gets one batched `set` per change.
 */
export class OverdueProblems extends DisposableStore {
  private readonly collection = this.register(
    vscode.languages.createDiagnosticCollection('coaching-notes-overdue'),
  );
  private readonly tracker = new OverdueTracker();
  /** What each file shows now, as a comparable key: only files whose warnings change are sent. */
  private shown = new Map<string, string>();
  private showTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly notes: WorkspaceNotes,
    private readonly clock: TodayClock,
  ) {
    super();
    this.register({ dispose: () => clearTimeout(this.showTimer) });
    this.register(notes.onDidChangeNotes((change) => this.update(change)));
    // The scan's last notes are shown as soon as it ends.
    this.register(notes.onDidChangeState((state) => state === 'ready' && this.showTimer && this.show()));
    this.register(clock.onDidChange(() => this.updateAll()));
    this.register(
      vscode.workspace.onDidChangeConfiguration(
        (event) =>
          (affectsSetting(event, 'overdue.showInProblems') ||
            affectsSetting(event, 'overdue.problemsLimit')) &&
          this.updateAll(),
      ),
    );
  }

  private enabled(): boolean {
    return showOverdueInProblems();
  }

  private limit(): number {
    return overdueProblemsLimit();
  }

  private updateAll(): void {
    this.tracker.clear();
    if (!this.enabled()) {
      this.collection.clear();
      this.shown = new Map();
      return;
    }
    for (const entry of this.notes.index.indexedNotes()) this.tracker.set(entry);
    this.show();
  }

  private update(change: NotesChange): void {
    if (!this.enabled()) return;
    for (const file of change.files) {
      const entry = this.notes.index.getIndexed(file);
      if (entry) this.tracker.set(entry);
      else this.tracker.delete(file);
    }
    // While the first scan runs, notes arrive 200 at a time: the panel follows a few times a second.
    if (this.notes.state !== 'indexing') this.show();
    else this.showTimer ??= setTimeout(() => this.show(), SHOW_WHILE_INDEXING_MS);
  }

  private show(): void {
    clearTimeout(this.showTimer);
    this.showTimer = undefined;
    const today = this.clock.today;
    const { items, total } = this.tracker.mostOverdue(today, this.limit());
    const byFile = new Map<string, OverdueItem[]>();
    for (const item of items) {
      const list = byFile.get(item.file);
      if (list) list.push(item);
      else byFile.set(item.file, [item]);
    }
    const hidden = total - items.length;
    const noteFile = items[0]?.file;
    const next = new Map<string, string>();
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    for (const [file, fileItems] of byFile) {
      const more = file === noteFile && hidden > 0 ? hidden : 0;
      const key = `${more}|${fileItems.map((item) => `${item.item.line}:${item.item.range.start.character}:${item.daysOverdue}:${item.item.text}`).join('|')}`;
      next.set(file, key);
      if (this.shown.get(file) === key) continue;
      // In line order within the note, as the panel lists a file's problems.
      const diagnostics = [...fileItems].sort((a, b) => a.item.line - b.item.line).map(overdueWarning);
      if (more > 0) diagnostics.unshift(moreOverdueNote(items.length, total));
      entries.push([vscode.Uri.parse(file), diagnostics]);
    }
    for (const file of this.shown.keys())
      if (!next.has(file)) entries.push([vscode.Uri.parse(file), undefined]);
    this.shown = next;
    if (entries.length > 0) this.collection.set(entries);
  }
}

function overdueWarning({ item, due, daysOverdue: days }: OverdueItem): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(item.line, item.range.start.character, item.line, item.range.end.character),
    // The due date once, in the words; the item's own `due:` token is left out of its text.
    vscode.l10n.t(
      'Overdue by {0} (due {1}): {2}',
      days === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', days),
      due,
      withoutDueDate(item.text),
    ),
    vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = 'overdue';
  return diagnostic;
}

/** On the note of the most overdue item, first line: the Problems panel shows only the head of the list. */
function moreOverdueNote(shown: number, total: number): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 0),
    vscode.l10n.t(
      'Showing the {0} most overdue follow-ups of {1}: {2} more are overdue. Run "Coaching: Show Overdue Follow-ups" to see them all, or raise the setting {3}.',
      shown,
      total,
      total - shown,
      settingId('overdue.problemsLimit'),
    ),
    vscode.DiagnosticSeverity.Information,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = 'overdue-limit';
  return diagnostic;
}

/** A badge with the overdue count on notes in the explorer and in tabs. */
export class OverdueDecorations extends DisposableStore implements vscode.FileDecorationProvider {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri[] | undefined>());
  readonly onDidChangeFileDecorations = this.changed.event;
  /**
   * The setting, read once and on change: VS Code asks for the decoration of every note the index
   * reports changed (all of them during the first scan), and reading the configuration each time
   * cost more than the rest of this provider (docs/benchmarks.md).
   */
  private enabled = decorateOverdueFiles();

  constructor(
    private readonly notes: WorkspaceNotes,
    private readonly clock: TodayClock,
  ) {
    super();
    this.register(vscode.window.registerFileDecorationProvider(this));
    this.register(
      notes.onDidChangeNotes((change) =>
        this.changed.fire([...change.files].map((file) => vscode.Uri.parse(file))),
      ),
    );
    this.register(clock.onDidChange(() => this.changed.fire(undefined)));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsSetting(event, 'overdue.decorateFiles')) return;
        this.enabled = decorateOverdueFiles();
        this.changed.fire(undefined);
      }),
    );
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (!this.enabled) return undefined;
    const note = this.notes.index.get(uri.toString());
    if (!note) return undefined;
    const count = overdueItems(note, this.clock.today).length;
    if (count === 0) return undefined;
    return {
      badge: count > 9 ? '9+' : String(count),
      // VS Code shows every provider's badge on the file ("4, 4" with the Problems count): the
      // tooltip says which number this one is.
      tooltip:
        count === 1
          ? vscode.l10n.t('Coaching Notes: 1 overdue follow-up in this note')
          : vscode.l10n.t('Coaching Notes: {0} overdue follow-ups in this note', count),
      color: new vscode.ThemeColor('coachingNotes.overdueForeground'),
    };
  }
}

/** Once a day, after the first index of the session: "3 follow-ups are overdue" with a Show action. */
export async function remindOncePerDay(
  model: RepsModel,
  notes: WorkspaceNotes,
  state: vscode.Memento,
): Promise<void> {
  if (!remindOfOverdueDaily()) return;
  await notes.whenReady();
  const today = model.today;
  if (state.get<string>(LAST_REMINDER_KEY) === today) return;
  const count = model.totalOverdue();
  if (count === 0) return;
  await state.update(LAST_REMINDER_KEY, today);
  const show = vscode.l10n.t('Show');
  const message =
    count === 1
      ? vscode.l10n.t('1 follow-up is overdue.')
      : vscode.l10n.t('{0} follow-ups are overdue.', count);
  if ((await vscode.window.showInformationMessage(message, show)) === show) {
    await vscode.commands.executeCommand(CommandIds.showOverdue);
  }
}
