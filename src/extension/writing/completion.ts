// Completion while writing a note: front matter keys and values (rep names, note types, dates),
// `@owner` names seen in the workspace, and due dates after `due:`, `📅 ` and `[due:: `.
import * as vscode from 'vscode';
import { addDays } from '../../core/base/dates';
import { dueDateTypedBeforeCursor } from '../../core/note/dueToken';
import { NOTE_TYPES, type IsoDate, type NoteType } from '../../core/note/model';
import { yamlText } from '../../core/newNote/newNote';
import { frameworkOf } from '../../core/newNote/frameworks';
import { firstNonBlank } from '../../core/base/text';
import type { RepsModel } from '../reps/repsModel';
import type { Services } from '../services';
import type { TodayClock } from '../util/today';
import type { WorkspaceNotes } from '../notes/workspaceNotes';
import { dueDateChoices, shortDate } from './dateWords';
import { noteSelector, parsedDocument } from './parsedDocument';
import { whenEngineLoaded } from '../engineLoaded';

export const COMPLETION_TRIGGERS = [':', '@', ' '];

const KEY_DOCS: Readonly<Record<string, () => string>> = {
  rep: () => vscode.l10n.t('Required. The person coached, e.g. `rep: Dana Whitfield`.'),
  date: () => vscode.l10n.t('Required. The day of the meeting, `YYYY-MM-DD`.'),
  type: () => vscode.l10n.t('The kind of 1:1: {0}.', NOTE_TYPES.map((type) => `\`${type}\``).join(', ')),
  coach: () => vscode.l10n.t('Who ran the 1:1.'),
  next: () => vscode.l10n.t('The next meeting, `YYYY-MM-DD`.'),
  tags: () => vscode.l10n.t('A list of words, e.g. `tags: [discovery, pricing]`.'),
  private: () => vscode.l10n.t('`true` keeps the whole note out of every export and shared report.'),
};

export const TYPE_DOCS: Readonly<Record<NoteType, () => string>> = {
  weekly: () => vscode.l10n.t('The regular 1:1.'),
  coaching: () => vscode.l10n.t('A focused session: a call review, a role-play, a deal strategy hour.'),
  'pipeline-review': () => vscode.l10n.t("A walk through the rep's deals."),
  'skip-level': () => vscode.l10n.t('A meeting with someone further up the line.'),
  other: () => vscode.l10n.t('Anything else.'),
  pip: () =>
    vscode.l10n.t('A performance improvement plan meeting: small goals, clear support, the root cause.'),
  onboarding: () => vscode.l10n.t("A new rep's check-in: ramp progress and what is in the way."),
  stakeholder: () =>
    vscode.l10n.t('A meeting with a stakeholder: the recap and the commitments made and kept.'),
};

