// `coaching-notes overdue`: open items due before today, like a linter's report.
import { withoutDueDate } from '../../core/note/dueToken';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import type { IsoDate } from '../../core/note/model';
import { OverdueScan, type OverdueRow } from '../../core/reps/overdueScan';
import {
  EXIT_CLEAN,
  EXIT_FOUND,
  EXIT_USAGE,
  LIST_OPTIONS,
  parseListRequest,
  todayFor,
  type CliCommand,
  type ListRequest,
} from '../command';
import { scanGivenPaths } from '../loadNotes';
import { styleFor } from '../style';
import type { Style } from '../style';
import { forTerminal, writeJsonArray } from '../terminalText';

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

function overdueRowJson(overdue: OverdueRow): OverdueJson {
  return {
    file: overdue.file,
    line: overdue.item.line + 1,
    rep: overdue.rep,
    text: overdue.item.text,
    due: overdue.due,
    daysOverdue: overdue.daysOverdue,
    kind: overdue.item.kind,
    owner: overdue.item.owner,
  };
}

export function overdueJson(items: readonly OverdueRow[]): OverdueJson[] {
  return items.map(overdueRowJson);
}

export function formatOverdue(
  items: readonly OverdueRow[],
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

export const overdueCommand: CliCommand<ListRequest> = {
  name: 'overdue',
  summary: ['List open follow-ups and goals due before today (exit 1 when there are any)'],
  options: LIST_OPTIONS,
  parse: parseListRequest,
  // One question: each note is scanned for it and dropped, no index is built (core/reps/overdueScan).
  async run(request, io) {
    const today = todayFor(request.today, io);
    const scan = new OverdueScan(today);
    const given = await scanGivenPaths(request.paths, io, request.exclude, (key, text) =>
      scan.addNote(key, text),
    );
    if (given.kind === 'unreadable') {
      io.stderr.write(`coaching-notes: ${forTerminal(given.message)}\n`);
      return EXIT_USAGE;
    }
    const items = scan.sorted();
    if (request.json) writeJsonArray(io.stdout, items, overdueRowJson);
    else {
      const style = styleFor(io.stdout.isTTY, io.env ?? {});
      io.stdout.write(formatOverdue(items, today, given.notes, style, io.words));
    }
    // The answer above is missing what could not be read (said on stderr): it must not pass for complete.
    if (given.unread > 0) return EXIT_USAGE;
    return items.length > 0 ? EXIT_FOUND : EXIT_CLEAN;
  },
};
