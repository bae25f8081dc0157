// Note templates: which one a new note of a given type uses (a workspace's own, when it is sound,
// else the built-in one), what type a new note defaults to, and the diagnostics of a workspace
// template. Templates are text with placeholders (core/newNote/placeholders.ts); they are read,
// never executed.
import { NOTE_TYPES, type NoteDiagnostic, type NoteType, type Range } from '../note/model';
import { parseNote } from '../note/parse';
import { splitLines, stripByteOrderMark } from '../base/text';
import { readGuardedText, type FileLimit, type NoteSource } from '../files/noteSource';
import { builtInTemplateText } from './builtInTemplates';
import type { NoteLanguage } from '../note/sections';
import {
  CARRIED_PLACEHOLDERS,
  CURSOR_PLACEHOLDER,
  KNOWN_PLACEHOLDERS,
  carriedPlaceholderOf,
  placeholdersIn,
  type ValuePlaceholder,
} from './placeholders';

/** Where a workspace keeps its templates, relative to the workspace folder. */
export const WORKSPACE_TEMPLATE_FOLDER = '.coaching/templates';
/** A template's file name in that folder: `pip.coach.md`. */
export function templateFileName(type: NoteType): string {
  return `${type}.coach.md`;
}

/** A larger template is not read (a note template is a page, not a book). */
export const MAX_TEMPLATE_CHARS = 64 * 1024;
/** Any text under the character limit fits (4 bytes a character at most). */
const TEMPLATE_LIMIT: FileLimit = { maxBytes: 4 * MAX_TEMPLATE_CHARS, kind: 'templates' };

/** A workspace template's text, or the diagnostic that stands for the file; null when there is none. */
export async function loadTemplateFile(
  source: Pick<NoteSource, 'stat' | 'readBytes'>,
  file: string,
): Promise<{ readonly text: string } | { readonly diagnostic: NoteDiagnostic } | null> {
  return readGuardedText(source, file, TEMPLATE_LIMIT);
}

/** The meeting type a template file is for (`pip.coach.md` -> `pip`), or null for another name. */
export function templateTypeOf(fileName: string): NoteType | null {
  return NOTE_TYPES.find((type) => templateFileName(type) === fileName) ?? null;
}

/** Values a template is checked with: what a real note could hold, all present. */
const SAMPLE_VALUES: Readonly<Record<ValuePlaceholder, string>> = {
  rep: 'Dana Whitfield',
  date: '2026-11-22',
  next: '2026-11-29',
  coach: 'Priya Raman',
  type: 'weekly',
};

/** The built-in template of a type. */
export function builtInTemplate(type: NoteType, language: NoteLanguage = 'en'): string {
  return builtInTemplateText(type, language);
}

/** The type a new note for a rep starts as: the roster's, else the latest note's, else weekly. */
export function defaultNoteType(
  rosterType: NoteType | null | undefined,
  latestType: NoteType | null | undefined,
): NoteType {
  return rosterType ?? latestType ?? 'weekly';
}

/**
 * Problems of a workspace template for notes of `type`, each on its line. A template with an error
 * is not used (New 1:1 Note falls back to the built-in one); warnings and hints leave it usable.
 */
