// Every user-facing word of the engine, in English and Spanish. `{name}` is a placeholder filled by
// `Messages.text`/`Messages.count`; a plural entry has a form per `Intl.PluralRules` category
// (`{count}` is the number). Spanish is neutral Latin-American Spanish with tú, as VS Code's is.
// A test checks that every key has a Spanish text with the same placeholders.
import type { Lang } from './lang';

export interface PluralText {
  readonly one: string;
  readonly other: string;
  /** Spanish uses it for round millions (`1000000 de días`); `other` when absent. */
  readonly many?: string;
}

const EN = {
  // counted nouns
  'count.days': { one: '{count} day', other: '{count} days' },
  'count.notes': { one: '{count} note', other: '{count} notes' },
  'count.times': { one: '{count} time', other: '{count} times' },
  'count.oneOnOnes': { one: '{count} 1:1', other: '{count} 1:1s' },
  'count.gaps': { one: '{count} gap', other: '{count} gaps' },
  'count.goals': { one: '{count} goal', other: '{count} goals' },
  'count.earlierGoals': { one: '{count} earlier goal', other: '{count} earlier goals' },
  'count.earlierNotes': { one: '{count} earlier note', other: '{count} earlier notes' },
  'count.newItems': { one: '{count} new item', other: '{count} new items' },
  'count.openFollowUps': { one: '{count} open follow-up', other: '{count} open follow-ups' },
  'count.openGoals': { one: '{count} open goal', other: '{count} open goals' },
  'count.overdueItems': { one: '{count} overdue item', other: '{count} overdue items' },
  'count.errors': { one: '{count} error', other: '{count} errors' },
  'count.warnings': { one: '{count} warning', other: '{count} warnings' },
  'count.infos': { one: '{count} info', other: '{count} info' },
  'count.files': { one: '{count} file', other: '{count} files' },
  'count.reps': { one: '{count} rep', other: '{count} reps' },

  // note types
  'noteType.weekly': 'weekly',
  'noteType.coaching': 'coaching session',
  'noteType.pipeline-review': 'pipeline review',
  'noteType.skip-level': 'skip-level',
  'noteType.other': 'other',

  // the CLI
  'cli.checked': { one: '{count} note checked', other: '{count} notes checked' },
  'cli.overdue.line': 'overdue by {days}',
  'cli.overdue.due': 'due {due}',
  'cli.overdue.noRep': 'no rep',
  'cli.overdue.none': 'No overdue items as of {today} ({checked}).',
  'cli.overdue.total': '{items} as of {today} ({checked}).',
  'cli.check.none': 'No problems ({checked}).',
  'cli.check.total': '{counts} in {files} ({checked}).',
  'cli.check.severity.error': 'error',
  'cli.check.severity.warning': 'warning',
  'cli.check.severity.info': 'info',
  'cli.reps.total': '{reps}, {notes}.',
  'cli.reps.none': 'No notes found.',
  'cli.reps.team': 'Team',
  'cli.reps.rep': 'Rep',
  'cli.reps.notes': 'Notes',
  'cli.reps.lastNote': 'Last note',
  'cli.reps.open': 'Open',
  'cli.reps.overdue': 'Overdue',
  'cli.reps.noRep': '(no rep)',
  'cli.reps.never': 'never',
  'cli.reps.late': '(late)',

  // the 1:1 prep brief (Markdown)
  'brief.title': '1:1 prep: {name}',
  'brief.openAt': 'Open {file} at line {line}',
  'brief.noText': '(no text)',
  'brief.carried': { one: 'carried once', other: 'carried {count} times' },
  'brief.due': 'due {day} ({relative})',
  'brief.private': 'private',
  'brief.agreedToday': 'agreed today',
  'brief.openFor': 'open {days}',
  'brief.noOneOnOne': '**No 1:1 written down yet.** The cadence is a 1:1 every {days}.',
  'brief.lastOneOnOne': '**Last 1:1:** {link}{type}, {relative}',
  'brief.late.cadence': '{days} since the last one, the cadence is {cadence}',
  'brief.late.planned': 'it was planned for {day}',
  'brief.late': '> **⚠ This 1:1 is late:** {reasons}.',
  'brief.next.planned': ' **Next:** {day} ({relative}), as planned.',
  'brief.next.cadence': ' **Next due:** {day} ({relative}) by the cadence.',
  'brief.cadence': 'Cadence: every {days}.',
  'brief.glance': 'At a glance: {parts}.',
  'brief.glance.overdue': '**{count} overdue**',
  'brief.glance.nothingOverdue': 'nothing overdue',
  'brief.glance.pickUp': '{count} to pick up',
  'brief.goal': 'goal',
  'brief.overdueFor': '**{days} overdue** (due {due})',
  'brief.overdue.heading': 'Overdue ({count})',
  'brief.carry.marked': 'marked [>] last time: write it into this 1:1',
  'brief.carry.dropped': 'carried on {seen} but missing from the {date} note: pick it up or cancel it',
  'brief.carry.next': 'next',
  'brief.carry.heading': 'To pick up ({count})',
  'brief.noDue': 'no due date',
  'brief.followUps.heading': 'Open follow-ups ({count})',
  'brief.goal.overdue': '**overdue by {days}**',
  'brief.goal.openDue': 'open, {due}',
  'brief.goal.openNoDue': 'open, no due date',
  'brief.goal.done': '✓ done {date}',
  'brief.goal.cancelled': 'cancelled {date}',
  'brief.goal.dropped': 'dropped: not carried into the {date} note',
  'brief.goal.sinceAgreed': '{days} since agreed on {date}',
  'brief.goals.none': '_No open goals._',
  'brief.goals.earlier': '_{earlier} not listed; {done} done in all (completion {percent})._',
  'brief.goals.heading': 'Goals ({count} open)',
  'brief.goals.headingRecent': 'Goals ({count} open, {recent} closed in the last {days} days)',
  'brief.goals.headingNone': 'Goals',
  'brief.goals.noneYet': '_No goals agreed yet._',
  'brief.rootCause.heading': 'Last root cause',
  'brief.strengths.heading': 'Strengths noted',
  'brief.otherSections.heading': 'Also in the last note',
  'brief.rhythm.heading': 'Rhythm',
  'brief.rhythm.average': ', {days} days apart on average',
  'brief.rhythm.meetings': '- {meetings} since {first}{average} (target: every {days}).',
  'brief.rhythm.gaps': '- {gaps} longer than the cadence; the longest was {days} ({from} to {to}).',
  'brief.rhythm.followUps':
    '- Follow-ups: {percent} completed ({done} done, {overdue} overdue, {dropped} dropped, {cancelled} cancelled; carried {times}).',
  'brief.rhythm.goals': '- Goals: {percent} completed ({done} done, {open} open).',
  'brief.rhythm.tags': '- Recurring tags: {tags}.',
  'brief.note.done': '{count} done',
  'brief.note.carried': '{count} carried',
  'brief.note.open': '{count} open',
  'brief.recent.heading': 'Recent notes',
  'brief.recent.older': '- _…and {notes}._',
  'brief.undated': {
    one: '_{count} note without a valid date is not included: fix its front matter to count it._',
    other: '_{count} notes without a valid date are not included: fix their front matter to count them._',
  },
  'brief.footer':
    '_Prepared by Coaching Notes as of {day} from {notes}. Read-only: edit the notes themselves; this brief follows them._',

  // diagnostics whose words do not depend on the note (the others keep the parser's English for now)
  'diagnostic.missing-front-matter':
    'A note starts with front matter: a `---` line, `rep:` and `date:` lines, and a closing `---` line.',
  'diagnostic.unclosed-front-matter':
    'The front matter is never closed: add a `---` line after its last `key: value` line.',
  'diagnostic.front-matter-not-map': 'The front matter must be a list of `key: value` lines (a YAML map).',
  'diagnostic.missing-rep': 'The front matter needs `rep:` with the name of the person this note is about.',
  'diagnostic.missing-date':
    'The front matter needs `date:` with the day of the meeting, written YYYY-MM-DD.',
  'diagnostic.second-document':
    'The front matter must be one block of `key: value` lines; a second one starts here. (YAML: the front matter must be a single document.)',
  'diagnostic.unknown-status':
    'Unknown status `[{box}]`, read as open. Use [ ] open, [x] done, [-] cancelled or [>] carried over.',
  'diagnostic.unclosed-comment': {
    one: 'This comment is never closed (no --> after it), so it hides the rest of the note: {count} task item after it is not counted.',
    other:
      'This comment is never closed (no --> after it), so it hides the rest of the note: {count} task items after it are not counted.',
  },
  'diagnostic.unclosed-fence': {
    one: 'This code block is never closed (no {fence} line after it), so it runs to the end of the note: {count} task item after it is not counted.',
    other:
      'This code block is never closed (no {fence} line after it), so it runs to the end of the note: {count} task items after it are not counted.',
  },
} satisfies Record<string, string | PluralText>;

