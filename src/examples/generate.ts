// Generates the example workspace from the data in ./team.ts: about four months of 1:1 notes
// ending near `today`, the roster (reps.yaml) and a README saying what to look for. Pure and
// deterministic: a PRNG seeded from `today`, so the same day gives byte-identical files (./main.ts
// writes them). Every note is valid format v1 except one deliberate mistake, listed in the README.
import { messagesFor } from '../core/i18n/messages';
import { addDays, daysBetween, daysInMonth, formatIsoDate, parseIsoDate, weekday } from '../core/base/dates';
import type { IsoDate } from '../core/note/model';
import { repSlug } from '../core/newNote/newNote';
import { compareOverdue, daysOverdue, isOverdue } from '../core/reps/overdue';
import {
  CANCEL_REASONS,
  DEAL_NEXT_STEPS,
  DEAL_STAGES,
  DEAL_UPDATES,
  GENERIC_PROGRESS,
  GOAL_BEHIND,
  GOAL_PROGRESS,
  JONAS,
  NEW_REP,
  NEXT_TIME,
  NUMBERS_COMMENTS,
  PRIYA,
  REPS,
  ROLE_CHECKINS,
  ROLE_FOLLOW_UPS,
  ROLE_STRENGTHS,
  type ItemTemplate,
  type PrivateNote,
  type RepProfile,
  type SkipLevel,
  type Theme,
} from './team';

const ENGLISH = messagesFor('en');

/** "3 Nov", as a lead writes a date in prose. */
function shortDate(date: IsoDate): string {
  const { day } = parseIsoDate(date) ?? { day: 1 };
  return `${day} ${ENGLISH.shortMonth(date)}`;
}

/** Moves a due date off the weekend: Saturday to Friday, Sunday to Monday. */
function workday(date: IsoDate): IsoDate {
  const day = weekday(date);
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, 1) : date;
}

// ---------------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32 over an FNV-1a hash of the seed text).

interface Random {
  next(): number;
  chance(p: number): boolean;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  shuffle<T>(list: readonly T[]): T[];
}

function createRandom(seedText: string): Random {
  let seed = 0x811c9dc5;
  for (const char of seedText) seed = Math.imul(seed ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    shuffle: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Building one rep's history: meeting dates, then the notes in order, each reviewing the open items
// of the earlier ones (done, carried over, cancelled) before adding its own.

const WINDOW_DAYS = 119; // about four months of 1:1s
const MAX_NOTE_BYTES = 3072;
const COMFORTABLE_NOTE_BYTES = 1200;

type ItemKind = 'goal' | 'follow-up';
type Context = Readonly<Record<string, string>>;

interface Item {
  readonly template: string;
  readonly text: string;
  readonly owner: string | undefined;
  due: IsoDate | null;
  readonly kind: ItemKind;
  status: 'open' | 'done' | 'cancelled' | 'carried';
  readonly note: Note;
  readonly carriedCount: number;
  style: 'due' | 'emoji' | 'dataview';
  readonly noCarry: boolean;
  forgotten: boolean;
  /** The impossible due date written instead of `due` (the deliberate mistake). */
  mistake: string | null;
  cancelReason: string | null;
  carriedTo: Item | null;
  generic: boolean;
}

interface Extra {
  readonly heading: string;
  readonly text: string;
}

interface Note {
  readonly date: IsoDate;
  readonly kind: 'regular' | 'skip' | 'private';
  /** The position among the rep's regular notes (-1 for the others). */
  readonly index: number;
  readonly coach: string;
  readonly skipLevel: SkipLevel | null;
  readonly privateNote: PrivateNote | null;
  themeIndex: number;
  /** The position among the regular notes of its theme. */
  j: number;
  next: IsoDate;
  items: Item[];
  context: Context;
  theme: Theme | null;
  extras: Extra[];
  rootCause: string | null;
  session: Theme['session'] | null;
  type: string | null;
  strengths: string[];
  checkin: string | null;
  nextTime: string | null;
  observations: string | null;
  goalsProse: string | null;
}

function newNote(
  date: IsoDate,
  kind: Note['kind'],
  coach: string,
  fields: Partial<Pick<Note, 'index' | 'skipLevel' | 'privateNote'>> = {},
): Note {
  return {
    date,
    kind,
    index: fields.index ?? -1,
    coach,
    skipLevel: fields.skipLevel ?? null,
    privateNote: fields.privateNote ?? null,
    themeIndex: 0,
    j: 0,
    next: date,
    items: [],
    context: {},
    theme: null,
    extras: [],
    rootCause: null,
    session: null,
    type: null,
    strengths: [],
    checkin: null,
    nextTime: null,
    observations: null,
    goalsProse: null,
  };
}

function fill(template: string, context: Context): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = context[key];
    if (value === undefined) throw new Error(`No value for ${whole} in "${template}"`);
    return value;
  });
}

