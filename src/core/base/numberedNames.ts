/** `stem`, then `stem-2`, `stem-3`, ...: the names to try so that nothing existing is replaced. */
export function* numberedStems(stem: string): Generator<string> {
  yield stem;
  for (let counter = 2; ; counter++) yield `${stem}-${counter}`;
}
