// `coaching-notes reps`: one aligned row per rep.
import type { RepSummary } from '../../core/reps';
import { plural } from '../style';
import type { Style } from '../style';

export const NO_REP_LABEL = '(no rep)';

export function formatReps(rows: readonly RepSummary[], style: Style): string {
  if (rows.length === 0) return 'No notes found.\n';
  const header = ['Rep', 'Notes', 'Last note', 'Open', 'Overdue'];
  const cells = rows.map((row) => [
    row.rep ?? NO_REP_LABEL,
    String(row.notes),
    row.lastDate ?? '-',
    String(row.open),
    String(row.overdue),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => cell[column].length)),
  );
  // Names and dates align left, counts right.
  const alignRight = [false, true, false, true, true];
  const render = (cell: readonly string[]) =>
    cell
      .map((text, column) => {
        const width = widths[column];
        return alignRight[column] ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const lines = [style.bold(render(header))];
  rows.forEach((row, i) => {
    const line = render(cells[i]);
    lines.push(row.overdue > 0 ? line.replace(/(\d+)$/, (count) => style.red(count)) : line);
  });
  const notes = rows.reduce((sum, row) => sum + row.notes, 0);
  const reps = rows.filter((row) => row.rep !== null).length;
  lines.push(`${plural(reps, 'rep')}, ${plural(notes, 'note')}.`);
  return lines.join('\n') + '\n';
}
