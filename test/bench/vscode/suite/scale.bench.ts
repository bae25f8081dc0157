// The scale benchmark inside a real VS Code extension host, over a workspace of generated notes
// (see ../runBench.ts). One session is either 'cold' (fresh profile: no warm-start cache) or
// 'warm' (the cold session's profile). It measures, and records in a JSON file:
//   activation   loading the bundle, then Extension.activate(), with the Node fs calls made meanwhile
//   scan         activation's return -> first reps in the tree -> whenIndexed(), the event loop's
//                longest stretches meanwhile, files read versus taken from the cache
//   cache save   (cold) writing the warm-start cache after the scan
//   edits        (cold) an unsaved edit in an open editor and a write on disk, each toggling one
//                follow-up between open and done: latency to the API's change event and to the
//                Problems panel, what the reps model rebuilt, the event loop meanwhile
// Assertions check only that the setup is what the figures claim (activation deferred to the
// suite, every note indexed, edits seen); no timing is asserted.
import * as assert from 'assert';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import type { CoachingNotesApi, OverdueSummary } from '../../../../src/extension/api';
import type { RepsRefreshStats } from '../../../../src/extension/reps/repsModel';
import type { RepsTreeNode } from '../../../../src/extension/reps/repsTree';
import { takeScreenshot } from '../../../integration/suite/screenshot';
import { BENCH_ENV, type EditFigures, type SessionFigures, type SessionKind } from '../benchProtocol';
import { BlockingProbe, CpuProfile, FsSpy, hostQuiet, round } from './probes';

const EXTENSION_ID = 'coaching-notes.coaching-notes';
/** Node's require, with the module cache the extension host loads extensions through. */
const nodeRequire = createRequire(__filename);

/** What dist/extension.js exports. */
interface ExtensionModule {
  activate(context: vscode.ExtensionContext): CoachingNotesApi;
  deactivate?(): void;
}
/** Changes per kind of edit: an even number, so every note ends as it began. */
const EDITS_PER_KIND = 10;
/** The extension's deliberate waits on these paths (workspaceNotes.ts): edit debounce, event coalescing. */
const EDITOR_DELAY_MS = 200 + 50;
const DISK_DELAY_MS = 50;

const session = (process.env[BENCH_ENV.session] ?? 'cold') as SessionKind;
const expectedNotes = Number(process.env[BENCH_ENV.notes] ?? NaN);
const screenshots = process.env[BENCH_ENV.screenshots] === '1';
const profileFile = process.env[BENCH_ENV.profile];
const profile = profileFile ? new CpuProfile() : undefined;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the benchmark with npm run bench:vscode`);
  return value;
}

/** Resolves with the time of the first API change event after which `holds()` is true. */
function changeWhere(api: CoachingNotesApi, holds: () => boolean, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no change event with ${what} within 60 s`));
    }, 60_000);
    const listener = api.onDidChange(() => {
      const at = performance.now();
      if (!holds()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(at);
    });
  });
}

