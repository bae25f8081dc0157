// The roster the command line uses: `reps.yaml` in the first folder given, else in the current
// folder (the extension reads `coachingNotes.roster` in each workspace folder instead).
import * as path from 'node:path';
import { loadRosterFile, type Roster } from '../core/reps/roster';
import { statSync, SyncNoteFiles } from '../node/nodeFiles';

export const ROSTER_FILE = 'reps.yaml';

export interface FoundRoster {
  /** Absolute path of the roster file. */
  readonly file: string;
  readonly roster: Roster;
}

/**
 * Reads the roster next to the notes; null when there is none. `roots` are the absolute paths
 * given on the command line, each known to exist. Where there is no `reps.yaml` (or a folder of that
 * name) the next place is tried; one that cannot be read (a FIFO, a device, too large, not UTF-8,
 * no permission) is never opened or read in full, and is the roster found, with that problem.
 */
export async function findRoster(cwd: string, roots: readonly string[]): Promise<FoundRoster | null> {
  const folders = [...roots.filter((root) => statSync(root).kind === 'directory').slice(0, 1), cwd];
  const source = new SyncNoteFiles();
  for (const folder of folders) {
    const file = path.join(folder, ROSTER_FILE);
    const roster = await loadRosterFile(source, file);
    if (roster !== null) return { file, roster };
  }
  return null;
}
