// Overdue follow-ups surfaced where a lead already looks: a status bar count, warnings in the
// Problems panel, a badge on the note in the explorer, and a once-a-day reminder.
import * as vscode from 'vscode';
import { daysOverdue, isOverdue } from '../../core/overdue';
import type { ParsedNote } from '../../core/model';
import { CommandIds } from '../commandIds';
import { DIAGNOSTIC_SOURCE } from '../convert';
import { withoutDueDate } from '../../core/dueToken';
import { DisposableStore } from '../util/dispose';
import {
  affectsSetting,
  decorateOverdueFiles,
  remindOfOverdueDaily,
  showOverdueInProblems,
} from '../settings';
import type { RepsModel } from '../reps/repsModel';
import type { NotesChange, WorkspaceNotes } from '../workspaceNotes';
import type { TodayClock } from '../today';

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

/** Overdue items as warnings in the Problems panel, updated per changed note. */
export class OverdueProblems extends DisposableStore {
  private readonly collection = this.register(
    vscode.languages.createDiagnosticCollection('coaching-notes-overdue'),
  );

  constructor(
    private readonly notes: WorkspaceNotes,
    private readonly clock: TodayClock,
  ) {
    super();
    this.register(notes.onDidChangeNotes((change) => this.update(change)));
    this.register(clock.onDidChange(() => this.updateAll()));
    this.register(
      vscode.workspace.onDidChangeConfiguration(
        (event) => affectsSetting(event, 'overdue.showInProblems') && this.updateAll(),
      ),
    );
  }

  private enabled(): boolean {
    return showOverdueInProblems();
  }

  private updateAll(): void {
    this.collection.clear();
    if (this.enabled()) this.update({ files: new Set(this.notes.index.notes.keys()), reps: new Set() });
  }

  private update(change: NotesChange): void {
    if (!this.enabled()) return;
    const today = this.clock.today;
    for (const file of change.files) {
      const uri = vscode.Uri.parse(file);
      const note = this.notes.index.get(file);
      const items = note ? overdueItems(note, today) : [];
      if (items.length === 0) {
        this.collection.delete(uri);
        continue;
      }
      this.collection.set(
        uri,
        items.map((item) => {
          const days = daysOverdue(item, today) ?? 0;
          const diagnostic = new vscode.Diagnostic(
            new vscode.Range(item.line, item.range.start.character, item.line, item.range.end.character),
            // The due date once, in the words; the item's own `due:` token is left out of its text.
            vscode.l10n.t(
              'Overdue by {0} (due {1}): {2}',
              days === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', days),
              item.due,
              withoutDueDate(item.text),
            ),
            vscode.DiagnosticSeverity.Warning,
          );
          diagnostic.source = DIAGNOSTIC_SOURCE;
          diagnostic.code = 'overdue';
          return diagnostic;
        }),
      );
    }
  }
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
