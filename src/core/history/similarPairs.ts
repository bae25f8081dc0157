// The "similar text" half of carry matching, without building every pair. The rule (matching.ts)
// is greedy: of all (carried, item) pairs whose word overlap reaches the threshold, take them by
// decreasing overlap (ties: earlier carried item, then earlier item), skipping a pair when either
// side is already taken. Listing and sorting every pair costs time and memory in the product of the
// two counts (3,000 x 3,000 similar items: 9 million pairs, 900 MB). Instead each carried item keeps
// a short list of its best free items, found through an index of which items hold which word, and a
// heap of the carried items by their best pair yields the pairs in the same order.

/** How the search trades memory for rescans; the pairs found do not depend on it (tests vary it). */
export interface SearchTuning {
  /** Best candidates each carried item remembers between scans: more means fewer rescans. */
  readonly candidatesKept: number;
  /** A word held by more free items than this is "frequent": items are compared on it by group. */
  readonly rareLimit: number;
}

const TUNING: SearchTuning = { candidatesKept: 32, rareLimit: 64 };

export interface WordSets {
  readonly words: ReadonlySet<string>;
}

export interface SimilarPair {
  readonly carried: number;
  readonly item: number;
}

/** What a carried item knows of its best free items: sorted best first, `next` the first not yet tried. */
interface Candidates {
  items: number[];
  overlaps: number[];
  next: number;
  /** True when the last scan kept every item at or above the threshold: nothing left to rescan for. */
  complete: boolean;
}

/**
 * The pairs the greedy rule takes, in the order it takes them. `carriedTaken` and `itemTaken` mark
 * the sides already matched (by exact text); both are updated.
 */
export function greedySimilarPairs(
  carried: readonly WordSets[],
  items: readonly WordSets[],
  carriedTaken: boolean[],
  itemTaken: boolean[],
  threshold: number,
  tuning: SearchTuning = TUNING,
): SimilarPair[] {
  const index = new WordIndex(items, itemTaken, tuning);
  const state: (Candidates | null)[] = carried.map(() => null);
  const heap = new PairHeap();
  carried.forEach((candidate, c) => {
    if (carriedTaken[c]) return;
    const found = index.scan(candidate.words, threshold);
    state[c] = found;
    if (found.items.length > 0) heap.push(c, found.overlaps[0], found.items[0]);
  });

  const pairs: SimilarPair[] = [];
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const c = top.carried;
    const found = state[c];
    if (!found) continue;
    let next = found.next;
    while (next < found.items.length && itemTaken[found.items[next]]) next++;
    if (next === found.next) {
      // Its best free item is exactly the key it was queued with, and no other queued key beats it
      // (queued keys only ever overstate what is left): the greedy rule takes this pair now.
      const item = found.items[next];
      carriedTaken[c] = true;
      itemTaken[item] = true;
      state[c] = null;
      pairs.push({ carried: c, item });
      continue;
    }
    let current: Candidates = found;
    if (next === found.items.length) {
      if (found.complete) {
        state[c] = null;
        continue;
      }
      current = index.scan(carried[c].words, threshold);
      state[c] = current;
      if (current.items.length === 0) {
        state[c] = null;
        continue;
      }
    } else current.next = next;
    heap.push(c, current.overlaps[current.next], current.items[current.next]);
  }
  return pairs;
}

/** Free items with the same frequent words and the same number of words: they score alike. */
interface ItemGroup {
  readonly size: number;
  /** Item indices, ascending; taken ones are skipped (and dropped from the front) as found. */
  readonly members: number[];
  first: number;
}

/**
 * Which free items hold which word, to count shared words without comparing every pair. Rare words
 * are counted item by item; frequent ones (the "call", "about" every item has) group by group, so a
 * scan costs the rare holders plus the groups, not every item.
 */
class WordIndex {
  private readonly rareHolders = new Map<string, number[]>();
  private readonly groupsWithWord = new Map<string, number[]>();
  private readonly groups: ItemGroup[] = [];
  private readonly groupOf: Int32Array;
  private readonly sizes: number[];
  /** Rare words shared with the scanned item, by item; reset after each scan. */
  private readonly shared: Int32Array;
  /** Frequent words shared with the scanned item, by group; reset after each scan. */
  private readonly groupShared: Int32Array;

  constructor(
    items: readonly WordSets[],
    private readonly itemTaken: readonly boolean[],
    private readonly tuning: SearchTuning,
  ) {
    this.sizes = items.map((item) => item.words.size);
    this.shared = new Int32Array(items.length);
    this.groupOf = new Int32Array(items.length);
    const holderCounts = new Map<string, number>();
    items.forEach((item, i) => {
      if (itemTaken[i]) return;
      for (const word of item.words) holderCounts.set(word, (holderCounts.get(word) ?? 0) + 1);
    });
    const groupByKey = new Map<string, number>();
    items.forEach((item, i) => {
      if (itemTaken[i]) return;
      const frequent: string[] = [];
      for (const word of item.words) {
        if ((holderCounts.get(word) ?? 0) > tuning.rareLimit) frequent.push(word);
        else addTo(this.rareHolders, word, i);
      }
      frequent.sort();
      const key = `${item.words.size} ${frequent.join(' ')}`;
      let group = groupByKey.get(key);
      if (group === undefined) {
        group = this.groups.length;
        groupByKey.set(key, group);
        this.groups.push({ size: item.words.size, members: [], first: 0 });
        for (const word of frequent) addTo(this.groupsWithWord, word, group);
      }
      this.groups[group].members.push(i);
      this.groupOf[i] = group;
    });
    this.groupShared = new Int32Array(this.groups.length);
  }

