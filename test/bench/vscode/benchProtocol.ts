// What the runner (runBench.ts, outside VS Code) and the bench suite (suite/, inside the extension
// host) tell each other: the runner sets these variables on code-server, which the extension host
// inherits; the suite writes one JSON file of figures per session.

export const BENCH_ENV = {
  /** The JSON file the suite writes its SessionFigures to. */
  out: 'COACHING_NOTES_BENCH_OUT',
  /** 'cold' (fresh profile) or 'warm' (the cold session's profile, same workspace path). */
  session: 'COACHING_NOTES_BENCH_SESSION',
  /** How many notes the runner generated into the workspace. */
  notes: 'COACHING_NOTES_BENCH_NOTES',
  /** The profile folder, where the suite finds the extension's workspace storage. */
  userDataDir: 'COACHING_NOTES_BENCH_USER_DATA',
  /** A file to write a CPU profile of the extension host during the scan to (optional). */
  profile: 'COACHING_NOTES_BENCH_PROFILE',
  /** '1': also ask the harness for screenshots (the progress indicator, the status bar). */
  screenshots: 'COACHING_NOTES_BENCH_SCREENSHOTS',
} as const;

export type SessionKind = 'cold' | 'warm';

/** How long the extension host was held: from an event-loop delay histogram and a timer-drift probe. */
export interface BlockingFigures {
  /** Longest event-loop delay seen (≈ the longest stretch the host was busy). */
  readonly maxMs: number;
  readonly p99Ms: number;
  /** Stretches longer than 50 ms seen by a 10 ms interval timer. */
  readonly over50ms: number;
  /** CPU time the extension host's thread used over the whole phase (all extensions, VS Code itself). */
  readonly cpuMs: number;
  /**
   * CPU time the host's thread used within the longest-running stretch, and how many stretches used
   * over 50 ms of it. On a busy machine a stretch can be long because the thread waited for a
   * core; its CPU time is what the host itself spent.
   */
  readonly maxCpuMs: number;
  readonly over50msCpu: number;
  /** When the phase began (the host's performance.now()), to find a stretch in a CPU profile. */
  readonly startedAtMs: number;
  /** The longest stretches, with when they started (ms after the phase began). */
  readonly longest: readonly { readonly atMs: number; readonly ms: number; readonly cpuMs: number }[];
}

export interface EditFigures {
  /** From applying the change to the API's change event with the new overdue count. */
  readonly latenciesMs: readonly number[];
  /** From applying the change to the Problems panel's overdue warnings being up to date. */
  readonly problemsLatenciesMs: readonly number[];
  /** Fixed waits built into the path (debounce and event coalescing), included in the latencies. */
  readonly builtInDelayMs: number;
  /** What the reps model rebuilt for each change (from the API's stats()). */
  readonly repsRebuilt: readonly number[];
  readonly notesRebuilt: readonly number[];
  readonly rebuildMs: readonly number[];
  readonly blocking: BlockingFigures;
}

export interface SessionFigures {
  readonly session: SessionKind;
  /** False when a step failed or the workbench crashed: the figures hold what came before. */
  readonly complete?: boolean;
  readonly notes: number;
  readonly machine: {
    readonly vscode: string;
    readonly extensionHostNode: string;
    readonly cpus: number;
    readonly cpuModel: string;
  };
  readonly activation: {
    /** The extension was not active when the suite started (activation is the suite's doing). */
    readonly deferred: boolean;
    /**
     * How long the suite waited, before activating, for VS Code's own startup in the extension
     * host (built-in extensions) to end, so that the probes see this extension's work.
     */
    readonly hostQuietAfterMs: number;
    /** Extensions active in the same host by then (built-in ones). */
    readonly otherActiveExtensions: number;
    /** Loading dist/extension.js (require), before activate() runs. */
    readonly moduleLoadMs: number;
    /** The extension's activate() function itself, from call to return. */
    readonly activateMs: number;
    /** Extension.activate(): activate() plus VS Code's own bookkeeping (context, storage, mementos). */
    readonly extensionActivateMs: number;
    /** Node fs calls made while activate() ran (op and path). */
    readonly fsCallsInActivate: readonly string[];
    /** Node fs calls by anyone while Extension.activate() ran (VS Code's bookkeeping included). */
    readonly fsCallsInExtensionActivate: number;
    /** Reps in the tree and notes in the index when activate() had returned. */
    readonly repsAtReturn: number;
    readonly notesAtReturn: number;
  };
  readonly scan: {
    /** From activation's return to the first rep in the tree. */
    readonly firstRepsMs: number | null;
    /**
     * From activation's return to the first rep built from the notes in the tree (the same as
     * firstRepsMs unless a warm start showed the reps saved by the last session first).
     */
    readonly firstRepsFromNotesMs?: number | null;
    /** From activation's return to whenIndexed(). */
    readonly indexedMs: number;
    /** The scan's own figure (findFiles, cache load, reads, parse; from stats()). */
    readonly scanMs: number;
    readonly notesIndexed: number;
    readonly fromCache: number;
    /** Note files the extension host opened or read during the scan (node fs, counted). */
    readonly noteFilesRead: number;
    readonly noteFilesStatted: number;
    /**
     * The reps model's rebuilds while the index filled: one per change event, its longest
     * uninterrupted slice and the total time (from stats()).
     */
    readonly repsRefreshes: { readonly count: number; readonly maxMs: number; readonly totalMs: number };
    /** The last rebuild of the reps in the scan (from stats()). */
    readonly finalRepsRefresh: { readonly reps: number; readonly notes: number; readonly ms: number } | null;
    readonly blocking: BlockingFigures;
    /** The harness saw "Indexing coaching notes" on screen during the scan (null: not asked). */
    readonly progressShown: boolean | null;
  };
  /** When the CPU profile (BENCH_VSCODE_CPU_PROFILE) began, on the host's performance.now() clock. */
  readonly profileStartedAtMs?: number;
  /** Cold session only: writing the warm-start cache after the scan. */
  readonly cacheSave: {
    readonly ms: number;
    readonly shards: number;
    readonly bytes: number;
    readonly blocking: BlockingFigures;
  } | null;
  /**
   * Cold session only: the cost of stat() on every note, 16 at a time, through VS Code's file API
   * (each call also asks the workbench to activate the file system provider: a round trip) and
   * through Node's fs in the same process.
   */
  readonly statCost: {
    readonly files: number;
    readonly workspaceFsMs: number;
    readonly nodeFsMs: number;
  } | null;
  /** Cold session only. */
  readonly edits: {
    readonly editor: EditFigures;
    readonly disk: EditFigures;
    /** The harness saw the new overdue count in the status bar after an edit (null: not asked). */
    readonly statusBarShown: boolean | null;
  } | null;
}
