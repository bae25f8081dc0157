// Writing a 1:1 note in VS Code: new notes with carry-over, live format diagnostics and quick fixes,
// completion, date hovers, the outline, the toggle command and the preview.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { NoteCompletion } from './completion';
import { DateHover } from './dateHover';
import { FormatProblems } from './formatProblems';
import { FrameworkHover } from './frameworkHover';
import { registerNewNoteCommands } from './newNote';
import { NoteOutline } from './noteOutline';
import { registerOpenPreview } from './openPreview';
import { NoteQuickFixes } from './quickFixes';
import { SpanishSnippets } from './spanishSnippets';
import { TemplateProblems } from './templateProblems';
import { registerToggleItem } from './toggleItem';

export function registerWriting(services: Services): vscode.Disposable {
  const templateProblems = new TemplateProblems();
  return vscode.Disposable.from(
    templateProblems,
    new FormatProblems(services.notes),
    NoteQuickFixes.register(services),
    NoteCompletion.register(services),
    SpanishSnippets.register(),
    DateHover.register(services),
    FrameworkHover.register(),
    NoteOutline.register(),
    registerToggleItem(),
    registerOpenPreview(services),
    registerNewNoteCommands({ ...services, templateProblems }),
  );
}
