import * as assert from 'assert';
import { planCarryOver } from '../../../../src/core/newNote/carryOver';
import { buildNewNote } from '../../../../src/core/newNote/newNote';
import { newNoteLanguage } from '../../../../src/core/newNote/noteLanguage';
import { parseNote } from '../../../../src/core/note/parse';
import { isPrivateItem } from '../../../../src/core/note/privacy';
import { noteHeadingLanguage } from '../../../../src/core/note/sections';

const SPANISH_PREVIOUS = `---
rep: Lucía Fernández
date: 2026-11-17
---

# 1:1 con Lucía Fernández

## Causa raíz

- La percepción de Lucía es incompleta: no ve quién firma.

## Metas acordadas

- [ ] Mapear a los tres decisores de Halvorsen @lucia due:2026-12-05

## Seguimientos

- [ ] Presentarle al cliente de referencia @yo due:2026-11-21
`;

describe('the language of a new note', () => {
  it("follows the rep's previous note, else the setting, else VS Code's display language", () => {
    assert.strictEqual(newNoteLanguage('es', 'en', 'en'), 'es');
    assert.strictEqual(newNoteLanguage('en', 'es', 'es'), 'en');
    assert.strictEqual(newNoteLanguage(null, 'es', 'en'), 'es');
    assert.strictEqual(newNoteLanguage(null, 'en', 'es'), 'en');
    assert.strictEqual(newNoteLanguage(null, 'auto', 'es'), 'es');
    assert.strictEqual(newNoteLanguage(null, 'auto', 'es-419'), 'es');
    assert.strictEqual(newNoteLanguage(null, 'auto', 'en-us'), 'en');
    assert.strictEqual(newNoteLanguage(null, undefined, 'es-MX'), 'es');
    assert.strictEqual(newNoteLanguage(null, 'fr', 'de'), 'en');
    assert.strictEqual(newNoteLanguage(null, 'auto', 'eo'), 'en');
    assert.strictEqual(newNoteLanguage(null, 'auto', 'est'), 'en');
  });

  it('writes a Spanish note that reads exactly like the English one', () => {
    const spanish = buildNewNote({ rep: 'Lucía', date: '2026-11-22', language: 'es' });
    const english = buildNewNote({ rep: 'Lucía', date: '2026-11-22', language: 'en' });
    const lines = spanish.text.split('\n');
    assert.ok(lines.includes('# 1:1 con Lucía'));
    assert.deepStrictEqual(
      lines.filter((line) => line.startsWith('## ')),
      ['## Causa raíz', '## Fortalezas', '## Metas acordadas', '## Seguimientos'],
    );
    assert.deepStrictEqual(spanish.cursor, english.cursor);
    const kinds = (text: string) =>
      parseNote(text).sections.map((section) => [section.kind, section.headingLine]);
    assert.deepStrictEqual(kinds(spanish.text), kinds(english.text));
    assert.strictEqual(noteHeadingLanguage(parseNote(spanish.text)), 'es');
    assert.strictEqual(
      buildNewNote({ rep: 'Dana', date: '2026-11-22' }).text,
      english.text.replace(/Lucía/gu, 'Dana'),
    );
  });

  it("carries a Spanish note's open items into the Spanish sections", () => {
    const previous = parseNote(SPANISH_PREVIOUS);
    const carried = planCarryOver(previous, SPANISH_PREVIOUS);
    const { text } = buildNewNote({
      rep: 'Lucía Fernández',
      date: '2026-11-24',
      carried,
      language: noteHeadingLanguage(previous) ?? 'en',
    });
    const created = parseNote(text);
    const sectionOf = (itemText: string) =>
      created.sections[created.items.find((item) => item.text.startsWith(itemText))?.section ?? -1]?.heading;
    assert.strictEqual(sectionOf('Mapear a los tres decisores'), 'Metas acordadas');
    assert.strictEqual(sectionOf('Presentarle al cliente'), 'Seguimientos');
    assert.deepStrictEqual(
      created.items.map((item) => item.kind),
      ['goal', 'follow-up'],
    );
  });

  it("keeps a private Spanish note's items private under Spanish headings", () => {
    const text = SPANISH_PREVIOUS.replace('date: 2026-11-17\n', 'date: 2026-11-17\nprivate: true\n');
    const previous = parseNote(text);
    const carried = planCarryOver(previous, text);
    assert.deepStrictEqual(
      carried.privateGroups.map((group) => group.headings.map((heading) => heading.text)),
      [['Metas acordadas (privadas)'], ['Seguimientos (privados)']],
    );
    const created = parseNote(
      buildNewNote({ rep: 'Lucía', date: '2026-11-24', carried, language: 'es' }).text,
    );
    assert.strictEqual(created.items.length, 2);
    for (const item of created.items) assert.ok(isPrivateItem(created, item), item.text);
    assert.deepStrictEqual(
      created.items.map((item) => item.kind),
      ['goal', 'follow-up'],
    );
  });
});
