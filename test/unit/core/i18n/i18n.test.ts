import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderPrepBrief } from '../../../../src/core/history/brief';
import { buildRepHistory } from '../../../../src/core/history/history';
import { CATALOGUES, type PluralText } from '../../../../src/core/i18n/catalogue';
import { localizeDiagnosticMessage } from '../../../../src/core/i18n/diagnostics';
import { langFromEnv, normalizeLang } from '../../../../src/core/i18n/lang';
import { messagesFor, placeholdersOf } from '../../../../src/core/i18n/messages';
import { parseNote } from '../../../../src/core/note/parse';
import { parseRoster } from '../../../../src/core/reps/roster';
import { renderItemsCsv, renderMarkdownReport } from '../../../../src/core/history/report';
import { runCapturing as run } from '../../cli/cliRun';
import { danaNotes, note } from '../history/historyFixtures';

const en = messagesFor('en');
const es = messagesFor('es');

function formsOf(value: string | PluralText): string[] {
  return typeof value === 'string' ? [value] : [value.one, value.other, ...(value.many ? [value.many] : [])];
}

describe('message catalogue', () => {
  it('has a Spanish text for every key, with the same placeholders in every form', () => {
    const english = Object.entries(CATALOGUES.en);
    assert.ok(english.length > 50);
    assert.deepEqual(Object.keys(CATALOGUES.es).sort(), Object.keys(CATALOGUES.en).sort());
    for (const [key, value] of english) {
      const spanish = (CATALOGUES.es as Record<string, string | PluralText>)[key];
      assert.equal(typeof spanish, typeof value, key);
      const expected = placeholdersOf(formsOf(value).join(' '));
      for (const form of formsOf(spanish)) {
        assert.notEqual(form.trim(), '', key);
        // A plural's `one` form may write the number out ("carried once", "pasado una vez").
        const used = placeholdersOf(form).filter((name) => name !== 'count');
        assert.deepEqual(
          used,
          expected.filter((name) => name !== 'count'),
          `${key}: ${form}`,
        );
      }
      if (typeof value !== 'string' && typeof spanish !== 'string') {
        assert.deepEqual(placeholdersOf(spanish.other), placeholdersOf(value.other), key);
      }
    }
  });

  it('chooses plural forms by Intl.PluralRules', () => {
    assert.equal(en.count('count.days', 1), '1 day');
    assert.equal(en.count('count.days', 0), '0 days');
    assert.equal(es.count('count.days', 1), '1 día');
    assert.equal(es.count('count.days', 3), '3 días');
    assert.equal(es.count('count.days', 1000000), '1000000 de días');
    assert.equal(en.count('brief.carried', 1), 'carried once');
    assert.equal(es.count('brief.carried', 2), 'pasado 2 veces');
  });

  it('writes calendar dates by Intl, the same day in every time zone', () => {
    // The unit tier runs in UTC+14 and UTC-8: a shifted day would show here.
    assert.equal(en.day('2026-11-23'), 'Mon 2026-11-23');
    assert.equal(es.day('2026-11-23'), 'lun 23 nov 2026');
    assert.equal(es.day('2026-01-01'), 'jue 1 ene 2026');
    assert.equal(en.date('2026-12-31'), 'Thu, Dec 31, 2026');
    assert.equal(en.month('2026-11'), 'November 2026');
    assert.equal(es.month('2026-11'), 'noviembre de 2026');
    assert.equal(en.shortMonth('2026-02'), 'Feb');
    assert.equal(es.shortMonth('2026-02'), 'feb');
  });

  it('writes relative days by Intl.RelativeTimeFormat', () => {
    assert.deepEqual(
      [-3, -1, 0, 1, 3].map((days) => en.relativeDays(days)),
      ['3 days ago', 'yesterday', 'today', 'tomorrow', 'in 3 days'],
    );
    assert.deepEqual(
      [-3, -1, 0, 1, 3].map((days) => es.relativeDays(days)),
      ['hace 3 días', 'ayer', 'hoy', 'mañana', 'dentro de 3 días'],
    );
  });

  it('names the language from a locale tag and from LC_ALL, LC_MESSAGES, LANG in that order', () => {
    assert.equal(normalizeLang('es'), 'es');
    assert.equal(normalizeLang('es-419'), 'es');
    assert.equal(normalizeLang('es_MX.UTF-8'), 'es');
    assert.equal(normalizeLang('pt-br'), 'en');
    assert.equal(normalizeLang(undefined), 'en');
    assert.equal(langFromEnv({}), 'en');
    assert.equal(langFromEnv({ LANG: 'es_MX.UTF-8' }), 'es');
    assert.equal(langFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' }), 'es');
    assert.equal(langFromEnv({ LANG: 'es_MX.UTF-8', LC_ALL: 'C' }), 'en');
    assert.equal(langFromEnv({ LANG: 'es_MX.UTF-8', LC_ALL: '' }), 'es');
  });
});

describe('diagnostics in Spanish', () => {
  it("says what is wrong in Spanish, with the note's own values, and keeps English as parsed", () => {
    const parsed = parseNote(
      ['---', 'date: 2026-11-02', '---', '## Follow-ups', '- [?] Call Acme', '```', '- [ ] Hidden', ''].join(
        '\n',
      ),
    );
    const byCode = new Map(parsed.diagnostics.map((d) => [d.code, d.message]));
    const missingRep = byCode.get('missing-rep') ?? '';
    assert.equal(missingRep, 'The front matter needs `rep:` with the name of the person this note is about.');
    assert.equal(
      localizeDiagnosticMessage(missingRep, es),
      'Al front matter le falta `rep:` con el nombre de la persona de esta nota.',
    );
    assert.equal(localizeDiagnosticMessage(missingRep, en), missingRep);
    assert.equal(
      localizeDiagnosticMessage(byCode.get('unknown-status') ?? '', es),
      'Estado desconocido `[?]`, se lee como abierto. Usa [ ] abierto, [x] hecho, [-] cancelado o [>] pasado a la siguiente.',
    );
    assert.equal(
      localizeDiagnosticMessage(byCode.get('unclosed-fence') ?? '', es),
      'Este bloque de código nunca se cierra (no hay una línea ``` después), así que llega hasta el final de la nota: 1 tarea posterior no se cuenta.',
    );
  });

  it('writes front matter, YAML and roster problems in Spanish, with the values they found', () => {
    const parsed = parseNote(
      ['---', 'rep: Dana', 'date: 2026-13-45', 'type: [x]', 'Private: yes', '---', ''].join('\n'),
    );
    const spanish = parsed.diagnostics.map((d) => localizeDiagnosticMessage(d.message, es));
    assert.ok(
      spanish.includes('`date` debe ser una fecha escrita AAAA-MM-DD (tiene "2026-13-45").'),
      spanish.join('\n'),
    );
    assert.ok(
      spanish.some(
        (text) => text.startsWith('`type` debe ser uno de weekly,') && text.endsWith(' (tiene una lista).'),
      ),
      spanish.join('\n'),
    );
    assert.ok(
      spanish.includes(
        'Escribe la clave `Private` en minúsculas, `private`, con true o false; mientras tanto, la nota se trata como privada.',
      ),
      spanish.join('\n'),
    );
    const yamlError = parseNote(
      ['---', 'rep: Dana', 'date: 2026-11-02', 'tags: [a, b', '---', ''].join('\n'),
    );
    const words = yamlError.diagnostics.map((d) => localizeDiagnosticMessage(d.message, es));
    assert.ok(
      words.some((text) =>
        /^La lista que se abre con `\[` en la línea \d+ nunca se cierra con `\]`: agrégalo al final de esa línea\. \(YAML: /u.test(
          text,
        ),
      ),
      words.join('\n'),
    );
    for (const text of [...spanish, ...words]) {
      assert.ok(
        !/\b(must|found|Line|line \d|never closed)\b/u.test(text.replace(/\(YAML: .*\)$/u, '')),
        text,
      );
    }
    const roster = parseRoster('- name: Sam\n  cadenceDays: 0\n  colour: red\n- name: Sam\n');
    const rosterWords = roster.diagnostics.map((d) => localizeDiagnosticMessage(d.message, es));
    assert.deepEqual(
      rosterWords.sort(),
      [
        '`Sam` aparece dos veces en la lista de representantes.',
        '`cadenceDays` debe ser un número entero de días entre 1 y 366; se usa 7.',
        'Clave desconocida `colour` en la lista de representantes; claves conocidas: name, team, role, cadenceDays, aliases, type.',
      ].sort(),
    );
  });

  it('leaves a message no template wrote as it is', () => {
    assert.equal(localizeDiagnosticMessage('Something else entirely.', es), 'Something else entirely.');
  });
});

describe('the prep brief in Spanish', () => {
  const nov09 = note(
    'lena/2026-11-09.coach.md',
    { rep: 'Lena Okafor', date: '2026-11-09', type: 'weekly' },
    '## Root cause',
    'Waits for perfect information.',
    '',
    '## Follow-ups',
    '- [ ] Send the give/get list to Priya @lena due:2026-11-13',
    '- [ ] Record a pricing talk track @lena due:2026-11-30',
  );
  const link = (file: string, line: number) => `file:///notes/${file}#L${line + 1}`;

  it('writes headings, counts, dates and relative days in Spanish', () => {
    const history = buildRepHistory([nov09], { today: '2026-11-22', cadenceDays: 7 });
    const markdown = renderPrepBrief({ history, repName: 'Lena Okafor', link, messages: es });
    const lines = markdown.split('\n');
    assert.equal(lines[0], '# Preparación del 1:1: Lena Okafor');
    assert.ok(
      lines.includes('> **⚠ Este 1:1 va atrasado:** 13 días desde el último, la cadencia es de 7 días.'),
      markdown,
    );
    assert.ok(
      markdown.includes(
        '**Último 1:1:** [lun 9 nov 2026](<file:///notes/lena/2026-11-09.coach.md#L1> "Abrir lena/2026-11-09.coach.md en la línea 1") (semanal), hace 13 días.',
      ),
      markdown,
    );
    assert.ok(lines.includes('## Vencidos (1)'), markdown);
    assert.ok(
      markdown.includes('**vencido hace 9 días** (vencía el 2026-11-13) · abierto hace 13 días'),
      markdown,
    );
    assert.ok(lines.includes('## Seguimientos abiertos (1)'), markdown);
    assert.ok(markdown.includes('vence lun 30 nov 2026 (dentro de 8 días)'), markdown);
    assert.ok(lines.includes('## Última causa raíz'), markdown);
    assert.ok(
      lines.includes('De un vistazo: **1 vencido** · 1 seguimiento abierto · 0 metas abiertas.'),
      markdown,
    );
    assert.ok(
      lines.includes(
        '_Preparado por Coaching Notes al dom 22 nov 2026 a partir de 1 nota. Solo lectura: edita las notas; este resumen las sigue._',
      ),
      markdown,
    );
    for (const english of ['Overdue', 'Open follow-ups', 'days ago', 'Prepared by']) {
      assert.ok(!markdown.includes(english), `"${english}" left in:\n${markdown}`);
    }
  });

  it('is unchanged in English by default', () => {
    const history = buildRepHistory([nov09], { today: '2026-11-22', cadenceDays: 7 });
    const markdown = renderPrepBrief({ history, repName: 'Lena Okafor', link });
    assert.equal(markdown, renderPrepBrief({ history, repName: 'Lena Okafor', link, messages: en }));
    assert.ok(markdown.includes('(weekly), 13 days ago.'), markdown);
    assert.ok(markdown.includes('due Mon 2026-11-30 (in 8 days)'), markdown);
  });
});

describe('the progress report in Spanish', () => {
  const history = buildRepHistory(danaNotes, { today: '2026-03-10', forSharing: true });

  it('writes the Markdown report with Spanish headings, months and counts', () => {
    const markdown = renderMarkdownReport(history, { messages: es });
    const lines = markdown.split('\n');
    assert.ok(lines[0].startsWith('# Progreso de coaching: '), markdown);
    for (const heading of [
      '## Resumen',
      '## Metas',
      '## Cumplimiento de seguimientos por mes',
      '## Cadencia',
    ]) {
      assert.ok(lines.includes(heading), `${heading} missing in:\n${markdown}`);
    }
    assert.ok(lines.includes('|  | Metas | Seguimientos |'), markdown);
    assert.ok(markdown.includes('| enero de 2026 |'), markdown);
    assert.ok(
      lines.some((line) => line.startsWith('- Objetivo: un 1:1 cada 7 días.')),
      markdown,
    );
    assert.ok(lines.at(-2)?.startsWith('_Generado por Coaching Notes el 2026-03-10. '), markdown);
    for (const english of ['Summary', 'Follow-ups', 'January', 'Completion rate', 'Generated by']) {
      assert.ok(!markdown.includes(english), `"${english}" left in:\n${markdown}`);
    }
  });

  it('writes the CSV header and words in Spanish, and keeps English identifiers by default', () => {
    const spanish = renderItemsCsv(history, es).split('\r\n');
    assert.equal(
      spanish[0],
      'tipo,tarea,estado,creada,cerrada,dias_abierta,veces_pasada,vence,primer_vencimiento,dias_vencida,responsable,ultima_vez,por_pasar',
    );
    assert.match(spanish[1], /^(meta|seguimiento),/u);
    assert.equal(renderItemsCsv(history).split('\r\n')[0].split(',')[0], 'kind');
    assert.equal(renderItemsCsv(history), renderItemsCsv(history, en));
    assert.equal(renderMarkdownReport(history), renderMarkdownReport(history, { messages: en }));
  });
});

describe('coaching-notes in Spanish', () => {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-i18n-'));
    const file = path.join(root, 'dana', '2026-11-02.coach.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      [
        '---',
        'rep: Dana Whitfield',
        'date: 2026-11-02',
        '---',
        '## Follow-ups',
        '- [ ] Book the QBR due:2026-11-10',
        '- [ ] Call back due:2026-11-21',
        '',
      ].join('\n'),
    );
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const spanishOverdue = [
    'dana/2026-11-02.coach.md:6: vencido hace 12 días (vencía el 2026-11-10): Book the QBR [Dana Whitfield]',
    'dana/2026-11-02.coach.md:7: vencido hace 1 día (vencía el 2026-11-21): Call back [Dana Whitfield]',
    '2 tareas vencidas al 2026-11-22 (1 nota revisada).',
    '',
  ].join('\n');

  it('lists overdue items in Spanish with --lang es', async () => {
    const result = await run(['overdue', '--lang', 'es', '--today', '2026-11-22'], root);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, spanishOverdue);
  });

  it('follows LANG=es_MX.UTF-8, and --lang wins over it', async () => {
    const env = { LANG: 'es_MX.UTF-8' };
    assert.equal((await run(['overdue', '--today', '2026-11-22'], root, { env })).stdout, spanishOverdue);
    const english = await run(['overdue', '--lang=en', '--today', '2026-11-22'], root, { env });
    assert.ok(english.stdout.startsWith('dana/2026-11-02.coach.md:6: overdue by 12 days (due 2026-11-10)'));
  });

  it('keeps --json the same in every language', async () => {
    const english = await run(['overdue', '--json', '--today', '2026-11-22'], root);
    const spanish = await run(['overdue', '--json', '--today', '2026-11-22'], root, {
      env: { LANG: 'es_ES' },
    });
    assert.equal(spanish.stdout, english.stdout);
    const check = await run(['check', '--json', '--lang', 'es'], root);
    assert.equal(check.stdout, (await run(['check', '--json'], root)).stdout);
  });

  it('reports check and reps in Spanish', async () => {
    fs.writeFileSync(path.join(root, 'broken.coach.md'), '---\ndate: 2026-11-03\n---\n');
    const check = await run(['check', '--lang', 'es'], root);
    assert.equal(
      check.stdout,
      [
        'broken.coach.md:1:1: error: Al front matter le falta `rep:` con el nombre de la persona de esta nota. [missing-rep]',
        '1 error, 0 advertencias en 1 archivo (2 notas revisadas).',
        '',
      ].join('\n'),
    );
    const reps = await run(['reps', '--lang', 'es', '--today', '2026-11-22'], root);
    assert.match(reps.stdout, /^Representante\s+Notas\s+Última nota\s+Abiertas\s+Vencidas\n/u);
    assert.ok(reps.stdout.endsWith('1 representante, 2 notas.\n'), reps.stdout);
  });

  it('writes history in Spanish with --lang es, and keeps --json and --markdown the same', async () => {
    const spanish = await run(['history', 'Dana Whitfield', '--lang', 'es', '--today', '2026-11-22'], root);
    assert.match(
      spanish.stdout,
      /Seguimientos\s+0 % cumplido {2}0 hechos · 2 vencidos · 0 abiertos · pasados 0 veces/u,
    );
    assert.match(spanish.stdout, /Cadencia\s+cada \d+ días · 1 1:1/u);
    assert.match(spanish.stdout, /Último 1:1\s+2026-11-02, hace 20 días/u);
    const english = await run(['history', 'Dana Whitfield', '--today', '2026-11-22'], root);
    assert.match(
      english.stdout,
      /Follow-ups\s+0% completed {2}0 done · 2 overdue · 0 open · carried 0 times/u,
    );
    for (const flag of ['--json', '--markdown']) {
      const es = await run(
        ['history', 'Dana Whitfield', flag, '--lang', 'es', '--today', '2026-11-22'],
        root,
      );
      const en = await run(['history', 'Dana Whitfield', flag, '--today', '2026-11-22'], root);
      assert.equal(es.stdout, en.stdout);
    }
  });

  it('refuses a language it does not speak', async () => {
    const result = await run(['overdue', '--lang', 'fr'], root);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--lang must be en or es, not 'fr'/u);
  });
});
