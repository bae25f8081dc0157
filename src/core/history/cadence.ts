// How regularly the 1:1s happen: gaps between meetings against the coach's cadence, and whether
// the next 1:1 is late.
import { addDays, daysBetween } from '../base/dates';
import type { IsoDate } from '../note/model';
import type { CadenceStats, Gap, NextOneOnOneOverdueReason } from './types';

export interface CadenceInput {
  /** Note dates of the period in order (repeats allowed). */
  readonly dates: readonly IsoDate[];
  /** `next` of the latest note, if any. */
  readonly latestNext: IsoDate | null;
  readonly cadenceDays: number;
  readonly asOf: IsoDate;
}

export function cadenceStats({ dates, latestNext, cadenceDays, asOf }: CadenceInput): CadenceStats {
  const meetings = [...new Set(dates)].sort();
  const gaps: Gap[] = [];
  for (let index = 1; index < meetings.length; index++) {
    const from = meetings[index - 1];
    const to = meetings[index];
    gaps.push({ from, to, days: daysBetween(from, to) });
  }
  const totalDays = gaps.reduce((sum, gap) => sum + gap.days, 0);
  const longestGap = gaps.reduce<Gap | null>(
    (longest, gap) => (longest && longest.days >= gap.days ? longest : gap),
    null,
  );
  const lastMeeting = meetings.length > 0 ? meetings[meetings.length - 1] : null;

  // A planned date on or before the note's own date says nothing about the next meeting.
  const plannedNext =
    lastMeeting !== null && latestNext !== null && latestNext > lastMeeting ? latestNext : null;
  const byCadence = lastMeeting !== null ? addDays(lastMeeting, cadenceDays) : null;
  const reasons: NextOneOnOneOverdueReason[] = [];
  if (byCadence !== null && byCadence < asOf) reasons.push('cadence');
  if (plannedNext !== null && plannedNext < asOf) reasons.push('planned-date-passed');
  const nextDue =
    byCadence !== null && plannedNext !== null && plannedNext < byCadence ? plannedNext : byCadence;
  return {
    cadenceDays,
    meetings: meetings.length,
    gaps,
    averageGapDays: gaps.length > 0 ? Math.round((totalDays / gaps.length) * 10) / 10 : null,
    longestGap,
    gapsOverCadence: gaps.filter((gap) => gap.days > cadenceDays),
    lastMeeting,
    daysSinceLast: lastMeeting !== null ? Math.max(0, daysBetween(lastMeeting, asOf)) : null,
    plannedNext,
    nextDue,
    nextOverdue: reasons.length > 0,
    nextOverdueReasons: reasons,
  };
}