/** Cycles through a list in a shuffled order, reshuffling when it runs out. */
function cycler<T>(rng: Random, list: readonly T[]): () => T {
  let queue: T[] = [];
  return () => {
    if (queue.length === 0) queue = rng.shuffle(list);
    return queue.shift() as T;
  };
}

function scheduleRegularDates(rep: RepProfile, today: IsoDate, rng: Random): IsoDate[] {
  const start = addDays(today, -WINDOW_DAYS);
  // Up to yesterday: a rep met every week is never shown late just because this week's 1:1 falls
  // on a day the generator skipped (the examples must tell the same story on any day).
  const last = addDays(today, -(rep.stopDaysBeforeToday ?? 1));
  let date = start;
  while (weekday(date) !== rep.weekday) date = addDays(date, 1);
  date = addDays(date, rep.phase ?? 0);
  let dates = [];
  for (; daysBetween(date, last) >= 0; date = addDays(date, rep.cadenceDays)) dates.push(date);
  if (rep.cadenceDays === 7 && dates.length > 8) {
    // A holiday week or a trade show: one or two 1:1s did not happen.
    const skipped = new Set<number>();
    const skips = rng.int(1, 2);
    while (skipped.size < skips) skipped.add(rng.int(2, dates.length - 3));
    dates = dates.filter((_, index) => !skipped.has(index));
  }
  // Now and then a 1:1 moves by a day.
  return dates.map((d) => (rng.chance(0.12) && weekday(d) <= 4 && addDays(d, 1) <= last ? addDays(d, 1) : d));
}

function newItem(
  template: ItemTemplate,
  kind: ItemKind,
  note: Note,
  context: Context,
  rep: RepProfile,
  dueFrom: IsoDate,
): Item {
  const owner =
    template.o === 'rep'
      ? rep.handle
      : template.o === 'se'
        ? rep.se
        : template.o === 'ae'
          ? rep.ae
          : template.o;
  return {
    template: template.t,
    text: fill(template.t, context),
    owner,
    due: template.d === null ? null : workday(addDays(dueFrom, template.d)),
    kind,
    status: 'open',
    note,
    carriedCount: 0,
    style: 'due',
    noCarry: note.kind !== 'regular',
    forgotten: false,
    mistake: null,
    cancelReason: null,
    carriedTo: null,
    generic: false,
  };
}

