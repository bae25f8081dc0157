// `coaching-notes overdue`: open items due before today, like a linter's report.
import { withoutDueDate } from '../../core/dueToken';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import type { IsoDate, OverdueItem } from '../../core/model';
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

export function formatOverdue(
  items: readonly OverdueItem[],
  today: IsoDate,
  noteCount: number,
  style: Style,
  words: Messages = messagesFor('en'),
): string {
  const lines = items.map((overdue) => {
    const days = words.count('count.days', overdue.daysOverdue);
    const rep = forTerminal(overdue.rep ?? words.text('cli.overdue.noRep'));
    return (
      `${style.cyan(forTerminal(overdue.file))}:${overdue.item.line + 1}: ${style.red(words.text('cli.overdue.line', { days }))} (${words.text('cli.overdue.due', { due: overdue.due })}): ` +
      `${forTerminal(withoutDueDate(overdue.item.text))} ${style.dim(`[${rep}]`)}`
    );
  });
  const checked = words.count('cli.checked', noteCount);
  lines.push(
    items.length === 0
      ? words.text('cli.overdue.none', { today, checked })
      : style.bold(
          words.text('cli.overdue.total', {
            items: words.count('count.overdueItems', items.length),
            today,
            checked,
          }),
        ),
  );
  return lines.join('\n') + '\n';
}
