// Writing a 1:1 note in VS Code: new notes with carry-over, live format diagnostics and quick fixes,
// completion, date hovers, the outline, the toggle command and the preview.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { NoteCompletion } from './completion';
import { DateHover } from './dateHover';
import { FormatProblems } from './formatProblems';
import { registerNewNoteCommands } from './newNote';
import { NoteOutline } from './noteOutline';
import { registerOpenPreview } from './openPreview';
import { NoteQuickFixes } from './quickFixes';
import { SpanishSnippets } from './spanishSnippets';
import { registerToggleItem } from './toggleItem';

export function registerWriting(services: Services): vscode.Disposable {
  return vscode.Disposable.from(
    new FormatProblems(services.notes),
    NoteQuickFixes.register(services),
    NoteCompletion.register(services),
    SpanishSnippets.register(),
    DateHover.register(services),
    NoteOutline.register(),
    registerToggleItem(),
    registerOpenPreview(services),
    registerNewNoteCommands(services),
  );
}
