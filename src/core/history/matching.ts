// Deciding whether an item in the next note continues a carried (`[>]`) item: same text once the
// due date is set aside (it is often moved when carrying), or, for lightly edited text, enough
// words in common.
import { withoutDueTokens } from '../note/dueToken';
import { greedySimilarPairs } from './similarPairs';

/** Word overlap (Jaccard index of the word sets) at or above which edited text still matches. */
export const SIMILAR_TEXT_THRESHOLD = 0.6;

/** Lower-cased, due tokens removed, whitespace collapsed: the text two occurrences must share. */
export function normaliseItemText(text: string): string {
  return withoutDueTokens(text.normalize('NFC').toLowerCase());
}

/**
 * The distinct words (letters and digits) of normalised text, `@owner` mentions left out: an item
 * handed to someone else when carried is still the same item.
 */
export function itemWords(normalised: string): ReadonlySet<string> {
  const withoutMentions = normalised.replace(/(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.-]+/gu, ' ');
  return new Set(withoutMentions.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty (nothing to compare is no evidence of a match). */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface MatchCandidate {
  readonly normalised: string;
  readonly words: ReadonlySet<string>;
}

export interface Match {
  readonly carried: number;
  readonly item: number;
  readonly link: 'same-text' | 'similar-text';
}

/**
 * Pairs carried items with items of the next note, one to one. Exact matches first (in order),
 * then the remaining pairs by decreasing word overlap (ties: earlier carried item, then earlier item).
 * Linear in the items for exact matches; see similarPairs.ts for why the rest is not quadratic.
 */
export function matchCarried(carried: readonly MatchCandidate[], items: readonly MatchCandidate[]): Match[] {
  const matches: Match[] = [];
  const carriedTaken = new Array<boolean>(carried.length).fill(false);
  const itemTaken = new Array<boolean>(items.length).fill(false);
  // The items of each text, earliest first; each carried item takes the earliest one left.
  const itemsByText = new Map<string, number[]>();
  items.forEach((item, i) => {
    const same = itemsByText.get(item.normalised);
    if (same) same.push(i);
    else itemsByText.set(item.normalised, [i]);
  });
  const nextOfText = new Map<string, number>();
  carried.forEach((candidate, c) => {
    const same = itemsByText.get(candidate.normalised);
    const next = nextOfText.get(candidate.normalised) ?? 0;
    if (!same || next >= same.length) return;
    const i = same[next];
    nextOfText.set(candidate.normalised, next + 1);
    carriedTaken[c] = true;
    itemTaken[i] = true;
    matches.push({ carried: c, item: i, link: 'same-text' });
  });

  for (const pair of greedySimilarPairs(carried, items, carriedTaken, itemTaken, SIMILAR_TEXT_THRESHOLD)) {
    matches.push({ carried: pair.carried, item: pair.item, link: 'similar-text' });
  }
  return matches;
}
