// `coaching-notes overdue`: open items due before today, like a linter's report.
import { withoutFirstDueToken } from '../../core/dueToken';
import type { IsoDate } from '../../core/model';
import type { OverdueRow } from '../../core/reps/overdueScan';
import { plural } from '../style';
import type { Style } from '../style';
import { forTerminal } from '../terminalText';

export interface OverdueJson {
  readonly file: string;
  readonly line: number;
  readonly rep: string | null;
  readonly text: string;
  readonly due: IsoDate;
  readonly daysOverdue: number;
  readonly kind: 'goal' | 'follow-up';
  readonly owner: string | null;
}

export function overdueJson(items: readonly OverdueRow[]): OverdueJson[] {
  return items.map((overdue) => ({
    file: overdue.file,
    line: overdue.item.line + 1,
    rep: overdue.rep,
    text: overdue.item.text,
    due: overdue.due,
    daysOverdue: overdue.daysOverdue,
    kind: overdue.item.kind,
    owner: overdue.item.owner,
  }));
}

export function formatOverdue(
  items: readonly OverdueRow[],
  today: IsoDate,
  noteCount: number,
  style: Style,
): string {
  const lines = items.map((overdue) => {
    const days = plural(overdue.daysOverdue, 'day');
    const rep = forTerminal(overdue.rep ?? 'no rep');
    return (
      `${style.cyan(forTerminal(overdue.file))}:${overdue.item.line + 1}: ${style.red(`overdue by ${days}`)} (due ${overdue.due}): ` +
      `${forTerminal(withoutFirstDueToken(overdue.item.text))} ${style.dim(`[${rep}]`)}`
    );
  });
  const checked = `${plural(noteCount, 'note')} checked`;
  lines.push(
    items.length === 0
      ? `No overdue items as of ${today} (${checked}).`
      : style.bold(`${plural(items.length, 'overdue item')} as of ${today} (${checked}).`),
  );
  return lines.join('\n') + '\n';
}
