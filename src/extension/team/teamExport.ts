// "Coaching: Export Team Report…" (Markdown + CSV for a period and a team) and "Coaching: Export
// Calendar…" (an .ics of next 1:1s and follow-up due dates). The report is built for sharing, so
// private notes and sections are not in it at all and its footer says how much was left out; the
// calendar writes private follow-ups as the `coachingNotes.calendar.privateFollowUps` setting says.
// An existing file is never replaced, and nothing is named like a note.
import * as vscode from 'vscode';
import { displayMessages } from '../displayLanguage';
import { calendarPrivateFollowUps } from '../settings';
import { calendarEvents } from '../../core/calendar/coachingCalendar';
import { renderCalendar } from '../../core/calendar/ics';
import { isIsoDate } from '../../core/base/dates';
import { renderTeamCsv, renderTeamMarkdown, isSharedTeamOverview } from '../../core/team/teamReport';
import { CommandIds } from '../commandIds';
import type { HistorySource } from '../history/historySource';
import { DisposableStore } from '../util/dispose';
import { fileName, refusedExport } from '../util/exportFiles';
import { TEAM_PERIOD_WEEKS, type TeamPeriodWeeks } from './teamPage';
import { buildTeam, teamRepInputs } from './teamSource';

/** What a command may be given by the overview's buttons or a test; anything missing is asked. */
export interface TeamExportTarget {
  readonly team?: string | null;
  readonly weeks?: TeamPeriodWeeks;
  /** Where to write (a URI string); the Markdown's, for the report (the CSV goes beside it). */
  readonly destination?: string;
}

export interface TeamReportFiles {
  readonly markdown: vscode.Uri;
  readonly csv: vscode.Uri;
}

function asTarget(value: unknown): TeamExportTarget {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  return {
    team: typeof raw.team === 'string' || raw.team === null ? raw.team : undefined,
    weeks: TEAM_PERIOD_WEEKS.find((weeks) => weeks === raw.weeks),
    destination: typeof raw.destination === 'string' ? raw.destination : undefined,
  };
}

function sibling(uri: vscode.Uri, extension: string): vscode.Uri {
  return uri.with({ path: uri.path.replace(/\.[^./]*$/u, '') + extension });
}

export class TeamExporter extends DisposableStore {
  constructor(
    private readonly source: HistorySource,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register(
      vscode.commands.registerCommand(CommandIds.exportTeamReport, (target: unknown) =>
        this.guard('team report', () => this.exportReport(asTarget(target))),
      ),
    );
    this.register(
      vscode.commands.registerCommand(CommandIds.exportCalendar, (target: unknown) =>
        this.guard('calendar', () => this.exportCalendar(asTarget(target))),
      ),
    );
  }

  private async guard<T>(what: string, run: () => Promise<T | undefined>): Promise<T | undefined> {
    try {
      await this.source.notes.whenReady();
      return await run();
    } catch (error) {
      this.log.error(`Export ${what} failed`, error);
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'The {0} could not be written: {1}',
          what,
          error instanceof Error ? error.message : String(error),
        ),
      );
      return undefined;
    }
  }

  private async pickWeeks(title: string): Promise<TeamPeriodWeeks | undefined> {
    const picked = await vscode.window.showQuickPick(
      TEAM_PERIOD_WEEKS.map((weeks) => ({ label: vscode.l10n.t('Last {0} weeks', weeks), weeks })),
      { title, placeHolder: vscode.l10n.t('Which period should the team report cover?') },
    );
    return picked?.weeks;
  }

  private async pickTeam(title: string, teams: readonly string[]): Promise<string | null | undefined> {
    if (teams.length === 0) return null;
    const picked = await vscode.window.showQuickPick(
      [{ label: vscode.l10n.t('All teams'), team: null }, ...teams.map((team) => ({ label: team, team }))],
      { title, placeHolder: vscode.l10n.t('Which team?') },
    );
    return picked === undefined ? undefined : picked.team;
  }

  private async destination(
    target: TeamExportTarget,
    name: string,
    filters: Record<string, string[]>,
    title: string,
  ) {
    if (target.destination !== undefined) return vscode.Uri.parse(target.destination);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return vscode.window.showSaveDialog({
      title,
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters,
      saveLabel: vscode.l10n.t('Export'),
    });
  }

  async exportReport(target: TeamExportTarget): Promise<TeamReportFiles | undefined> {
    const title = vscode.l10n.t('Export Team Report');
    const weeks = target.weeks ?? (await this.pickWeeks(title));
    if (weeks === undefined) return undefined;
    const teams = buildTeam(this.source, { weeks, team: null, forSharing: true }).teams;
    const team = target.team !== undefined ? target.team : await this.pickTeam(title, teams);
    if (team === undefined) return undefined;
    const overview = buildTeam(this.source, { weeks, team, forSharing: true });
    if (!isSharedTeamOverview(overview)) throw new Error('the team overview was not built for sharing');
    const base = `team-report-${overview.period.from}-to-${overview.period.to}.md`;
    const chosen = await this.destination(target, base, { Markdown: ['md'] }, title);
    if (!chosen) return undefined;
    const files = { markdown: sibling(chosen, '.md'), csv: sibling(chosen, '.csv') };
    if (await refusedExport([files.markdown, files.csv])) return undefined;
    const encoder = new TextEncoder();
    await vscode.workspace.fs.writeFile(
      files.markdown,
      encoder.encode(renderTeamMarkdown(overview, displayMessages())),
    );
    // A byte order mark, so spreadsheet programs read the CSV as UTF-8.
    await vscode.workspace.fs.writeFile(
      files.csv,
      encoder.encode(`\uFEFF${renderTeamCsv(overview, displayMessages())}`),
    );
    this.log.info(`Exported the team report (${overview.period.from} to ${overview.period.to}).`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Exported {0} and {1}.', fileName(files.markdown), fileName(files.csv)),
    );
    return files;
  }

  async exportCalendar(target: TeamExportTarget): Promise<vscode.Uri | undefined> {
    const title = vscode.l10n.t('Export Calendar');
    const privateFollowUps = calendarPrivateFollowUps();
    const today = this.source.today;
    if (!isIsoDate(today)) throw new Error('today is not a date');
    const events = calendarEvents(teamRepInputs(this.source), {
      today,
      privateFollowUps,
      messages: displayMessages(),
    });
    const uri = await this.destination(target, 'coaching-notes.ics', { iCalendar: ['ics'] }, title);
    if (!uri) return undefined;
    if (await refusedExport([uri])) return undefined;
    const ics = renderCalendar(events, { stamp: new Date(), name: 'Coaching Notes' });
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ics));
    this.log.info(`Exported a calendar of ${events.length} events.`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Exported {0} events to {1}. Import it again later to update them.',
        events.length,
        fileName(uri),
      ),
    );
    return uri;
  }
}
