// The progress-history features, registered together because they share one HistorySource: the
// prep brief, the history panel and the report export.
import * as vscode from 'vscode';
import type { RepsModel } from '../reps/repsModel';
import type { WorkspaceNotes } from '../workspaceNotes';
import { ReportExporter } from './exportReport';
import { HistoryPanels } from './historyPanel';
import { HistorySource } from './historySource';
import { PrepBriefs } from './prepBrief';

export function registerHistoryFeatures(
  notes: WorkspaceNotes,
  reps: RepsModel,
  extensionUri: vscode.Uri,
  log: vscode.LogOutputChannel,
): vscode.Disposable {
  const source = new HistorySource(notes, reps);
  return vscode.Disposable.from(
    new PrepBriefs(source),
    new HistoryPanels(source, extensionUri, log),
    new ReportExporter(source, log),
  );
}
