// Whether the engine can read any note yet. On the desktop it always can: Node loads yaml and the
// Spanish words synchronously the first time they are used. In the web worker host they are files
// read in the background after activation (web/onDemandModules.ts), so whatever parses a note or
// writes the engine's words waits for them: the index and the roster before their first read, and
// every provider and command that parses an editor's note on its own.
let loaded = true;
let loading: Promise<void> = Promise.resolve();

/** Resolves once the engine can read any note; rejects if its files could not be loaded. */
export function engineLoaded(): Promise<void> {
  return loading;
}

/** `compute()` at once when the engine is loaded (always on the desktop), otherwise once it is. */
export function whenEngineLoaded<T>(compute: () => T): T | Promise<T> {
  return loaded ? compute() : loading.then(compute);
}

/** Holds every parse back until `load` resolves (the web entry calls this before activating). */
export function loadEngineWith(load: Promise<void>): void {
  loaded = false;
  loading = load.then(() => {
    loaded = true;
  });
  // Whoever waits sees the failure; until someone does, it is not an unhandled rejection.
  loading.catch(() => undefined);
}
