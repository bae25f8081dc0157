// src/extension/settings.ts against package.json: it reads every setting package.json declares,
// with the declared default and scope, and no other; a value of the wrong type reads as the default.
// settings.ts runs here on a stand-in `vscode` module that records every configuration read.
import * as assert from 'assert';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import { REPO_ROOT } from '../../repoPaths';

const repoRoot = REPO_ROOT;

interface DeclaredSetting {
  readonly default: unknown;
  readonly scope?: string;
  readonly enum?: readonly string[];
}
interface Manifest {
  readonly contributes: { readonly configuration: { readonly properties: Record<string, DeclaredSetting> } };
}
const declared = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest)
  .contributes.configuration.properties;

interface Read {
  readonly id: string;
  readonly fallback: unknown;
  readonly scoped: boolean;
}

/** Every configuration read since the last reset, and what the stand-in answers (undefined: the fallback). */
const reads: Read[] = [];
let answer: (id: string) => unknown = () => undefined;
const warnings: string[] = [];

interface FakeUri {
  readonly path: string;
  toString(): string;
}
const fakeUri = (uriPath: string): FakeUri => ({ path: uriPath, toString: () => `file://${uriPath}` });

const fakeVscode = {
  workspace: {
    getConfiguration: (section: string, scope?: unknown) => ({
      get: (key: string, fallback: unknown): unknown => {
        const id = `${section}.${key}`;
        reads.push({ id, fallback, scoped: scope !== undefined });
        const value = answer(id);
        return value === undefined ? fallback : value;
      },
      update: () => Promise.resolve(),
    }),
  },
  Uri: {
    joinPath: (base: FakeUri, ...segments: string[]) => fakeUri([base.path, ...segments].join('/')),
  },
  l10n: { t: (message: string) => message },
  window: {
    showWarningMessage: (message: string) => {
      warnings.push(message);
      return Promise.resolve(undefined);
    },
  },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
};

type Settings = typeof import('../../../src/extension/settings');
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

const folder = { uri: fakeUri('/work/notes'), name: 'notes', index: 0 };
const log = { warn: () => undefined };

/** Calls every reader settings.ts exports once. */
function readAll(settings: Settings): void {
  const anyFolder = folder as unknown as Parameters<Settings['notesRootUri']>[0];
  const anyLog = log as unknown as Parameters<Settings['notesRootUri']>[1];
  settings.showOverdueInProblems();
  settings.decorateOverdueFiles();
  settings.remindOfOverdueDaily();
  settings.repSortOrder();
  settings.notesRootUri(anyFolder, anyLog);
  settings.rosterUri(anyFolder, anyLog);
  settings.noteExcludeGlobs(folder.uri as unknown as Parameters<Settings['noteExcludeGlobs']>[0]);
  settings.newFileEol(anyFolder);
  settings.noteLanguageSetting(anyFolder);
  settings.calendarPrivateFollowUps();
  settings.overdueProblemsLimit();
  settings.openWalkthroughsOnInstall();
}

describe('settings (src/extension/settings.ts against package.json)', () => {
  let settings: Settings;
  let originalLoad: Loader;

  before(async () => {
    originalLoad = moduleInternals._load;
    moduleInternals._load = function (request, parent, isMain) {
      return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, parent, isMain);
    };
    settings = await import('../../../src/extension/settings');
  });

  after(() => {
    moduleInternals._load = originalLoad;
  });

  beforeEach(() => {
    reads.length = 0;
    warnings.length = 0;
    answer = () => undefined;
  });

  it('reads every coachingNotes setting package.json declares, and no other', () => {
    readAll(settings);
    const read = new Set(reads.map(({ id }) => id).filter((id) => id.startsWith('coachingNotes.')));
    assert.deepStrictEqual([...read].sort(), Object.keys(declared).sort());
  });

  it('falls back to the default package.json declares, in the scope it declares', () => {
    readAll(settings);
    for (const { id, fallback, scoped } of reads.filter((entry) => entry.id.startsWith('coachingNotes.'))) {
      const setting = declared[id];
      assert.ok(setting, id);
      assert.deepStrictEqual(fallback, setting.default, `the default of ${id}`);
      assert.strictEqual(
        scoped,
        setting.scope === 'resource',
        `${id} is read per folder iff its scope is resource`,
      );
    }
    assert.deepStrictEqual(
      Object.keys(settings.SETTING_DEFAULTS)
        .map((name) => `coachingNotes.${name}`)
        .sort(),
      Object.keys(declared).sort(),
    );
    for (const [name, value] of Object.entries(settings.SETTING_DEFAULTS)) {
      assert.deepStrictEqual(value, declared[`coachingNotes.${name}`]?.default, name);
    }
  });

  it('accepts every sort order package.json offers, and reads any other value as the default', () => {
    const offered = declared['coachingNotes.reps.sortBy']?.enum ?? [];
    assert.ok(offered.length > 1);
    for (const order of offered) {
      answer = (id) => (id === 'coachingNotes.reps.sortBy' ? order : undefined);
      assert.strictEqual(settings.repSortOrder(), order);
    }
    answer = (id) => (id === 'coachingNotes.reps.sortBy' ? 'byMood' : undefined);
    assert.strictEqual(settings.repSortOrder(), 'name');
  });

  it('reads a value of the wrong type as the default', () => {
    answer = () => 42;
    assert.strictEqual(settings.showOverdueInProblems(), true);
    assert.strictEqual(settings.decorateOverdueFiles(), true);
    assert.strictEqual(settings.remindOfOverdueDaily(), true);
    assert.strictEqual(settings.repSortOrder(), 'name');
    assert.deepStrictEqual(
      settings.noteExcludeGlobs(folder.uri as unknown as Parameters<Settings['noteExcludeGlobs']>[0]),
      [],
    );
    const anyFolder = folder as unknown as Parameters<Settings['notesRootUri']>[0];
    const anyLog = log as unknown as Parameters<Settings['notesRootUri']>[1];
    assert.strictEqual(settings.notesRootUri(anyFolder, anyLog).path, '/work/notes');
    assert.strictEqual(settings.rosterUri(anyFolder, anyLog)?.path, '/work/notes/reps.yaml');
    assert.deepStrictEqual(warnings, []);
  });

  it('keeps notesRoot and roster inside the workspace folder, and says so once', () => {
    const anyFolder = folder as unknown as Parameters<Settings['notesRootUri']>[0];
    const anyLog = log as unknown as Parameters<Settings['notesRootUri']>[1];
    answer = (id) => (id === 'coachingNotes.roster' ? '../elsewhere/reps.yaml' : undefined);
    assert.strictEqual(settings.rosterUri(anyFolder, anyLog)?.path, '/work/notes/reps.yaml');
    assert.strictEqual(settings.rosterUri(anyFolder, anyLog)?.path, '/work/notes/reps.yaml');
    assert.strictEqual(warnings.length, 1);
    answer = (id) => (id === 'coachingNotes.roster' ? ' ' : undefined);
    assert.strictEqual(
      settings.rosterUri(anyFolder, anyLog),
      undefined,
      'an empty roster setting turns it off',
    );
  });
});