type Catalogue = { readonly [K in keyof typeof EN]: (typeof EN)[K] extends string ? string : PluralText };
export type MessageKey = keyof typeof EN;
export type TextKey = { [K in MessageKey]: (typeof EN)[K] extends string ? K : never }[MessageKey];
export type CountKey = Exclude<MessageKey, TextKey>;

const ES: Catalogue = {
  'count.days': { one: '{count} día', other: '{count} días', many: '{count} de días' },
  'count.notes': { one: '{count} nota', other: '{count} notas', many: '{count} de notas' },
  'count.times': { one: '{count} vez', other: '{count} veces', many: '{count} de veces' },
  'count.oneOnOnes': { one: '{count} 1:1', other: '{count} 1:1', many: '{count} de 1:1' },
  'count.gaps': { one: '{count} intervalo', other: '{count} intervalos', many: '{count} de intervalos' },
  'count.goals': { one: '{count} meta', other: '{count} metas', many: '{count} de metas' },
  'count.earlierGoals': { one: '{count} meta anterior', other: '{count} metas anteriores' },
  'count.earlierNotes': { one: '{count} nota anterior', other: '{count} notas anteriores' },
  'count.newItems': { one: '{count} tarea nueva', other: '{count} tareas nuevas' },
  'count.openFollowUps': { one: '{count} seguimiento abierto', other: '{count} seguimientos abiertos' },
  'count.openGoals': { one: '{count} meta abierta', other: '{count} metas abiertas' },
  'count.overdueItems': { one: '{count} tarea vencida', other: '{count} tareas vencidas' },
  'count.errors': { one: '{count} error', other: '{count} errores' },
  'count.warnings': { one: '{count} advertencia', other: '{count} advertencias' },
  'count.infos': { one: '{count} aviso', other: '{count} avisos' },
  'count.files': { one: '{count} archivo', other: '{count} archivos' },
  'count.reps': { one: '{count} representante', other: '{count} representantes' },

  'noteType.weekly': 'semanal',
  'noteType.coaching': 'sesión de coaching',
  'noteType.pipeline-review': 'revisión de pipeline',
  'noteType.skip-level': 'skip-level',
  'noteType.other': 'otro',

  'cli.checked': { one: '{count} nota revisada', other: '{count} notas revisadas' },
  'cli.overdue.line': 'vencido hace {days}',
  'cli.overdue.due': 'vencía el {due}',
  'cli.overdue.noRep': 'sin representante',
  'cli.overdue.none': 'Nada vencido al {today} ({checked}).',
  'cli.overdue.total': '{items} al {today} ({checked}).',
  'cli.check.none': 'Sin problemas ({checked}).',
  'cli.check.total': '{counts} en {files} ({checked}).',
  'cli.check.severity.error': 'error',
  'cli.check.severity.warning': 'advertencia',
  'cli.check.severity.info': 'aviso',
  'cli.reps.total': '{reps}, {notes}.',
  'cli.reps.none': 'No se encontraron notas.',
  'cli.reps.team': 'Equipo',
  'cli.reps.rep': 'Representante',
  'cli.reps.notes': 'Notas',
  'cli.reps.lastNote': 'Última nota',
  'cli.reps.open': 'Abiertas',
  'cli.reps.overdue': 'Vencidas',
  'cli.reps.noRep': '(sin representante)',
  'cli.reps.never': 'nunca',
  'cli.reps.late': '(atrasado)',

  'brief.title': 'Preparación del 1:1: {name}',
  'brief.openAt': 'Abrir {file} en la línea {line}',
  'brief.noText': '(sin texto)',
  'brief.carried': { one: 'pasado una vez', other: 'pasado {count} veces' },
  'brief.due': 'vence {day} ({relative})',
  'brief.private': 'privado',
  'brief.agreedToday': 'acordado hoy',
  'brief.openFor': 'abierto hace {days}',
  'brief.noOneOnOne': '**Aún no hay ningún 1:1 escrito.** La cadencia es un 1:1 cada {days}.',
  'brief.lastOneOnOne': '**Último 1:1:** {link}{type}, {relative}',
  'brief.late.cadence': '{days} desde el último, la cadencia es de {cadence}',
  'brief.late.planned': 'estaba previsto para el {day}',
  'brief.late': '> **⚠ Este 1:1 va atrasado:** {reasons}.',
  'brief.next.planned': ' **Próximo:** {day} ({relative}), según lo previsto.',
  'brief.next.cadence': ' **Próximo según la cadencia:** {day} ({relative}).',
  'brief.cadence': 'Cadencia: cada {days}.',
  'brief.glance': 'De un vistazo: {parts}.',
  'brief.glance.overdue': '**{count} vencidos**',
  'brief.glance.nothingOverdue': 'nada vencido',
  'brief.glance.pickUp': '{count} por retomar',
  'brief.goal': 'meta',
  'brief.overdueFor': '**vencido hace {days}** (vencía el {due})',
  'brief.overdue.heading': 'Vencidos ({count})',
  'brief.carry.marked': 'marcado [>] la última vez: escríbelo en este 1:1',
  'brief.carry.dropped': 'pasado el {seen} pero falta en la nota del {date}: retómalo o cancélalo',
  'brief.carry.next': 'siguiente',
  'brief.carry.heading': 'Por retomar ({count})',
  'brief.noDue': 'sin fecha límite',
  'brief.followUps.heading': 'Seguimientos abiertos ({count})',
  'brief.goal.overdue': '**vencida hace {days}**',
  'brief.goal.openDue': 'abierta, {due}',
  'brief.goal.openNoDue': 'abierta, sin fecha límite',
  'brief.goal.done': '✓ cumplida {date}',
  'brief.goal.cancelled': 'cancelada {date}',
  'brief.goal.dropped': 'perdida: no se pasó a la nota del {date}',
  'brief.goal.sinceAgreed': '{days} desde que se acordó el {date}',
  'brief.goals.none': '_No hay metas abiertas._',
  'brief.goals.earlier': '_{earlier} sin listar; {done} cumplidas en total (cumplimiento {percent})._',
  'brief.goals.heading': 'Metas ({count} abiertas)',
  'brief.goals.headingRecent': 'Metas ({count} abiertas, {recent} cerradas en los últimos {days} días)',
  'brief.goals.headingNone': 'Metas',
  'brief.goals.noneYet': '_Aún no hay metas acordadas._',
  'brief.rootCause.heading': 'Última causa raíz',
  'brief.strengths.heading': 'Fortalezas anotadas',
  'brief.otherSections.heading': 'También en la última nota',
  'brief.rhythm.heading': 'Ritmo',
  'brief.rhythm.average': ', con {days} días de separación en promedio',
  'brief.rhythm.meetings': '- {meetings} desde el {first}{average} (objetivo: cada {days}).',
  'brief.rhythm.gaps':
    '- {gaps} más largos que la cadencia; el más largo fue de {days} (del {from} al {to}).',
  'brief.rhythm.followUps':
    '- Seguimientos: {percent} cumplidos ({done} hechos, {overdue} vencidos, {dropped} perdidos, {cancelled} cancelados; pasados {times}).',
  'brief.rhythm.goals': '- Metas: {percent} cumplidas ({done} cumplidas, {open} abiertas).',
  'brief.rhythm.tags': '- Etiquetas recurrentes: {tags}.',
  'brief.note.done': '{count} hechas',
  'brief.note.carried': '{count} pasadas',
  'brief.note.open': '{count} abiertas',
  'brief.recent.heading': 'Notas recientes',
  'brief.recent.older': '- _…y {notes}._',
  'brief.undated': {
    one: '_{count} nota sin fecha válida no se incluye: corrige su front matter para contarla._',
    other: '_{count} notas sin fecha válida no se incluyen: corrige su front matter para contarlas._',
  },
  'brief.footer':
    '_Preparado por Coaching Notes al {day} a partir de {notes}. Solo lectura: edita las notas; este resumen las sigue._',

  'diagnostic.missing-front-matter':
    'Una nota empieza con front matter: una línea `---`, las líneas `rep:` y `date:` y una línea `---` de cierre.',
  'diagnostic.unclosed-front-matter':
    'El front matter nunca se cierra: agrega una línea `---` después de su última línea `clave: valor`.',
  'diagnostic.front-matter-not-map':
    'El front matter debe ser una lista de líneas `clave: valor` (un mapa YAML).',
  'diagnostic.missing-rep': 'Al front matter le falta `rep:` con el nombre de la persona de esta nota.',
  'diagnostic.missing-date': 'Al front matter le falta `date:` con el día de la reunión, escrito AAAA-MM-DD.',
  'diagnostic.second-document':
    'El front matter debe ser un solo bloque de líneas `clave: valor`; aquí empieza un segundo. (YAML: el front matter debe ser un único documento.)',
  'diagnostic.unknown-status':
    'Estado desconocido `[{box}]`, se lee como abierto. Usa [ ] abierto, [x] hecho, [-] cancelado o [>] pasado a la siguiente.',
  'diagnostic.unclosed-comment': {
    one: 'Este comentario nunca se cierra (no hay --> después), así que oculta el resto de la nota: {count} tarea posterior no se cuenta.',
    other:
      'Este comentario nunca se cierra (no hay --> después), así que oculta el resto de la nota: {count} tareas posteriores no se cuentan.',
  },
  'diagnostic.unclosed-fence': {
    one: 'Este bloque de código nunca se cierra (no hay una línea {fence} después), así que llega hasta el final de la nota: {count} tarea posterior no se cuenta.',
    other:
      'Este bloque de código nunca se cierra (no hay una línea {fence} después), así que llega hasta el final de la nota: {count} tareas posteriores no se cuentan.',
  },
};

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en: EN, es: ES };
