// Parsed notes kept between sessions, so that a warm start only stats files instead of reading and
// parsing them. Keyed by file + size + mtime + ctime (an edit that keeps size and mtime, as `touch -r`
// or a careful tool does, still changes ctime); the whole cache belongs to one engine version. What
// is loaded is validated: a corrupt, foreign or outdated cache is ignored, never trusted.
import { isIsoDate } from './dates';
import { NOTE_TYPES, SECTION_KINDS } from './model';
import { MAX_YAML_DEPTH } from './yamlConvert';
import type { ItemKind, ItemStatus, ParsedNote, SectionKind, Severity } from './model';

/** Bumped when the stored shape changes. */
export const NOTE_CACHE_FORMAT = 2;
const CACHE_KIND = 'coaching-notes/note-cache';

export interface FileVersion {
  readonly size: number;
  readonly mtime: number;
  /**
   * Status change time in ms, where the host knows it: set by the system on every write, and no
   * program can set it back. Null or absent when unknown (then size and mtime decide alone).
   */
  readonly ctime?: number | null;
}

interface CacheEntry extends FileVersion {
  readonly note: ParsedNote;
}

/** What `toJSON` produces: plain JSON, to be stored by the host as it likes. */
export interface NoteCacheData {
  readonly kind: typeof CACHE_KIND;
  readonly format: number;
  readonly engine: string;
  /** `[file, size, mtime, ctime, note]` rows: an array, so that no file name can ever act as an object key. */
  readonly entries: readonly (readonly [string, number, number, number | null, ParsedNote])[];
}

export class NoteCache {
  private readonly entries = new Map<string, CacheEntry>();

  /** `engineVersion` names the parser that produced the notes: a cache from another one is dropped. */
  constructor(readonly engineVersion: string) {}

  /** The cached note when the file still has this size, mtime and ctime. */
  lookup(file: string, version: FileVersion): ParsedNote | undefined {
    const entry = this.entries.get(file);
    return entry &&
      entry.size === version.size &&
      entry.mtime === version.mtime &&
      (entry.ctime ?? null) === (version.ctime ?? null)
      ? entry.note
      : undefined;
  }

  store(file: string, version: FileVersion, note: ParsedNote): void {
    this.entries.set(file, { size: version.size, mtime: version.mtime, ctime: version.ctime ?? null, note });
  }

  delete(file: string): boolean {
    return this.entries.delete(file);
  }

  /** Drops the entries of files that no longer exist. */
  retainOnly(files: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) if (!files.has(file)) this.entries.delete(file);
  }

  get size(): number {
    return this.entries.size;
  }

  toJSON(): NoteCacheData {
    const rows: [string, number, number, number | null, ParsedNote][] = [];
    for (const [file, entry] of this.entries) {
      rows.push([file, entry.size, entry.mtime, entry.ctime ?? null, entry.note]);
    }
    return { kind: CACHE_KIND, format: NOTE_CACHE_FORMAT, engine: this.engineVersion, entries: rows };
  }

  serialise(): string {
    return JSON.stringify(this.toJSON());
  }

  /**
   * A cache from stored data. Anything unexpected gives an empty cache (a whole cache of the wrong
   * kind, format or engine) or drops the entry (one malformed note); never throws.
   */
  static fromJSON(data: unknown, engineVersion: string): NoteCache {
    const cache = new NoteCache(engineVersion);
    if (!isRecord(data) || data.kind !== CACHE_KIND || data.format !== NOTE_CACHE_FORMAT) return cache;
    if (data.engine !== engineVersion || !Array.isArray(data.entries)) return cache;
    for (const row of data.entries as unknown[]) {
      if (!Array.isArray(row) || row.length !== 5) continue;
      const [file, size, mtime, ctime, note] = row as unknown[];
      if (typeof file !== 'string' || !isCount(size) || !isTime(mtime)) continue;
      if (ctime !== null && !isTime(ctime)) continue;
      let restored: ParsedNote | null;
      try {
        restored = restoreNote(note);
      } catch {
        restored = null; // whatever a tampered entry trips over, it is dropped, never thrown
      }
      if (restored) cache.store(file, { size, mtime, ctime }, restored);
    }
    return cache;
  }

  static deserialise(text: string, engineVersion: string): NoteCache {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return new NoteCache(engineVersion);
    }
    return NoteCache.fromJSON(data, engineVersion);
  }
}

// ---- validation of one stored note --------------------------------------------------------------

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function isDateOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'string' && isIsoDate(value));
}

