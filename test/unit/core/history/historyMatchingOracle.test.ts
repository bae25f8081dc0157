// Issue 9, C4: carry matching no longer compares every carried item with every item. These
// properties check it still gives exactly the pairs of the quadratic matcher it replaced (kept here,
// verbatim, as the oracle), on small random notes with few distinct words so that overlaps above the
// threshold, ties and competing candidates are the rule rather than the exception.
import * as assert from 'assert';
import * as fc from 'fast-check';
import {
  itemWords,
  matchCarried,
  normaliseItemText,
  SIMILAR_TEXT_THRESHOLD,
  wordOverlap,
  type Match,
  type MatchCandidate,
} from '../../../../src/core/history/matching';
import { greedySimilarPairs } from '../../../../src/core/history/similarPairs';

/** The matcher before issue 9: every pair listed, then sorted. */
function quadraticMatchCarried(
  carried: readonly MatchCandidate[],
  items: readonly MatchCandidate[],
): Match[] {
  const matches: Match[] = [];
  const carriedTaken = new Array<boolean>(carried.length).fill(false);
  const itemTaken = new Array<boolean>(items.length).fill(false);
  carried.forEach((candidate, c) => {
    const i = items.findIndex((item, index) => !itemTaken[index] && item.normalised === candidate.normalised);
    if (i === -1) return;
    carriedTaken[c] = true;
    itemTaken[i] = true;
    matches.push({ carried: c, item: i, link: 'same-text' });
  });

  const similar: { carried: number; item: number; overlap: number }[] = [];
  carried.forEach((candidate, c) => {
    if (carriedTaken[c]) return;
    items.forEach((item, i) => {
      if (itemTaken[i]) return;
      const overlap = wordOverlap(candidate.words, item.words);
      if (overlap >= SIMILAR_TEXT_THRESHOLD) similar.push({ carried: c, item: i, overlap });
    });
  });
  similar.sort((a, b) => b.overlap - a.overlap || a.carried - b.carried || a.item - b.item);
  for (const pair of similar) {
    if (carriedTaken[pair.carried] || itemTaken[pair.item]) continue;
    carriedTaken[pair.carried] = true;
    itemTaken[pair.item] = true;
    matches.push({ carried: pair.carried, item: pair.item, link: 'similar-text' });
  }
  return matches;
}

function candidate(text: string): MatchCandidate {
  const normalised = normaliseItemText(text);
  return { normalised, words: itemWords(normalised) };
}

/** Item texts from a handful of words (plus owners and due dates, which matching sets aside). */
const itemText = fc
  .array(
    fc.constantFrom('send', 'deck', 'call', 'acme', 'Q3', 'review', '@dana', 'due:2026-12-01', 'pricing'),
    {
      maxLength: 6,
    },
  )
  .map((words) => words.join(' '));

const noteItems = (maxLength: number) => fc.array(itemText.map(candidate), { maxLength });

describe('carry matching (index and heap) against the quadratic matcher', () => {
  it('gives the same pairs, in the same order, on small notes', () => {
    fc.assert(
      fc.property(noteItems(14), noteItems(14), (carried, items) => {
        assert.deepStrictEqual(matchCarried(carried, items), quadraticMatchCarried(carried, items));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same pairs with tiny search limits (many rescans, frequent words grouped)', () => {
    const tuning = fc.record({
      candidatesKept: fc.integer({ min: 1, max: 3 }),
      rareLimit: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(noteItems(30), noteItems(30), tuning, (carried, items, limits) => {
        const expected = quadraticMatchCarried(carried, items);
        const carriedTaken = carried.map(() => false);
        const itemTaken = items.map(() => false);
        for (const match of expected) {
          if (match.link !== 'same-text') continue;
          carriedTaken[match.carried] = true;
          itemTaken[match.item] = true;
        }
        const pairs = greedySimilarPairs(
          carried,
          items,
          carriedTaken,
          itemTaken,
          SIMILAR_TEXT_THRESHOLD,
          limits,
        );
        assert.deepStrictEqual(
          pairs,
          expected
            .filter((match) => match.link === 'similar-text')
            .map(({ carried: c, item }) => ({ carried: c, item })),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('pairs 20,000 carried items with 20,000 similar ones, each with its own', () => {
    // Every pair reaches the threshold (5 words of 8); each carried item's own item shares 6 of 7.
    const carried = Array.from({ length: 20_000 }, (_, n) => candidate(`Call Acme about the pricing ${n}`));
    const items = Array.from({ length: 20_000 }, (_, n) =>
      candidate(`Call Acme about the pricing ${n} again`),
    );
    const matches = matchCarried(carried, items);
    assert.strictEqual(matches.length, 20_000);
    assert.ok(matches.every((match) => match.carried === match.item && match.link === 'similar-text'));
  });
});
