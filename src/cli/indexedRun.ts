// The run of a command that needs every note parsed in full and the roster (`check`, `reps`): the
// notes under the paths given indexed, `reps.yaml` found as `history` finds it, then the answer.
import type { IsoDate } from '../core/note/model';
import type { NoteIndex } from '../core/reps/noteIndex';
import { EXIT_USAGE, todayFor, type CliIo, type ListRequest } from './command';
import { indexGivenPaths } from './loadNotes';
import { findRoster, type FoundRoster } from './roster';
import { forTerminal } from './terminalText';

export interface IndexedNotes {
  readonly index: NoteIndex;
  readonly roster: FoundRoster | null;
  readonly today: IsoDate;
}

/** Runs `answer` on the notes and roster; exit 2 when a path or note could not be read. */
export async function runOnIndexedNotes(
  request: ListRequest,
  io: CliIo,
  answer: (notes: IndexedNotes) => number,
): Promise<number> {
  const given = await indexGivenPaths(request.paths, io, request.exclude);
  if (given.kind === 'unreadable') {
    io.stderr.write(`coaching-notes: ${forTerminal(given.message)}\n`);
    return EXIT_USAGE;
  }
  const roster = await findRoster(io.cwd, given.roots);
  const status = answer({ index: given.index, roster, today: todayFor(request.today, io) });
  // The answer above is missing what could not be read (said on stderr): it must not pass for complete.
  return given.unread > 0 ? EXIT_USAGE : status;
}
