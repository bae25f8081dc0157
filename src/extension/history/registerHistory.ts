// The progress-history features, registered together because they share one HistorySource: the
// prep brief, the history panel and the report export.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { ReportExporter } from './exportReport';
import { HistoryPanels } from './historyPanel';
import { HistorySource } from './historySource';
import { PrepBriefs } from './prepBrief';

export function registerHistoryFeatures({ notes, reps, extension, log }: Services): vscode.Disposable {
  const source = new HistorySource(notes, reps);
  return vscode.Disposable.from(
    new PrepBriefs(source),
    new HistoryPanels(source, extension.extensionUri, log),
    new ReportExporter(source, log),
  );
}
