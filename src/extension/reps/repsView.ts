// Registers the Reps tree view with its toolbar: sort order (a setting), the overdue-only filter
// (remembered per workspace), refresh, and an activity-bar badge with the overdue count.
import * as vscode from 'vscode';
import { REP_SORT_ORDERS, type RepSortOrder } from '../../core/reps/repOverview';
import { CommandIds, ContextKeys } from '../commandIds';
import { affectsSetting, repSortOrder, setRepSortOrder } from '../settings';
import { DisposableStore } from '../util/dispose';
import type { WorkspaceNotes } from '../notes/workspaceNotes';
import type { RepsModel } from './repsModel';
import { RepsTreeProvider, type RepsTreeNode } from './repsTree';

const FILTER_STATE_KEY = 'coachingNotes.repsFilter';
export const REPS_VIEW_ID = 'coachingNotes.reps';

// Functions, so that each label is a literal `l10n.t` message (translated when shown).
const SORT_LABELS: Record<RepSortOrder, () => string> = {
  name: () => vscode.l10n.t('Name'),
  mostOverdue: () => vscode.l10n.t('Most overdue first'),
  longestSinceLast: () => vscode.l10n.t('Longest since last 1:1 first'),
};

export class RepsView extends DisposableStore {
  readonly provider: RepsTreeProvider;
  readonly treeView: vscode.TreeView<RepsTreeNode>;
  private overdueOnly: boolean;
  private indexing = true;

  constructor(
    private readonly model: RepsModel,
    notes: WorkspaceNotes,
    private readonly state: vscode.Memento,
  ) {
    super();
    this.overdueOnly = state.get<boolean>(FILTER_STATE_KEY, false);
    this.provider = this.register(
      new RepsTreeProvider(model, () => ({ sortOrder: this.sortOrder(), overdueOnly: this.overdueOnly })),
    );
    this.treeView = this.register(
      vscode.window.createTreeView(REPS_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true }),
    );
    this.register(model.onDidChange(() => this.updateBadgeAndContext()));
    // Until the first scan ends, say so, instead of "no notes yet".
    this.indexing = notes.state !== 'ready';
    void vscode.commands.executeCommand('setContext', ContextKeys.indexing, this.indexing);
    this.register(
      notes.onDidChangeState((state) => {
        this.indexing = state === 'indexing';
        void vscode.commands.executeCommand('setContext', ContextKeys.indexing, this.indexing);
        if (state === 'ready') void vscode.commands.executeCommand('setContext', ContextKeys.ready, true);
        this.updateMessage();
      }),
    );
    this.register(
      vscode.workspace.onDidChangeConfiguration(
        (event) => affectsSetting(event, 'reps.sortBy') && this.provider.refresh(),
      ),
    );
    this.register(vscode.commands.registerCommand(CommandIds.sortReps, () => this.pickSortOrder()));
    this.register(
      vscode.commands.registerCommand(CommandIds.showOnlyOverdueReps, () => this.setFilter(true)),
    );
    this.register(vscode.commands.registerCommand(CommandIds.showAllReps, () => this.setFilter(false)));
    this.register(vscode.commands.registerCommand(CommandIds.refreshIndex, () => notes.rescan()));
    void this.setFilter(this.overdueOnly);
  }

  private sortOrder(): RepSortOrder {
    return repSortOrder();
  }

  private async pickSortOrder(): Promise<void> {
    const current = this.sortOrder();
    const picked = await vscode.window.showQuickPick(
      REP_SORT_ORDERS.map((order) => ({
        label: SORT_LABELS[order](),
        description: order === current ? vscode.l10n.t('current') : undefined,
        order,
      })),
      { title: vscode.l10n.t('Sort reps by') },
    );
    if (picked) await setRepSortOrder(picked.order);
  }

  private async setFilter(overdueOnly: boolean): Promise<void> {
    this.overdueOnly = overdueOnly;
    await this.state.update(FILTER_STATE_KEY, overdueOnly);
    await vscode.commands.executeCommand(
      'setContext',
      ContextKeys.repsFilter,
      overdueOnly ? 'overdue' : 'all',
    );
    this.updateMessage();
    this.provider.refresh();
  }

  private updateMessage(): void {
    const messages = [
      this.indexing ? vscode.l10n.t('Reading notes…') : undefined,
      this.overdueOnly ? vscode.l10n.t('Showing only reps with overdue follow-ups.') : undefined,
    ].filter((message): message is string => message !== undefined);
    this.treeView.message = messages.length > 0 ? messages.join(' ') : undefined;
  }

  private updateBadgeAndContext(): void {
    const overdue = this.model.totalOverdue();
    this.treeView.badge =
      overdue > 0 ? { value: overdue, tooltip: vscode.l10n.t('{0} overdue follow-ups', overdue) } : undefined;
    const hasNotes = this.model.all().length > 0 || this.model.notesWithoutRep().length > 0;
    void vscode.commands.executeCommand('setContext', ContextKeys.hasNotes, hasNotes);
  }
}
