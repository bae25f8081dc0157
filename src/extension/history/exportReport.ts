// "Coaching: Export Progress Report": a rep, a period, a destination, a preview of exactly what
// will be written (and what was left out for privacy), then a Markdown report and a CSV of the
// items. The history is built for sharing, so private notes and `(private)` sections are not in
// it at all. Existing files are replaced only after an explicit confirmation; notes are never
// touched (the report files are new `.md`/`.csv` files, never `.coach.md`).
import * as vscode from 'vscode';
import type { SharedRepHistory } from '../../core/history/history';
import type { RepOverview } from '../../core/reps/repOverview';
import { privacyFootnote, renderItemsCsv, renderMarkdownReport } from '../../core/history/report';
import { CommandIds } from '../commandIds';
import { displayMessages } from '../displayLanguage';
import { DisposableStore } from '../util/dispose';
import type { HistorySource } from './historySource';
import {
  ALL_TIME,
  dateProblem,
  lastDays,
  recentMonths,
  reportBaseName,
  sinceMonth,
  type ReportRange,
} from './reportRange';
import { resolveRep } from './repPicker';
import { fileName, freeStem, refusedExport } from '../util/exportFiles';

export const REPORT_PREVIEW_SCHEME = 'coaching-report-preview';

/** What an export wrote; the command resolves with it (undefined when cancelled). */
export interface ExportResult {
  readonly markdown: vscode.Uri;
  readonly csv: vscode.Uri;
}

function monthLabel(month: string): string {
  return displayMessages().month(month);
}

function withExtension(uri: vscode.Uri, extension: '.md' | '.csv'): vscode.Uri {
  const path = uri.path.replace(/\.(md|csv|markdown)$/iu, '');
  return uri.with({ path: `${path}${extension}` });
}

export class ReportExporter extends DisposableStore implements vscode.TextDocumentContentProvider {
  /** Preview texts by preview URI, while their export dialog is open. */
  private readonly previews = new Map<string, string>();
  private previewCount = 0;

  constructor(
    private readonly source: HistorySource,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register(vscode.workspace.registerTextDocumentContentProvider(REPORT_PREVIEW_SCHEME, this));
    this.register(
      vscode.commands.registerCommand(CommandIds.exportReport, (target: unknown) => this.run(target)),
    );
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.previews.get(uri.toString()) ?? '';
  }

