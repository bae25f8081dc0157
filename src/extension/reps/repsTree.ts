// The "Reps" tree: rep -> Overdue / Open follow-ups / Agreed goals / Notes. Data only: no UI calls
// from here; actions are commands bound by contextValue in package.json.
import * as vscode from 'vscode';
import { basename } from '../../core/base/posixPath';
import {
  compareRepCounts,
  compareReps,
  type ItemRef,
  type NoteEntry,
  type NoteRef,
  type RepOverview,
  type RepSortOrder,
} from '../../core/reps/repOverview';
import { withoutDueDate } from '../../core/note/dueToken';
import { CommandIds } from '../commandIds';
import { DisposableStore } from '../util/dispose';
import { countOverdue, type RepsModel } from './repsModel';
import type { RepsSnapshot, SavedRep } from '../../core/reps/repsSnapshot';
import {
  describeDaysAgo,
  describeOverdue,
  describeOverdueShort,
  describeRep,
  describeRepCounts,
} from './describe';

export type RepsTreeNode =
  | { readonly kind: 'team'; readonly team: string; readonly reps: readonly RepOverview[] }
  | { readonly kind: 'rep'; readonly rep: RepOverview }
  | { readonly kind: 'group'; readonly group: ItemGroup; readonly rep: RepOverview }
  | { readonly kind: 'item'; readonly ref: ItemRef; readonly rep: RepOverview | null }
  | { readonly kind: 'note'; readonly note: NoteRef; readonly rep: RepOverview | null }
  | { readonly kind: 'noRep' }
  // The reps as saved by the last session, shown while a warm start reads the notes (RepsModel.savedReps).
  | { readonly kind: 'savedTeam'; readonly team: string; readonly reps: readonly SavedRep[] }
  | { readonly kind: 'savedRep'; readonly rep: SavedRep };

export type ItemGroup = 'overdue' | 'followUps' | 'goals' | 'notes';

export interface RepsViewOptions {
  readonly sortOrder: RepSortOrder;
  readonly overdueOnly: boolean;
}

