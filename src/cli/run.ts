// The CLI as a function: argv and streams in, exit status out. main.ts only wires it to `process`.
import { langFromEnv, type Lang } from '../core/i18n/lang';
import { messagesFor } from '../core/i18n/messages';
import { readCommandLine, USAGE } from './args';
import { EXIT_CLEAN, EXIT_USAGE, UsageError, type CliIo } from './command';
import { describeError } from './paths';
import { forTerminal } from './terminalText';
import { CLI_VERSION } from './version';

export { EXIT_CLEAN, EXIT_FOUND, EXIT_USAGE, type CliIo, type CliOutput } from './command';

/** The language of the CLI's words: `--lang`, else the locale variables (POSIX order), else English. */
export function cliLang(option: Lang | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  return option ?? langFromEnv(env);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`coaching-notes: ${forTerminal(message)}\n`);
    return EXIT_USAGE;
  };
  let line: ReturnType<typeof readCommandLine>;
  try {
    line = readCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message} (see ${error.helpCommand})`);
    return fail(`unexpected error: ${describeError(error)}`);
  }
  switch (line.kind) {
    case 'help':
      io.stdout.write(line.command?.usage ?? USAGE);
      return EXIT_CLEAN;
    case 'version':
      io.stdout.write(`${CLI_VERSION}\n`);
      return EXIT_CLEAN;
    case 'run':
      try {
        const words = messagesFor(cliLang(line.lang, io.env ?? {}));
        return await line.command.run(line.request, { ...io, words });
      } catch (error) {
        return fail(`unexpected error: ${describeError(error)}`);
      }
  }
}
