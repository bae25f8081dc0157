import * as assert from 'assert';
import { normaliseItemText, wordOverlap, SIMILAR_TEXT_THRESHOLD } from '../../../../src/core/history/history';
import { itemWords, matchCarried } from '../../../../src/core/history/matching';

function candidate(text: string) {
  const normalised = normaliseItemText(text);
  return { normalised, words: itemWords(normalised) };
}

describe('normaliseItemText', () => {
  it('ignores case, spacing and every form of due date', () => {
    const forms = [
      'Send the deck due:2026-12-01',
      'send  the DECK  DUE:2026-12-05',
      'Send the deck 📅 2026-12-01',
      'Send the deck [due:: 2026-12-01]',
      'Send the deck [Due: 2026-12-01]',
      'Send the deck (due:2026-12-01)',
      '\tSend the deck due:tomorrow',
    ];
    for (const form of forms) assert.strictEqual(normaliseItemText(form), 'send the deck', form);
  });

  it('keeps words that merely contain "due"', () => {
    assert.strictEqual(
      normaliseItemText('Review overdue:2026-12-01 invoices'),
      'review overdue:2026-12-01 invoices',
    );
    assert.strictEqual(normaliseItemText('Chase residue'), 'chase residue');
  });

  it('keeps owners in the exact text', () => {
    assert.notStrictEqual(normaliseItemText('Call @sam'), normaliseItemText('Call @dana'));
  });
});

describe('word overlap', () => {
  it('is the share of distinct words in common', () => {
    assert.strictEqual(wordOverlap(new Set(['a', 'b', 'c']), new Set(['a', 'b', 'd'])), 0.5);
    assert.strictEqual(wordOverlap(new Set(), new Set()), 0);
  });

  it('ignores owner mentions', () => {
    assert.strictEqual(
      wordOverlap(candidate('Review pipeline @sam').words, candidate('Review pipeline @dana').words),
      1,
    );
  });

  it('accepts a light edit and rejects a different task', () => {
    const carried = candidate('Share pricing playbook @dana');
    assert.ok(
      wordOverlap(carried.words, candidate('Share updated pricing playbook').words) >= SIMILAR_TEXT_THRESHOLD,
    );
    assert.ok(wordOverlap(carried.words, candidate('Share the Q3 forecast').words) < SIMILAR_TEXT_THRESHOLD);
  });
});

describe('matchCarried', () => {
  it('matches exact text first, then by decreasing overlap, one to one', () => {
    const carried = [candidate('Draft the Acme proposal'), candidate('Book the Acme call')];
    const items = [
      candidate('Book the Acme call next week'),
      candidate('Draft the Acme proposal due:2026-01-01'),
      candidate('Draft the Acme proposal v2'),
    ];
    assert.deepStrictEqual(matchCarried(carried, items), [
      { carried: 0, item: 1, link: 'same-text' },
      { carried: 1, item: 0, link: 'similar-text' },
    ]);
  });

  it('matches duplicates in order', () => {
    const carried = [candidate('Call Acme'), candidate('Call Acme')];
    const items = [candidate('Call Acme'), candidate('Call Acme')];
    assert.deepStrictEqual(
      matchCarried(carried, items).map((m) => [m.carried, m.item]),
      [
        [0, 0],
        [1, 1],
      ],
    );
  });

  it('matches nothing when no item is close enough', () => {
    assert.deepStrictEqual(
      matchCarried([candidate('Call Acme about pricing')], [candidate('Email Globex')]),
      [],
    );
  });
});
