// Terminal colours: only when writing to a terminal, and never when NO_COLOR is set.
export interface Style {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const plain = (text: string): string => text;
const ansi =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

export const PLAIN_STYLE: Style = { red: plain, yellow: plain, cyan: plain, dim: plain, bold: plain };
const ANSI_STYLE: Style = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  cyan: ansi(36, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
};

export function styleFor(
  isTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Style {
  return isTTY === true && env.NO_COLOR === undefined ? ANSI_STYLE : PLAIN_STYLE;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