/** Polls (5 ms) until `holds()`; resolves with the time it first did. Cheap checks only. */
async function pollUntil(holds: () => boolean, what: string): Promise<number> {
  const deadline = performance.now() + 60_000;
  while (!holds()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now();
}

/** Resolves once the extension has sent no change event for `ms` (pending debounced work is done). */
async function quiet(api: CoachingNotesApi, ms = 1_000): Promise<void> {
  let last = performance.now();
  const listener = api.onDidChange(() => (last = performance.now()));
  try {
    while (performance.now() - last < ms) await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    listener.dispose();
  }
}

/**
 * Whether the tree lists `item` under its rep's overdue follow-ups. Cheap (the rep's overview is
 * built already), unlike api.overdue(), which sorts every overdue item of the workspace: checking
 * after each change must not add work to what is measured.
 */
function isOverdue(api: CoachingNotesApi, item: OverdueSummary): boolean {
  const roots = api.repsTree.getChildren();
  if (!Array.isArray(roots)) throw new Error('the reps tree answers synchronously');
  const reps = roots.flatMap((node: RepsTreeNode) =>
    node.kind === 'rep' ? [node.rep] : node.kind === 'team' ? node.reps : [],
  );
  const rep = reps.find((overview) => overview.name === item.rep);
  return rep?.overdue.some((ref) => ref.file === item.file && ref.item.line === item.line) ?? false;
}

/**
 * What the Reps tree shows of each rep without expanding it (saved or built from the notes): the
 * labels and descriptions of the top level and of the teams' reps, in order.
 */
function repCounts(api: CoachingNotesApi, roots: readonly RepsTreeNode[]): string {
  const lines = roots.flatMap((node): string[] => {
    const { label, description } = api.repsTree.getTreeItem(node) as vscode.TreeItem;
    const text = typeof label === 'string' ? label : (label?.label ?? '');
    const line = `${text} · ${String(description)}`;
    if (node.kind !== 'team' && node.kind !== 'savedTeam') return [line];
    const reps = api.repsTree.getChildren(node);
    return [line, ...(Array.isArray(reps) ? repCounts(api, reps).split('\n') : [])];
  });
  return lines.join('\n');
}

/** What the Reps tree shows of every rep, with the overdue list: a warm start must show the same. */
function repsSnapshot(api: CoachingNotesApi): string {
  const roots = api.repsTree.getChildren();
  if (!Array.isArray(roots)) throw new Error('the reps tree answers synchronously');
  const reps = roots.flatMap((node: RepsTreeNode) =>
    node.kind === 'rep' ? [node.rep] : node.kind === 'team' ? node.reps : [],
  );
  const shown = reps.map((rep) => ({
    name: rep.name,
    notes: rep.notes.length,
    overdue: rep.overdue.map((ref) => `${ref.file}:${ref.item.line}`),
    openFollowUps: rep.openFollowUps.length,
    openGoals: rep.openGoals.length,
    lastDate: rep.lastDate,
    nextMeeting: rep.nextMeeting,
    tags: rep.tags,
  }));
  return JSON.stringify({ reps: shown, overdue: api.overdue() }, null, 1);
}

function overdueWarnings(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.code === 'overdue').length;
}

/** The extension's warm-start cache folder inside the profile's workspace storage. */
function noteCacheFolder(userDataDir: string): string | undefined {
  const storage = path.join(userDataDir, 'User', 'workspaceStorage');
  if (!fs.existsSync(storage)) return undefined;
  for (const workspace of fs.readdirSync(storage)) {
    const folder = path.join(storage, workspace, EXTENSION_ID, 'note-cache');
    if (fs.existsSync(folder)) return folder;
  }
  return undefined;
}

interface ShardState {
  readonly count: number;
  readonly bytes: number;
  readonly newestMtimeMs: number;
}

function shardState(folder: string | undefined): ShardState {
  if (!folder || !fs.existsSync(folder)) return { count: 0, bytes: 0, newestMtimeMs: 0 };
  let count = 0;
  let bytes = 0;
  let newestMtimeMs = 0;
  for (const name of fs.readdirSync(folder)) {
    if (!/^shard-\d+\.json$/.test(name)) continue;
    const stat = fs.statSync(path.join(folder, name));
    count++;
    bytes += stat.size;
    newestMtimeMs = Math.max(newestMtimeMs, stat.mtimeMs);
  }
  return { count, bytes, newestMtimeMs };
}

/**
 * Waits (100 ms polls) until the extension reports at least `minSaves` finished saves of the
 * warm-start cache and none due or running, then measures every shard on disk. (Watching the files
 * for a quiet spell stopped after the first shards when the writes paused.)
 */
