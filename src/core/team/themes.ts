// Root causes that keep coming back across a team: words written in the Root cause sections of at
// least two reps' notes, and tags on at least two reps' notes. Words, not sentences: coaches write
// the same cause in different words, and a shared key word is what a second-line manager scans for.
import type { RepHistory } from '../history/types';
import { itemWords, normaliseItemText } from '../history/matching';

export interface TeamTheme {
  /** The word (lower case) or the tag as first written. */
  readonly theme: string;
  readonly kind: 'root-cause' | 'tag';
  /** Names of the reps whose notes hold it, alphabetical. */
  readonly reps: readonly string[];
  /** Notes holding it. */
  readonly notes: number;
}

export interface ThemeInput {
  readonly key: string;
  readonly name: string;
  readonly history: RepHistory;
}

/** A theme must span this many reps to be "recurring across the team". */
export const MIN_THEME_REPS = 2;
export const MAX_THEMES = 15;

/** Words too common to name a theme (English and Spanish, the languages of the format). */
const COMMON_WORDS = new Set(
  (
    'about after again also because been before being between both could does doing during each ' +
    'from have having into just more most much needs only other over same should some such than ' +
    'that their them then there these they this those through under until very what when where ' +
    'which while will with would your still without enough often every keeps rather ' +
    'para como pero porque cuando donde sobre entre desde hasta tiene tienen esta este estos estas ' +
    'muy más sin con los las del una unos unas que por ' +
    // Words any 1:1 note uses, whatever the cause.
    'agreed cause root first second third three four five week weeks last next says said asked ' +
    'told view team time today yesterday month months thing things want wants made make makes ' +
    'good well better best'
  ).split(' '),
);

function themeWords(text: string, names: ReadonlySet<string>): string[] {
  return [...itemWords(normaliseItemText(text))].filter(
    (word) => word.length >= 4 && !COMMON_WORDS.has(word) && !names.has(word) && !/^\p{N}+$/u.test(word),
  );
}

interface Tally {
  theme: string;
  kind: TeamTheme['kind'];
  reps: Map<string, string>;
  notes: Set<string>;
}

export function rootCauseThemes(inputs: readonly ThemeInput[]): TeamTheme[] {
  const tallies = new Map<string, Tally>();
  const count = (id: string, theme: string, kind: TeamTheme['kind'], input: ThemeInput, file: string) => {
    const tally = tallies.get(id) ?? { theme, kind, reps: new Map(), notes: new Set() };
    tally.reps.set(input.key, input.name);
    tally.notes.add(file);
    tallies.set(id, tally);
  };
  // A rep's name in another rep's notes is a person, not a cause.
  const names = new Set(inputs.flatMap((input) => [...itemWords(normaliseItemText(input.name))]));
  for (const input of inputs) {
    for (const section of input.history.themes.rootCauses) {
      for (const word of themeWords(section.text, names))
        count(`w:${word}`, word, 'root-cause', input, section.file);
    }
    for (const tag of input.history.themes.tags) {
      for (const note of tag.notes) count(`t:${tag.tag.toLowerCase()}`, tag.tag, 'tag', input, note.file);
    }
  }
  return [...tallies.values()]
    .filter((tally) => tally.reps.size >= MIN_THEME_REPS)
    .map((tally) => ({
      theme: tally.theme,
      kind: tally.kind,
      reps: [...tally.reps.values()].sort((a, b) => a.localeCompare(b, 'en')),
      notes: tally.notes.size,
    }))
    .sort(
      (a, b) =>
        // Tags first: a coach's own label for a theme says more than a word of free text.
        (a.kind === 'tag' ? 0 : 1) - (b.kind === 'tag' ? 0 : 1) ||
        b.reps.length - a.reps.length ||
        b.notes - a.notes ||
        (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0),
    )
    .slice(0, MAX_THEMES);
}
