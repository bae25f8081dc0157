// The text of a new 1:1 note: a template for its type filled in (the workspace's own when it is
// sound, else the built-in one; the weekly one has the structure of the `note` snippet in
// snippets/coaching-note.json, a unit test keeps them in step), with the items carried over from
// the rep's previous note: shared ones at the template's carried placeholders, private ones under
// the headings that keep them private. Plus where the file goes.
import {
  carriedItemLines,
  firstLineOnly,
  type CarriedItem,
  type CarryHeading,
  type CarryOverPlan,
  type PrivateCarryGroup,
} from './carryOver';
import type { IsoDate, NoteType, ParsedNote, Position } from '../note/model';
import {
  CARRIED_PLACEHOLDERS,
  CURSOR_PLACEHOLDER,
  carriedPlaceholderOf,
  isValuePlaceholder,
  placeholdersIn,
  type CarriedPlaceholder,
  type ValuePlaceholder,
} from './placeholders';
import { builtInTemplate, checkTemplate, frontMatterEndOf } from './templates';
import { parseNote } from '../note/parse';
import { isPrivateItem } from '../note/privacy';
import { sectionHeading, type NoteLanguage } from '../note/sections';
import { splitLines, stripByteOrderMark, trimDashes } from '../base/text';
import { numberedStems } from '../base/numberedNames';

/** The sections of a weekly note, in order (headings in the note's language: core/note/sections.ts). */
export const NEW_NOTE_SECTION_KINDS = ['root-cause', 'strengths', 'agreed-goals', 'follow-ups'] as const;

/** The sections of a weekly note in English, as their headings are written. */
export const NEW_NOTE_SECTIONS = NEW_NOTE_SECTION_KINDS.map((kind) => sectionHeading(kind, 'en'));

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
  /** The workspace's template for the type (`.coaching/templates/<type>.coach.md`), when it has one. */
  readonly template?: string | null;
  /**
   * The language of the built-in template's title and headings, and of the sections carried items
   * get when a template has no place for them (core/newNote/noteLanguage.ts); English by default.
   */
  readonly language?: NoteLanguage;
}

export interface NewNote {
  readonly text: string;
  /** Where the cursor goes: the template's `{{cursor}}`, in the built-in ones the first section's empty line. */
  readonly cursor: Position;
  /** Which template the note was made from: the workspace's, or the built-in one when it has none or it is broken. */
  readonly template: 'workspace' | 'built-in';
}

export function buildNewNote(input: NewNoteInput): NewNote {
  const type = input.type ?? 'weekly';
  const workspace = input.template ?? null;
  if (workspace !== null && !checkTemplate(workspace, type).some((problem) => problem.severity === 'error')) {
    const built = buildFrom(workspace, input);
    // A template that would lose a carried item, or let a private one out, is not used.
    if (verified(built, input)) return { text: built.text, cursor: built.cursor, template: 'workspace' };
  }
  const built = buildFrom(builtInTemplate(type, input.language ?? 'en'), input);
  return { text: built.text, cursor: built.cursor, template: 'built-in' };
}

interface BuiltNote {
  readonly text: string;
  readonly cursor: Position;
  /** Where each carried item's task line went, and whether it must be private there. */
  readonly carriedLines: readonly CarriedLine[];
}

function buildFrom(template: string, input: NewNoteInput): BuiltNote {
  const eol = input.eol ?? '\n';
  const composed = composeNote(template, input, input.carried ?? null);
  if (composed.continuationLines.size > 0 && !continuationKeepsStructure(composed)) {
    // A carried item's own lines would change the new note's headings or items (a heading or a
    // code fence that reads differently once re-indented): carry first lines only. Every word is
    // still in the old note.
    const carried = input.carried ?? null;
    const plain = composeNote(template, input, carried === null ? null : withoutContinuation(carried));
    return { text: plain.lines.join(eol) + eol, cursor: plain.cursor, carriedLines: plain.carriedLines };
  }
  return {
    text: composed.lines.join(eol) + eol,
    cursor: composed.cursor,
    carriedLines: composed.carriedLines,
  };
}

/** Every carried item is an open item where it was written, and every private one is private there. */
function verified(built: BuiltNote, input: NewNoteInput): boolean {
  const note = parseNote(built.text);
  if (note.frontMatter.rep !== oneLine(input.rep) || note.frontMatter.date !== input.date) return false;
  const itemsByLine = new Map(note.items.map((item) => [item.line, item]));
  return built.carriedLines.every(({ line, mustBePrivate }) => {
    const item = itemsByLine.get(line);
    return item !== undefined && item.status === 'open' && (!mustBePrivate || isPrivateItem(note, item));
  });
}

interface CarriedLine {
  readonly line: number;
  readonly mustBePrivate: boolean;
}

interface ComposedNote {
  readonly lines: string[];
  readonly cursor: Position;
  /** Lines that are an item's continuation, not a heading or a task line. */
  readonly continuationLines: ReadonlySet<number>;
  readonly carriedLines: readonly CarriedLine[];
}