export class RepsTreeProvider extends DisposableStore implements vscode.TreeDataProvider<RepsTreeNode> {
  private readonly changed = this.register(new vscode.EventEmitter<RepsTreeNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly model: RepsModel,
    private readonly options: () => RepsViewOptions,
  ) {
    super();
    this.register(model.onDidChange(() => this.changed.fire(undefined)));
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(element?: RepsTreeNode): RepsTreeNode[] {
    if (!element) return this.roots();
    switch (element.kind) {
      case 'team':
        return element.reps.map((rep) => ({ kind: 'rep', rep }));
      case 'savedTeam':
        return element.reps.map((rep) => ({ kind: 'savedRep', rep }));
      case 'rep':
        return this.groupsOf(element.rep);
      case 'group':
        return this.itemsOf(element.rep, element.group);
      case 'noRep':
        return this.notesWithoutRep().map(({ file, note }) => ({
          kind: 'note',
          rep: null,
          note: {
            file,
            date: note.frontMatter.date,
            type: note.frontMatter.type,
            openItems: note.items.filter((item) => item.status === 'open').length,
            errors: note.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
          },
        }));
      default:
        return [];
    }
  }

  private roots(): RepsTreeNode[] {
    const { sortOrder, overdueOnly } = this.options();
    const saved = this.model.savedReps;
    if (saved) return this.savedRoots(saved);
    // While the first scan runs, what is built so far (see builtSoFar); then always current data.
    const reps = (this.model.indexing ? this.model.builtSoFar() : this.model.all())
      .filter((rep) => !overdueOnly || rep.overdue.length > 0)
      .sort(compareReps(sortOrder));
    const nodes = byTeam(
      reps,
      (rep) => rep.roster?.team,
      (team, inTeam): RepsTreeNode => ({ kind: 'team', team, reps: inTeam }),
      (rep): RepsTreeNode => ({ kind: 'rep', rep }),
    );
    if (this.notesWithoutRep().length > 0) nodes.push({ kind: 'noRep' });
    return nodes;
  }

  /** roots(), from the saved snapshot: the same nodes at the top level, with counts only. */
  private savedRoots(saved: RepsSnapshot): RepsTreeNode[] {
    const { sortOrder, overdueOnly } = this.options();
    const reps = saved.reps
      .filter((rep) => !overdueOnly || rep.overdueCount > 0)
      .sort(compareRepCounts(sortOrder));
    const nodes = byTeam(
      reps,
      (rep) => rep.team,
      (team, inTeam): RepsTreeNode => ({ kind: 'savedTeam', team, reps: inTeam }),
      (rep): RepsTreeNode => ({ kind: 'savedRep', rep }),
    );
    if (savedNotesWithoutRep(saved, overdueOnly) > 0) nodes.push({ kind: 'noRep' });
    return nodes;
  }

  /** Notes without a rep; with the overdue-only filter, those with overdue items (the badge counts them). */
  private notesWithoutRep(): readonly NoteEntry[] {
    const notes = this.model.notesWithoutRep();
    if (!this.options().overdueOnly) return notes;
    return notes.filter(({ note }) => countOverdue(note, this.model.today) > 0);
  }

  private groupsOf(rep: RepOverview): RepsTreeNode[] {
    const groups: ItemGroup[] = ['overdue', 'followUps', 'goals', 'notes'];
    return groups.map((group) => ({ kind: 'group', group, rep }));
  }

  private itemsOf(rep: RepOverview, group: ItemGroup): RepsTreeNode[] {
    switch (group) {
      case 'overdue':
        return rep.overdue.map((ref) => ({ kind: 'item', ref, rep }));
      case 'followUps':
      case 'goals':
        return openItemsOf(rep, group).map((ref) => ({ kind: 'item', ref, rep }));
      case 'notes':
        return rep.notes.map((note) => ({ kind: 'note', note, rep }));
    }
  }

  getTreeItem(element: RepsTreeNode): vscode.TreeItem {
    switch (element.kind) {
      case 'team':
        return teamTreeItem(
          element.team,
          element.reps.length,
          element.reps.reduce((sum, rep) => sum + rep.overdue.length, 0),
        );
      case 'savedTeam':
        return teamTreeItem(
          element.team,
          element.reps.length,
          element.reps.reduce((sum, rep) => sum + rep.overdueCount, 0),
        );
      case 'rep':
        return repTreeItem(element.rep, this.model.today);
      case 'savedRep':
        return savedRepTreeItem(element.rep);
      case 'group':
        return groupTreeItem(element.rep, element.group);
      case 'item':
        return itemTreeItem(element.ref, element.rep);
      case 'note':
        return noteTreeItem(element.note, element.rep);
      case 'noRep': {
        const saved = this.model.savedReps;
        const count = saved
          ? savedNotesWithoutRep(saved, this.options().overdueOnly)
          : this.notesWithoutRep().length;
        const item = new vscode.TreeItem(
          vscode.l10n.t('Notes without a rep'),
          vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.description = `${count}`;
        item.tooltip = vscode.l10n.t(
          'These notes have no valid `rep` in their front matter. Their items are still counted.',
        );
        item.iconPath = new vscode.ThemeIcon(
          'question',
          new vscode.ThemeColor('problemsWarningIcon.foreground'),
        );
        item.id = 'noRep';
        item.contextValue = 'noRep';
        return item;
      }
    }
  }

  getParent(element: RepsTreeNode): RepsTreeNode | undefined {
    if (element.kind === 'group') return { kind: 'rep', rep: element.rep };
    return undefined;
  }
}

/**
 * Team nodes first (by name, "Other reps" last), or the reps alone when no rep has a team: for the
 * reps built from the notes and for the saved ones alike.
 */
function byTeam<Rep>(
  reps: readonly Rep[],
  teamOf: (rep: Rep) => string | null | undefined,
  teamNode: (team: string, reps: Rep[]) => RepsTreeNode,
  repNode: (rep: Rep) => RepsTreeNode,
): RepsTreeNode[] {
  const teams = new Map<string, Rep[]>();
  for (const rep of reps) {
    const team = teamOf(rep);
    if (team) teams.set(team, [...(teams.get(team) ?? []), rep]);
  }
  if (teams.size === 0) return reps.map(repNode);
  const nodes = [...teams.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((team) => teamNode(team, teams.get(team) ?? []));
  const others = reps.filter((rep) => !teamOf(rep));
  if (others.length > 0) nodes.push(teamNode(vscode.l10n.t('Other reps'), others));
  return nodes;
}

function savedNotesWithoutRep(saved: RepsSnapshot, overdueOnly: boolean): number {
  return overdueOnly ? saved.notesWithoutRepOverdue : saved.notesWithoutRep;
}

function teamTreeItem(team: string, repCount: number, overdue: number): vscode.TreeItem {
  const item = new vscode.TreeItem(team, vscode.TreeItemCollapsibleState.Expanded);
  const reps = vscode.l10n.t('{0} reps', repCount);
  item.description = overdue > 0 ? `${vscode.l10n.t('{0} overdue', overdue)} · ${reps}` : reps;
  item.iconPath = new vscode.ThemeIcon('organization');
  item.contextValue = 'team';
  item.id = `team:${team}`;
  return item;
}

/** The line a rep gets before its notes are read: name and counts as saved, nothing to expand yet. */
function savedRepTreeItem(rep: SavedRep): vscode.TreeItem {
  const item = new vscode.TreeItem(rep.name, vscode.TreeItemCollapsibleState.None);
  item.id = `rep:${rep.key}`;
  item.description = describeRepCounts(rep);
  item.tooltip = vscode.l10n.t('Reading notes…');
  item.iconPath = repIcon(rep.overdueCount, rep.oneOnOneOverdue);
  // Not 'rep': the rep's commands need the rep built from its notes.
  item.contextValue = 'savedRep';
  return item;
}

function repIcon(overdue: number, oneOnOneOverdue: boolean): vscode.ThemeIcon {
  const warn = overdue > 0 || oneOnOneOverdue;
  return new vscode.ThemeIcon(
    warn ? 'warning' : 'person',
    warn ? new vscode.ThemeColor(overdue > 0 ? 'list.errorForeground' : 'list.warningForeground') : undefined,
  );
}

function repTreeItem(rep: RepOverview, today: string): vscode.TreeItem {
  const item = new vscode.TreeItem(rep.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `rep:${rep.key}`;
  item.description = describeRep(rep);
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escapeMarkdown(rep.name)}**`);
  if (rep.roster?.role || rep.roster?.team) {
    tooltip.appendMarkdown(
      ` — ${escapeMarkdown([rep.roster.role, rep.roster.team].filter(Boolean).join(', '))}`,
    );
  }
  tooltip.appendMarkdown('\n\n');
  const lines = [
    vscode.l10n.t(
      'Latest 1:1: {0}',
      rep.lastDate
        ? `${rep.lastDate} (${describeDaysAgo(rep.daysSinceLast ?? 0)})`
        : rep.notes.length > 0
          ? vscode.l10n.t('the date of its note cannot be read (fix `date:` in the front matter)')
          : vscode.l10n.t('none yet'),
    ),
    vscode.l10n.t('Next meeting: {0}', rep.nextMeeting ?? vscode.l10n.t('not set')),
    vscode.l10n.t('Cadence: every {0} days', rep.cadenceDays),
  ];
  if (rep.tags.length > 0) lines.push(vscode.l10n.t('Tags: {0}', rep.tags.join(', ')));
  if (rep.nextMeeting && rep.nextMeeting < today)
    lines.push(vscode.l10n.t('The planned next meeting has passed.'));
  else if (rep.oneOnOneOverdue) lines.push(vscode.l10n.t('The next 1:1 is late.'));
  tooltip.appendMarkdown(lines.map((line) => `- ${escapeMarkdown(line)}`).join('\n'));
  item.tooltip = tooltip;
  item.iconPath = repIcon(rep.overdue.length, rep.oneOnOneOverdue);
  item.contextValue = 'rep';
  return item;
}

// Functions, so that each label is a literal `l10n.t` message (translated when shown).
const GROUP_LABELS: Record<ItemGroup, () => string> = {
  overdue: () => vscode.l10n.t('Overdue'),
  followUps: () => vscode.l10n.t('Open follow-ups'),
  goals: () => vscode.l10n.t('Agreed goals'),
  notes: () => vscode.l10n.t('Notes'),
};

const GROUP_ICONS: Record<ItemGroup, string> = {
  overdue: 'bell-dot',
  followUps: 'tasklist',
  goals: 'target',
  notes: 'notebook',
};

/**
 * The rule a lead reads in the counts: "Open follow-ups" and "Agreed goals" hold every open item of
 * their kind, overdue ones included; "Overdue" gathers the overdue ones of both kinds.
 */
function openItemsOf(rep: RepOverview, group: 'followUps' | 'goals'): ItemRef[] {
  const kind = group === 'goals' ? 'goal' : 'follow-up';
  const notOverdue = group === 'goals' ? rep.openGoals : rep.openFollowUps;
  return [...rep.overdue.filter((ref) => ref.item.kind === kind), ...notOverdue];
}

const GROUP_TOOLTIPS: Record<ItemGroup, () => string> = {
  overdue: () => vscode.l10n.t('Open follow-ups and agreed goals whose due date has passed'),
  followUps: () => vscode.l10n.t('Every open follow-up, overdue ones included'),
  goals: () => vscode.l10n.t('Every open agreed goal, overdue ones included'),
  notes: () => vscode.l10n.t('Every 1:1 note of this rep, newest first'),
};

function groupTreeItem(rep: RepOverview, group: ItemGroup): vscode.TreeItem {
  const items = group === 'followUps' || group === 'goals' ? openItemsOf(rep, group) : null;
  const count = group === 'overdue' ? rep.overdue.length : (items?.length ?? rep.notes.length);
  const label = `${GROUP_LABELS[group]()} (${count})`;
  const state =
    count === 0
      ? vscode.TreeItemCollapsibleState.None
      : group === 'overdue'
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(label, state);
  item.id = `group:${rep.key}:${group}`;
  const overdue = items?.filter((ref) => ref.daysOverdue !== null).length ?? 0;
  if (overdue > 0) item.description = vscode.l10n.t('{0} overdue', overdue);
  item.tooltip = GROUP_TOOLTIPS[group]();
  item.iconPath = new vscode.ThemeIcon(
    GROUP_ICONS[group],
    group === 'overdue' && count > 0 ? new vscode.ThemeColor('list.errorForeground') : undefined,
  );
  item.contextValue = `group.${group}`;
  return item;
}

function itemTreeItem(ref: ItemRef, rep: RepOverview | null): vscode.TreeItem {
  // The due date is in the description, so the label drops the due token.
  const item = new vscode.TreeItem(withoutDueDate(ref.item.text), vscode.TreeItemCollapsibleState.None);
  item.id = `item:${ref.file}:${ref.item.line}`;
  // Short enough for the default side bar: how late (or when due); the note's date is in the tooltip.
  item.description =
    ref.daysOverdue !== null
      ? describeOverdueShort(ref.daysOverdue)
      : ref.item.due
        ? vscode.l10n.t('due {0}', ref.item.due)
        : '';
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(ref.item.text);
  tooltip.appendMarkdown('\n\n');
  tooltip.appendText(
    [
      rep ? rep.name : undefined,
      ref.item.kind === 'goal' ? vscode.l10n.t('Agreed goal') : vscode.l10n.t('Follow-up'),
      ref.item.owner ? `@${ref.item.owner}` : undefined,
      ref.daysOverdue !== null ? describeOverdue(ref.daysOverdue) : undefined,
      ref.item.due ? vscode.l10n.t('due {0}', ref.item.due) : vscode.l10n.t('no due date'),
      ref.noteDate ? vscode.l10n.t('from the 1:1 of {0}', ref.noteDate) : undefined,
      `${basename(ref.file)}:${ref.item.line + 1}`,
    ]
      .filter(Boolean)
      .join(' · '),
  );
  item.tooltip = tooltip;
  item.iconPath = new vscode.ThemeIcon(
    ref.item.kind === 'goal' ? 'target' : 'circle-large-outline',
    ref.daysOverdue !== null ? new vscode.ThemeColor('list.errorForeground') : undefined,
  );
  item.contextValue = ref.daysOverdue !== null ? 'item.open.overdue' : 'item.open';
  item.command = {
    command: CommandIds.openLocation,
    title: vscode.l10n.t('Open'),
    arguments: [vscode.Uri.parse(ref.file), ref.item.line],
  };
  return item;
}

function noteTreeItem(note: NoteRef, rep: RepOverview | null): vscode.TreeItem {
  const uri = vscode.Uri.parse(note.file);
  const label = note.date ?? basename(uri.path);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `note:${rep?.key ?? ''}:${note.file}`;
  const parts: string[] = [];
  if (note.type) parts.push(note.type);
  if (note.openItems > 0) parts.push(vscode.l10n.t('{0} open', note.openItems));
  if (note.errors > 0)
    parts.push(note.errors === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', note.errors));
  item.description = parts.join(' · ');
  item.tooltip = vscode.workspace.asRelativePath(uri);
  item.resourceUri = uri;
  item.iconPath = new vscode.ThemeIcon(note.errors > 0 ? 'warning' : 'note');
  item.contextValue = 'note';
  item.command = { command: CommandIds.openLocation, title: vscode.l10n.t('Open'), arguments: [uri, 0] };
  return item;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/gu, '\\$&');
}
