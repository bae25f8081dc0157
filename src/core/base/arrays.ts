// Array helpers safe for arrays of any length.

/**
 * Appends every element of `items` to `target`. `target.push(...items)` passes each element as an
 * argument, and a few hundred thousand of them overflow the call stack.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** The greatest of `numbers` and `floor`; `Math.max(...numbers)` overflows the stack on long arrays. */
export function maxOf(numbers: Iterable<number>, floor: number): number {
  let max = floor;
  for (const value of numbers) if (value > max) max = value;
  return max;
}
