// How every harness entry point (runTests, runInstalled, the VS Code bench) runs its main():
// exits with its code, reports a thrown error as exit 2, and survives a closed stdout.
import { log } from './log';

export function runEntryPoint(main: () => Promise<number>): void {
  // A closed pipe (`... | head`) must not kill the run before it stops code-server and cleans up.
  process.stdout.on('error', () => undefined);
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      log(`ERROR: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(2);
    },
  );
}
