// The command line that runs the `coaching-notes` CLI bundled in the installed extension, for the
// terminal of the user's system. Pure (no vscode import), so unit tests cover every platform.

export type ShellFamily = 'windows' | 'posix';

export function shellFamilyOf(platform: string): ShellFamily {
  return platform === 'win32' ? 'windows' : 'posix';
}

/**
 * `node "<extension>/dist/cli.js"`: double quotes work in cmd.exe and PowerShell, and in POSIX
 * shells unless the path holds one of `"$\``, when single quotes (with `'` escaped) are needed.
 */
export function cliCommandLine(cliPath: string, shell: ShellFamily): string {
  if (shell === 'windows' || !/["$`\\]/.test(cliPath)) return `node "${cliPath}"`;
  return `node '${cliPath.replace(/'/g, `'\\''`)}'`;
}
