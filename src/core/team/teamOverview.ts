// The coach's view across a team: one row per rep (cadence kept, follow-up completion with its
// trend, overdue now, goals, days since the last 1:1), the reps needing attention first, and the
// root-cause themes that recur across reps. Every rep number comes from `buildRepHistory`, so the
// overview, the team report, the CLI's `team` and each rep's own history agree.
import { addDays, daysBetween, isIsoDate } from '../base/dates';
import { buildRepHistory, type DateRange, type HistoryNoteInput, type RepHistory } from '../history/history';
import { cadenceStats } from '../history/cadence';
import type { CadenceStats, PrivacySummary } from '../history/types';
import type { IsoDate } from '../note/model';
import { isPrivateNote } from '../note/privacy';
import type { RosterEntry } from '../reps/roster';
import { DEFAULT_CADENCE_DAYS } from '../reps/roster';
import { rootCauseThemes, type TeamTheme } from './themes';

/** One rep as the caller found it (roster aliases merged, as the Reps tree does). */
export interface TeamRepInput {
  /** The rep key (stable identity). */
  readonly key: string;
  readonly name: string;
  readonly roster: RosterEntry | null;
  readonly entries: readonly HistoryNoteInput[];
}

export interface TeamOptions {
  /** The user's local calendar date. */
  readonly today: IsoDate;
  /** The period; `from` defaults to `DEFAULT_TEAM_WEEKS` weeks before its end. */
  readonly range?: DateRange;
  /** Only reps of this roster team (case-insensitive); null or absent: every rep. */
  readonly team?: string | null;
  /** Leave out private notes and sections (exports, shared reports, Hide private). */
  readonly forSharing?: boolean;
}

export const DEFAULT_TEAM_WEEKS = 12;

/** Why a rep is listed among those needing attention, most pressing first. */
export type AttentionReason = 'overdue' | 'one-on-one-late' | 'low-completion' | 'completion-falling';

/** Follow-up completion below this (as a percentage) asks for attention. */
export const LOW_COMPLETION_PERCENT = 50;
/** A month-on-month fall of at least this many points is a falling trend. */
export const TREND_POINTS = 10;

export interface MonthRate {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly percent: number | null;
}

export interface TeamRepRow {
  readonly key: string;
  readonly name: string;
  /** The roster's team, or null. */
  readonly team: string | null;
  readonly cadenceDays: number;
  /** Distinct 1:1 dates in the period. */
  readonly meetings: number;
  /**
   * Share of the period's intervals between 1:1s no longer than the cadence, the interval still
   * running at the period's end counted once it is over the cadence; null with nothing to measure.
   */
  readonly cadenceKeptPercent: number | null;
  readonly followUpCompletionPercent: number | null;
  /** The follow-up completion of each month of the period, oldest first. */
  readonly followUpTrend: readonly MonthRate[];
  /** Latest month's rate minus the previous month's (both decided), else null. */
  readonly trendPoints: number | null;
  /** Goals and follow-ups open past their due date at the period's end. */
  readonly overdueNow: number;
  /** Open goals (overdue ones included). */
  readonly openGoals: number;
  /** Goals done or cancelled in the period. */
  readonly closedGoals: number;
  readonly lastOneOnOne: IsoDate | null;
  readonly daysSinceLast: number | null;
  /** The next 1:1: the planned `next`, else the last 1:1 plus the cadence. */
  readonly nextOneOnOne: IsoDate | null;
  readonly oneOnOneLate: boolean;
  readonly attention: readonly AttentionReason[];
  readonly privacy: PrivacySummary;
}

export interface TeamGroup {
  /** The roster team; null for reps without one. */
  readonly team: string | null;
  readonly reps: readonly TeamRepRow[];
}

export interface TeamOverview {
  readonly today: IsoDate;
  readonly asOf: IsoDate;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly team: string | null;
  readonly forSharing: boolean;
  /** Every roster team seen, for the team filter (before filtering). */
  readonly teams: readonly string[];
  /** By team (alphabetical, reps without a team last), reps by name within a team. */
  readonly groups: readonly TeamGroup[];
  /** Reps with at least one attention reason, most pressing first. */
  readonly attention: readonly TeamRepRow[];
  /** Root-cause words written for at least two reps in the period, most reps first. */
  readonly themes: readonly TeamTheme[];
  readonly totals: {
    readonly reps: number;
    readonly meetings: number;
    readonly overdueNow: number;
    readonly openGoals: number;
    readonly closedGoals: number;
    readonly followUpCompletionPercent: number | null;
  };
  /** What was left out for privacy, summed over the reps (counts only). */
  readonly privacy: PrivacySummary;
}

