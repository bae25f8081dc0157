// The team overview from the Reps model: the same reps (roster aliases merged), notes (unsaved
// editor changes included), cadences and "today" as the Reps tree and each rep's history.
import { buildTeamOverview, type TeamOverview, type TeamRepInput } from '../../core/team/teamOverview';
import type { HistorySource } from '../history/historySource';
import { lastDays } from '../history/reportRange';

export interface TeamRequest {
  readonly weeks: number;
  readonly team: string | null;
  readonly forSharing: boolean;
}

export function teamRepInputs(source: HistorySource): TeamRepInput[] {
  return source.reps.all().map((rep) => ({
    key: rep.key,
    name: rep.name,
    roster: rep.roster,
    entries: source.entries(rep),
  }));
}

export function buildTeam(source: HistorySource, request: TeamRequest): TeamOverview {
  return buildTeamOverview(teamRepInputs(source), {
    today: source.today,
    range: lastDays(source.today, request.weeks * 7),
    team: request.team,
    forSharing: request.forSharing,
  });
}
