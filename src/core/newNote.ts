// The text of a new 1:1 note: front matter, title and the four sections of the whole-note template
// (the `note` snippet in snippets/coaching-note.json has the same structure; a unit test keeps them
// in step), with the items carried over from the rep's previous note: shared ones in the template's
// sections, private ones under the headings that keep them private. Plus where the file goes.
import {
  carriedItemLines,
  firstLineOnly,
  type CarriedItem,
  type CarryHeading,
  type CarryOverPlan,
  type PrivateCarryGroup,
} from './carryOver';
import type { IsoDate, NoteType, ParsedNote, Position } from './model';
import { parseNote } from './parse';
import { isPrivateItem } from './privacy';
import { sectionHeading, type NoteLanguage } from './sections';
import { trimDashes } from './text';

/** The sections of a new note, in order (headings in the note's language: core/sections.ts). */
export const NEW_NOTE_SECTION_KINDS = ['root-cause', 'strengths', 'agreed-goals', 'follow-ups'] as const;

/** The sections of a new note in English, as their headings are written. */
export const NEW_NOTE_SECTIONS = NEW_NOTE_SECTION_KINDS.map((kind) => sectionHeading(kind, 'en'));

/** A new note's title: `# 1:1 with Dana`. */
const TITLE_PREFIX: Record<NoteLanguage, string> = { en: '1:1 with', es: '1:1 con' };

/** The front matter keys a new note writes, in order (those without a value are left out). */
export const NEW_NOTE_KEYS = ['rep', 'date', 'type', 'coach', 'next'] as const;

type CarriedItems = Pick<CarryOverPlan, 'goals' | 'followUps' | 'privateGroups'>;

export interface NewNoteInput {
  readonly rep: string;
  readonly date: IsoDate;
  readonly type?: NoteType | null;
  readonly coach?: string | null;
  /** The next meeting, when known. */
  readonly next?: IsoDate | null;
  /** Items carried over from the previous note, if any. */
  readonly carried?: CarriedItems | null;
  /** Line ending for the whole note (the previous note's, or the editor's setting). */
  readonly eol?: '\n' | '\r\n';
  /** The language of the title and section headings (core/newNote/noteLanguage.ts); English by default. */
  readonly language?: NoteLanguage;
}

export interface NewNote {
  readonly text: string;
  /** Where the cursor goes: the empty line in the first section, ready to write the root cause. */
  readonly cursor: Position;
}

export function buildNewNote(input: NewNoteInput): NewNote {
  const eol = input.eol ?? '\n';
  const composed = composeNote(input, input.carried ?? null);
  if (composed.continuationLines.size > 0 && !continuationKeepsStructure(composed)) {
    // A carried item's own lines would change the new note's headings or items (a heading or a
    // code fence that reads differently once re-indented): carry first lines only. Every word is
    // still in the old note.
    const carried = input.carried ?? null;
    const plain = composeNote(input, carried === null ? null : withoutContinuation(carried));
    return { text: plain.lines.join(eol) + eol, cursor: plain.cursor };
  }
  return { text: composed.lines.join(eol) + eol, cursor: composed.cursor };
}

interface ComposedNote {
  readonly lines: string[];
  readonly cursor: Position;
  /** Lines that are an item's continuation, not a heading or a task line. */
  readonly continuationLines: ReadonlySet<number>;
}

function composeNote(input: NewNoteInput, carried: CarriedItems | null): ComposedNote {
  const lines: string[] = ['---'];
  const continuationLines = new Set<number>();
  const values: Record<(typeof NEW_NOTE_KEYS)[number], string | null | undefined> = {
    rep: yamlText(input.rep),
    date: input.date,
    type: input.type ?? 'weekly',
    coach: input.coach ? yamlText(input.coach) : null,
    next: input.next,
  };
  for (const key of NEW_NOTE_KEYS) {
    const value = values[key];
    if (value) lines.push(`${key}: ${value}`);
  }
  const language = input.language ?? 'en';
  lines.push('---', '', `# ${TITLE_PREFIX[language]} ${oneLine(input.rep)}`, '');
  const pushItems = (items: readonly CarriedItem[]): void => {
    for (const item of items) {
      const [first, ...rest] = carriedItemLines(item);
      lines.push(first);
      for (const line of rest) {
        continuationLines.add(lines.length);
        lines.push(line);
      }
    }
  };
  const privateGroups = carried?.privateGroups ?? [];
  let cursor: Position | null = null;
  for (const kind of NEW_NOTE_SECTION_KINDS) {
    lines.push(`## ${sectionHeading(kind, language)}`, '');
    const items = itemsFor(kind, carried);
    if (items.length > 0) {
      pushItems(items);
    } else {
      cursor ??= { line: lines.length, character: 0 };
      lines.push('');
    }
    const placement = kind === 'agreed-goals' || kind === 'follow-ups' ? kind : null;
    for (const group of privateGroups.filter((candidate) => candidate.placement === placement)) {
      for (const groupHeading of group.headings) lines.push('', headingLine(groupHeading));
      lines.push('');
      pushItems(group.items);
    }
    lines.push('');
  }
  lines.pop(); // one blank line between sections, none after the last
  let previousPath: readonly CarryHeading[] = [];
  for (const group of privateGroups.filter((candidate) => candidate.placement === 'end')) {
    // Groups under one level-1 heading follow each other: it is written once.
    let common = 0;
    while (
      common < group.headings.length - 1 &&
      common < previousPath.length &&
      sameHeading(group.headings[common], previousPath[common])
    ) {
      common++;
    }
    for (const groupHeading of group.headings.slice(common)) lines.push('', headingLine(groupHeading));
    lines.push('');
    pushItems(group.items);
    previousPath = group.headings;
  }
  return { lines, cursor: cursor ?? { line: lines.length, character: 0 }, continuationLines };
}

