// The table of commands: the usage, the parser and `coaching-notes <command>` all read it. A new
// command is its own file in this folder and one line here.
import { tableEntry, type CliCommand } from '../command';
import { calendarCommand } from './calendar';
import { checkCommand } from './check';
import { historyCommand } from './history';
import { overdueCommand } from './overdue';
import { repsCommand } from './reps';
import { teamCommand } from './team';

/** In the order the usage lists them. */
export const COMMANDS: readonly CliCommand<unknown>[] = [
  tableEntry(overdueCommand),
  tableEntry(checkCommand),
  tableEntry(repsCommand),
  tableEntry(historyCommand),
  tableEntry(teamCommand),
  tableEntry(calendarCommand),
];