async function cacheSaved(api: CoachingNotesApi, userDataDir: string, minSaves: number): Promise<ShardState> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { saves, pending } = api.stats().cacheSaves;
    if (saves >= minSaves && !pending) return shardState(noteCacheFolder(userDataDir));
    if (Date.now() > deadline)
      throw new Error(`the note cache was not saved: ${JSON.stringify({ saves, pending })}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The line of an open follow-up in `text`, at `line` (0-based), with its box toggled. */
function toggledLine(lineText: string): string {
  if (lineText.includes('- [ ]')) return lineText.replace('- [ ]', '- [x]');
  if (lineText.includes('- [x]')) return lineText.replace('- [x]', '- [ ]');
  throw new Error(`not a task line: ${lineText}`);
}

describe(`Coaching Notes at scale (${session} start, ${expectedNotes} notes)`, () => {
  const userDataDir = required(BENCH_ENV.userDataDir);
  const outFile = required(BENCH_ENV.out);
  const spy = new FsSpy();
  let api: CoachingNotesApi;
  let activatedAt = 0;
  let indexedEpochMs = 0;
  /** The reps saved by the last session, as the tree showed them while the warm start read the notes. */
  let savedRepsShown: string | undefined;
  const figures: {
    machine?: SessionFigures['machine'];
    activation?: SessionFigures['activation'];
    scan?: SessionFigures['scan'];
    cacheSave?: SessionFigures['cacheSave'];
    statCost?: SessionFigures['statCost'];
    editor?: EditFigures;
    disk?: EditFigures;
    statusBarShown?: boolean | null;
  } = {};

  before(() => spy.install());
  // After every step, so that what was measured survives a later step failing or the workbench crashing.
  afterEach(() => writeFigures());
  after(() => spy.uninstall());

  function writeFigures(): void {
    const { machine, activation, scan } = figures;
    if (!machine || !activation || !scan) return; // a step failed; mocha reports it
    const result: SessionFigures = {
      session,
      notes: expectedNotes,
      machine,
      activation,
      scan,
      ...(profile ? { profileStartedAtMs: round(profile.startedAtMs) } : {}),
      cacheSave: figures.cacheSave ?? null,
      statCost: figures.statCost ?? null,
      edits:
        figures.editor && figures.disk
          ? { editor: figures.editor, disk: figures.disk, statusBarShown: figures.statusBarShown ?? null }
          : null,
    };
    fs.writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
  }

  it('activates without file I/O, before any note is read', async () => {
    const extension = vscode.extensions.getExtension<CoachingNotesApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    // The runner's workspace settings keep VS Code from activating it at startup, so the probes run first.
    assert.equal(extension.isActive, false, 'the extension is not active before the suite activates it');
    const cpus = os.cpus();
    figures.machine = {
      vscode: vscode.version,
      extensionHostNode: process.version,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    };

    const hostQuietAfterMs = await hostQuiet();
    const { main: entry } = extension.packageJSON as { main: string };
    const main = path.join(extension.extensionPath, entry);
    const loadStarted = performance.now();
    nodeRequire(main);
    const moduleLoadMs = performance.now() - loadStarted;
    // VS Code's loader requires the same file and gets this cached module: time activate() itself.
    const cached = nodeRequire.cache[nodeRequire.resolve(main)];
    assert.ok(cached, 'the bundle is in the require cache');
    const bundle = cached.exports as ExtensionModule;
    let inside: { started: number; ended: number; notes: number; reps: number } | undefined;
    cached.exports = {
      ...bundle,
      activate(context: vscode.ExtensionContext): CoachingNotesApi {
        const started = performance.now();
        const returned = bundle.activate(context);
        const ended = performance.now();
        const roots = returned.repsTree.getChildren();
        inside = {
          started,
          ended,
          notes: returned.stats().notes,
          reps: Array.isArray(roots) ? roots.length : -1,
        };
        return returned;
      },
    } satisfies ExtensionModule;

    await profile?.start();
    spy.record('stacks');
    const activateStarted = performance.now();
    api = await extension.activate();
    activatedAt = performance.now();
    const calls = spy.take();
    spy.record('calls');
    assert.ok(inside, 'VS Code called the timed activate()');
    const { started, ended } = inside;
    figures.activation = {
      deferred: true,
      hostQuietAfterMs,
      otherActiveExtensions: vscode.extensions.all.filter(
        (other) => other.isActive && other.id !== EXTENSION_ID,
      ).length,
      moduleLoadMs: round(moduleLoadMs),
      activateMs: round(ended - started),
      extensionActivateMs: round(activatedAt - activateStarted),
      fsCallsInActivate: calls
        .filter((call) => call.at >= started && call.at <= ended)
        .map((call) => `${call.op} ${call.path}`),
      fsCallsInExtensionActivate: calls.length,
      repsAtReturn: inside.reps,
      notesAtReturn: inside.notes,
    };
  });

  it('builds the index in slices, with the tree filling in meanwhile', async () => {
    assert.ok(api, 'activated');
    const blocking = new BlockingProbe().start();
    void vscode.commands.executeCommand('workbench.view.extension.coachingNotes');
    let firstRepsAt: number | null = null;
    let firstRepsFromNotesAt: number | null = null;
    const refreshes: { ms: number; longestSliceMs: number }[] = [];
    let lastRefresh = api.stats().lastRepsRefresh;
    const lookAtRoots = (): void => {
      if (firstRepsFromNotesAt !== null) return;
      const roots = api.repsTree.getChildren();
      if (!Array.isArray(roots)) return;
      // A warm start may show the reps saved by the last session first (savedRep nodes).
      const kinds = new Set(roots.map((node: RepsTreeNode) => node.kind));
      const fromNotes = kinds.has('rep') || kinds.has('team');
      const saved = kinds.has('savedRep') || kinds.has('savedTeam');
      if (firstRepsAt === null && (fromNotes || saved)) firstRepsAt = performance.now();
      if (saved) savedRepsShown ??= repCounts(api, roots);
      if (fromNotes) firstRepsFromNotesAt = performance.now();
    };
    const onChange = api.onDidChange(() => {
      // The reps model rebuilds inside this event (the status bar asks first); note each rebuild.
      const refresh = api.stats().lastRepsRefresh;
      // Builds before the rebuild was sliced report no slices: the whole rebuild was one.
      const { longestSliceMs } = (refresh ?? {}) as Partial<RepsRefreshStats>;
      if (refresh && refresh !== lastRefresh)
        refreshes.push({ ms: refresh.ms, longestSliceMs: longestSliceMs ?? refresh.ms });
      lastRefresh = refresh;
      lookAtRoots();
    });
    // The saved reps may be up before this test began.
    lookAtRoots();
    const progress = screenshots
      ? takeScreenshot(`bench-vscode-${expectedNotes}-${session}-indexing`, {
          waitForText: ['Indexing coaching notes'],
        }).then(
          () => true,
          () => false,
        )
      : Promise.resolve(null);
    await api.whenIndexed();
    const indexedAt = performance.now();
    indexedEpochMs = Date.now();
    const scanBlocking = blocking.stop();
    if (profile && profileFile) await profile.stop(profileFile);
    onChange.dispose();
    const reads = spy.take().filter((call) => call.path.endsWith('.coach.md'));
    spy.record('off');
    const stats = api.stats();
    assert.ok(stats.lastScan, 'the scan reported its figures');
    assert.equal(stats.notes, expectedNotes, 'every generated note is in the index');
    // The notes were stat'ed and read on the background thread, not one by one on the host.
    assert.equal(stats.lastScan.bulkFallback, null, 'the background thread did the stats and reads');
    const refresh = stats.lastRepsRefresh;
    figures.scan = {
      firstRepsMs: firstRepsAt === null ? null : round(firstRepsAt - activatedAt),
      firstRepsFromNotesMs: firstRepsFromNotesAt === null ? null : round(firstRepsFromNotesAt - activatedAt),
      indexedMs: round(indexedAt - activatedAt),
      scanMs: stats.lastScan.ms,
      notesIndexed: stats.lastScan.notes,
      fromCache: stats.lastScan.fromCache,
      noteFilesRead: new Set(reads.filter((call) => /readFile|open/.test(call.op)).map((call) => call.path))
        .size,
      noteFilesStatted: new Set(reads.filter((call) => /stat/.test(call.op)).map((call) => call.path)).size,
      repsRefreshes: {
        count: refreshes.length,
        maxMs: round(Math.max(0, ...refreshes.map((refresh) => refresh.longestSliceMs))),
        totalMs: round(refreshes.reduce((sum, refresh) => sum + refresh.ms, 0)),
      },
      finalRepsRefresh: refresh ? { reps: refresh.reps, notes: refresh.notes, ms: round(refresh.ms) } : null,
      blocking: scanBlocking,
      progressShown: await progress,
    };
    // Every note from the cache: the cold session's edits, saved from an editor, were cached with the
    // files' new size and mtime.
    if (session === 'warm') {
      assert.equal(
        stats.lastScan.fromCache,
        stats.lastScan.notes,
        'the warm start took every note from the cache',
      );
    }
  });

  // The cold session leaves its notes as it found them (its edits toggle twice), so the warm one
  // must show exactly what the cold one showed after its scan.
  // The workspace did not change between the sessions, so the reps saved at the end of the cold one
  // are exactly the reps built from the notes.
  if (session === 'warm')
    it('shows the reps saved by the last session first, as the notes then show them', () => {
      assert.ok(savedRepsShown, 'the warm start showed the saved reps');
      const built = api.repsTree.getChildren();
      assert.ok(Array.isArray(built));
      assert.equal(savedRepsShown, repCounts(api, built));
    });

  it('shows the same reps and overdue follow-ups from the cache as from the files', () => {
    const snapshotFile = outFile.replace(/-(cold|warm)\.json$/, '-reps.json');
    const snapshot = repsSnapshot(api);
    if (session === 'cold') fs.writeFileSync(snapshotFile, snapshot);
    else
      assert.equal(
        snapshot,
        fs.readFileSync(snapshotFile, 'utf8'),
        'the warm start shows what the cold one did',
      );
  });

  // The rest runs in the cold session only: it times the cache's first save, and its edits leave
  // the notes as they were for the warm session.
  if (session === 'cold') {
    it('writes the warm-start cache without holding the host', async () => {
      const blocking = new BlockingProbe().start();
      // The save starts as the scan ends; a shard that takes longer than 250 ms would show as a gap.
      const state = await cacheSaved(api, userDataDir, 1);
      figures.cacheSave = {
        ms: round(Math.max(0, state.newestMtimeMs - indexedEpochMs)),
        shards: state.count,
        bytes: state.bytes,
        blocking: blocking.stop(),
      };
    });

    it('compares stat() through VS Code with Node fs', async () => {
      await quiet(api);
      const files = [...(await vscode.workspace.findFiles('**/*.coach.md'))];
      const timed = async (stat: (uri: vscode.Uri) => Promise<unknown>) => {
        const started = performance.now();
        let next = 0;
        const worker = async () => {
          for (let uri = files[next++]; uri; uri = files[next++]) await stat(uri);
        };
        await Promise.all(Array.from({ length: 16 }, worker));
        return round(performance.now() - started);
      };
      figures.statCost = {
        files: files.length,
        workspaceFsMs: await timed((uri) => Promise.resolve(vscode.workspace.fs.stat(uri))),
        nodeFsMs: await timed((uri) => fs.promises.stat(uri.fsPath)),
      };
    });

    it('updates after unsaved edits in an open editor', async () => {
      await quiet(api);
      const target = api.overdue()[0];
      assert.ok(target, 'the generated notes have overdue follow-ups');
      const uri = vscode.Uri.parse(target.file);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const toggle = async () => {
        const line = document.lineAt(target.line);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(uri, line.range, toggledLine(line.text));
        assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applied');
      };
      figures.editor = await measureEdits(target, EDITOR_DELAY_MS, toggle);
      if (screenshots) {
        // One more change, left in place while the harness looks for the new count in the status bar.
        const total = api.overdue().length;
        const seen = changeWhere(api, () => !isOverdue(api, target), 'the item marked done');
        await toggle();
        await seen;
        figures.statusBarShown = await takeScreenshot(`bench-vscode-${expectedNotes}-status-after-edit`, {
          waitForText: [`${total - 1} overdue`],
        }).then(
          () => true,
          () => false,
        );
        await toggle();
      }
      // The text is the file's again (an even number of toggles): save it, so no editor is left dirty.
      await document.save();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('updates after changes on disk', async () => {
      await quiet(api);
      const editorFile = api.overdue()[0]?.file;
      const target = api.overdue().find((entry) => entry.file !== editorFile);
      assert.ok(target, 'a second note with an overdue follow-up');
      const file = vscode.Uri.parse(target.file).fsPath;
      figures.disk = await measureEdits(target, DISK_DELAY_MS, () => {
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        lines[target.line] = toggledLine(lines[target.line] ?? '');
        fs.writeFileSync(file, lines.join('\n'));
      });
    });

    it('leaves the workspace as it found it', async () => {
      // The next (warm) session must find the cache complete: wait for the save the disk edits caused.
      // Saves run 2 s after a change, so 2.5 s without a write means none is pending.
      await cacheSaved(api, userDataDir, 1);
      await vscode.commands.executeCommand('workbench.view.explorer');
    });
  }

  /** Applies `change` EDITS_PER_KIND times (it toggles `target` done and open) and measures each. */
  async function measureEdits(
    target: OverdueSummary,
    builtInDelayMs: number,
    change: () => Promise<void> | void,
  ): Promise<EditFigures> {
    const uri = vscode.Uri.parse(target.file);
    const blocking = new BlockingProbe().start();
    const latencies: number[] = [];
    const problemsLatencies: number[] = [];
    const repsRebuilt: number[] = [];
    const notesRebuilt: number[] = [];
    const rebuildMs: number[] = [];
    const warnings = overdueWarnings(uri);
    // BENCH_VSCODE_SETTINGS may turn the Problems panel's overdue warnings off.
    const inProblems = vscode.workspace
      .getConfiguration()
      .get<boolean>('coachingNotes.overdue.showInProblems', true);
    for (let index = 0; index < EDITS_PER_KIND; index++) {
      const overdue = index % 2 === 1; // even steps mark it done, odd ones open it again
      const expectedWarnings = overdue ? warnings : warnings - 1;
      const state = overdue ? 'overdue again' : 'done';
      const seen = changeWhere(api, () => isOverdue(api, target) === overdue, `the follow-up ${state}`);
      const started = performance.now();
      await change();
      const problems = inProblems
        ? pollUntil(() => overdueWarnings(uri) === expectedWarnings, `${expectedWarnings} overdue warnings`)
        : undefined;
      latencies.push(round((await seen) - started));
      if (problems) problemsLatencies.push(round((await problems) - started));
      const refresh = api.stats().lastRepsRefresh;
      repsRebuilt.push(refresh?.reps ?? 0);
      notesRebuilt.push(refresh?.notes ?? 0);
      rebuildMs.push(round(refresh?.ms ?? 0));
    }
    return {
      latenciesMs: latencies,
      problemsLatenciesMs: problemsLatencies,
      builtInDelayMs,
      repsRebuilt,
      notesRebuilt,
      rebuildMs,
      blocking: blocking.stop(),
    };
  }
});
