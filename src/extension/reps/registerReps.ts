// The Reps view: registered like every feature, and returned as itself because the API reads its
// tree and badge (see createApi).
import type { Services } from '../services';
import { RepsView } from './repsView';

export function registerRepsView({ reps, notes, workspaceState }: Services): RepsView {
  return new RepsView(reps, notes, workspaceState);
}