const OWNER_BEFORE_CURSOR = /(?:^|[\s(])@([\p{L}\p{M}\p{N}_.-]*)$/u;
const KEY_BEFORE_CURSOR = /^([A-Za-z_]*)$/u;
/** A line with at most one word typed so far: where a framework's lines can start. */
const WORD_AT_LINE_START = /^[ \t]*(?:[-*+][ \t]+)?[\p{L}-]*$/u;
// The spaces after the colon are skipped in code: `[ \t]*(.*)$` can trade them with `.*`.
const VALUE_BEFORE_CURSOR = /^(rep|coach|type|date|next|private):(.*)$/u;

/** Owners and coaches seen in the workspace, recounted only when the index has changed. */
class NamesSeen {
  private revision = -1;
  private ownerCounts = new Map<string, number>();
  private coachNames: string[] = [];

  constructor(private readonly notes: WorkspaceNotes) {}

  owners(): ReadonlyMap<string, number> {
    this.refresh();
    return this.ownerCounts;
  }

  coaches(): readonly string[] {
    this.refresh();
    return this.coachNames;
  }

  private refresh(): void {
    const index = this.notes.index;
    if (index.revision === this.revision) return;
    this.revision = index.revision;
    const owners = new Map<string, number>();
    const coaches = new Set<string>();
    for (const note of index.notes.values()) {
      for (const item of note.items)
        if (item.owner) owners.set(item.owner, (owners.get(item.owner) ?? 0) + 1);
      if (note.frontMatter.coach) coaches.add(note.frontMatter.coach);
    }
    this.ownerCounts = owners;
    this.coachNames = [...coaches].sort((a, b) => a.localeCompare(b));
  }
}

export class NoteCompletion implements vscode.CompletionItemProvider {
  private readonly seen: NamesSeen;

  constructor(
    notes: WorkspaceNotes,
    private readonly reps: RepsModel,
    private readonly clock: TodayClock,
  ) {
    this.seen = new NamesSeen(notes);
  }

  static register({ notes, reps, clock }: Services): vscode.Disposable {
    return vscode.languages.registerCompletionItemProvider(
      noteSelector(),
      new NoteCompletion(notes, reps, clock),
      // eslint-disable-next-line no-restricted-syntax -- a fixed list of trigger characters
      ...COMPLETION_TRIGGERS,
    );
  }

  provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.CompletionItem[] | Promise<vscode.CompletionItem[]> {
    return whenEngineLoaded(() => this.completionItems(document, position));
  }

  private completionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    if (inFrontMatter(document, position.line)) return this.frontMatterItems(document, position, before);

    const typedDate = dueDateTypedBeforeCursor(before);
    if (typedDate !== null) return this.dateItems(document, position, typedDate.length);
    const owner = OWNER_BEFORE_CURSOR.exec(before);
    if (owner) return this.ownerItems(position, owner[1].length);
    if (WORD_AT_LINE_START.test(before)) return frameworkItems(document, position);
    return [];
  }

  private frontMatterItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    before: string,
  ): vscode.CompletionItem[] {
    const key = KEY_BEFORE_CURSOR.exec(before);
    if (key) return this.keyItems(document, position, key[1].length);
    const value = VALUE_BEFORE_CURSOR.exec(before);
    if (!value) return [];
    const typed = value[2].length - firstNonBlank(value[2]);
    switch (value[1]) {
      case 'rep':
        return this.nameItems(
          this.reps.all().map((rep) => rep.name),
          position,
          typed,
          vscode.l10n.t('rep'),
        );
      case 'coach':
        return this.nameItems(this.seen.coaches(), position, typed, vscode.l10n.t('coach'));
      case 'type':
        return NOTE_TYPES.map((type, index) => {
          const item = new vscode.CompletionItem(type, vscode.CompletionItemKind.EnumMember);
          item.documentation = new vscode.MarkdownString(TYPE_DOCS[type]());
          item.sortText = String(index);
          item.range = rangeBefore(position, typed);
          return item;
        });
      case 'private':
        return ['false', 'true'].map((word) => {
          const item = new vscode.CompletionItem(word, vscode.CompletionItemKind.Value);
          item.range = rangeBefore(position, typed);
          return item;
        });
      case 'date':
      case 'next':
        return this.dateItems(document, position, typed, value[1] === 'next');
      default:
        return [];
    }
  }

  private keyItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    typed: number,
  ): vscode.CompletionItem[] {
    const present = parsedDocument(document).frontMatter.keyLines;
    const today = this.clock.today;
    // Replace the whole word under the cursor, not the rest of the line.
    const after = document.lineAt(position.line).text.slice(position.character);
    const wordAfter = /^[A-Za-z_]*/u.exec(after)?.[0].length ?? 0;
    const keyRange = new vscode.Range(
      position.line,
      position.character - typed,
      position.line,
      position.character + wordAfter,
    );
    const snippets: Readonly<Record<string, string>> = {
      rep: 'rep: $0',
      date: `date: \${1:${today}}`,
      type: `type: \${1|${NOTE_TYPES.join(',')}|}`,
      coach: 'coach: $0',
      next: `next: \${1:${addDays(today, 7)}}`,
      tags: 'tags: [$1]',
      private: 'private: ${1|true,false|}',
    };
    return Object.entries(KEY_DOCS)
      .filter(([key]) => present[key] === undefined || present[key] === position.line)
      .map(([key, documentation], index) => {
        const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
        item.insertText = new vscode.SnippetString(snippets[key]);
        item.documentation = new vscode.MarkdownString(documentation());
        item.sortText = String(index);
        item.range = keyRange;
        if (key === 'rep' || key === 'coach') {
          item.command = { title: '', command: 'editor.action.triggerSuggest' };
        }
        return item;
      });
  }

  private nameItems(
    names: Iterable<string>,
    position: vscode.Position,
    typed: number,
    detail: string,
  ): vscode.CompletionItem[] {
    return [...new Set(names)].map((name) => {
      const item = new vscode.CompletionItem(name, vscode.CompletionItemKind.User);
      item.insertText = yamlText(name);
      item.detail = detail;
      item.range = rangeBefore(position, typed);
      return item;
    });
  }

  private dateItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    typed: number,
    forNextMeeting = false,
  ): vscode.CompletionItem[] {
    const today = this.clock.today;
    const next = parsedDocument(document).frontMatter.next;
    const choices = forNextMeeting
      ? [
          { name: vscode.l10n.t('next week'), date: addDays(today, 7) },
          { name: vscode.l10n.t('in two weeks'), date: addDays(today, 14) },
          { name: vscode.l10n.t('today'), date: today },
        ]
      : dueDateChoices(today, next);
    return choices.map(({ name, date }, index) => dateItem(name, date, index, rangeBefore(position, typed)));
  }

  private ownerItems(position: vscode.Position, typed: number): vscode.CompletionItem[] {
    const counts = new Map(this.seen.owners());
    if (!counts.has('me')) counts.set('me', 0);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([owner, count], index) => {
        const item = new vscode.CompletionItem(owner, vscode.CompletionItemKind.User);
        item.detail =
          count === 1 ? vscode.l10n.t('owner of 1 item') : vscode.l10n.t('owner of {0} items', count);
        item.sortText = String(index).padStart(5, '0');
        item.range = rangeBefore(position, typed);
        return item;
      });
  }
}

