// Progress lines for the harness, prefixed and timed so a CI log shows where the time went.

const startedAt = Date.now();

export function elapsedSeconds(): string {
  return `${((Date.now() - startedAt) / 1000).toFixed(1)}s`;
}

/** Prints one progress line: `[harness 12.3s] message`. */
export function log(message: string): void {
  process.stdout.write(`[harness ${elapsedSeconds()}] ${message}\n`);
}
