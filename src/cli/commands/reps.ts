// `coaching-notes reps`: one aligned row per rep. A late 1:1 shows as " (late)" after the date of
// the last note; a Team column comes first when the roster gives any rep a team.
import stringWidth from 'string-width';
import { maxOf } from '../../core/base/arrays';
import { groupedByTeam, repSummaries, type RepSummary } from '../../core/reps/reps';
import type { TextKey } from '../../core/i18n/catalogue';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import { EMPTY_ROSTER } from '../../core/reps/roster';
import {
  EXIT_CLEAN,
  jsonLine,
  LIST_OPTIONS,
  parseListRequest,
  type CliCommand,
  type ListRequest,
} from '../command';
import { runOnIndexedNotes } from '../indexedRun';
import { styleFor } from '../style';
import type { Style } from '../style';
import { forTerminal } from '../terminalText';
import { warnRosterProblems } from './check';

interface Column {
  readonly title: TextKey;
  readonly alignRight: boolean;
  readonly text: (row: RepSummary, words: Messages) => string;
  /** Colours the padded cell (widths are measured without colour codes). */
  readonly paint?: (padded: string, row: RepSummary, style: Style, words: Messages) => string;
}

/** ` (late)`: marked in yellow, so it is found again in the padded cell. */
const lateMark = (words: Messages): string => ` ${words.text('cli.reps.late')}`;

const TEAM: Column = {
  title: 'cli.reps.team',
  alignRight: false,
  text: (row) => forTerminal(row.team ?? '-'),
};

const COLUMNS: readonly Column[] = [
  {
    title: 'cli.reps.rep',
    alignRight: false,
    text: (row, words) => forTerminal(row.rep ?? words.text('cli.reps.noRep')),
  },
  { title: 'cli.reps.notes', alignRight: true, text: (row) => String(row.notes) },
  {
    title: 'cli.reps.lastNote',
    alignRight: false,
    // A roster rep never met is the most urgent 1:1 of all: "never (late)", as the Reps view flags it.
    text: (row, words) =>
      (row.lastDate ?? (row.notes === 0 ? words.text('cli.reps.never') : '-')) +
      (row.oneOnOneLate ? lateMark(words) : ''),
    paint: (padded, row, style, words) =>
      row.oneOnOneLate ? padded.replace(lateMark(words), style.yellow(lateMark(words))) : padded,
  },
  { title: 'cli.reps.open', alignRight: true, text: (row) => String(row.open) },
  {
    title: 'cli.reps.overdue',
    alignRight: true,
    text: (row) => String(row.overdue),
    paint: (padded, row, style) =>
      row.overdue > 0 ? padded.replace(/\d+/u, (count) => style.red(count)) : padded,
  },
];

/** The table; with teams, grouped by team as the Reps tree shows them (`--json` keeps name order). */
export function formatReps(
  summaries: readonly RepSummary[],
  style: Style,
  words: Messages = messagesFor('en'),
): string {
  if (summaries.length === 0) return `${words.text('cli.reps.none')}\n`;
  const withTeams = summaries.some((row) => row.team !== null);
  const rows = withTeams ? groupedByTeam(summaries) : summaries;
  const columns = withTeams ? [TEAM, ...COLUMNS] : COLUMNS;
  const cells = rows.map((row) => columns.map((column) => column.text(row, words)));
  const titles = columns.map((column) => words.text(column.title));
  // Columns on screen: a CJK name takes two columns per character, an accent none (string-width).
  const widths = titles.map((title, index) =>
    maxOf(
      cells.map((cell) => stringWidth(cell[index])),
      stringWidth(title),
    ),
  );
  const pad = (text: string, index: number) => {
    const fill = ' '.repeat(Math.max(0, widths[index] - stringWidth(text)));
    return columns[index].alignRight ? fill + text : text + fill;
  };
  const render = (texts: readonly string[], paint: (padded: string, index: number) => string) =>
    texts
      .map((text, index) => paint(pad(text, index), index))
      .join('  ')
      .trimEnd();
  const lines = [style.bold(render(titles, (padded) => padded))];
  rows.forEach((row, rowIndex) => {
    lines.push(
      render(cells[rowIndex], (padded, index) => columns[index].paint?.(padded, row, style, words) ?? padded),
    );
  });
  const notes = rows.reduce((sum, row) => sum + row.notes, 0);
  const reps = rows.filter((row) => row.rep !== null).length;
  lines.push(
    words.text('cli.reps.total', {
      reps: words.count('count.reps', reps),
      notes: words.count('count.notes', notes),
    }),
  );
  return lines.join('\n') + '\n';
}

export const repsCommand: CliCommand<ListRequest> = {
  name: 'reps',
  summary: [
    'One row per rep: notes, last note date (late 1:1 marked), open and overdue items;',
    'with reps.yaml, aliases merged, reps without notes and teams listed',
  ],
  options: LIST_OPTIONS,
  parse: parseListRequest,
  run: (request, io) =>
    runOnIndexedNotes(request, io, ({ index, roster, today }) => {
      // A bad roster entry is left out and said on stderr; the listing goes on without it.
      warnRosterProblems(io.cwd, roster, io.stderr, io.env ?? {});
      const rows = repSummaries(index, today, roster?.roster ?? EMPTY_ROSTER);
      io.stdout.write(
        request.json ? jsonLine(rows) : formatReps(rows, styleFor(io.stdout.isTTY, io.env ?? {}), io.words),
      );
      return EXIT_CLEAN;
    }),
};