/** The framework of the section the cursor is in, as a snippet (nothing outside a framework section). */
function frameworkItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
  const section = parsedDocument(document).sections.find(
    (candidate) => candidate.headingLine < position.line && position.line < candidate.endLine,
  );
  const framework = section === undefined ? undefined : frameworkOf(section.kind);
  if (!framework) return [];
  const item = new vscode.CompletionItem(framework.label, vscode.CompletionItemKind.Snippet);
  // From the start of the line: the snippet writes its own bullets.
  item.range = new vscode.Range(position.line, 0, position.line, position.character);
  item.insertText = new vscode.SnippetString(framework.snippet.join('\n'));
  item.filterText = `${document.lineAt(position.line).text.slice(0, position.character)}${framework.label} ${framework.heading}`;
  item.documentation = new vscode.MarkdownString(framework.help.join('\n\n'));
  item.detail = vscode.l10n.t('Coaching framework');
  item.sortText = '0';
  return [item];
}

function dateItem(name: string, date: IsoDate, index: number, range: vscode.Range): vscode.CompletionItem {
  const item = new vscode.CompletionItem(`${name} — ${shortDate(date)}`, vscode.CompletionItemKind.Value);
  item.insertText = date;
  item.filterText = date;
  item.sortText = String(index);
  item.range = range;
  return item;
}

function rangeBefore(position: vscode.Position, typed: number): vscode.Range {
  return new vscode.Range(position.line, position.character - typed, position.line, position.character);
}

/**
 * True inside the front matter: after an opening `---` on the first line and before its closing
 * line. While the block is still unclosed (a note being written), up to the first blank line.
 */
function inFrontMatter(document: vscode.TextDocument, line: number): boolean {
  if (line === 0 || document.lineAt(0).text.trimEnd() !== '---') return false;
  const block = parsedDocument(document).frontMatter.range;
  if (block) return line < block.end.line;
  for (let current = 1; current <= line; current++) {
    const text = document.lineAt(current).text;
    if (current < line && (text.trim() === '' || text.startsWith('#'))) return false;
  }
  return true;
}