export function checkTemplate(text: string, type: NoteType): NoteDiagnostic[] {
  if (text.length > MAX_TEMPLATE_CHARS) {
    return [
      problem(0, 0, 0, `The template is larger than ${MAX_TEMPLATE_CHARS / 1024} KiB and is not used.`),
    ];
  }
  const lines = splitLines(stripByteOrderMark(text));
  const frontMatterEnd = frontMatterEndOf(lines);
  const diagnostics: NoteDiagnostic[] = [];
  const seenCarried = new Map<string, number>();
  const sample: string[] = [];
  lines.forEach((line, index) => {
    const { placeholders, unclosed } = placeholdersIn(line);
    if (unclosed !== null) {
      diagnostics.push(problem(index, unclosed, line.length, '`{{` is not closed with `}}` on this line.'));
    }
    const carried = carriedPlaceholderOf(line);
    for (const placeholder of placeholders) {
      const { name, start, end } = placeholder;
      if (!KNOWN_PLACEHOLDERS.includes(name)) {
        diagnostics.push(
          problem(
            index,
            start,
            end,
            `Unknown placeholder \`{{${name}}}\`: use one of ${KNOWN_PLACEHOLDERS.map((known) => `{{${known}}}`).join(', ')}.`,
          ),
        );
      } else if ((CARRIED_PLACEHOLDERS as readonly string[]).includes(name)) {
        if (carried === null) {
          diagnostics.push(problem(index, start, end, `\`{{${name}}}\` must stand alone on its line.`));
        } else if (index <= frontMatterEnd) {
          diagnostics.push(
            problem(
              index,
              start,
              end,
              `\`{{${name}}}\` belongs in the note's body, not in its front matter.`,
            ),
          );
        } else if (seenCarried.has(name)) {
          diagnostics.push(
            problem(
              index,
              start,
              end,
              `\`{{${name}}}\` is already on line ${(seenCarried.get(name) ?? 0) + 1}: the items go in one place.`,
            ),
          );
        } else {
          seenCarried.set(name, index);
        }
      } else if (name === CURSOR_PLACEHOLDER && index <= frontMatterEnd) {
        diagnostics.push(
          problem(index, start, end, "`{{cursor}}` belongs in the note's body, not in its front matter."),
        );
      }
    }
    sample.push(carried === null ? sampleLine(line) : '');
  });
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return diagnostics;

  // The template filled with sample values must be a note the parser reads without an error.
  const note = parseNote(sample.join('\n'));
  for (const diagnostic of note.diagnostics) {
    if (diagnostic.severity === 'error') {
      diagnostics.push({
        ...diagnostic,
        code: 'template-invalid',
        message: `Filled in, the template would give a broken note: ${diagnostic.message}`,
      });
    }
  }
  if (
    note.frontMatter.range !== null &&
    (note.frontMatter.rep !== SAMPLE_VALUES.rep || note.frontMatter.date !== SAMPLE_VALUES.date)
  ) {
    diagnostics.push(problem(0, 0, 3, 'The front matter must hold `rep: {{rep}}` and `date: {{date}}`.'));
  }
  const typeLine = note.frontMatter.keyLines.type;
  const writtenType =
    note.frontMatter.type === SAMPLE_VALUES.type && /\{\{\s*type\s*\}\}/u.test(lines[typeLine] ?? '')
      ? type
      : note.frontMatter.type;
  if (typeLine !== undefined && writtenType !== type) {
    diagnostics.push({
      ...problem(
        typeLine,
        0,
        lines[typeLine].length,
        `This template is for \`${type}\` notes but writes \`type: ${writtenType ?? ''}\`; \`type: {{type}}\` writes the chosen type.`,
      ),
      severity: 'warning',
    });
  }
  for (const name of CARRIED_PLACEHOLDERS) {
    if (!seenCarried.has(name)) {
      diagnostics.push({
        ...problem(
          0,
          0,
          3,
          `No \`{{${name}}}\` line: carried ${name === 'carried.goals' ? 'goals go under an `## Agreed goals`' : 'follow-ups go under a `## Follow-ups`'} section added at the end.`,
        ),
        severity: 'info',
      });
    }
  }
  return diagnostics;
}

/** The line that closes the front matter, or -1 when the text has none (or it is never closed). */
export function frontMatterEndOf(lines: readonly string[]): number {
  if (lines.length === 0 || lines[0].trimEnd() !== '---') return -1;
  for (let index = 1; index < lines.length; index++) {
    const trimmed = lines[index].trimEnd();
    if (trimmed === '---' || trimmed === '...') return index;
  }
  return -1;
}

function sampleLine(line: string): string {
  let out = '';
  let last = 0;
  for (const { name, start, end } of placeholdersIn(line).placeholders) {
    out += line.slice(last, start);
    last = end;
    // Unknown placeholders are reported before this; `{{cursor}}` leaves nothing.
    if (name in SAMPLE_VALUES) out += SAMPLE_VALUES[name as ValuePlaceholder];
  }
  return out + line.slice(last);
}

function problem(line: number, start: number, end: number, message: string): NoteDiagnostic {
  const range: Range = { start: { line, character: start }, end: { line, character: end } };
  return { range, severity: 'error', code: 'template-invalid', message };
}
