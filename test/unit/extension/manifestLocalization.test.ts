// The manifest's words in English and Spanish: every `%key%` of package.json has a text in both
// package.nls.json and package.nls.es.json, every text is used, and the Spanish keeps what VS Code
// reads inside the words (command links, setting links, code spans).
import * as assert from 'assert';
import { nlsTexts, placeholders, readJson } from './manifestText';

const english = nlsTexts('en');
const spanish = nlsTexts('es');
const used = placeholders(readJson('package.json'));

/** What must survive translation: `[..](command:x)` targets, `#setting#` links and `code` spans. */
function fixedParts(text: string): string[] {
  return [
    ...[...text.matchAll(/\]\((command:[^)]+)\)/gu)].map((match) => match[1]),
    ...[...text.matchAll(/#[\w.]+#/gu)].map((match) => match[0]),
    ...[...text.matchAll(/`[^`]+`/gu)].map((match) => match[0]),
  ].sort();
}

describe('package.json in English and Spanish (package.nls*.json)', () => {
  it('has no inline user-facing text left in the places VS Code shows', () => {
    assert.ok(used.length >= 60, `package.json uses ${used.length} placeholders`);
    const manifest = readJson('package.json') as {
      contributes: { commands: { title: string }[]; viewsWelcome: { contents: string }[] };
    };
    for (const command of manifest.contributes.commands) assert.match(command.title, /^%.+%$/u);
    for (const welcome of manifest.contributes.viewsWelcome) assert.match(welcome.contents, /^%.+%$/u);
  });

  it('gives every %key% of package.json a text in English and in Spanish', () => {
    for (const { key, where } of used) {
      assert.ok(
        typeof english[key] === 'string' && english[key] !== '',
        `${key} (${where}) in package.nls.json`,
      );
      assert.ok(
        typeof spanish[key] === 'string' && spanish[key] !== '',
        `${key} (${where}) in package.nls.es.json`,
      );
    }
  });

  it('uses every text of both files', () => {
    const usedKeys = new Set(used.map((entry) => entry.key));
    assert.deepStrictEqual(
      Object.keys(english).filter((key) => !usedKeys.has(key)),
      [],
    );
    assert.deepStrictEqual(
      Object.keys(spanish).filter((key) => !usedKeys.has(key)),
      [],
    );
  });

  it('keeps the command links, setting links and code of each text in Spanish', () => {
    for (const key of Object.keys(english)) {
      assert.deepStrictEqual(fixedParts(spanish[key] ?? ''), fixedParts(english[key]), key);
    }
  });
});