function isPosition(value: unknown): boolean {
  return isRecord(value) && isCount(value.line) && isCount(value.character);
}

function isRange(value: unknown): boolean {
  return isRecord(value) && isPosition(value.start) && isPosition(value.end);
}

function isArrayOf(value: unknown, check: (element: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(check);
}

function oneOf<T extends string>(values: readonly T[]): (value: unknown) => boolean {
  return (value) => typeof value === 'string' && (values as readonly string[]).includes(value);
}

const isSectionKind = oneOf<SectionKind>(SECTION_KINDS);
const isItemStatus = oneOf<ItemStatus>(['open', 'done', 'cancelled', 'carried']);
const isItemKind = oneOf<ItemKind>(['goal', 'follow-up']);
const isSeverity = oneOf<Severity>(['error', 'warning', 'info']);
const isNoteType = oneOf(NOTE_TYPES);
const DIAGNOSTIC_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isSection(value: unknown): boolean {
  return (
    isRecord(value) &&
    isSectionKind(value.kind) &&
    typeof value.heading === 'string' &&
    isCount(value.headingLine) &&
    isCount(value.endLine) &&
    typeof value.private === 'boolean' &&
    typeof value.text === 'string' &&
    isStringOrNull(value.sharedText)
  );
}

function isPrivateRegion(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.heading === 'string' &&
    isCount(value.level) &&
    isCount(value.headingLine) &&
    isCount(value.endLine)
  );
}

function isItem(value: unknown): boolean {
  return (
    isRecord(value) &&
    isCount(value.line) &&
    isRange(value.range) &&
    isRange(value.boxRange) &&
    typeof value.box === 'string' &&
    isItemStatus(value.status) &&
    typeof value.text === 'string' &&
    isDateOrNull(value.due) &&
    (value.dueRange === null || isRange(value.dueRange)) &&
    isStringOrNull(value.owner) &&
    isItemKind(value.kind) &&
    typeof value.section === 'number' &&
    Number.isSafeInteger(value.section) &&
    value.section >= -1 &&
    isCount(value.indent)
  );
}

function isDiagnostic(value: unknown): boolean {
  return (
    isRecord(value) &&
    isRange(value.range) &&
    isSeverity(value.severity) &&
    typeof value.code === 'string' &&
    DIAGNOSTIC_CODE.test(value.code) &&
    typeof value.message === 'string'
  );
}

function isFrontMatter(value: unknown): boolean {
  return (
    isRecord(value) &&
    (value.range === null || isRange(value.range)) &&
    isStringOrNull(value.rep) &&
    isDateOrNull(value.date) &&
    (value.type === null || isNoteType(value.type)) &&
    isStringOrNull(value.coach) &&
    isDateOrNull(value.next) &&
    isArrayOf(value.tags, (tag) => typeof tag === 'string') &&
    typeof value.private === 'boolean' &&
    isRecord(value.extra) &&
    isRecord(value.keyLines) &&
    Object.values(value.keyLines).every(isCount)
  );
}

/**
 * Deeper than any front matter value the parser accepts: a stored value nested deeper was tampered
 * with (10,000 levels would overflow the stack here and in whatever reads the note later).
 */
const MAX_STORED_DEPTH = MAX_YAML_DEPTH + 1;

class TooDeep extends Error {}

/** Plain JSON again with null-prototype maps, as the parser produces them; throws TooDeep. */
function withNullPrototypes(value: unknown, depth = 0): unknown {
  if (depth > MAX_STORED_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((inner: unknown) => withNullPrototypes(inner, depth + 1));
  if (!isRecord(value)) return value;
  const map = Object.create(null) as Json;
  for (const [key, inner] of Object.entries(value)) map[key] = withNullPrototypes(inner, depth + 1);
  return map;
}

function restoreNote(value: unknown): ParsedNote | null {
  if (!isRecord(value) || !isFrontMatter(value.frontMatter) || !isCount(value.lineCount)) return null;
  if (!isArrayOf(value.sections, isSection) || !isArrayOf(value.items, isItem)) return null;
  if (!isArrayOf(value.privateRegions, isPrivateRegion)) return null;
  if (!isArrayOf(value.diagnostics, isDiagnostic)) return null;
  const frontMatter = value.frontMatter as Json;
  const note = {
    ...value,
    frontMatter: {
      ...frontMatter,
      extra: withNullPrototypes(frontMatter.extra),
      keyLines: withNullPrototypes(frontMatter.keyLines),
    },
  };
  // Every field the model declares was checked above.
  return note as unknown as ParsedNote;
}