/** The 31st of the first 30-day month (or the 30th of February) from `date` on: a plausible typo. */
function impossibleEndOfMonth(date: IsoDate): string {
  let { year, month } = parseIsoDate(date) ?? { year: 2000, month: 1 };
  for (;;) {
    const days = daysInMonth(year, month);
    if (days < 31) return formatIsoDate({ year, month, day: days === 30 ? 31 : 30 });
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

/** A short "Deals" (or, for SDRs, "Accounts") section: one line each on two or three accounts. */
function dealUpdates(rep: RepProfile, rng: Random, note: Note): Extra {
  const updates = rng.shuffle(DEAL_UPDATES[rep.role]);
  // An account the note already talks about gets no one-line update that could contradict it.
  const mentioned = [note.checkin, note.rootCause, note.session?.text].join(' ');
  return {
    heading: rep.role === 'SDR' ? 'Accounts' : 'Deals',
    text: rng
      .shuffle(
        rep.accounts.filter((account) => !mentioned.includes(account) && account !== note.theme?.account),
      )
      .slice(0, rng.int(2, 3))
      .map((deal, index) => `- ${fill(updates[index], { deal, aeName: rep.aeName ?? '' })}`)
      .join('\n'),
  };
}

function buildRep(rep: RepProfile, today: IsoDate, rng: Random): { notes: Note[]; pool: Item[] } {
  const regularDates = scheduleRegularDates(rep, today, rng);
  const notes = regularDates.map((date, index) => newNote(date, 'regular', rep.coach, { index }));
  const start = addDays(today, -WINDOW_DAYS);
  const taken = new Set(regularDates);
  const freeDay = (date: IsoDate): IsoDate => {
    let d = date;
    while (taken.has(d) || weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
    taken.add(d);
    return d;
  };
  (rep.skipLevels ?? []).forEach((content, index) => {
    let date = addDays(start, 35 + index * 48);
    while (weekday(date) !== 5) date = addDays(date, 1);
    notes.push(newNote(freeDay(date), 'skip', PRIYA, { skipLevel: content }));
  });
  const privateNote = rep.privateNote;
  if (privateNote) {
    const after = notes.find((note) => note.kind === 'regular' && note.index === privateNote.afterNote);
    if (!after) throw new Error(`${rep.name} has no note ${privateNote.afterNote}`);
    notes.push(newNote(freeDay(addDays(after.date, 2)), 'private', rep.coach, { privateNote }));
  }
  notes.sort((a, b) => a.date.localeCompare(b.date));

  // Themes run one after another over the regular notes.
  const regular = notes.filter((note) => note.kind === 'regular');
  const themeCount = rep.themes.length;
  regular.forEach((note, index) => {
    note.themeIndex = Math.min(themeCount - 1, Math.floor((index * themeCount) / regular.length));
  });
  const themeStart = new Map<number, Note>();
  for (const note of regular) {
    if (!themeStart.has(note.themeIndex)) themeStart.set(note.themeIndex, note);
    note.j = regular.filter((n) => n.themeIndex === note.themeIndex && n.date < note.date).length;
  }
  regular.forEach((note, index) => {
    note.next = regular[index + 1]?.date ?? workday(addDays(note.date, rep.cadenceDays));
  });

  const mistakeNote = rep.mistake
    ? regular.filter((n) => daysBetween(n.date, today) >= 8 && daysBetween(n.date, today) <= 28).at(-1)
    : undefined;

  const pool: Item[] = [];
  const nextStrength = cycler(rng, rep.strengths);
  const nextRoleStrength = cycler(rng, ROLE_STRENGTHS[rep.role]);
  const nextCheckin = cycler(rng, [
    ...rep.checkins,
    ...ROLE_CHECKINS[rep.role].map((c) => fill(c, { first: rep.first })),
  ]);
  const genericProgress = cycler(rng, GENERIC_PROGRESS);
  const nextRoleFollowUp = cycler(rng, ROLE_FOLLOW_UPS[rep.role]);
  const themeFollowUpUsed = new Map<Theme, number>();
  const themeStrengthUsed = new Map<Theme, number>();
  let forgot = false;
  const deals = rep.accounts.map((account) => ({
    account,
    amount: rep.team === 'Enterprise' ? rng.int(12, 48) * 10 : rng.int(20, 95),
    stage: rng.int(0, 3),
    close: workday(addDays(start, rng.int(40, 110))),
  }));

  const review = (note: Note): void => {
    for (const item of pool) {
      if (item.status !== 'open' || item.forgotten || item.mistake) continue;
      const due = item.due === null ? rng.chance(0.3) : item.due < note.date;
      if (!due) continue;
      if (
        rep.forgetDaysBeforeToday &&
        !forgot &&
        item.kind === 'follow-up' &&
        item.owner === 'me' &&
        daysBetween(note.date, today) <= rep.forgetDaysBeforeToday
      ) {
        item.forgotten = true; // the coach's own task, never looked at again: overdue today
        forgot = true;
        continue;
      }
      const canCarry =
        note.kind === 'regular' && !item.noCarry && item.note.coach === note.coach && item.carriedCount < 2;
      const roll = rng.next();
      const [pDone, pCarry] = item.kind === 'goal' ? [0.65, 0.28] : [0.8, 0.15];
      if (roll < pDone || (!canCarry && roll < pDone + pCarry)) {
        item.status = 'done';
      } else if (roll < pDone + pCarry) {
        item.status = 'carried';
        const copy: Item = {
          ...item,
          status: 'open',
          note,
          carriedCount: item.carriedCount + 1,
          style: 'due',
          due: workday(addDays(note.date, item.kind === 'goal' ? rng.int(14, 21) : rng.int(3, 7))),
          carriedTo: null,
        };
        item.carriedTo = copy;
        note.items.push(copy);
        pool.push(copy);
      } else {
        item.status = 'cancelled';
        item.cancelReason = rng.pick(CANCEL_REASONS[item.kind]);
      }
    }
  };

  const compose = (note: Note): void => {
    const content = note.skipLevel ?? note.privateNote;
    if (content) {
      const context = { first: rep.first };
      for (const template of content.followUps) {
        const item = newItem(template, 'follow-up', note, context, rep, note.date);
        note.items.push(item);
        pool.push(item);
      }
      return;
    }
    const theme = rep.themes[note.themeIndex];
    const others = rep.accounts.filter((a) => a !== theme.account);
    const context = {
      account: theme.account,
      champion: theme.champion,
      account2: rng.pick(others),
      first: rep.first,
      seName: rep.seName ?? '',
      aeName: rep.aeName ?? '',
    };
    note.context = context;
    note.theme = theme;
    note.extras = [];
    const j = note.j;
    const opener = themeStart.get(note.themeIndex) as Note;
    // A coaching session (the theme's second note) replaces that week's root cause paragraph.
    const progressIndex = j - (theme.session && j > 1 ? 2 : 1);
    note.rootCause =
      j === 0
        ? theme.cause
        : theme.session && j === 1
          ? null
          : progressIndex < theme.progress.length
            ? theme.progress[progressIndex]
            : fill(genericProgress(), {
                start: shortDate(opener.date),
                summary: theme.summary,
                first: rep.first,
              });
    if (theme.session && j === 1) {
      note.type = 'coaching';
      note.session = theme.session ?? null;
    } else if (
      rep.role === 'AE' &&
      !notes.some(
        (n) =>
          n.type === 'pipeline-review' &&
          (n.date.slice(0, 7) === note.date.slice(0, 7) || daysBetween(n.date, note.date) < 21),
      )
    ) {
      // The first 1:1 of the month walks through the deals (at least three weeks after the last time).
      note.type = 'pipeline-review';
    } else {
      note.type = 'weekly';
    }
    if (j === 0) {
      for (const template of theme.goals) {
        const item = newItem(template, 'goal', note, context, rep, note.date);
        note.items.push(item);
        pool.push(item);
      }
    }
    const used = themeFollowUpUsed.get(theme) ?? 0;
    const wanted = j === 0 ? 3 : rng.int(2, 3);
    const fromTheme = theme.followUps.slice(used, used + wanted);
    themeFollowUpUsed.set(theme, used + fromTheme.length);
    const templates: ItemTemplate[] = [...fromTheme];
    for (let tries = 0; templates.length < wanted && tries < 10; tries++) {
      // Not the same role-wide task twice in one note (a carried copy may already be there).
      const template = nextRoleFollowUp();
      if (note.items.some((item) => item.template === template.t) || templates.includes(template)) continue;
      templates.push({ ...template, generic: true });
    }
    for (const template of templates) {
      // Each role-wide follow-up is about an account of its own, so two of them never name the same one.
      const account2 = rng.pick(others);
      const itemContext = template.generic
        ? { ...context, account2, aeName: rep.accountAe?.[account2] ?? context.aeName }
        : context;
      const item = newItem(template, 'follow-up', note, itemContext, rep, note.date);
      item.generic = template.generic === true;
      note.items.push(item);
      pool.push(item);
    }
    if (note === mistakeNote) {
      const item = newItem(
        { t: 'Send me the Q1 territory plan before the planning offsite', o: 'rep', d: null },
        'follow-up',
        note,
        context,
        rep,
        note.date,
      );
      item.mistake = impossibleEndOfMonth(note.date);
      note.items.push(item);
      pool.push(item);
    }
    if (rep.obsidianDueNotes === note.index || rep.dataviewDueNote === note.index) {
      const style = rep.obsidianDueNotes === note.index ? 'emoji' : 'dataview';
      const own = note.items.filter((item) => item.owner === rep.handle && item.due !== null);
      for (const item of style === 'emoji' ? own : own.slice(0, 1)) item.style = style;
    }

    const strengths: string[] = [];
    const strengthCount = rng.chance(0.2) ? 3 : 2;
    const themeUsed = themeStrengthUsed.get(theme) ?? 0;
    if (j >= 1 && themeUsed < theme.strengths.length) {
      strengths.push(fill(theme.strengths[themeUsed], context));
      themeStrengthUsed.set(theme, themeUsed + 1);
    }
    while (strengths.length < strengthCount) {
      const candidate = rng.chance(0.6)
        ? nextStrength()
        : fill(nextRoleStrength(), { ...context, account2: rng.pick(others) });
      if (!strengths.includes(candidate)) strengths.push(candidate);
    }
    note.strengths = strengths;
    note.checkin = rng.chance(0.55) ? nextCheckin() : null;

    if (note.type === 'pipeline-review') {
      for (const deal of deals) {
        if (rng.chance(0.5) && deal.stage < DEAL_STAGES.length - 1) deal.stage++;
        if (deal.close <= addDays(note.date, 10)) deal.close = workday(addDays(deal.close, rng.int(14, 35)));
      }
      note.extras = [
        {
          heading: 'Pipeline',
          text: [
            '| Deal | Amount | Stage | Close | Next step |',
            '| --- | --- | --- | --- | --- |',
            ...deals.map(
              (deal) =>
                `| ${deal.account} | ${deal.amount}k | ${DEAL_STAGES[deal.stage]} | ${shortDate(deal.close)} | ${rng.pick(DEAL_NEXT_STEPS)} |`,
            ),
          ].join('\n'),
        },
      ];
    } else if ((rep.role === 'AE' && rng.chance(0.65)) || (rep.role === 'SE' && rng.chance(0.85))) {
      note.extras = [dealUpdates(rep, rng, note)];
    } else if (rep.role === 'SDR' && rep.numbers) {
      const progress = 1 + (0.3 * regular.indexOf(note)) / regular.length;
      const weeks = rep.cadenceDays / 7;
      const dials = Math.round(rep.numbers.dials * weeks * (0.85 + 0.3 * rng.next()));
      const connects = Math.round(dials * rep.numbers.connectRate * (0.8 + 0.4 * rng.next()));
      const conversations = Math.max(1, Math.round(connects * (0.5 + 0.3 * rng.next())));
      const booked = Math.max(
        1,
        Math.round(rep.numbers.meetings * weeks * progress * (0.7 + 0.6 * rng.next())),
      );
      const held = Math.max(0, booked - rng.int(0, 2));
      note.extras = [
        {
          heading: weeks === 1 ? 'Numbers (last week)' : 'Numbers (last two weeks)',
          text: [
            `Dials ${dials} · connects ${connects} (${Math.round((100 * connects) / dials)}%) · conversations ${conversations} · meetings booked ${booked}, held ${held}.`,
            '',
            rng.pick(NUMBERS_COMMENTS),
          ].join('\n'),
        },
      ];
    }
    note.nextTime = rng.chance(0.4) ? fill(rng.pick(NEXT_TIME), context) : null;
    const observations = rep.privateObservations;
    if (observations && observations.theme === note.themeIndex && observations.note === j) {
      note.observations = fill(observations.text, context);
    }
    const themeOpener = themeStart.get(note.themeIndex) as Note;
    if (
      j > 0 &&
      !note.items.some((item) => item.kind === 'goal') &&
      pool.some((item) => item.note === themeOpener && item.kind === 'goal' && item.status === 'open')
    ) {
      const openGoals = pool.filter(
        (item) => item.note === themeOpener && item.kind === 'goal' && item.status === 'open',
      );
      note.goalsProse = [
        `No new goals. Where the ones from ${shortDate(themeOpener.date)} stand:`,
        '',
        ...openGoals.map(
          (goal) =>
            `- ${goal.text}: ${fill(rng.pick(rng.chance(0.15) ? GOAL_BEHIND : GOAL_PROGRESS), { first: rep.first })}`,
        ),
      ].join('\n');
    }
  };

  for (const note of notes) {
    note.items = [];
    review(note);
    compose(note);
  }

  // Today: the coach has kept the lists up to date, except for the few items that really are late.
  const late = pool.filter(
    (item) =>
      item.status === 'open' && !item.forgotten && !item.mistake && item.due !== null && item.due < today,
  );
  // The items left late are the telling ones: the rep's own storyline, in a regular 1:1.
  const prefer = (item: Item) =>
    (rep.overduePrefers && item.kind === rep.overduePrefers ? 0 : 1) +
    (item.generic ? 2 : 0) +
    (item.note.kind === 'regular' ? 0 : 4);
  late.sort(
    (a, b) => prefer(a) - prefer(b) || b.note.date.localeCompare(a.note.date) || (b.due ?? '').localeCompare(a.due ?? ''),
  );
  late.forEach((item, index) => {
    if (index >= (rep.overdueKeep ?? 0)) item.status = 'done';
  });
  return { notes, pool };
}

// ---------------------------------------------------------------------------------------------------
// Rendering

const BOXES: Readonly<Record<Item['status'], string>> = { open: ' ', done: 'x', cancelled: '-', carried: '>' };

function itemLine(item: Item): string {
  const parts = [`- [${BOXES[item.status]}] ${item.text}`];
  if (item.owner) parts.push(`@${item.owner}`);
  if (item.mistake) parts.push(`due:${item.mistake}`);
  else if (item.due !== null) {
    parts.push(
      item.style === 'emoji'
        ? `📅 ${item.due}`
        : item.style === 'dataview'
          ? `[due:: ${item.due}]`
          : `due:${item.due}`,
    );
  }
  if (item.status === 'cancelled') parts.push(`(${item.cancelReason})`);
  return parts.join(' ');
}

interface RenderOptions {
  withNext: boolean;
  withTitle: boolean;
  withCheckin: boolean;
  withExtra: boolean;
  withNextTime: boolean;
  strengths: number;
}

function renderNote(rep: RepProfile, note: Note, options: RenderOptions): string {
  const jonas = note.coach === JONAS;
  const followUpsHeading = jonas ? 'Follow ups' : 'Follow-ups';
  const checkinHeading = jonas ? "How it's going" : 'Check-in';
  const lines = ['---'];
  const repName =
    rep.earlyRepName && note.kind === 'regular' && note.index < (rep.earlyRepNotes ?? 0)
      ? rep.earlyRepName
      : rep.name;
  lines.push(`rep: ${repName}`, `date: ${note.date}`);
  const type = note.kind === 'skip' ? 'skip-level' : note.kind === 'private' ? 'other' : note.type;
  lines.push(`type: ${type}`, `coach: ${note.coach}`);
  if (note.kind === 'regular' && options.withNext) lines.push(`next: ${note.next}`);
  const tags =
    note.kind === 'skip'
      ? ['skip-level']
      : note.kind === 'private'
        ? ['wellbeing']
        : [...(note.theme?.tags ?? []), ...(type === 'pipeline-review' ? ['pipeline-review'] : [])];
  lines.push(`tags: [${tags.join(', ')}]`);
  if (note.kind === 'private') lines.push('private: true');
  lines.push('---', '');

  const section = (heading: string, body: string | null | undefined) => {
    if (body) lines.push(`## ${heading}`, '', body, '');
  };
  const goals = note.items.filter((item) => item.kind === 'goal').map(itemLine);
  const followUps = note.items.filter((item) => item.kind === 'follow-up').map(itemLine);

  if (note.skipLevel) {
    const content = note.skipLevel;
    if (options.withTitle) lines.push(`# Skip-level with ${rep.first}, ${shortDate(note.date)}`, '');
    section('Check-in', content.checkin);
    section('Root cause', content.cause);
    section('Strengths', content.strengths.map((s) => `- ${s}`).join('\n'));
    section('Follow-ups', followUps.join('\n'));
    section('Shared with Jonas', content.shared);
  } else if (note.privateNote) {
    const content = note.privateNote;
    section(checkinHeading, content.checkin);
    section('What we agreed', content.body);
    section(followUpsHeading, followUps.join('\n'));
  } else {
    if (options.withTitle) {
      const what =
        type === 'pipeline-review' ? 'Pipeline review' : type === 'coaching' ? 'Coaching session' : '1:1';
      lines.push(`# ${what} with ${rep.first}, ${shortDate(note.date)}`, '');
    }
    if (options.withCheckin) section(checkinHeading, note.checkin);
    section('Root cause', note.rootCause && fill(note.rootCause, note.context));
    if (note.session) section(note.session.heading, fill(note.session.text, note.context));
    section(
      'Strengths',
      note.strengths
        .slice(0, options.strengths)
        .map((s) => `- ${s}`)
        .join('\n'),
    );
    section('Agreed goals', goals.length > 0 ? goals.join('\n') : note.goalsProse);
    section(followUpsHeading, followUps.join('\n'));
    if (options.withExtra) for (const extra of note.extras) section(extra.heading, extra.text);
    if (options.withNextTime) section('Next time', note.nextTime);
    if (note.observations) section('Observations (private)', note.observations);
  }
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n') + '\n';
}

/** Renders within the size budget: optional parts are dropped (or added back) to stay at 1-3 KB. */
function renderWithinBudget(rep: RepProfile, note: Note, rng: Random): string {
  const options: RenderOptions = {
    withNext: rng.chance(0.85),
    withTitle: note.kind === 'skip' || (note.coach === PRIYA && rng.chance(0.35)),
    withCheckin: true,
    withExtra: true,
    withNextTime: true,
    strengths: 3,
  };
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  let text = renderNote(rep, note, options);
  const shrinkSteps = [
    () => (options.withTitle = false),
    () => (options.withNextTime = false),
    () => (options.strengths = 2),
    () => (options.withCheckin = false),
    () => (options.withExtra = false),
    () => (options.strengths = 1),
  ];
  for (const step of shrinkSteps) {
    if (bytes(text) <= MAX_NOTE_BYTES) break;
    step();
    text = renderNote(rep, note, options);
  }
  // Grow thin notes towards a comfortable size: a next-time line, a check-in, a third strength.
  const growSteps = [
    () => !note.nextTime && (note.nextTime = fill(rng.pick(NEXT_TIME), note.context)),
    () => !note.checkin && (note.checkin = fill(rng.pick(ROLE_CHECKINS[rep.role]), { first: rep.first })),
    () => {
      if (note.strengths.length >= 3) return false;
      const unused = [...rep.strengths, ...ROLE_STRENGTHS[rep.role].map((s) => fill(s, note.context))].find(
        (s) => !note.strengths.includes(s),
      );
      return unused !== undefined && note.strengths.push(unused);
    },
    () => {
      if (note.extras.some((extra) => extra.heading === 'Deals' || extra.heading === 'Accounts'))
        return false;
      return note.extras.push(dealUpdates(rep, rng, note));
    },
  ];
  for (const step of growSteps) {
    if (note.kind !== 'regular' || bytes(text) >= COMFORTABLE_NOTE_BYTES) break;
    if (step()) text = renderNote(rep, note, options);
  }
  // Only the upper bound is a hard limit: a note a few bytes under 1 KB after every grow step is still
  // a realistic note, and failing on it would make `npm start` fail on some days (it generates for today).
  const size = bytes(text);
  if (size > MAX_NOTE_BYTES) {
    throw new Error(`${rep.name} ${note.date}: ${size} bytes, more than ${MAX_NOTE_BYTES}`);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------------
// The roster and the README

function rosterYaml(): string {
  const entry = (rep: Pick<RepProfile, 'name' | 'team' | 'role' | 'cadenceDays' | 'aliases'>) =>
    [
      `- name: ${rep.name}`,
      `  team: ${rep.team}`,
      `  role: ${rep.role}`,
      `  cadenceDays: ${rep.cadenceDays}`,
      `  aliases: [${rep.aliases.join(', ')}]`,
    ].join('\n');
  return [
    '# The team roster: who the reps are, their team and role, how often to meet them (cadenceDays)',
    '# and other names their notes use (aliases). Optional; see docs/format.md.',
    ...REPS.map(entry),
    entry(NEW_REP),
    '',
  ].join('\n');
}

interface RepFacts {
  readonly name: string;
  readonly team: string;
  readonly role: string;
  readonly cadenceDays: number;
  readonly notes: number;
  readonly last: IsoDate | null;
  readonly daysSince: number;
}

interface OverdueFact {
  readonly rep: string;
  readonly text: string;
  readonly owner: string | undefined;
  readonly kind: ItemKind;
  readonly due: IsoDate;
  readonly days: number;
  readonly file: string;
  readonly line: number;
}

/** What the README points at: found in the generated notes, so it is true on every day. */
interface Facts {
  readonly reps: readonly RepFacts[];
  readonly overdue: readonly OverdueFact[];
  readonly gap: RepFacts;
  readonly carried: { readonly from: string; readonly fromLine: number; readonly to: string; readonly toLine: number };
  readonly cancelled: { readonly file: string; readonly line: number };
  readonly mistake: { readonly file: string; readonly line: number; readonly due: string };
  readonly emoji: string;
  readonly dataview: string;
  readonly alias: string;
  readonly privateNote: string;
  readonly observations: string;
}

function readme(today: IsoDate, facts: Facts): string {
  const md = (path: string) => `[${path}](${path})`;
  const lines = [
    '# Example workspace',
    '',
    'A made-up but realistic coaching workspace for a technical sales team: a sales director (Priya Raman)',
    'and an SDR team lead (Jonas Berg) writing 1:1 notes for ten people in three teams, over about four',
    'months. Every person and company here is fictional. Open this folder itself in VS Code with Coaching',
    'Notes installed (so that `reps.yaml` is at the top of the workspace), or point the command line at it:',
    '',
    '```sh',
    `coaching-notes overdue examples --today ${today}`,
    `coaching-notes reps examples --today ${today}`,
    `coaching-notes check examples`,
    '```',
    '',
    `## The dates are fixed to ${today}`,
    '',
    `These files were generated for "today" = **${today}**. Seen on a later day, more items are overdue`,
    `and every 1:1 looks late. Pass \`--today ${today}\` to the command line to see exactly what this page`,
    'describes, or generate the workspace again for another day (same `--today`, same files; the script',
    'replaces `notes/`, `reps.yaml` and this README):',
    '',
    '```sh',
    'node scripts/generate-examples.mjs --today 2027-03-01',
    'node scripts/generate-examples.mjs --today "$(date +%F)"   # for today',
    '```',
    '',
    '`npm start` does this for you: it opens a copy generated for today (in `.vscode-test/start-examples/`).',
    '',
    '## What is here',
    '',
    `- ${md('reps.yaml')}: the roster (name, team, role, how often to meet, other names used in notes).`,
    '- `notes/<rep>/<YYYY-MM-DD>.coach.md`: one note per meeting. The format is described in',
    '  [docs/format.md](../docs/format.md).',
    '',
    `| Rep | Team | Role | Meets every | Notes | Last 1:1 |`,
    `| --- | --- | --- | --- | --- | --- |`,
    ...facts.reps.map(
      (r) =>
        `| ${r.name} | ${r.team} | ${r.role} | ${r.cadenceDays} days | ${r.notes} | ${r.last ? `${r.last} (${r.daysSince} days ago)` : 'none yet'} |`,
    ),
    '',
    '## Things to look for',
    '',
    `**Overdue items** (open, due before ${today}): ${facts.overdue.length} of them, for ${new Set(facts.overdue.map((o) => o.rep)).size} reps. Everyone else is up to date.`,
    '',
    '| Rep | Item | Owner | Due | Days overdue | Where |',
    '| --- | --- | --- | --- | --- | --- |',
    ...facts.overdue.map(
      (o) =>
        `| ${o.rep} | ${o.kind === 'goal' ? 'Goal: ' : ''}${o.text} | @${o.owner} | ${o.due} | ${o.days} | [${o.file}](${o.file}) line ${o.line} |`,
    ),
    '',
    `**A 1:1 gap.** ${facts.gap.name}'s last 1:1 was on ${facts.gap.last}, ${facts.gap.daysSince} days ago, against a`,
    `cadence of ${facts.gap.cadenceDays} days; the follow-ups agreed then have gone stale.`,
    '',
    `**A rep without notes.** ${NEW_REP.name} joined the SDR team this month and is on the roster, but`,
    'has no notes yet.',
    '',
    `**One person, two names.** Dana's first notes say \`rep: Dana\` (for example`,
    `${md(facts.alias)}), later ones \`rep: Dana Whitfield\`. The roster lists \`Dana\` as an alias, so`,
    'they are one person.',
    '',
    `**Carried over.** In ${md(facts.carried.from)} line ${facts.carried.fromLine} an item is marked \`[>]\``,
    `and continues as \`[ ]\` in ${md(facts.carried.to)} line ${facts.carried.toLine}. Items marked \`[-]\``,
    `were cancelled, with the reason in brackets (for example ${md(facts.cancelled.file)} line ${facts.cancelled.line}).`,
    '',
    `**Private content.** ${md(facts.privateNote)} has \`private: true\`, and`,
    `${md(facts.observations)} has an \`## Observations (private)\` section: neither ever appears in an`,
    'export or a shared report.',
    '',
    `**Due dates written the Obsidian way.** ${md(facts.emoji)} uses Obsidian Tasks' \`📅 YYYY-MM-DD\`, and`,
    `${md(facts.dataview)} has one \`[due:: YYYY-MM-DD]\`. Both count as due dates.`,
    '',
    '## The one deliberate mistake',
    '',
    `Every note is valid except one. ${md(facts.mistake.file)} line ${facts.mistake.line} says`,
    `\`due:${facts.mistake.due}\`, a day that does not exist. Coaching Notes shows an \`invalid-due\` warning there,`,
    'and the item has no due date until it is fixed (the intended date was the last day of the month).',
    '',
  ];
  return lines.join('\n');
}

/** The generated workspace: files by path (relative to the workspace folder), and what it holds. */
export interface ExampleWorkspace {
  readonly files: ReadonlyMap<string, string>;
  readonly noteCount: number;
  readonly repCount: number;
  readonly overdueCount: number;
  /** Where the deliberate mistake is, as `file:line`. */
  readonly mistake: string;
}

/** The example workspace for `today` (a valid YYYY-MM-DD): the same day always gives the same files. */
export function generateExamples(today: IsoDate): ExampleWorkspace {
  if (parseIsoDate(today) === null) throw new RangeError(`Not a calendar date: ${today}`);
  const rng = createRandom(`coaching-notes examples ${today}`);
  const files = new Map<string, string>();
  const reps: RepFacts[] = [];
  const located: { rep: RepProfile; note: Note; item: Item; file: string; line: number }[] = [];

  for (const rep of REPS) {
    const slug = repSlug(rep.name);
    const { notes } = buildRep(rep, today, rng);
    for (const note of notes) {
      const file = `notes/${slug}/${note.date}.coach.md`;
      if (files.has(file)) throw new Error(`Two notes for ${file}`);
      const text = renderWithinBudget(rep, note, rng);
      files.set(file, text);
      const noteLines = text.split('\n');
      for (const item of note.items) {
        const line = noteLines.indexOf(itemLine(item)) + 1;
        if (line === 0) throw new Error(`Item not found in ${file}: ${itemLine(item)}`);
        located.push({ rep, note, item, file, line });
      }
    }
    const last = notes.filter((n) => n.coach === rep.coach).at(-1);
    if (!last) throw new Error(`${rep.name} has no 1:1 with ${rep.coach}; adjust the generator`);
    reps.push({
      name: rep.name,
      team: rep.team,
      role: rep.role,
      cadenceDays: rep.cadenceDays,
      notes: notes.length,
      last: last.date,
      daysSince: daysBetween(last.date, today),
    });
  }
  reps.push({ ...NEW_REP, notes: 0, last: null, daysSince: 0 });

  const find = (predicate: (found: (typeof located)[number]) => boolean, what: string) => {
    const found = located.find(predicate);
    if (!found) throw new Error(`The examples have no ${what}; adjust the generator`);
    return found;
  };
  const fileWith = (text: string, what: string): string => {
    const found = [...files].find(([, note]) => note.includes(text))?.[0];
    if (found === undefined) throw new Error(`The examples have no ${what}; adjust the generator`);
    return found;
  };
  const overdue = located
    .flatMap(({ rep, item, file, line }) =>
      isOverdue(item, today)
        ? [
            {
              rep: rep.name,
              text: item.text,
              owner: item.owner,
              kind: item.kind,
              due: item.due,
              days: daysOverdue(item, today) ?? 0,
              file,
              line,
            },
          ]
        : [],
    )
    .sort((a, b) => compareOverdue({ file: a.file, rep: a.rep, item: a }, { file: b.file, rep: b.rep, item: b }));
  const gap = reps.reduce<RepFacts | null>(
    (worst, r) => (r.last && r.daysSince > (worst?.daysSince ?? -1) ? r : worst),
    null,
  );
  if (!gap) throw new Error('The examples have no 1:1 gap; adjust the generator');
  const carried = find(({ item }) => item.status === 'carried' && item.carriedTo !== null, 'carried item');
  const copy = find(({ item }) => item === carried.item.carriedTo, 'carried copy');
  const cancelled = find(({ item }) => item.status === 'cancelled', 'cancelled item');
  const mistake = find(({ item }) => item.mistake !== null, 'deliberate mistake');
  const facts: Facts = {
    reps,
    overdue,
    gap,
    carried: { from: carried.file, fromLine: carried.line, to: copy.file, toLine: copy.line },
    cancelled: { file: cancelled.file, line: cancelled.line },
    mistake: { file: mistake.file, line: mistake.line, due: mistake.item.mistake ?? '' },
    emoji: find(({ item }) => item.style === 'emoji', '📅 due date').file,
    dataview: find(({ item }) => item.style === 'dataview', '[due:: ] date').file,
    alias: fileWith('\nrep: Dana\n', 'alias'),
    privateNote: fileWith('\nprivate: true\n', 'private note'),
    observations: fileWith('\n## Observations (private)\n', 'private section'),
  };
  const noteCount = files.size;
  files.set('reps.yaml', rosterYaml());
  files.set('README.md', readme(today, facts));
  return {
    files,
    noteCount,
    repCount: REPS.length,
    overdueCount: overdue.length,
    mistake: `${mistake.file}:${mistake.line}`,
  };
}
