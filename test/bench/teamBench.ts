// `npm run bench:team`: the team overview and the team report at the scale, 15 reps × 2
// years of weekly notes (1,560 notes), on the notes as the engine benchmark generates them. Times
// what the extension does when the Team Overview opens or re-renders (build the overview, render the
// page) and what Export Team Report and Export Calendar compute, after the notes are indexed (the
// extension has them in memory already). Speed is reported, never asserted.
import { performance } from 'node:perf_hooks';
import { calendarEvents } from '../../src/core/calendar/coachingCalendar';
import { renderCalendar } from '../../src/core/calendar/ics';
import { addDays } from '../../src/core/base/dates';
import { NoteIndex } from '../../src/core/reps/noteIndex';
import { parseNote } from '../../src/core/note/parse';
import { parseRoster } from '../../src/core/reps/roster';
import { teamInputs } from '../../src/core/team/teamInputs';
import { buildTeamOverview } from '../../src/core/team/teamOverview';
import { isSharedTeamOverview, renderTeamCsv, renderTeamMarkdown } from '../../src/core/team/teamReport';
import { renderTeamBody } from '../../src/extension/team/teamPage';
import { noteText } from './generateNotes';

const TODAY = '2026-11-22';
const REPS = 15;
const WEEKS = 104;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(what: string, run: () => unknown): void {
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  console.log(`| ${what} | ${median(times).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`);
}

function main(): void {
  let seed = 20261122;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const names = Array.from({ length: REPS }, (_, i) => `Rep${String.fromCharCode(65 + i)} Bench`);
  const roster = parseRoster(
    names.map((name, i) => `- name: ${name}\n  team: Team ${(i % 3) + 1}`).join('\n'),
  );
  const index = new NoteIndex();
  // The engine benchmark's note texts, indexed directly (the extension has them in memory).
  let bytes = 0;
  for (let week = 0; week < WEEKS; week++) {
    names.forEach((name, i) => {
      const date = addDays('2026-11-16', -7 * week + (i % 5));
      const text = noteText(random, name, name.split(' ')[0].toLowerCase(), date);
      bytes += Buffer.byteLength(text);
      index.set(`notes/${name}/${date}.coach.md`, parseNote(text));
    });
  }
  console.log(
    `${REPS} reps × ${WEEKS} weeks = ${index.size} notes, ${(bytes / 1e6).toFixed(1)} MB; median and max of ${RUNS} runs, ms`,
  );
  console.log('| Step | median ms | max ms |');
  console.log('| --- | ---: | ---: |');
  const inputs = teamInputs(index, roster);
  const options = { today: TODAY, range: { from: addDays(TODAY, -83), to: TODAY } };
  time('reps and their notes (teamInputs)', () => teamInputs(index, roster));
  time('overview, 12 weeks (buildTeamOverview)', () => buildTeamOverview(inputs, options));
  time('overview, 2 years', () =>
    buildTeamOverview(inputs, { today: TODAY, range: { from: '2024-11-23', to: TODAY } }),
  );
  const overview = buildTeamOverview(inputs, { ...options, forSharing: true });
  time('overview page HTML (renderTeamBody)', () =>
    renderTeamBody({ overview, weeks: 12, hidePrivate: false }),
  );
  time('open the overview: inputs + overview + page', () =>
    renderTeamBody({
      overview: buildTeamOverview(teamInputs(index, roster), options),
      weeks: 12,
      hidePrivate: false,
    }),
  );
  time('team report, 2 years: overview + Markdown + CSV', () => {
    const shared = buildTeamOverview(inputs, {
      today: TODAY,
      range: { from: '2024-11-23', to: TODAY },
      forSharing: true,
    });
    if (!isSharedTeamOverview(shared)) throw new Error('not shared');
    renderTeamMarkdown(shared);
    renderTeamCsv(shared);
  });
  time('calendar: events + .ics', () =>
    renderCalendar(calendarEvents(inputs, { today: TODAY, privateFollowUps: 'omit' }), {
      stamp: new Date(),
      name: 'b',
    }),
  );
}

main();
