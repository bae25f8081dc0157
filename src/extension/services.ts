// The services every feature shares, built once in activate() and handed to each feature's
// `registerX(services): vscode.Disposable`: one way in for every dependency. Building them does no
// file I/O; start() begins the first scan and the roster load (both after activate() returns).
import * as vscode from 'vscode';
import { PARSER_REVISION } from '../core/parse';
import { NoteCacheStore } from './noteCacheStore';
import { RepsModel } from './reps/repsModel';
import { RosterService } from './reps/rosterService';
import { TodayClock } from './today';
import { DisposableStore } from './util/dispose';
import { WorkspaceNotes } from './workspaceNotes';

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

export class ExtensionServices extends DisposableStore implements Services {
  readonly extension: vscode.Extension<unknown>;
  readonly workspaceState: vscode.Memento;
  readonly globalState: vscode.Memento;
  readonly log: vscode.LogOutputChannel;
  readonly clock: TodayClock;
  readonly notes: WorkspaceNotes;
  readonly roster: RosterService;
  readonly reps: RepsModel;
  readonly started: Promise<void>;
  private markStarted: () => void = () => undefined;

  constructor(context: vscode.ExtensionContext) {
    super();
    this.extension = context.extension;
    this.workspaceState = context.workspaceState;
    this.globalState = context.globalState;
    this.started = new Promise((resolve) => (this.markStarted = resolve));
    this.log = this.register(vscode.window.createOutputChannel('Coaching Notes', { log: true }));
    this.clock = this.register(new TodayClock());
    const { version } = context.extension.packageJSON as { version: string };
    const engine = `${version}/parser-${PARSER_REVISION}`;
    const cache = context.storageUri
      ? this.register(new NoteCacheStore(context.storageUri, engine, this.log))
      : undefined;
    this.notes = this.register(new WorkspaceNotes(cache, this.log));
    this.roster = this.register(new RosterService(this.log));
    this.reps = this.register(new RepsModel(this.notes, this.roster, this.clock));
  }

  /** Starts watching and reading in the background; call once, after every feature is registered. */
  start(): void {
    this.notes.start();
    this.roster.start();
    this.markStarted();
  }
}
