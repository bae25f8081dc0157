// The reps of an index as the team overview's input: merged through the roster as the Reps tree
// merges them (core/reps/reps.ts), each with all of its notes.
import type { NoteIndex } from '../reps/noteIndex';
import { rosterReps } from '../reps/reps';
import type { Roster } from '../reps/roster';
import type { TeamRepInput } from './teamOverview';

export function teamInputs(index: NoteIndex, roster: Roster): TeamRepInput[] {
  return rosterReps(index, roster).map((rep) => ({
    key: rep.key,
    name: rep.name,
    roster: rep.roster,
    entries: rep.groups.flatMap((group) => [...group.entries].map(({ file, note }) => ({ file, note }))),
  }));
}
