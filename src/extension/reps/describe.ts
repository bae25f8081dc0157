// Short phrases for counts and ages, shared by the tree, the quick pick and the status bar.
import * as vscode from 'vscode';
import type { RepOverview } from '../../core/repOverview';

export function describeDaysAgo(days: number): string {
  if (days <= 0) return vscode.l10n.t('today');
  if (days === 1) return vscode.l10n.t('yesterday');
  return vscode.l10n.t('{0}d ago', days);
}

export function describeOverdue(days: number): string {
  return days === 1 ? vscode.l10n.t('overdue by 1 day') : vscode.l10n.t('overdue by {0} days', days);
}

/** "2 overdue · last 1:1 6d ago · 1:1 overdue" */
export function describeRep(rep: RepOverview): string {
  const parts: string[] = [];
  if (rep.overdue.length > 0) parts.push(vscode.l10n.t('{0} overdue', rep.overdue.length));
  parts.push(
    rep.daysSinceLast === null
      ? vscode.l10n.t('no 1:1 yet')
      : vscode.l10n.t('last 1:1 {0}', describeDaysAgo(rep.daysSinceLast)),
  );
  if (rep.oneOnOneOverdue && rep.daysSinceLast !== null) parts.push(vscode.l10n.t('1:1 overdue'));
  return parts.join(' · ');
}
