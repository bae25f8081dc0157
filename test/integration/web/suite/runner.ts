// Runs the mocha tests the suite's entry (index.ts, or indexEs.ts in Spanish) has registered:
// mocha's report goes to the console, which the workbench relays to the harness
// (codeAutomationLog), each line marked as the Node suite marks it.
import { SUITE_OUTPUT_MARKER } from '../../harnessProtocol';
import { harnessConfig } from './webHarness';

/** Node's `util.format` for what mocha's reporters pass: `%s`, `%d` and `%%`, then the rest. */
function format(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  let next = 0;
  const text = first.replace(/%[sdifjoO%]/gu, (token) =>
    token === '%%' ? '%' : next < rest.length ? String(rest[next++]) : token,
  );
  return [text, ...rest.slice(next).map(String)].join(' ');
}

export async function run(): Promise<void> {
  const { grep } = await harnessConfig();
  if (grep) mocha.grep(grep);
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => console.log(SUITE_OUTPUT_MARKER + format(args));
  try {
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} web test(s) failed`);
  } finally {
    base.consoleLog = original;
  }
}
