// `coaching-notes reps`: one aligned row per rep. A late 1:1 shows as " (late)" after the date of
// the last note; a Team column comes first when the roster gives any rep a team.
import stringWidth from 'string-width';
import { maxOf } from '../../core/arrays';
import { groupedByTeam, repSummaries, type RepSummary } from '../../core/reps';
import { EMPTY_ROSTER } from '../../core/roster';
import {
  EXIT_CLEAN,
  jsonLine,
  LIST_OPTIONS,
  parseListRequest,
  type CliCommand,
  type ListRequest,
} from '../command';
import { runOnIndexedNotes } from '../indexedRun';
import { plural, styleFor } from '../style';
import type { Style } from '../style';
import { forTerminal } from '../terminalText';
import { warnRosterProblems } from './check';

export const NO_REP_LABEL = '(no rep)';
export const LATE_MARK = ' (late)';

interface Column {
  readonly title: string;
  readonly alignRight: boolean;
  readonly text: (row: RepSummary) => string;
  /** Colours the padded cell (widths are measured without colour codes). */
  readonly paint?: (padded: string, row: RepSummary, style: Style) => string;
}

const TEAM: Column = { title: 'Team', alignRight: false, text: (row) => forTerminal(row.team ?? '-') };

const COLUMNS: readonly Column[] = [
  { title: 'Rep', alignRight: false, text: (row) => forTerminal(row.rep ?? NO_REP_LABEL) },
  { title: 'Notes', alignRight: true, text: (row) => String(row.notes) },
  {
    title: 'Last note',
    alignRight: false,
    // A roster rep never met is the most urgent 1:1 of all: "never (late)", as the Reps view flags it.
    text: (row) => (row.lastDate ?? (row.notes === 0 ? 'never' : '-')) + (row.oneOnOneLate ? LATE_MARK : ''),
    paint: (padded, row, style) =>
      row.oneOnOneLate ? padded.replace(LATE_MARK, style.yellow(LATE_MARK)) : padded,
  },
  { title: 'Open', alignRight: true, text: (row) => String(row.open) },
  {
    title: 'Overdue',
    alignRight: true,
    text: (row) => String(row.overdue),
    paint: (padded, row, style) =>
      row.overdue > 0 ? padded.replace(/\d+/u, (count) => style.red(count)) : padded,
  },
];

/** The table; with teams, grouped by team as the Reps tree shows them (`--json` keeps name order). */
export function formatReps(summaries: readonly RepSummary[], style: Style): string {
  if (summaries.length === 0) return 'No notes found.\n';
  const withTeams = summaries.some((row) => row.team !== null);
  const rows = withTeams ? groupedByTeam(summaries) : summaries;
  const columns = withTeams ? [TEAM, ...COLUMNS] : COLUMNS;
  const cells = rows.map((row) => columns.map((column) => column.text(row)));
  // Columns on screen: a CJK name takes two columns per character, an accent none (string-width).
  const widths = columns.map((column, index) =>
    maxOf(
      cells.map((cell) => stringWidth(cell[index])),
      stringWidth(column.title),
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
  const lines = [
    style.bold(
      render(
        columns.map((column) => column.title),
        (padded) => padded,
      ),
    ),
  ];
  rows.forEach((row, rowIndex) => {
    lines.push(
      render(cells[rowIndex], (padded, index) => columns[index].paint?.(padded, row, style) ?? padded),
    );
  });
  const notes = rows.reduce((sum, row) => sum + row.notes, 0);
  const reps = rows.filter((row) => row.rep !== null).length;
  lines.push(`${plural(reps, 'rep')}, ${plural(notes, 'note')}.`);
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
        request.json ? jsonLine(rows) : formatReps(rows, styleFor(io.stdout.isTTY, io.env ?? {})),
      );
      return EXIT_CLEAN;
    }),
};
