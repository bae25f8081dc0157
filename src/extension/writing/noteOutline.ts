// The Outline view and breadcrumbs of a note: the front matter, then each `##` section with its task
// items as children (items before the first section stand on their own).
import * as vscode from 'vscode';
import { pushAll } from '../../core/base/arrays';
import type { ItemStatus, NoteItem, NoteSection, ParsedNote } from '../../core/note/model';
import { frameworkOf } from '../../core/newNote/frameworks';
import { isPrivateItem, isPrivateSection } from '../../core/note/privacy';
import { toVscodeRange } from '../util/convert';
import { noteSelector, parsedDocument } from './parsedDocument';
import { whenEngineLoaded } from '../engineLoaded';

const STATUS_WORDS: Readonly<Record<ItemStatus, () => string>> = {
  open: () => vscode.l10n.t('open'),
  done: () => vscode.l10n.t('done'),
  cancelled: () => vscode.l10n.t('cancelled'),
  carried: () => vscode.l10n.t('carried over'),
};

export class NoteOutline implements vscode.DocumentSymbolProvider {
  static register(): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider(noteSelector(), new NoteOutline(), {
      label: vscode.l10n.t('Coaching note'),
    });
  }

  provideDocumentSymbols(
    document: vscode.TextDocument,
  ): vscode.DocumentSymbol[] | Promise<vscode.DocumentSymbol[]> {
    return whenEngineLoaded(() => this.symbols(document));
  }

  private symbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const note = parsedDocument(document);
    const symbols: vscode.DocumentSymbol[] = [];
    const frontMatter = frontMatterSymbol(note);
    if (frontMatter) symbols.push(frontMatter);
    const sectionSymbols = note.sections.map((section) => sectionSymbol(document, note, section));
    for (const item of note.items) {
      const symbol = itemSymbol(note, item);
      if (item.section === -1) symbols.push(symbol);
      else sectionSymbols[item.section]?.children.push(symbol);
    }
    // Items before the first section come before it, as in the text.
    pushAll(symbols, sectionSymbols);
    return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
  }
}

function frontMatterSymbol(note: ParsedNote): vscode.DocumentSymbol | undefined {
  const { range, rep, date } = note.frontMatter;
  if (!range) return undefined;
  const full = toVscodeRange(range);
  return new vscode.DocumentSymbol(
    rep ?? vscode.l10n.t('Front matter'),
    date ?? '',
    vscode.SymbolKind.Module,
    full,
    new vscode.Range(full.start, full.start.translate(0, 3)),
  );
}

function sectionSymbol(
  document: vscode.TextDocument,
  note: ParsedNote,
  section: NoteSection,
): vscode.DocumentSymbol {
  const lastLine = Math.max(section.headingLine, Math.min(section.endLine, document.lineCount) - 1);
  const heading = document.lineAt(section.headingLine).range;
  const open = note.items.filter(
    (item) => item.status === 'open' && item.line > section.headingLine && item.line < section.endLine,
  ).length;
  const details: string[] = [];
  const framework = frameworkOf(section.kind);
  if (framework) details.push(framework.label);
  if (open > 0) details.push(vscode.l10n.t('{0} open', open));
  if (isPrivateSection(note, section)) details.push(vscode.l10n.t('private'));
  return new vscode.DocumentSymbol(
    section.heading,
    details.join(' · '),
    vscode.SymbolKind.String,
    new vscode.Range(heading.start, document.lineAt(lastLine).range.end),
    heading,
  );
}

function itemSymbol(note: ParsedNote, item: NoteItem): vscode.DocumentSymbol {
  const range = toVscodeRange(item.range);
  const details = [STATUS_WORDS[item.status]()];
  if (item.owner) details.push(`@${item.owner}`);
  if (item.due) details.push(vscode.l10n.t('due {0}', item.due));
  if (isPrivateItem(note, item)) details.push(vscode.l10n.t('private'));
  return new vscode.DocumentSymbol(
    item.text === '' ? `[${item.box}]` : item.text,
    details.join(' · '),
    item.status === 'open' ? vscode.SymbolKind.Event : vscode.SymbolKind.Boolean,
    range,
    range,
  );
}
