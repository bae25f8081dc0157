// Writing a 1:1 note in VS Code: new notes with carry-over, live format diagnostics and quick fixes,
// completion, date hovers, the outline, the toggle command and the preview.
import * as vscode from 'vscode';
import type { RepsModel } from '../reps/repsModel';
import type { TodayClock } from '../today';
import type { WorkspaceNotes } from '../workspaceNotes';
import { NoteCompletion } from './completion';
import { DateHover } from './dateHover';
import { FormatProblems } from './formatProblems';
import { FrameworkHover } from './frameworkHover';
import { registerNewNoteCommands } from './newNote';
import { NoteOutline } from './noteOutline';
import { registerOpenPreview } from './openPreview';
import { NoteQuickFixes } from './quickFixes';
import { TemplateProblems } from './templateProblems';
import { registerToggleItem } from './toggleItem';

export interface WritingDeps {
  readonly notes: WorkspaceNotes;
  readonly reps: RepsModel;
  readonly clock: TodayClock;
  readonly log: vscode.LogOutputChannel;
}

export function registerWriting(deps: WritingDeps): vscode.Disposable {
  const { notes, reps, clock, log } = deps;
  const templateProblems = new TemplateProblems();
  return vscode.Disposable.from(
    templateProblems,
    new FormatProblems(notes),
    NoteQuickFixes.register(notes, clock),
    NoteCompletion.register(notes, reps, clock),
    DateHover.register(clock),
    FrameworkHover.register(),
    NoteOutline.register(),
    registerToggleItem(),
    registerOpenPreview(log),
    registerNewNoteCommands({ ...deps, templateProblems }),
  );
}
