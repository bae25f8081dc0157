// Hovering a date says what it means today: the weekday, and "in 3 days", "today" or "overdue by 2
// days" for a due date; the same for the meeting `date` and the `next` meeting in the front matter.
import * as vscode from 'vscode';
import { toVscodeRange } from '../util/convert';
import type { Services } from '../services';
import type { TodayClock } from '../util/today';
import { longDate, relativeDay, relativeDue } from './dateWords';
import { noteSelector, parsedDocument } from './parsedDocument';
import { whenEngineLoaded } from '../engineLoaded';

const FRONT_MATTER_DATE = /^(date|next):[ \t]*(['"]?)(\d{4}-\d{2}-\d{2})\2[ \t]*(?:#.*)?$/u;

export class DateHover implements vscode.HoverProvider {
  constructor(private readonly clock: TodayClock) {}

  static register({ clock }: Services): vscode.Disposable {
    return vscode.languages.registerHoverProvider(noteSelector(), new DateHover(clock));
  }

  provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.Hover | undefined | Promise<vscode.Hover | undefined> {
    return whenEngineLoaded(() => this.hover(document, position));
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const note = parsedDocument(document);
    const today = this.clock.today;
    const item = note.items.find((candidate) => candidate.line === position.line);
    if (item?.due && item.dueRange) {
      const range = toVscodeRange(item.dueRange);
      if (!range.contains(position)) return undefined;
      const text = `**${vscode.l10n.t('Due {0}', longDate(item.due))}** · ${relativeDue(item.due, today, item.status === 'open')}`;
      return new vscode.Hover(new vscode.MarkdownString(text), range);
    }
    const { frontMatter } = note;
    const block = frontMatter.range;
    if (!block || position.line <= block.start.line || position.line >= block.end.line) return undefined;
    const lineText = document.lineAt(position.line).text;
    const match = FRONT_MATTER_DATE.exec(lineText);
    if (!match) return undefined;
    const key = match[1];
    const date = key === 'date' ? frontMatter.date : frontMatter.next;
    if (date !== match[3] || frontMatter.keyLines[key] !== position.line) return undefined;
    const start = lineText.indexOf(date);
    // The whole `key: date` entry answers, so hovering the key works too.
    const range = new vscode.Range(position.line, 0, position.line, start + date.length);
    if (!range.contains(position)) return undefined;
    const title =
      key === 'date'
        ? vscode.l10n.t('1:1 on {0}', longDate(date))
        : vscode.l10n.t('Next 1:1 on {0}', longDate(date));
    return new vscode.Hover(new vscode.MarkdownString(`**${title}** · ${relativeDay(date, today)}`), range);
  }
}