/** Sections a carried placeholder stands for, when a template has no line for it. */
const CARRIED_SECTIONS: Readonly<
  Record<
    CarriedPlaceholder,
    { kind: 'agreed-goals' | 'follow-ups'; placement: PrivateCarryGroup['placement'] }
  >
> = {
  'carried.goals': { kind: 'agreed-goals', placement: 'agreed-goals' },
  'carried.followUps': { kind: 'follow-ups', placement: 'follow-ups' },
};

function composeNote(template: string, input: NewNoteInput, carried: CarriedItems | null): ComposedNote {
  const source = splitLines(stripByteOrderMark(template));
  while (source.length > 0 && source[source.length - 1].trim() === '') source.pop();
  const frontMatterEnd = frontMatterEndOf(source);
  const lines: string[] = [];
  const continuationLines = new Set<number>();
  const carriedLines: CarriedLine[] = [];
  const values: Record<ValuePlaceholder, string | null | undefined> = {
    rep: input.rep,
    date: input.date,
    type: input.type ?? 'weekly',
    coach: input.coach,
    next: input.next,
  };
  const pushItems = (items: readonly CarriedItem[], mustBePrivate: boolean): void => {
    for (const item of items) {
      const [first, ...rest] = carriedItemLines(item);
      carriedLines.push({ line: lines.length, mustBePrivate });
      lines.push(first);
      for (const line of rest) {
        continuationLines.add(lines.length);
        lines.push(line);
      }
    }
  };
  const privateGroups = carried?.privateGroups ?? [];
  const pushCarried = (name: CarriedPlaceholder): void => {
    const items = carried === null ? [] : name === 'carried.goals' ? carried.goals : carried.followUps;
    if (items.length > 0) pushItems(items, false);
    else lines.push('');
    for (const group of privateGroups.filter(
      (candidate) => candidate.placement === CARRIED_SECTIONS[name].placement,
    )) {
      for (const groupHeading of group.headings) lines.push('', headingLine(groupHeading));
      lines.push('');
      pushItems(group.items, true);
    }
  };
  const placed = new Set<CarriedPlaceholder>();
  let cursor: Position | null = null;
  source.forEach((line, index) => {
    const name = index > frontMatterEnd ? carriedPlaceholderOf(line) : null;
    if (name !== null && !placed.has(name)) {
      placed.add(name);
      pushCarried(name);
      return;
    }
    const inFrontMatter = index > 0 && index < frontMatterEnd;
    let out = '';
    let last = 0;
    let dropLine = false;
    for (const placeholder of placeholdersIn(line).placeholders) {
      if (!isValuePlaceholder(placeholder.name) && placeholder.name !== CURSOR_PLACEHOLDER) continue;
      out += line.slice(last, placeholder.start);
      last = placeholder.end;
      if (placeholder.name === CURSOR_PLACEHOLDER) {
        if (!inFrontMatter) cursor ??= { line: lines.length, character: out.length };
        continue;
      }
      const value = values[placeholder.name];
      // A front matter key without a value is left out (a new note has no `coach:` line until known).
      if (!value) dropLine ||= inFrontMatter;
      else out += inFrontMatter ? yamlText(value) : oneLine(value);
    }
    if (!dropLine) lines.push(out + line.slice(last));
  });
  // Carried items a template has no line for still go somewhere: in a section of their own.
  for (const name of CARRIED_PLACEHOLDERS) {
    const placement = CARRIED_SECTIONS[name].placement;
    const items = carried === null ? [] : name === 'carried.goals' ? carried.goals : carried.followUps;
    const hasPrivate = privateGroups.some((group) => group.placement === placement);
    if (placed.has(name) || (items.length === 0 && !hasPrivate)) continue;
    lines.push('', `## ${sectionHeading(CARRIED_SECTIONS[name].kind, input.language ?? 'en')}`, '');
    pushCarried(name);
  }
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
    pushItems(group.items, true);
    previousPath = group.headings;
  }
  return {
    lines,
    cursor: cursor ?? defaultCursor(lines, frontMatterEnd),
    continuationLines,
    carriedLines,
  };
}

/** Without `{{cursor}}`: the first blank line after the first `## ` heading, else the end. */
function defaultCursor(lines: readonly string[], frontMatterEnd: number): Position {
  const heading = lines.findIndex((line, index) => index > frontMatterEnd && line.startsWith('## '));
  if (heading !== -1) {
    for (let line = heading + 1; line < lines.length; line++) {
      if (lines[line].trim() === '') return { line, character: 0 };
      if (lines[line].startsWith('#')) break;
    }
  }
  return { line: lines.length, character: 0 };
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
  for (const stem of numberedStems(date)) yield `${stem}.coach.md`;
}

/** The line ending a text uses (its first one), or null when it has a single line. */
export function lineEndingOf(text: string): '\n' | '\r\n' | null {
  const index = text.search(/\r\n|\n|\r/u);
  if (index === -1) return null;
  return text.startsWith('\r\n', index) ? '\r\n' : '\n';
}
