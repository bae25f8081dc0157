// Loads the optional roster (`coachingNotes.roster`, default `reps.yaml` in each workspace folder),
// keeps it current when the file or the setting changes, and shows its problems in the Problems panel.
import * as vscode from 'vscode';
import { pushAll } from '../../core/base/arrays';
import { EMPTY_ROSTER, loadRosterFile, type Roster } from '../../core/reps/roster';
import { ContextKeys } from '../commandIds';
import { toVscodeDiagnostic } from '../util/convert';
import { fileSourceFor } from '../notes/noteFileAccess';
import { affectsSetting, rosterUri } from '../settings';
import { DisposableStore } from '../util/dispose';
import { engineLoaded } from '../engineLoaded';

export class RosterService extends DisposableStore {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = this.register(
    vscode.languages.createDiagnosticCollection('coaching-notes-roster'),
  );
  private roster: Roster = EMPTY_ROSTER;
  private watchers: vscode.Disposable[] = [];
  private markLoaded: () => void = () => undefined;
  /** Resolves once the roster has been read for the first time (or found missing). */
  readonly firstLoad = new Promise<void>((resolve) => (this.markLoaded = resolve));

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    this.register({
      dispose: () => {
        for (const watcher of this.watchers) watcher.dispose();
      },
    });
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSetting(event, 'roster')) this.start();
      }),
    );
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.start()));
  }

  get current(): Roster {
    return this.roster;
  }

  /** Starts watching and loads the roster in the background. */
  start(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    for (const uri of this.rosterUris()) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) continue;
      const relative = vscode.workspace.asRelativePath(uri, false);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, relative));
      this.watchers.push(
        watcher,
        watcher.onDidCreate(() => void this.load()),
        watcher.onDidChange(() => void this.load()),
        watcher.onDidDelete(() => void this.load()),
      );
    }
    // Read after activation has returned: activate() itself does no file I/O.
    setTimeout(() => void this.load(), 0);
  }

  /** The roster of each workspace folder: the setting, or `reps.yaml` when it points outside the folder. */
  private rosterUris(): vscode.Uri[] {
    return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
      const uri = rosterUri(folder, this.log);
      return uri ? [uri] : [];
    });
  }

  private async load(): Promise<void> {
    await engineLoaded();
    const entries: Roster['entries'][number][] = [];
    const diagnostics: Roster['diagnostics'][number][] = [];
    let found = false;
    this.diagnostics.clear();
    for (const uri of this.rosterUris()) {
      // The note reader's guards: a FIFO or /dev/zero named reps.yaml is never opened, a huge file
      // never read (this runs in Restricted Mode too).
      const roster = await loadRosterFile(fileSourceFor(uri), uri.toString());
      if (roster === null) continue; // no roster in this folder: the roster is optional
      found = true;
      pushAll(entries, roster.entries);
      pushAll(diagnostics, roster.diagnostics);
      this.diagnostics.set(uri, roster.diagnostics.map(toVscodeDiagnostic));
      this.log.info(
        `Roster ${uri.fsPath}: ${roster.entries.length} reps, ${roster.diagnostics.length} problems.`,
      );
    }
    this.roster = { entries, diagnostics };
    // The Reps view's empty state and the walkthrough's roster step ask whether a roster file exists.
    void vscode.commands.executeCommand('setContext', ContextKeys.hasRoster, found);
    this.changed.fire();
    this.markLoaded();
  }
}