  /** The best free items for `words` (overlap at or above `threshold`), at most `candidatesKept`. */
  scan(words: ReadonlySet<string>, threshold: number): Candidates {
    const touched: number[] = [];
    const touchedGroups: number[] = [];
    for (const word of words) {
      const groups = this.groupsWithWord.get(word);
      if (groups) {
        for (const group of groups) {
          if (this.groupShared[group] === 0) touchedGroups.push(group);
          this.groupShared[group]++;
        }
        continue;
      }
      const holders = this.rareHolders.get(word);
      if (!holders) continue;
      let stillFree = 0;
      for (const i of holders) {
        if (this.itemTaken[i]) continue;
        // Taken items never come back: drop them from the index as we go.
        holders[stillFree++] = i;
        if (this.shared[i] === 0) touched.push(i);
        this.shared[i]++;
      }
      holders.length = stillFree;
    }

    const best = new BestCandidates(this.tuning.candidatesKept);
    // Items sharing a rare word: their own count.
    for (const i of touched) {
      const shared = this.shared[i] + this.groupShared[this.groupOf[i]];
      best.offer(i, overlapOf(shared, words.size, this.sizes[i]), threshold);
    }
    // The others score as their group does; the earliest free ones of each group are its best.
    for (const g of touchedGroups) {
      const group = this.groups[g];
      const overlap = overlapOf(this.groupShared[g], words.size, group.size);
      if (overlap < threshold) continue;
      const { members } = group;
      while (group.first < members.length && this.itemTaken[members[group.first]]) group.first++;
      let offered = 0;
      for (let m = group.first; m < members.length && offered <= this.tuning.candidatesKept; m++) {
        const i = members[m];
        if (this.itemTaken[i] || this.shared[i] > 0) continue;
        if (!best.offer(i, overlap, threshold)) break; // later members are later items: no better
        offered++;
      }
    }
    for (const i of touched) this.shared[i] = 0;
    for (const g of touchedGroups) this.groupShared[g] = 0;
    return best.candidates();
  }
}

function addTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The same arithmetic as wordOverlap, so equal overlaps compare equal. */
function overlapOf(shared: number, size: number, otherSize: number): number {
  return shared / (size + otherSize - shared);
}

/** The best `kept` items offered, by overlap then earlier item, kept sorted: no sort of every match. */
class BestCandidates {
  private readonly best: { item: number; overlap: number }[] = [];
  private qualifying = 0;

  constructor(private readonly kept: number) {}

  /** False when the item is below the threshold or cannot enter the best kept. */
  offer(item: number, overlap: number, threshold: number): boolean {
    if (overlap < threshold) return false;
    this.qualifying++;
    const best = this.best;
    const worst = best[best.length - 1];
    if (best.length === this.kept && worst && !betterCandidate(overlap, item, worst)) return false;
    let at = best.length;
    while (at > 0 && betterCandidate(overlap, item, best[at - 1])) at--;
    best.splice(at, 0, { item, overlap });
    if (best.length > this.kept) best.pop();
    return true;
  }

  candidates(): Candidates {
    return {
      items: this.best.map((entry) => entry.item),
      overlaps: this.best.map((entry) => entry.overlap),
      next: 0,
      complete: this.qualifying <= this.kept,
    };
  }
}

function betterCandidate(overlap: number, item: number, than: { item: number; overlap: number }): boolean {
  return overlap > than.overlap || (overlap === than.overlap && item < than.item);
}

interface HeapEntry {
  readonly carried: number;
  readonly overlap: number;
  readonly item: number;
}

/** Greatest overlap first; ties: earlier carried item, then earlier item (the greedy rule's order). */
function before(a: HeapEntry, b: HeapEntry): boolean {
  if (a.overlap !== b.overlap) return a.overlap > b.overlap;
  if (a.carried !== b.carried) return a.carried < b.carried;
  return a.item < b.item;
}

class PairHeap {
  private readonly entries: HeapEntry[] = [];

  push(carried: number, overlap: number, item: number): void {
    const entries = this.entries;
    entries.push({ carried, overlap, item });
    let at = entries.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!before(entries[at], entries[parent])) break;
      [entries[at], entries[parent]] = [entries[parent], entries[at]];
      at = parent;
    }
  }

  pop(): HeapEntry | undefined {
    const entries = this.entries;
    const top = entries[0];
    const last = entries.pop();
    if (top === undefined || last === undefined || entries.length === 0) return top;
    entries[0] = last;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let best = at;
      if (left < entries.length && before(entries[left], entries[best])) best = left;
      if (right < entries.length && before(entries[right], entries[best])) best = right;
      if (best === at) return top;
      [entries[at], entries[best]] = [entries[best], entries[at]];
      at = best;
    }
  }
}
