// Quick fixes for the engine's diagnostics (matched by their stable codes) and a "Mark done" action
// on open items. Every fix is a WorkspaceEdit on the document as it is now, so it is undoable.
import * as vscode from 'vscode';
import { addDays } from '../../core/base/dates';
import { closeFrontMatterEdit, insertKeyEdit, replaceValueEdit } from '../../core/edits/frontMatterEdits';
import {
  pickOf,
  planItemEdit,
  removeDueEdit,
  setStatusEdit,
  type TextEdit,
} from '../../core/edits/itemEdits';
import { NOTE_TYPES, type DiagnosticCode, type IsoDate, type ParsedNote } from '../../core/note/model';
import { yamlText } from '../../core/newNote/newNote';
import { splitLines } from '../../core/base/text';
import { DIAGNOSTIC_SOURCE, toVscodeRange } from '../util/convert';
import type { Services } from '../services';
import type { TodayClock } from '../util/today';
import type { WorkspaceNotes } from '../notes/workspaceNotes';
import { shortDate } from './dateWords';
import { noteSelector, parsedDocument } from './parsedDocument';
import { whenEngineLoaded } from '../engineLoaded';

/** How many rep names a `missing-rep` fix offers from the notes next to this one. */
const MAX_REP_SUGGESTIONS = 3;

export class NoteQuickFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [
    vscode.CodeActionKind.QuickFix,
    vscode.CodeActionKind.RefactorRewrite,
  ];

  constructor(
    private readonly notes: WorkspaceNotes,
    private readonly clock: TodayClock,
  ) {}

  static register({ notes, clock }: Services): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(noteSelector(), new NoteQuickFixes(notes, clock), {
      providedCodeActionKinds: NoteQuickFixes.providedCodeActionKinds,
    });
  }

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] | Promise<vscode.CodeAction[]> {
    return whenEngineLoaded(() => this.codeActions(document, range, context));
  }

  private codeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const note = parsedDocument(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
      for (const fix of this.fixesFor(document, note, diagnostic.code as DiagnosticCode, diagnostic.range)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred ?? false;
        action.edit = workspaceEdit(document.uri, fix.edits);
        actions.push(action);
      }
    }
    const markDone = this.markDoneAction(document, note, range);
    if (markDone && (!context.only || context.only.contains(vscode.CodeActionKind.RefactorRewrite))) {
      actions.push(markDone);
    }
    return actions;
  }

  private fixesFor(
    document: vscode.TextDocument,
    note: ParsedNote,
    code: DiagnosticCode,
    range: vscode.Range,
  ): Fix[] {
    const today = this.clock.today;
    switch (code) {
      case 'missing-date':
        return insertKeyFix(
          document,
          note,
          'date',
          today,
          vscode.l10n.t('Add `date: {0}` (today)', today),
          true,
        );
      case 'missing-rep':
        return [
          ...this.repsNextTo(document.uri).map((name, index) =>
            insertKeyFix(
              document,
              note,
              'rep',
              yamlText(name),
              vscode.l10n.t('Add `rep: {0}`', name),
              index === 0,
            ),
          ),
          insertKeyFix(document, note, 'rep', '', vscode.l10n.t('Add a `rep:` line'), false),
        ].flat();
      case 'unclosed-front-matter':
        return closeFrontMatterFix(document);
      case 'invalid-date':
        return replaceValueFix(document, range.start.line, 'date', [
          { title: vscode.l10n.t('Set the date to today ({0})', shortDate(today)), value: today },
        ]);
      case 'invalid-next':
        return replaceValueFix(document, range.start.line, 'next', [
          {
            title: vscode.l10n.t('Set the next 1:1 to next week ({0})', shortDate(addDays(today, 7))),
            value: addDays(today, 7),
          },
        ]);
      case 'invalid-type':
        return replaceValueFix(
          document,
          range.start.line,
          'type',
          NOTE_TYPES.map((type) => ({ title: vscode.l10n.t('Set the type to `{0}`', type), value: type })),
        );
      case 'invalid-due':
        return this.dueFixes(document, note, range);
      case 'unknown-status': {
        const item = note.items.find((candidate) => candidate.line === range.start.line);
        if (!item) return [];
        return [
          {
            title: vscode.l10n.t('Mark as open `[ ]`'),
            edits: [setStatusEdit(item, 'open')],
            preferred: true,
          },
          { title: vscode.l10n.t('Mark as done `[x]`'), edits: [setStatusEdit(item, 'done')] },
        ];
      }
      default:
        return [];
    }
  }

  private dueFixes(document: vscode.TextDocument, note: ParsedNote, range: vscode.Range): Fix[] {
    const item = note.items.find((candidate) => candidate.line === range.start.line);
    if (!item) return [];
    const text = document.getText();
    const pick = pickOf(note, item);
    const today = this.clock.today;
    const dates: { name: string; date: IsoDate }[] = [
      { name: vscode.l10n.t('today'), date: today },
      { name: vscode.l10n.t('tomorrow'), date: addDays(today, 1) },
      { name: vscode.l10n.t('next week'), date: addDays(today, 7) },
    ];
    // Only fixes whose result the parser reads as that due date are offered.
    const fixes: Fix[] = dates.flatMap(({ name, date }, index) => {
      const plan = planItemEdit(text, pick, { kind: 'due', due: date }, note);
      if (!plan.ok) return [];
      return [
        {
          title: vscode.l10n.t('Set the due date to {0} ({1})', name, shortDate(date)),
          edits: [plan.edit],
          preferred: index === 1,
        },
      ];
    });
    const removal = removeDueEdit(item, document.lineAt(item.line).text);
    if (removal) fixes.push({ title: vscode.l10n.t('Remove the due date'), edits: [removal] });
    return fixes;
  }

  /** Rep names of the notes in the same folder, newest note first. */
  private repsNextTo(uri: vscode.Uri): string[] {
    const folder = uri.toString().slice(0, uri.toString().lastIndexOf('/') + 1);
    const dated: { name: string; date: string }[] = [];
    for (const [file, note] of this.notes.index.notes) {
      const rest = file.startsWith(folder) ? file.slice(folder.length) : null;
      if (rest === null || rest.includes('/') || file === uri.toString() || !note.frontMatter.rep) continue;
      dated.push({ name: note.frontMatter.rep, date: note.frontMatter.date ?? '' });
    }
    dated.sort((a, b) => b.date.localeCompare(a.date));
    return [...new Set(dated.map((entry) => entry.name))].slice(0, MAX_REP_SUGGESTIONS);
  }

  private markDoneAction(
    document: vscode.TextDocument,
    note: ParsedNote,
    range: vscode.Range,
  ): vscode.CodeAction | undefined {
    const open = note.items.filter(
      (item) => item.status === 'open' && item.line >= range.start.line && item.line <= range.end.line,
    );
    if (open.length === 0) return undefined;
    const title =
      open.length === 1 ? vscode.l10n.t('Mark done') : vscode.l10n.t('Mark {0} items done', open.length);
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.RefactorRewrite);
    action.edit = workspaceEdit(
      document.uri,
      open.map((item) => setStatusEdit(item, 'done')),
    );
    return action;
  }
}

interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
}

function workspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { range, newText } of edits) edit.replace(uri, toVscodeRange(range), newText);
  return edit;
}

function eolOf(document: vscode.TextDocument): string {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

/** A `key: value` line added at the end of the front matter, just before its closing `---`. */
function insertKeyFix(
  document: vscode.TextDocument,
  note: ParsedNote,
  key: string,
  value: string,
  title: string,
  preferred: boolean,
): Fix[] {
  const edit = insertKeyEdit(note, key, value, eolOf(document));
  return edit ? [{ title, preferred, edits: [edit] }] : [];
}

/** The missing `---`, after the last line that reads as front matter. */
function closeFrontMatterFix(document: vscode.TextDocument): Fix[] {
  return [
    {
      title: vscode.l10n.t('Close the front matter with `---`'),
      preferred: true,
      edits: [closeFrontMatterEdit(splitLines(document.getText()), eolOf(document))],
    },
  ];
}

/** Replaces the value of a one-line `key: value` front matter entry, keeping a `# comment` after it. */
function replaceValueFix(
  document: vscode.TextDocument,
  line: number,
  key: string,
  choices: readonly { title: string; value: string }[],
): Fix[] {
  if (line >= document.lineCount) return [];
  const lines = splitLines(document.getText());
  return choices.flatMap((choice, index) => {
    const edit = replaceValueEdit(lines, line, key, choice.value);
    return edit
      ? [{ title: choice.title, preferred: index === 0 && choices.length === 1, edits: [edit] }]
      : [];
  });
}
