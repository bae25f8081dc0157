// The engine's plain data model. Everything here is JSON-serialisable (the extension caches parsed
// notes between sessions) and free of VS Code and Node types.

/** A calendar date written `YYYY-MM-DD`. Only valid dates are ever stored in this type. */
export type IsoDate = string;

/** 0-based line and UTF-16 column, as in VS Code and LSP. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** Stable, kebab-case diagnostic ids: shown by the CLI, matched by quick fixes. */
export type DiagnosticCode =
  // the file itself
  | 'file-unreadable'
  | 'file-too-large'
  | 'not-regular-file'
  | 'not-utf8'
  // front matter block
  | 'missing-front-matter'
  | 'unclosed-front-matter'
  | 'front-matter-too-large'
  | 'front-matter-not-map'
  | 'yaml-syntax'
  | 'yaml-too-complex'
  | 'duplicate-key'
  | 'forbidden-key'
  | 'merge-key'
  // front matter fields
  | 'missing-rep'
  | 'missing-date'
  | 'invalid-rep'
  | 'invalid-date'
  | 'invalid-next'
  | 'invalid-type'
  | 'invalid-coach'
  | 'invalid-tags'
  | 'invalid-private'
  // body
  | 'unknown-status'
  | 'invalid-due'
  | 'unclosed-fence'
  | 'unclosed-comment'
  // the roster (reps.yaml)
  | 'roster-invalid'
  // a workspace note template (.coaching/templates/<type>.coach.md)
  | 'template-invalid';

export interface NoteDiagnostic {
  readonly range: Range;
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
}

export const NOTE_TYPES = [
  'weekly',
  'coaching',
  'pipeline-review',
  'skip-level',
  'other',
  // Meeting types with their own built-in template (core/newNote/builtInTemplates.ts).
  'pip',
  'onboarding',
  'stakeholder',
] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

export interface FrontMatter {
  /** Lines of the block, from the opening `---` to the closing `---`/`...` inclusive; null when absent. */
  readonly range: Range | null;
  readonly rep: string | null;
  readonly date: IsoDate | null;
  readonly type: NoteType | null;
  readonly coach: string | null;
  readonly next: IsoDate | null;
  readonly tags: readonly string[];
  /**
   * The whole note stays out of exports and shared reports: a `private` key (any case) whose value
   * is not `false`, or unreadable front matter with a `private` line (see core/note/privacy.ts).
   */
  readonly private: boolean;
  /** Keys that are not part of format v1, kept as written (plain JSON values, null-prototype maps). */
  readonly extra: Readonly<Record<string, unknown>>;
  /** Where each top-level key stands (0-based line), for completion, quick fixes and hovers. */
  readonly keyLines: Readonly<Record<string, number>>;
}

export const SECTION_KINDS = [
  'root-cause',
  'strengths',
  'agreed-goals',
  'follow-ups',
  'other',
  // The coaching frameworks' sections (core/newNote/frameworks.ts).
  'check-in',
  'selling-blockers',
  'resistance',
  'stakeholders',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface NoteSection {
  readonly kind: SectionKind;
  /** The heading text as written, without `## ` and trailing `#`s. */
  readonly heading: string;
  /** 0-based line of the `## ` heading. */
  readonly headingLine: number;
  /** 0-based line after the section's last line (the next level-1/2 heading, or the end of the text). */
  readonly endLine: number;
  /** The heading is in a private region (see `PrivateRegion`): the section never leaves the machine. */
  readonly private: boolean;
  /** The section's body text (without the heading), trimmed, line endings normalised to `\n`. */
  readonly text: string;
  /**
   * `text` without the lines of private regions inside the section (a `### Notes (private)`), for
   * shareable outputs; null when the section holds no private region (then `text` is shared as is).
   */
  readonly sharedText: string | null;
}

/**
 * A heading whose text holds the word private (or privado/privada) and what follows it up to the
 * next heading of the same or a higher level. Only outermost regions are listed (a private heading
 * inside one is part of it), sorted by line.
 */
export interface PrivateRegion {
  /** The heading text as written, without `#`s. */
  readonly heading: string;
  /** 1 to 6 (a setext heading is 1 or 2). */
  readonly level: number;
  /** 0-based first line of the heading (a setext heading's first text line). */
  readonly headingLine: number;
  /** 0-based line after the region's last line. */
  readonly endLine: number;
}

export type ItemStatus = 'open' | 'done' | 'cancelled' | 'carried';
export type ItemKind = 'goal' | 'follow-up';

export interface NoteItem {
  /** 0-based line of the task item. */
  readonly line: number;
  /** From the first character of the bullet to the end of the line. */
  readonly range: Range;
  /** Range of the single character inside the box (`[ ]` -> the space). */
  readonly boxRange: Range;
  /** The character inside the box as written. */
  readonly box: string;
  readonly status: ItemStatus;
  /** The item text after the box, trimmed. */
  readonly text: string;
  readonly due: IsoDate | null;
  /** Range of the whole due token (`due:2026-01-02`, `📅 2026-01-02`, `[due:: 2026-01-02]`). */
  readonly dueRange: Range | null;
  /** The first `@name` token, without `@`. */
  readonly owner: string | null;
  readonly kind: ItemKind;
  /** Index into `ParsedNote.sections` of the section holding the item, or -1 before any section. */
  readonly section: number;
  /** Leading indentation in columns (tabs count 4): 0 for top-level items. */
  readonly indent: number;
}

export interface ParsedNote {
  readonly frontMatter: FrontMatter;
  readonly sections: readonly NoteSection[];
  readonly items: readonly NoteItem[];
  /** Private regions of the body, sorted by line, not overlapping. */
  readonly privateRegions: readonly PrivateRegion[];
  readonly diagnostics: readonly NoteDiagnostic[];
  readonly lineCount: number;
}

/** An item that is open and due strictly before today. */
export interface OverdueItem {
  readonly file: string;
  readonly rep: string | null;
  readonly noteDate: IsoDate | null;
  readonly item: NoteItem;
  readonly due: IsoDate;
  readonly daysOverdue: number;
}
