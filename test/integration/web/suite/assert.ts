// A small assert for the web worker, where Node's `assert` does not exist. It has the names of the
// parts of Node's `assert` the integration helpers use (web/webBundles.ts maps `assert` here, so
// suite/editors.ts and suite/notesWorkspace.ts work in the worker unchanged); each check throws an
// Error that shows what was expected and what came, as mocha prints it.

export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return (
    JSON.stringify(value, (_key, inner: unknown) => (inner === undefined ? '<undefined>' : inner)) ??
    String(value)
  );
}

function fail(message: string | undefined, detail: string): never {
  throw new AssertionError(message ? `${message}: ${detail}` : detail);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message ?? 'expected a truthy value', `got ${show(value)}`);
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
}

/** Deep equality of plain data (arrays, objects, strings, numbers, booleans, null). */
export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  const shown = show(actual);
  const wanted = show(expected);
  if (shown !== wanted) fail(message, `expected\n  ${wanted}\ngot\n  ${shown}`);
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) fail(message, `expected ${show(actual)} to match ${String(pattern)}`);
}

export function doesNotMatch(actual: string, pattern: RegExp, message?: string): void {
  if (pattern.test(actual)) fail(message, `expected ${show(actual)} not to match ${String(pattern)}`);
}
