// The `coaching-notes` executable: wires runCli to the process.
import { runCli } from './run';

// Output piped into `head` closes early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`coaching-notes: unexpected error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
