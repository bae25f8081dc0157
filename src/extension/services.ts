// The services every feature shares, built once in activate() and handed to each feature's
// `registerX(services): vscode.Disposable`: one way in for every dependency. Building them does no
// file I/O; start() begins the first scan and the roster load (both after activate() returns).
import * as vscode from 'vscode';
import { PARSER_REVISION } from '../core/note/parse';
import { NoteCacheStore } from './notes/noteCacheStore';
import { RepsModel } from './reps/repsModel';
import { RepsSnapshotStore } from './reps/repsSnapshotStore';
import { RosterService } from './reps/rosterService';
import { TodayClock } from './util/today';
import { DisposableStore } from './util/dispose';
import { WorkspaceNotes } from './notes/workspaceNotes';

export interface Services {
  /** This extension: its id, folder (extensionUri, extensionPath) and package.json. */
  readonly extension: vscode.Extension<unknown>;
  /** Remembered per workspace (the Reps filter, the last reminder day); never file I/O. */
  readonly workspaceState: vscode.Memento;
  /** Remembered per user (the walkthrough opened once). */
  readonly globalState: vscode.Memento;
  readonly log: vscode.LogOutputChannel;
  readonly clock: TodayClock;
  /** The index of every note in the workspace, kept live. */
  readonly notes: WorkspaceNotes;
  readonly roster: RosterService;
  readonly reps: RepsModel;
  /**
   * Resolves once start() has run, after every feature is registered: work that waits for the
   * notes (`notes.whenReady()`) waits for this first, so that it never starts a scan of its own.
   */
  readonly started: Promise<void>;
}

/** A feature: registers its commands, views and listeners; disposing it removes them all. */
export type Feature = (services: Services) => vscode.Disposable;

/** The services and their lifetime: start() once every feature is registered; dispose() ends them. */
export interface ServicesHandle extends vscode.Disposable {
  readonly services: Services;
  /** Starts watching and reading in the background; call once, after every feature is registered. */
  start(): void;
}

export function createServices(context: vscode.ExtensionContext): ServicesHandle {
  const store = new ServicesStore();
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const log = store.add(vscode.window.createOutputChannel('Coaching Notes', { log: true }));
  const clock = store.add(new TodayClock());
  const { version } = context.extension.packageJSON as { version: string };
  const engine = `${version}/parser-${PARSER_REVISION}`;
  const cache = context.storageUri
    ? store.add(new NoteCacheStore(context.storageUri, engine, log))
    : undefined;
  const notes = store.add(new WorkspaceNotes(cache, log));
  const roster = store.add(new RosterService(log));
  const snapshots = context.storageUri ? new RepsSnapshotStore(context.storageUri, engine, log) : undefined;
  const reps = store.add(new RepsModel(notes, roster, clock, snapshots));
  const { extension, workspaceState, globalState } = context;
  return {
    services: { extension, workspaceState, globalState, log, clock, notes, roster, reps, started },
    start: () => {
      notes.start();
      roster.start();
      markStarted();
    },
    dispose: () => store.dispose(),
  };
}

/** Disposes what it was given, newest first. */
class ServicesStore extends DisposableStore {
  add<T extends vscode.Disposable>(disposable: T): T {
    return this.register(disposable);
  }
}
