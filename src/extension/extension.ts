// The composition root: wires the engine to VS Code. No file I/O happens here; each feature
// registers itself and everything lands in context.subscriptions.
import * as vscode from 'vscode';
import { PARSER_REVISION } from '../core/parse';
import { createApi, type CoachingNotesApi } from './api';
import { registerHelpCommands } from './help/helpCommands';
import { registerCreateRoster } from './firstRun/createRoster';
import { openWalkthroughOnce, registerWalkthrough } from './firstRun/walkthrough';
import { registerHistoryFeatures } from './history/registerHistory';
import { registerTeamFeatures } from './team/registerTeam';
import { registerItemCommands } from './items/itemCommands';
import { NoteCacheStore } from './noteCacheStore';
import { registerOverdueQuickPick } from './overdue/overdueQuickPick';
import {
  OverdueDecorations,
  OverdueProblems,
  OverdueStatusBar,
  remindOncePerDay,
} from './overdue/overdueSignals';
import { RepsModel } from './reps/repsModel';
import { RepsView } from './reps/repsView';
import { RosterService } from './reps/rosterService';
import { TodayClock } from './today';
import { WorkspaceNotes } from './workspaceNotes';
import { registerWriting } from './writing';
import { extendMarkdownIt } from './writing/previewTasks';

export function activate(context: vscode.ExtensionContext): CoachingNotesApi {
  const log = vscode.window.createOutputChannel('Coaching Notes', { log: true });
  const clock = new TodayClock();
  const { version } = context.extension.packageJSON as { version: string };
  const engine = `${version}/parser-${PARSER_REVISION}`;
  const cache = context.storageUri ? new NoteCacheStore(context.storageUri, engine, log) : undefined;
  const notes = new WorkspaceNotes(cache, log);
  const roster = new RosterService(log);
  const reps = new RepsModel(notes, roster, clock);
  const repsView = new RepsView(reps, notes, context.workspaceState);
  context.subscriptions.push(
    log,
    clock,
    // eslint-disable-next-line no-restricted-syntax -- at most one element
    ...(cache ? [cache] : []),
    notes,
    roster,
    reps,
    repsView,
    registerItemCommands(clock, notes),
    registerOverdueQuickPick(reps),
    new OverdueStatusBar(reps),
    new OverdueProblems(notes, clock),
    new OverdueDecorations(notes, clock),
    registerHistoryFeatures(notes, reps, context.extensionUri, log),
    registerTeamFeatures(notes, reps, context.extensionUri, log),
    registerWriting({ notes, reps, clock, log }),
    registerHelpCommands(context.extension),
    registerCreateRoster(log),
    registerWalkthrough(context.extension.id),
  );
  notes.start();
  roster.start();
  void remindOncePerDay(reps, notes, context.workspaceState);
  void openWalkthroughOnce(context.extension.id, context.globalState);
  // `extendMarkdownIt`: task boxes in VS Code's Markdown preview of a note (package.json markdownItPlugins).
  return Object.assign(createApi(notes, reps, repsView), { extendMarkdownIt });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
