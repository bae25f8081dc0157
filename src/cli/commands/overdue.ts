// `coaching-notes overdue`: open items due before today, like a linter's report.
import type { IsoDate, OverdueItem } from '../../core/model';
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

export function overdueJson(items: readonly OverdueItem[]): OverdueJson[] {
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The item text without its due token: the line already says when it was due. */
export function textWithoutDue(text: string, due: IsoDate): string {
  const date = escapeRegExp(due);
  const token = new RegExp(`\\[due::\\s*${date}\\s*\\]|\\bdue:\\s*${date}|\u{1F4C5}\\s*${date}`, 'u');
  const stripped = text
    .replace(token, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return stripped === '' ? text : stripped;
}

export function formatOverdue(
  items: readonly OverdueItem[],
  today: IsoDate,
  noteCount: number,
  style: Style,
): string {
  const lines = items.map((overdue) => {
    const days = plural(overdue.daysOverdue, 'day');
    const rep = forTerminal(overdue.rep ?? 'no rep');
    return (
      `${style.cyan(forTerminal(overdue.file))}:${overdue.item.line + 1}: ${style.red(`overdue by ${days}`)} (due ${overdue.due}): ` +
      `${forTerminal(textWithoutDue(overdue.item.text, overdue.due))} ${style.dim(`[${rep}]`)}`
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
