// Dates as a lead reads them: "Mon 2026-11-23", "tomorrow", "in 3 days", "overdue by 2 days", and
// the due dates worth offering (today, tomorrow, the next meeting, next week, end of the month).
import * as vscode from 'vscode';
import { addDays, daysBetween, endOfMonth } from '../../core/base/dates';
import type { IsoDate } from '../../core/note/model';
import { isOverdue } from '../../core/reps/overdue';
import { displayMessages } from '../displayLanguage';

/** "Mon 2026-11-23" ("lun 23 nov 2026") */
export function shortDate(date: IsoDate): string {
  return displayMessages().day(date);
}

/** "Monday 2026-11-23" ("lunes, 23 de noviembre de 2026") */
export function longDate(date: IsoDate): string {
  return displayMessages().longDay(date);
}

/** "today", "tomorrow", "in 3 days", "yesterday", "3 days ago" (Intl.RelativeTimeFormat). */
export function relativeDay(date: IsoDate, today: IsoDate): string {
  return displayMessages().relativeDays(daysBetween(today, date));
}

/** For a due date: "due today", "due in 3 days", or, while the item is open, "overdue by 2 days". */
export function relativeDue(due: IsoDate, today: IsoDate, open: boolean): string {
  const days = daysBetween(today, due);
  if (isOverdue({ status: open ? 'open' : 'done', due }, today)) {
    return days === -1 ? vscode.l10n.t('overdue by 1 day') : vscode.l10n.t('overdue by {0} days', -days);
  }
  if (days === 0) return vscode.l10n.t('due today');
  if (days === 1) return vscode.l10n.t('due tomorrow');
  return days > 1
    ? vscode.l10n.t('due in {0} days', days)
    : vscode.l10n.t('was due {0}', relativeDay(due, today));
}

export interface DateChoice {
  /** "tomorrow" */
  readonly name: string;
  readonly date: IsoDate;
}

/** Due dates to offer, in this order: today, tomorrow, the next meeting (when known), next week, end of month. */
export function dueDateChoices(today: IsoDate, nextMeeting: IsoDate | null): DateChoice[] {
  const choices: DateChoice[] = [
    { name: vscode.l10n.t('today'), date: today },
    { name: vscode.l10n.t('tomorrow'), date: addDays(today, 1) },
  ];
  if (nextMeeting !== null) choices.push({ name: vscode.l10n.t('next meeting'), date: nextMeeting });
  choices.push(
    { name: vscode.l10n.t('next week'), date: addDays(today, 7) },
    { name: vscode.l10n.t('end of month'), date: endOfMonth(today) },
  );
  return choices;
}