function headingLine(heading: CarryHeading): string {
  return `${'#'.repeat(heading.level)} ${heading.text}`;
}

function sameHeading(a: CarryHeading, b: CarryHeading): boolean {
  return a.level === b.level && a.text === b.text;
}

/**
 * Whether the continuation lines leave the note's structure as the carried items and headings alone
 * make it: the same sections, private regions and items, each as private as without them.
 */
function continuationKeepsStructure(composed: ComposedNote): boolean {
  const skeleton = composed.lines.map((line, index) => (composed.continuationLines.has(index) ? '' : line));
  return structureOf(parseNote(composed.lines.join('\n'))) === structureOf(parseNote(skeleton.join('\n')));
}

function structureOf(note: ParsedNote): string {
  return JSON.stringify([
    note.sections.map((section) => [section.headingLine, section.endLine, section.kind, section.private]),
    note.privateRegions.map((region) => [region.headingLine, region.endLine, region.level]),
    note.items.map((item) => [item.line, item.text, item.status, item.kind, isPrivateItem(note, item)]),
  ]);
}

function withoutContinuation(carried: CarriedItems): CarriedItems {
  return {
    goals: carried.goals.map(firstLineOnly),
    followUps: carried.followUps.map(firstLineOnly),
    privateGroups: carried.privateGroups.map((group): PrivateCarryGroup => ({
      ...group,
      items: group.items.map(firstLineOnly),
    })),
  };
}

function itemsFor(
  kind: (typeof NEW_NOTE_SECTION_KINDS)[number],
  carried: CarriedItems | null,
): readonly CarriedItem[] {
  if (carried === null) return [];
  if (kind === 'agreed-goals') return carried.goals;
  if (kind === 'follow-ups') return carried.followUps;
  return [];
}

/** Line breaks and tabs in a name become spaces: a title and a front matter line hold one line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/gu, ' ').trim();
}

// A YAML plain scalar that reads back as the same string under the 1.2 core schema: starts with a
// letter, digit or a few safe marks, holds no `: ` or ` #`, and is not a number, bool or null.
const PLAIN_SAFE = /^[\p{L}\p{N}(][^\p{Cc}]*$/u;
const NOT_PLAIN = /: |:$| #|^[-?:,[\]{}#&*!|>'"%@`]/u;
const RESOLVES_TO_OTHER_TYPE =
  /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/u;

/** `text` as a one-line YAML value that parses back to exactly `text` (trimmed, on one line). */
export function yamlText(text: string): string {
  const value = oneLine(text);
  if (PLAIN_SAFE.test(value) && !NOT_PLAIN.test(value) && !RESOLVES_TO_OTHER_TYPE.test(value)) return value;
  // A double-quoted YAML scalar: JSON's escapes are valid YAML escapes.
  return JSON.stringify(value);
}

/**
 * A folder name for a rep: lower case, accents dropped, runs of anything but letters and digits
 * as one `-`. Never empty, never `.`/`..`, never a path: `Dana Whitfield` -> `dana-whitfield`.
 */
export function repSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  const trimmed = trimDashes(trimDashes(slug).slice(0, 80));
  return trimmed === '' ? 'rep' : trimmed;
}

/** File names to try for a note of `date`, in order: `2026-11-22.coach.md`, then `-2`, `-3`, ... */
export function* noteFileNames(date: IsoDate): Generator<string> {
  yield `${date}.coach.md`;
  for (let counter = 2; ; counter++) yield `${date}-${counter}.coach.md`;
}

/** The line ending a text uses (its first one), or null when it has a single line. */
export function lineEndingOf(text: string): '\n' | '\r\n' | null {
  const index = text.search(/\r\n|\n|\r/u);
  if (index === -1) return null;
  return text.startsWith('\r\n', index) ? '\r\n' : '\n';
}
