// The history panel and the team overview in Spanish: every word of the page comes from the
// engine's catalogue in the language the panel passes in (VS Code's display language).
import * as assert from 'assert';
import { buildRepHistory } from '../../../src/core/history/history';
import { CATALOGUES } from '../../../src/core/i18n/catalogue';
import { messagesFor } from '../../../src/core/i18n/messages';
import { buildTeamOverview } from '../../../src/core/team/teamOverview';
import { renderHistoryBody, renderHistoryPage } from '../../../src/extension/history/historyPage';
import { renderTeamBody } from '../../../src/extension/team/teamPage';
import { danaNotes, note } from '../core/history/historyFixtures';

const spanish = messagesFor('es');

/**
 * The literal pieces (10 characters or more, placeholders cut out) of the English texts whose keys
 * start with one of `prefixes` and differ in Spanish: none of them may show on a Spanish page.
 */
function englishFragments(prefixes: readonly string[]): string[] {
  const fragments = new Set<string>();
  for (const [key, english] of Object.entries(CATALOGUES.en)) {
    if (!prefixes.some((prefix) => key.startsWith(prefix))) continue;
    const texts = typeof english === 'string' ? [english] : [english.one, english.other];
    for (const text of texts) {
      for (const piece of text.split(/\{\w+\}/u)) {
        const trimmed = piece.trim();
        if (trimmed.length >= 10) fragments.add(trimmed);
      }
    }
  }
  return [...fragments];
}

/** What a reader sees or hears: text between tags and the title and aria-label attributes. */
function readable(html: string): string {
  const attributes = [...html.matchAll(/(?:title|aria-label)="([^"]*)"/gu)].map((match) => match[1]);
  return [html.replace(/<[^>]*>/gu, '\n'), ...attributes].join('\n').replace(/&#39;/gu, "'");
}

describe('the history panel in Spanish', () => {
  const history = buildRepHistory(danaNotes, { today: '2026-03-10' });
  const view = { history, repName: 'Dana Whitfield', team: null, role: null, hidePrivate: false };
  const html = renderHistoryBody({ ...view, messages: spanish });

  it('writes its headings, tiles, charts, tables and buttons in Spanish', () => {
    for (const words of [
      'Historial de progreso al',
      'Seguimientos cumplidos',
      'Metas cumplidas',
      'Vencidos ahora',
      'Desde el último 1:1',
      'Intervalo promedio',
      'Seguimientos por mes',
      'Días entre 1:1',
      'Metas en el tiempo',
      'en una tabla',
      'Cronología',
      'Ocultar lo privado',
      'Exportar informe…',
      'Preparar el 1:1',
    ]) {
      assert.ok(html.includes(words), `missing: ${words}`);
    }
    assert.match(html, /Abierto ahora|Nada abierto/u);
  });

  it('leaves none of the English words of the page behind', () => {
    const fragments = englishFragments(['history.', 'chart.', 'count.']);
    assert.ok(fragments.length > 40, `only ${fragments.length} fragments checked`);
    const text = readable(html);
    const left = fragments.filter((fragment) => text.includes(fragment));
    assert.deepStrictEqual(left, []);
    for (const english of ['Follow-ups', ' done', 'Overdue', 'Open the note', ' days']) {
      assert.ok(!text.includes(english), `English left: ${english}`);
    }
  });

  it('writes dates and months the Spanish way and says the page is Spanish', () => {
    assert.match(html, /mar 2026|marzo de 2026/u);
    const page = renderHistoryPage(html, {
      cspSource: 'https://webview.example',
      nonce: 'n',
      styleUri: 'https://webview.example/history.css',
      scriptUri: 'https://webview.example/history.js',
      repKey: 'dana whitfield',
      title: 'Historial: Dana Whitfield',
      lang: 'es',
    });
    assert.match(page, /<html lang="es">/u);
  });

  it('stays English by default, word for word the same as with the English messages', () => {
    assert.strictEqual(renderHistoryBody(view), renderHistoryBody({ ...view, messages: messagesFor('en') }));
    assert.ok(renderHistoryBody(view).includes('Follow-ups by month'));
  });
});

describe('the team overview in Spanish', () => {
  const rep = {
    key: 'bo',
    name: 'Bo',
    roster: null,
    entries: [
      note(
        'c.coach.md',
        { rep: 'Bo', date: '2026-03-17', private: true },
        '## Follow-ups',
        '- [ ] secreto due:2026-03-20',
      ),
      note('d.coach.md', { rep: 'Bo', date: '2026-02-17' }, '## Follow-ups', '- [ ] llamar due:2026-02-20'),
    ],
  };
  const html = renderTeamBody({
    overview: buildTeamOverview([rep], { today: '2026-03-31' }),
    weeks: 12,
    hidePrivate: false,
    messages: spanish,
  });

  it('writes its title, filters, tiles, table and privacy notice in Spanish', () => {
    for (const words of [
      'Resumen del equipo',
      'Todos los equipos',
      '12 semanas',
      'Representantes',
      'Necesitan atención',
      'Sin equipo',
      'Cadencia cumplida',
      'Causas raíz recurrentes',
      'Incluye 1 nota privada: usa <strong>Ocultar lo privado</strong>',
      'Exportar informe del equipo…',
    ]) {
      assert.ok(html.includes(words), `missing: ${words}`);
    }
  });

  it('leaves none of the English words of the page behind', () => {
    const fragments = englishFragments(['team.', 'teamTable.', 'attention.', 'history.tile.']);
    const text = readable(html);
    assert.deepStrictEqual(
      fragments.filter((fragment) => text.includes(fragment)),
      [],
    );
    assert.ok(!text.includes('weeks') && !text.includes('Overdue'), text);
  });
});
