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
import { registerToggleItem } from './toggleItem';

export function registerWriting(services: Services): vscode.Disposable {
  const { notes, reps, clock, log } = services;
  return vscode.Disposable.from(
    new FormatProblems(notes),
    NoteQuickFixes.register(notes, clock),
    NoteCompletion.register(notes, reps, clock),
    DateHover.register(clock),
    NoteOutline.register(),
    registerToggleItem(),
    registerOpenPreview(log),
    registerNewNoteCommands(services),
  );
}
