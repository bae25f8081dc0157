// The overdue features, registered together because they answer one question: the quick pick, the
// status bar count, warnings in the Problems panel, badges on files and the once-a-day reminder.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerOverdueQuickPick } from './overdueQuickPick';
import { OverdueDecorations, OverdueProblems, OverdueStatusBar, remindOncePerDay } from './overdueSignals';

export function registerOverdueFeatures(services: Services): vscode.Disposable {
  const { reps, notes, clock, workspaceState } = services;
  // After start(): the reminder waits for the first scan, and must not start one itself.
  void services.started.then(() => remindOncePerDay(reps, notes, workspaceState));
  return vscode.Disposable.from(
    registerOverdueQuickPick(services),
    new OverdueStatusBar(reps),
    new OverdueProblems(notes, clock),
    new OverdueDecorations(notes, clock),
  );
}
