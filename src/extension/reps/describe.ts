// Short phrases for counts and ages, shared by the tree, the quick pick and the status bar.
import * as vscode from 'vscode';
import { repCounts, type RepCounts, type RepOverview } from '../../core/reps/repOverview';

export function describeDaysAgo(days: number): string {
  if (days <= 0) return vscode.l10n.t('today');
  if (days === 1) return vscode.l10n.t('yesterday');
  return vscode.l10n.t('{0}d ago', days);
}

export function describeOverdue(days: number): string {
  return days === 1 ? vscode.l10n.t('overdue by 1 day') : vscode.l10n.t('overdue by {0} days', days);
}

/** "12d overdue": for the tree, where the side bar is narrow. */
export function describeOverdueShort(days: number): string {
  return vscode.l10n.t('{0}d overdue', days);
}

/**
 * Short, most important first, to fit the default side bar: "2 overdue · 6d ago" (since the last
 * 1:1), "2 overdue · 1:1 late"; the tooltip has the dates.
 */
export function describeRep(rep: RepOverview): string {
  return describeRepCounts(repCounts(rep));
}

/** describeRep, from the counts alone (the saved snapshot a warm start shows has nothing more). */
export function describeRepCounts(rep: RepCounts): string {
  const parts: string[] = [];
  if (rep.overdueCount > 0) parts.push(vscode.l10n.t('{0} overdue', rep.overdueCount));
  parts.push(describeLastOneOnOne(rep));
  return parts.join(' · ');
}

/** "6d ago", "1:1 late", "no 1:1 yet", or "note date unreadable" when no note of the rep has a date. */
export function describeLastOneOnOne(rep: RepCounts): string {
  if (rep.daysSinceLast === null) {
    // Notes whose date cannot be read are still 1:1s: "no 1:1 yet" would be wrong.
    if (rep.noteCount > 0) return vscode.l10n.t('note date unreadable');
    return rep.oneOnOneOverdue ? vscode.l10n.t('no 1:1 yet (late)') : vscode.l10n.t('no 1:1 yet');
  }
  return rep.oneOnOneOverdue ? vscode.l10n.t('1:1 late') : describeDaysAgo(rep.daysSinceLast);
}
