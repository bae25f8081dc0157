// The team features, registered together because they share one HistorySource with the history
// features: the Team Overview panel and the team report and calendar exports.
import * as vscode from 'vscode';
import { HistorySource } from '../history/historySource';
import type { RepsModel } from '../reps/repsModel';
import type { WorkspaceNotes } from '../workspaceNotes';
import { TeamExporter } from './teamExport';
import { TeamPanel } from './teamPanel';

export function registerTeamFeatures(
  notes: WorkspaceNotes,
  reps: RepsModel,
  extensionUri: vscode.Uri,
  log: vscode.LogOutputChannel,
): vscode.Disposable {
  const source = new HistorySource(notes, reps);
  return vscode.Disposable.from(new TeamPanel(source, extensionUri, log), new TeamExporter(source, log));
}
