// The extension's own words in Spanish: every `vscode.l10n.t` message in src has a text in
// l10n/bundle.l10n.es.json with the same `{0}` placeholders, and the bundle holds nothing stale.
import * as assert from 'assert';
import { l10nCalls, placeholdersOf } from './l10nMessages';
import { readJson } from './manifestText';

const spanish = readJson('l10n/bundle.l10n.es.json') as Record<string, string>;
const calls = l10nCalls();

/** Code spans and `{n}` placeholders: what a translation must carry over unchanged. */
function codeSpans(text: string): string[] {
  return [...text.matchAll(/`[^`]+`/gu)].map((match) => match[0]).sort();
}

describe('the extension in Spanish (l10n/bundle.l10n.es.json)', () => {
  it('is the bundle package.json points VS Code at', () => {
    assert.strictEqual((readJson('package.json') as { l10n?: string }).l10n, './l10n');
  });

  it('reads every message from a plain string, so that it can be translated', () => {
    assert.ok(calls.length > 150, `${calls.length} l10n.t calls found in src`);
    assert.deepStrictEqual(
      calls.filter((call) => call.key === null).map((call) => call.where),
      [],
    );
  });

  it('has a Spanish text for every message, with the same placeholders and code', () => {
    for (const { key, message, where } of calls) {
      if (key === null || message === null) continue;
      const text = spanish[key];
      assert.ok(typeof text === 'string' && text.trim() !== '', `no Spanish for "${key}" (${where})`);
      assert.deepStrictEqual(placeholdersOf(text), placeholdersOf(message), `placeholders of "${key}"`);
      assert.deepStrictEqual(codeSpans(text), codeSpans(message), `code in "${key}"`);
    }
  });

  it('holds no text that no message uses any more', () => {
    const used = new Set(calls.map((call) => call.key));
    assert.deepStrictEqual(
      Object.keys(spanish).filter((key) => !used.has(key)),
      [],
    );
  });
});
