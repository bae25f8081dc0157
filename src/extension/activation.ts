// The composition root, shared by both entries (extension.ts for Node hosts, browser.ts for the web
// worker host): builds the services once and hands them to every feature. No file I/O happens here;
// everything registered lands in context.subscriptions and is disposed with it.
import type * as vscode from 'vscode';
import { createApi, type CoachingNotesApi } from './api';
import { registerCreateRoster } from './firstRun/createRoster';
import { registerWalkthrough } from './firstRun/walkthrough';
import { registerHelpCommands } from './help/helpCommands';
import { registerHistoryFeatures } from './history/registerHistory';
import { registerTeamFeatures } from './team/registerTeam';
import { registerItemCommands } from './items/itemCommands';
import { registerOverdueFeatures } from './overdue/registerOverdue';
import { registerRepsView } from './reps/registerReps';
import { createServices, type Feature } from './services';
import { registerWriting } from './writing';
import { extendMarkdownIt } from './writing/previewTasks';

/** Every feature but the Reps view (which the API reads from), in registration order. */
const FEATURES: readonly Feature[] = [
  registerItemCommands,
  registerOverdueFeatures,
  registerHistoryFeatures,
  registerTeamFeatures,
  registerWriting,
  registerHelpCommands,
  registerCreateRoster,
  registerWalkthrough,
];

export function activateExtension(context: vscode.ExtensionContext): CoachingNotesApi {
  const handle = createServices(context);
  context.subscriptions.push(handle);
  const { services } = handle;
  const repsView = registerRepsView(services);
  context.subscriptions.push(repsView);
  for (const register of FEATURES) context.subscriptions.push(register(services));
  handle.start();
  // `extendMarkdownIt`: task boxes in VS Code's Markdown preview of a note (package.json markdownItPlugins).
  return Object.assign(createApi(services.notes, services.reps, repsView), { extendMarkdownIt });
}
