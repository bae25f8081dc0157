// Writes N realistic coaching notes (1-3 KB, 10-40 reps, about 5 items each, weekly dates) into a
// folder, deterministically, laid out as the docs suggest: notes/<rep>/<YYYY>/<YYYY-MM-DD>.coach.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../../src/core/base/dates';

const FIRST_NAMES = [
  'Dana',
  'Sam',
  'Lena',
  'Priya',
  'Marco',
  'Aiko',
  'Tomás',
  'Grace',
  'Oluwaseun',
  'Mei',
  'Jonas',
  'Zoë',
];
const LAST_NAMES = [
  'Whitfield',
  'Ortiz',
  'Okafor',
  'Raman',
  'Rossi',
  'Tanaka',
  'García',
  'Hopper',
  'Adeyemi',
  'Chen',
];
const COACHES = ['Sam Ortiz', 'Priya Raman', 'Grace Hopper'];
const TYPES = ['weekly', 'weekly', 'weekly', 'coaching', 'pipeline-review', 'skip-level'];
const TAGS = [
  'discovery',
  'negotiation',
  'pricing',
  'multi-threading',
  'forecast',
  'demo',
  'champion',
  'renewal',
];
const ACCOUNTS = [
  'Acme',
  'Halvorsen',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Tyrell',
];
const ROOT_CAUSES = [
  'Discovery stops at the technical fit, so the economic buyer is never found and deals stall at procurement.',
  'The forecast relies on champion enthusiasm; nobody with budget authority has confirmed a timeline.',
  'Too many early-stage deals get the same attention as late ones, so the late ones slip a quarter.',
  'Pricing conversations start before value is agreed, which turns every negotiation into a discount.',
];
const STRENGTHS = [
  'Rebuilt the demo around their data-retention problem; their architect asked for the recording.',
  'Forecast notes are on time every Friday, with a reason for every change.',
  'Asked three layers of "why" on the first call and found the real deadline (the audit in March).',
  'Handled the procurement objection calmly and kept the mutual action plan on the table.',
];
const ACTIONS = [
  'Send the pricing one-pager to',
  'Book a call with the VP Finance at',
  'Share the demo recording with',
  'Draft the mutual action plan for',
  'Introduce our reference customer to',
  'Run the full discovery checklist with',
];
const FILLER =
  'We walked through the open opportunities one by one and agreed what the next concrete step is for each, ' +
  'who owns it, and what evidence would tell us the deal is really moving rather than just busy. ';

/** A small deterministic PRNG (mulberry32): the same notes on every run. */
function randomGenerator(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n;
  };
}

function pick<T>(random: (n: number) => number, values: readonly T[]): T {
  return values[Math.floor(random(values.length))];
}

export function repCount(noteCount: number): number {
  return Math.min(40, Math.max(10, Math.round(noteCount / 250)));
}

export interface GeneratedSet {
  readonly folder: string;
  readonly notes: number;
  readonly reps: number;
  readonly bytes: number;
}

export function noteText(random: (n: number) => number, rep: string, owner: string, date: string): string {
  const items: string[] = [];
  const statuses = [' ', ' ', ' ', 'x', 'x', '>', '-'];
  const itemLine = (withOwner: boolean) => {
    const due = addDays(date, 3 + Math.floor(random(25)));
    const owned = withOwner ? ` @${random(3) < 2 ? owner : 'me'}` : '';
    return `- [${pick(random, statuses)}] ${pick(random, ACTIONS)} ${pick(random, ACCOUNTS)}${owned} due:${due}`;
  };
  const goals = [itemLine(true), itemLine(true)];
  for (let i = 0; i < 3; i++) items.push(itemLine(random(4) < 3));
  const tags = [pick(random, TAGS), pick(random, TAGS)].filter((tag, i, all) => all.indexOf(tag) === i);
  const padding = FILLER.repeat(Math.floor(random(8)));
  return [
    '---',
    `rep: ${rep}`,
    `date: ${date}`,
    `type: ${pick(random, TYPES)}`,
    `coach: ${pick(random, COACHES)}`,
    `next: ${addDays(date, 7)}`,
    `tags: [${tags.join(', ')}]`,
    '---',
    '',
    `# 1:1 with ${rep.split(' ')[0] ?? rep}, ${date}`,
    '',
    '## Root cause',
    '',
    pick(random, ROOT_CAUSES),
    '',
    '## Strengths',
    '',
    `- ${pick(random, STRENGTHS)}`,
    `- ${pick(random, STRENGTHS)}`,
    '',
    '## Agreed goals',
    '',
    ...goals,
    '',
    '## Follow-ups',
    '',
    ...items,
    '',
    '## Notes',
    '',
    padding + FILLER,
    '',
  ].join('\n');
}

/** Writes the notes of `noteCount` into `folder` (created), newest week 2026-11-16. */
export function generateNotes(folder: string, noteCount: number, seed = 20261122): GeneratedSet {
  const random = randomGenerator(seed);
  const reps = repCount(noteCount);
  const names = Array.from({ length: reps }, (_, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length];
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length + i) % LAST_NAMES.length];
    return {
      name: `${first} ${last}`,
      slug: `${first}-${last}-${i}`.toLowerCase(),
      owner: first.toLowerCase(),
    };
  });
  let bytes = 0;
  const madeFolders = new Set<string>();
  for (let n = 0; n < noteCount; n++) {
    const rep = names[n % reps];
    const week = Math.floor(n / reps);
    // Each rep meets on its own weekday.
    const date = addDays('2026-11-16', -7 * week + ((n % reps) % 5));
    const dir = path.join(folder, 'notes', rep.slug, date.slice(0, 4));
    if (!madeFolders.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      madeFolders.add(dir);
    }
    const text = noteText(random, rep.name, rep.owner, date);
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, `${date}.coach.md`), text);
  }
  return { folder, notes: noteCount, reps, bytes };
}