const byName = new Intl.Collator('en', { sensitivity: 'base' });

function compareText(a: string, b: string): number {
  return byName.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The period as the overview uses it: `to` defaults to today, `from` to 12 weeks before `to`. */
export function teamPeriod(today: IsoDate, range: DateRange = {}): { from: IsoDate; to: IsoDate } {
  const to = range.to ?? today;
  const from = range.from ?? addDays(to, -(DEFAULT_TEAM_WEEKS * 7) + 1);
  if (!isIsoDate(to) || !isIsoDate(from)) throw new RangeError('The team period needs calendar dates.');
  if (from > to) throw new RangeError(`The period starts ${from}, after its end ${to}.`);
  return { from, to };
}

function cadenceKept(cadence: CadenceStats, asOf: IsoDate): number | null {
  let kept = 0;
  let total = 0;
  for (const gap of cadence.gaps) {
    total++;
    if (gap.days <= cadence.cadenceDays) kept++;
  }
  // The interval still running counts once it is already too long.
  if (cadence.lastMeeting !== null && daysBetween(cadence.lastMeeting, asOf) > cadence.cadenceDays) total++;
  return total === 0 ? null : Math.round((kept / total) * 100);
}

function trendPoints(trend: readonly MonthRate[]): number | null {
  const decided = trend.filter((month) => month.percent !== null);
  if (decided.length < 2) return null;
  return (decided[decided.length - 1].percent ?? 0) - (decided[decided.length - 2].percent ?? 0);
}

/** The last 1:1 and the next one from every note up to `asOf`, not only the period's. */
function rhythm(rep: TeamRepInput, asOf: IsoDate, cadenceDays: number, forSharing: boolean): CadenceStats {
  const dated = rep.entries
    .filter(({ note }) => !(forSharing && isPrivateNote(note)))
    .flatMap(({ file, note }) => {
      const date = note.frontMatter.date;
      return date !== null && isIsoDate(date) && date <= asOf
        ? [{ file, date, next: note.frontMatter.next }]
        : [];
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1));
  return cadenceStats({
    dates: dated.map((entry) => entry.date),
    latestNext: dated.length > 0 ? dated[dated.length - 1].next : null,
    cadenceDays,
    asOf,
  });
}

export interface NextOneOnOne {
  /** The planned `next` of the latest note, else the last 1:1 plus the cadence; null before any 1:1. */
  readonly date: IsoDate | null;
  /** `date` comes from a `next:` the coach wrote. */
  readonly planned: boolean;
  readonly lastMeeting: IsoDate | null;
  readonly cadence: CadenceStats;
}

/** A rep's next 1:1, for the overview's row and the calendar. */
export function nextOneOnOne(
  rep: TeamRepInput,
  asOf: IsoDate,
  cadenceDays: number,
  forSharing: boolean,
): NextOneOnOne {
  const cadence = rhythm(rep, asOf, cadenceDays, forSharing);
  const byCadence = cadence.lastMeeting !== null ? addDays(cadence.lastMeeting, cadenceDays) : null;
  return {
    date: cadence.plannedNext ?? byCadence,
    planned: cadence.plannedNext !== null,
    lastMeeting: cadence.lastMeeting,
    cadence,
  };
}

function repRow(rep: TeamRepInput, history: RepHistory, forSharing: boolean): TeamRepRow {
  const { followUps, goals } = history.summary;
  const followUpTrend = history.followUpsByMonth.map((month) => ({
    month: month.month,
    percent: month.completionPercent,
  }));
  const next = nextOneOnOne(rep, history.asOf, history.cadenceDays, forSharing);
  const current = next.cadence;
  const late = current.lastMeeting === null ? rep.roster !== null : current.nextOverdue;
  const overdueNow = followUps.overdue + goals.overdue;
  const points = trendPoints(followUpTrend);
  const attention: AttentionReason[] = [];
  if (overdueNow > 0) attention.push('overdue');
  if (late) attention.push('one-on-one-late');
  if (followUps.completionPercent !== null && followUps.completionPercent < LOW_COMPLETION_PERCENT)
    attention.push('low-completion');
  if (points !== null && points <= -TREND_POINTS) attention.push('completion-falling');
  return {
    key: rep.key,
    name: rep.name,
    team: rep.roster?.team ?? null,
    cadenceDays: history.cadenceDays,
    meetings: history.cadence.meetings,
    cadenceKeptPercent: cadenceKept(history.cadence, history.asOf),
    followUpCompletionPercent: followUps.completionPercent,
    followUpTrend,
    trendPoints: points,
    overdueNow,
    openGoals: goals.open + goals.overdue,
    closedGoals: goals.done + goals.cancelled,
    lastOneOnOne: current.lastMeeting,
    daysSinceLast: current.daysSinceLast,
    nextOneOnOne: next.date,
    oneOnOneLate: late,
    attention,
    privacy: history.privacy,
  };
}

/** Most reasons first, then most overdue, then the longest wait, then by name. */
function compareAttention(a: TeamRepRow, b: TeamRepRow): number {
  return (
    b.attention.length - a.attention.length ||
    b.overdueNow - a.overdueNow ||
    (b.daysSinceLast ?? Number.MAX_SAFE_INTEGER) - (a.daysSinceLast ?? Number.MAX_SAFE_INTEGER) ||
    compareText(a.name, b.name)
  );
}

function compareTeams(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

function sumPrivacy(rows: readonly TeamRepRow[], omitted: boolean): PrivacySummary {
  return {
    omitted,
    privateNotes: rows.reduce((sum, row) => sum + row.privacy.privateNotes, 0),
    privateSections: rows.reduce((sum, row) => sum + row.privacy.privateSections, 0),
    privateItems: rows.reduce((sum, row) => sum + row.privacy.privateItems, 0),
  };
}

/** The team's rates are pooled (all reps' decided follow-ups together), not an average of averages. */
function pooledCompletion(histories: readonly RepHistory[]): number | null {
  let done = 0;
  let decided = 0;
  for (const { summary } of histories) {
    const s = summary.followUps;
    done += s.done;
    decided += s.done + s.cancelled + s.dropped + s.overdue;
  }
  return decided === 0 ? null : Math.round((done / decided) * 100);
}

/** Builds the overview. Throws a RangeError for an invalid `today` or period (a caller's mistake). */
export function buildTeamOverview(reps: readonly TeamRepInput[], options: TeamOptions): TeamOverview {
  const { today } = options;
  if (!isIsoDate(today)) throw new RangeError(`today is not a calendar date: ${JSON.stringify(today)}`);
  const period = teamPeriod(today, options.range);
  const forSharing = options.forSharing === true;
  const wanted = options.team?.trim().toLowerCase() || null;
  const teams = [...new Set(reps.flatMap((rep) => (rep.roster?.team ? [rep.roster.team] : [])))].sort(
    compareText,
  );
  const chosen = reps.filter((rep) => wanted === null || rep.roster?.team?.toLowerCase() === wanted);
  const built = chosen.map((rep) => {
    const history = buildRepHistory(rep.entries, {
      today,
      cadenceDays: rep.roster?.cadenceDays ?? DEFAULT_CADENCE_DAYS,
      rep: rep.name,
      range: period,
      forSharing,
    });
    return { rep, history, row: repRow(rep, history, forSharing) };
  });
  const rows = built.map((entry) => entry.row);
  const byTeam = new Map<string | null, TeamRepRow[]>();
  for (const row of rows) byTeam.set(row.team, [...(byTeam.get(row.team) ?? []), row]);
  const groups = [...byTeam.entries()]
    .sort(([a], [b]) => compareTeams(a, b))
    .map(([team, members]) => ({ team, reps: [...members].sort((a, b) => compareText(a.name, b.name)) }));
  const asOf = period.to < today ? period.to : today;
  return {
    today,
    asOf,
    period,
    team: options.team?.trim() || null,
    forSharing,
    teams,
    groups,
    attention: rows.filter((row) => row.attention.length > 0).sort(compareAttention),
    themes: rootCauseThemes(built.map(({ rep, history }) => ({ key: rep.key, name: rep.name, history }))),
    totals: {
      reps: rows.length,
      meetings: rows.reduce((sum, row) => sum + row.meetings, 0),
      overdueNow: rows.reduce((sum, row) => sum + row.overdueNow, 0),
      openGoals: rows.reduce((sum, row) => sum + row.openGoals, 0),
      closedGoals: rows.reduce((sum, row) => sum + row.closedGoals, 0),
      followUpCompletionPercent: pooledCompletion(built.map((entry) => entry.history)),
    },
    privacy: sumPrivacy(rows, forSharing),
  };
}
