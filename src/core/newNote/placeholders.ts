// The placeholders a note template may hold: `{{rep}}`, `{{date}}`, `{{next}}`, `{{coach}}`,
// `{{type}}`, `{{cursor}}`, and on a line of their own `{{carried.goals}}` and
// `{{carried.followUps}}`. Finding them in a line is all this does: filling them is newNote.ts's job.

/** Placeholders replaced by a value inside a line. */
export const VALUE_PLACEHOLDERS = ['rep', 'date', 'next', 'coach', 'type'] as const;
export type ValuePlaceholder = (typeof VALUE_PLACEHOLDERS)[number];

/** Placeholders that stand alone on their line and become the carried items' lines. */
export const CARRIED_PLACEHOLDERS = ['carried.goals', 'carried.followUps'] as const;
export type CarriedPlaceholder = (typeof CARRIED_PLACEHOLDERS)[number];

/** Where the cursor goes in the new note (removed from the text). */
export const CURSOR_PLACEHOLDER = 'cursor';

export const KNOWN_PLACEHOLDERS: readonly string[] = [
  ...VALUE_PLACEHOLDERS,
  CURSOR_PLACEHOLDER,
  ...CARRIED_PLACEHOLDERS,
];

export interface PlaceholderAt {
  /** The name between the braces, trimmed (`{{ rep }}` is `rep`). */
  readonly name: string;
  /** Column of the first `{`. */
  readonly start: number;
  /** Column after the last `}`. */
  readonly end: number;
}

export interface LinePlaceholders {
  readonly placeholders: readonly PlaceholderAt[];
  /** Column of a `{{` that is not closed on its line, or null. */
  readonly unclosed: number | null;
}

const OPEN = '{{';
const CLOSE = '}}';
/** A name is short: anything longer is text that happens to hold braces, reported as unknown. */
const MAX_NAME_LENGTH = 40;

export function placeholdersIn(line: string): LinePlaceholders {
  const placeholders: PlaceholderAt[] = [];
  let from = 0;
  for (;;) {
    const start = line.indexOf(OPEN, from);
    if (start === -1) return { placeholders, unclosed: null };
    const close = line.indexOf(CLOSE, start + OPEN.length);
    if (close === -1) return { placeholders, unclosed: start };
    const raw = line.slice(start + OPEN.length, close);
    placeholders.push({
      name: raw.length > MAX_NAME_LENGTH ? raw.slice(0, MAX_NAME_LENGTH) : raw.trim(),
      start,
      end: close + CLOSE.length,
    });
    from = close + CLOSE.length;
  }
}

export function isValuePlaceholder(name: string): name is ValuePlaceholder {
  return (VALUE_PLACEHOLDERS as readonly string[]).includes(name);
}

/** The carried placeholder a line consists of (surrounding blanks allowed), or null. */
export function carriedPlaceholderOf(line: string): CarriedPlaceholder | null {
  const { placeholders, unclosed } = placeholdersIn(line);
  if (unclosed !== null || placeholders.length !== 1) return null;
  const [only] = placeholders;
  if (line.slice(0, only.start).trim() !== '' || line.slice(only.end).trim() !== '') return null;
  return (CARRIED_PLACEHOLDERS as readonly string[]).includes(only.name)
    ? (only.name as CarriedPlaceholder)
    : null;
}
