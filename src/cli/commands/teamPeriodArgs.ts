// The options `team` and `calendar` share (paths, a period, --today, --exclude), parsed with
// node:util's parseArgs; each command adds its own options and reads the rest here.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseIsoDate } from '../../core/dates';
import type { IsoDate } from '../../core/model';
import { forTerminal } from '../terminalText';

export class CommandUsageError extends Error {}

/** Says `message` on stderr as every command does, and gives the exit status of bad usage. */
export function usageFailure(stderr: { write(text: string): unknown }): (message: string) => number {
  return (message) => {
    stderr.write(`coaching-notes: ${forTerminal(message)}\n`);
    return 2;
  };
}

export const PERIOD_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  today: { type: 'string' },
  exclude: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export interface PeriodRequest {
  readonly paths: readonly string[];
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly today: IsoDate | undefined;
  readonly exclude: readonly string[];
}

function date(name: string, value: string | undefined): IsoDate | null {
  if (value === undefined) return null;
  if (parseIsoDate(value) === null)
    throw new CommandUsageError(`--${name} must be a calendar date written YYYY-MM-DD, not '${value}'`);
  return value;
}

/** Parses argv with the shared options plus `extra`; undefined for --help. Throws CommandUsageError. */
export function parsePeriodArgs<Extra extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  extra: Extra,
):
  | {
      readonly period: PeriodRequest;
      readonly values: Record<string, string | boolean | string[] | undefined>;
    }
  | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...PERIOD_OPTIONS, ...extra },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CommandUsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help === true) return undefined;
  const from = date('from', values.from as string | undefined);
  const to = date('to', values.to as string | undefined);
  const today = date('today', values.today as string | undefined) ?? undefined;
  if (from !== null && to !== null && from > to)
    throw new CommandUsageError(`--from ${from} is after --to ${to}`);
  return {
    period: {
      paths: parsed.positionals,
      from,
      to,
      today,
      exclude: (values.exclude as string[] | undefined) ?? [],
    },
    values,
  };
}
