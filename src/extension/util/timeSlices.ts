// A long loop on the extension host, cut into slices of a few milliseconds: between slices the host
// handles what is waiting (messages from the workbench, other extensions), so no loop over every
// note holds it for long (docs/benchmarks.md: the host is never to be blocked for more than 50 ms).
import { yieldToHost } from './yieldToHost';

/** Longest stretch of work before yielding to the extension host's event loop. */
export const SLICE_MS = 12;

export class TimeSlices {
  private sliceStart = Date.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** Whether this slice has run long enough: then `await next()`. */
  get due(): boolean {
    return Date.now() - this.sliceStart > this.sliceMs;
  }

  /** Yields to the host and starts a new slice. */
  async next(): Promise<void> {
    await yieldToHost();
    this.sliceStart = Date.now();
  }
}

/** `items.map(map)`, yielding to the host between slices. */
export async function mapInSlices<T, U>(
  items: readonly T[],
  map: (item: T) => U,
  slices = new TimeSlices(),
): Promise<U[]> {
  const mapped: U[] = [];
  for (const item of items) {
    mapped.push(map(item));
    if (slices.due) await slices.next();
  }
  return mapped;
}
