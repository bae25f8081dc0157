// The team features, registered together because they share one HistorySource with the history
// features: the Team Overview panel and the team report and calendar exports.
import * as vscode from 'vscode';
import { HistorySource } from '../history/historySource';
import type { Services } from '../services';
import { TeamExporter } from './teamExport';
import { TeamPanel } from './teamPanel';

export function registerTeamFeatures({ notes, reps, extension, log }: Services): vscode.Disposable {
  const source = new HistorySource(notes, reps);
  return vscode.Disposable.from(
    new TeamPanel(source, extension.extensionUri, log),
    new TeamExporter(source, log),
  );
}
