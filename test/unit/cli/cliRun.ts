// Runs the CLI's entry function as a test would use the command: output captured, fixed clock.
import { runCli } from '../../../src/cli/run';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCapturing(
  argv: readonly string[],
  cwd: string,
  options: { isTTY?: boolean; env?: Record<string, string>; now?: Date } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
    now: () => options.now ?? new Date(2026, 10, 22, 12, 0, 0),
  });
  return { code, stdout, stderr };
}