  async run(target: unknown): Promise<ExportResult | undefined> {
    try {
      return await this.export(target);
    } catch (error) {
      this.log.error('Export Progress Report failed', error);
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'The progress report could not be written: {0}',
          error instanceof Error ? error.message : String(error),
        ),
      );
      return undefined;
    }
  }

  private async export(target: unknown): Promise<ExportResult | undefined> {
    const title = vscode.l10n.t('Export Progress Report');
    const rep = await resolveRep(this.source, target, title);
    if (!rep) return undefined;
    const range = await this.pickRange(rep, title);
    if (!range) return undefined;
    await this.source.prepare(rep);
    const history = this.source.build(rep, { range, forSharing: true }) as SharedRepHistory;
    if (history.notes.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} has no shareable notes in this period: nothing to export.', rep.name),
      );
      return undefined;
    }
    const from = history.period.start ?? history.asOf;
    const to = history.period.end ?? history.asOf;
    const baseName = reportBaseName(rep.name, from, to);
    const destination = await this.pickDestination(rep, baseName, title);
    if (!destination) return undefined;
    const files: ExportResult = {
      markdown: withExtension(destination, '.md'),
      csv: withExtension(destination, '.csv'),
    };
    if (await refusedExport([files.markdown, files.csv])) return undefined;
    const markdown = renderMarkdownReport(history, { messages: displayMessages() });
    const csv = renderItemsCsv(history, displayMessages());
    if (!(await this.confirm(rep, history, markdown, files))) return undefined;
    // Again: a file may have appeared while the preview was open.
    if (await refusedExport([files.markdown, files.csv])) return undefined;
    const encoder = new TextEncoder();
    await vscode.workspace.fs.writeFile(files.markdown, encoder.encode(markdown));
    // A byte order mark, so spreadsheet programs read the CSV as UTF-8.
    await vscode.workspace.fs.writeFile(files.csv, encoder.encode(`\uFEFF${csv}`));
    this.log.info(`Exported the progress report of ${rep.name} (${from} to ${to}).`);
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t('Exported {0} and {1}.', fileName(files.markdown), fileName(files.csv)),
        vscode.l10n.t('Open Report'),
      )
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('markdown.showPreview', files.markdown);
      });
    return files;
  }

  private async pickRange(rep: RepOverview, title: string): Promise<ReportRange | undefined> {
    const today = this.source.today;
    interface RangeItem extends vscode.QuickPickItem {
      readonly range?: ReportRange;
      readonly choice?: 'month' | 'custom';
    }
    const describe = (range: ReportRange) => `${range.from ?? ''} – ${range.to ?? today}`;
    const last30 = lastDays(today, 30);
    const last90 = lastDays(today, 90);
    const first = rep.notes.reduce<string | null>(
      (min, note) => (note.date !== null && (min === null || note.date < min) ? note.date : min),
      null,
    );
    const items: RangeItem[] = [
      { label: vscode.l10n.t('Last 30 days'), description: describe(last30), range: last30 },
      { label: vscode.l10n.t('Last 90 days'), description: describe(last90), range: last90 },
      { label: vscode.l10n.t('Since the start of a month…'), choice: 'month' },
      {
        label: vscode.l10n.t('All notes'),
        description: first !== null ? `${first} – ${today}` : undefined,
        range: ALL_TIME,
      },
      {
        label: vscode.l10n.t('Custom range…'),
        description: vscode.l10n.t('from and to dates'),
        choice: 'custom',
      },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title,
      placeHolder: vscode.l10n.t('Which period should the report for {0} cover?', rep.name),
    });
    if (!picked) return undefined;
    if (picked.range) return picked.range;
    if (picked.choice === 'month') {
      const month = await vscode.window.showQuickPick(
        recentMonths(today, 12).map((value) => ({
          label: monthLabel(value),
          description: vscode.l10n.t('{0} – {1}', `${value}-01`, today),
          value,
        })),
        { title, placeHolder: vscode.l10n.t('From the first day of…') },
      );
      return month ? sinceMonth(month.value) : undefined;
    }
    const from = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('From (YYYY-MM-DD), included'),
      value: first ?? last90.from ?? today,
      validateInput: (text) => dateProblem(text),
    });
    if (from === undefined) return undefined;
    const to = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('To (YYYY-MM-DD), included'),
      value: today,
      validateInput: (text) => dateProblem(text, from.trim()),
    });
    if (to === undefined) return undefined;
    return { from: from.trim(), to: to.trim() };
  }

  /** The Markdown file's URI (the CSV goes next to it with the same name). */
  private async pickDestination(
    rep: RepOverview,
    baseName: string,
    title: string,
  ): Promise<vscode.Uri | undefined> {
    const newest = rep.notes.find((note) => note.date !== null) ?? rep.notes[0];
    const folder = newest
      ? vscode.Uri.joinPath(vscode.Uri.parse(newest.file), '..')
      : vscode.workspace.workspaceFolders?.[0]?.uri;
    // The first free name: a report exported again for the same period gets `-2`, never replaces one.
    const stem = folder ? await freeStem(folder, baseName, ['.md', '.csv']) : undefined;
    const besideNotes = folder && stem ? vscode.Uri.joinPath(folder, `${stem}.md`) : undefined;
    interface DestinationItem extends vscode.QuickPickItem {
      readonly uri?: vscode.Uri;
    }
    const items: DestinationItem[] = [];
    if (besideNotes) {
      items.push({
        label: vscode.l10n.t('Next to the notes of {0}', rep.name),
        description: vscode.workspace.asRelativePath(besideNotes, false),
        detail: vscode.l10n.t('{0}.md and {0}.csv', stem ?? baseName),
        uri: besideNotes,
      });
    }
    items.push({ label: vscode.l10n.t('Choose location…') });
    const picked = await vscode.window.showQuickPick(items, {
      title,
      placeHolder: vscode.l10n.t('Where should the report go?'),
    });
    if (!picked) return undefined;
    if (picked.uri) return picked.uri;
    return vscode.window.showSaveDialog({
      title,
      defaultUri: besideNotes,
      filters: { Markdown: ['md'] },
      saveLabel: vscode.l10n.t('Export'),
    });
  }

  /** Shows the report exactly as it will be written, and asks. */
  private async confirm(
    rep: RepOverview,
    history: SharedRepHistory,
    markdown: string,
    files: ExportResult,
  ): Promise<boolean> {
    const preview = vscode.Uri.from({
      scheme: REPORT_PREVIEW_SCHEME,
      path: `/${fileName(files.markdown)}`,
      query: String(++this.previewCount),
    });
    this.previews.set(preview.toString(), markdown);
    try {
      const document = await vscode.workspace.openTextDocument(preview);
      await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
      const detail = [
        vscode.l10n.t(
          '{0} to {1}, {2} notes.',
          history.period.start ?? '',
          history.period.end ?? '',
          history.notes.length,
        ),
        privacyFootnote(history.privacy, displayMessages()),
        vscode.l10n.t(
          'Writes {0} and {1} in {2}.',
          fileName(files.markdown),
          fileName(files.csv),
          vscode.workspace.asRelativePath(vscode.Uri.joinPath(files.markdown, '..'), false),
        ),
      ].join('\n\n');
      const exportChoice = vscode.l10n.t('Export');
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t('Export the progress report of {0}?', rep.name),
        { modal: true, detail },
        exportChoice,
      );
      return choice === exportChoice;
    } finally {
      await this.closePreview(preview);
      this.previews.delete(preview.toString());
    }
  }

  private async closePreview(preview: vscode.Uri): Promise<void> {
    const key = preview.toString();
    const tabs = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key);
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  }
}
