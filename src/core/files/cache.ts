// Parsed notes kept between sessions, so that a warm start only stats files instead of reading and
// parsing them. Keyed by file + size + mtime + ctime (an edit that keeps size and mtime, as `touch -r`
// or a careful tool does, still changes ctime); the whole cache belongs to one engine version.
//
// Stored compactly: what the index, the reps view, the overdue lists and the Problems panel need
// (front matter, items, section outlines, private regions, diagnostics), as positional arrays, without
// the sections' texts (most of a note's bytes, needed only by the history views). A note restored
// from storage is therefore a *summary* (`isNoteSummary`): whoever needs section texts reads the file
// again. What is loaded is checked by its header (kind, format, engine) and decoded with cheap type
// checks; anything odd drops the whole stored cache (it is rebuilt from the files), never throws.
import { isIsoDate } from '../base/dates';
import { NOTE_TYPES, SECTION_KINDS } from '../note/model';
import type {
  FrontMatter,
  ItemKind,
  ItemStatus,
  NoteDiagnostic,
  NoteItem,
  NoteSection,
  ParsedNote,
  PrivateRegion,
  Range,
  SectionKind,
  Severity,
} from '../note/model';
import { MAX_YAML_DEPTH } from '../note/yamlConvert';

/** Bumped when the stored shape changes. */
export const NOTE_CACHE_FORMAT = 3;
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

/** One stored note: positional, see `encodeNote`. */
type StoredNote = readonly unknown[];

/** What `toJSON` produces: plain JSON, to be stored by the host as it likes. */
export interface NoteCacheData {
  readonly kind: typeof CACHE_KIND;
  readonly format: number;
  readonly engine: string;
  /** `[file, size, mtime, ctime, note]` rows: an array, so that no file name can ever act as an object key. */
  readonly entries: readonly (readonly [string, number, number, number | null, StoredNote])[];
}

/** Notes restored from storage: their sections carry no text (see the header comment). */
const summaries = new WeakSet<ParsedNote>();

/**
 * Whether `note` came from the stored cache without its sections' texts (`text` is empty and
 * `sharedText` empty or null): read and parse the file again before using them.
 */
export function isNoteSummary(note: ParsedNote): boolean {
  return summaries.has(note);
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

  /** The cached note whatever the file's version now: to compare a changed file's new note with. */
  stored(file: string): ParsedNote | undefined {
    return this.entries.get(file)?.note;
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

  /** The cached files, in no particular order. */
  files(): IterableIterator<string> {
    return this.entries.keys();
  }

  toJSON(): NoteCacheData {
    const rows: [string, number, number, number | null, StoredNote][] = [];
    for (const [file, entry] of this.entries) {
      rows.push([file, entry.size, entry.mtime, entry.ctime ?? null, encodeNote(entry.note)]);
    }
    return { kind: CACHE_KIND, format: NOTE_CACHE_FORMAT, engine: this.engineVersion, entries: rows };
  }

  serialise(): string {
    return JSON.stringify(this.toJSON());
  }

  /**
   * A cache from stored data. Anything unexpected (another kind, format or engine, one malformed
   * row) gives an empty cache: the caller reads the files again. Never throws.
   */
  static fromJSON(data: unknown, engineVersion: string): NoteCache {
    const cache = new NoteCache(engineVersion);
    if (!isRecord(data) || data.kind !== CACHE_KIND || data.format !== NOTE_CACHE_FORMAT) return cache;
    if (data.engine !== engineVersion || !Array.isArray(data.entries)) return cache;
    const restored = new NoteCache(engineVersion);
    try {
      for (const row of data.entries as unknown[]) {
        const [file, size, mtime, ctime, note] = tuple(row, 5);
        if (typeof file !== 'string' || !isCount(size) || !isTime(mtime)) throw new BadCache();
        if (ctime !== null && !isTime(ctime)) throw new BadCache();
        const decoded = decodeNote(note);
        summaries.add(decoded);
        restored.store(file, { size, mtime, ctime }, decoded);
      }
    } catch {
      return cache; // whatever a damaged or tampered cache trips over, it is dropped, never thrown
    }
    return restored;
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

// ---- the stored shape ------------------------------------------------------------------------------

function encodeRange(range: Range): number[] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

function encodeNote(note: ParsedNote): StoredNote {
  const fm = note.frontMatter;
  return [
    fm.range ? encodeRange(fm.range) : 0,
    fm.rep,
    fm.date,
    fm.type,
    fm.coach,
    fm.next,
    fm.tags,
    fm.private ? 1 : 0,
    fm.extra,
    fm.keyLines,
    note.sections.map((s) => [
      s.kind,
      s.heading,
      s.headingLine,
      s.endLine,
      s.private ? 1 : 0,
      s.sharedText === null ? 0 : 1,
    ]),
    note.items.map((i) => [
      i.line,
      encodeRange(i.range),
      encodeRange(i.boxRange),
      i.box,
      i.status,
      i.text,
      i.due,
      i.dueRange ? encodeRange(i.dueRange) : 0,
      i.owner,
      i.kind,
      i.section,
      i.indent,
    ]),
    note.privateRegions.map((r) => [r.heading, r.level, r.headingLine, r.endLine]),
    note.diagnostics.map((d) => [encodeRange(d.range), d.severity, d.code, d.message]),
    note.lineCount,
  ];
}

class BadCache extends Error {}

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

function tuple(value: unknown, length: number): unknown[] {
  if (!Array.isArray(value) || value.length !== length) throw new BadCache();
  return value;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new BadCache();
  return value;
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new BadCache();
  return value;
}

function textOrNull(value: unknown): string | null {
  return value === null ? null : text(value);
}

function count(value: unknown): number {
  if (!isCount(value)) throw new BadCache();
  return value;
}

function dateOrNull(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new BadCache();
  return value;
}

function flag(value: unknown): boolean {
  if (value !== 0 && value !== 1) throw new BadCache();
  return value === 1;
}

function oneOf<T extends string>(values: readonly T[]): (value: unknown) => T {
  const allowed = new Set<unknown>(values);
  return (value) => {
    if (!allowed.has(value)) throw new BadCache();
    return value as T;
  };
}

const sectionKind = oneOf<SectionKind>(SECTION_KINDS);
const itemStatus = oneOf<ItemStatus>(['open', 'done', 'cancelled', 'carried']);
const itemKind = oneOf<ItemKind>(['goal', 'follow-up']);
const severity = oneOf<Severity>(['error', 'warning', 'info']);
const noteType = oneOf(NOTE_TYPES);
const DIAGNOSTIC_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function range(value: unknown): Range {
  const [startLine, startCharacter, endLine, endCharacter] = tuple(value, 4);
  return {
    start: { line: count(startLine), character: count(startCharacter) },
    end: { line: count(endLine), character: count(endCharacter) },
  };
}

function rangeOrNone(value: unknown): Range | null {
  return value === 0 ? null : range(value);
}

/**
 * Deeper than any front matter value the parser accepts: a stored value nested deeper was tampered
 * with (10,000 levels would overflow the stack here and in whatever reads the note later).
 */
const MAX_STORED_DEPTH = MAX_YAML_DEPTH + 1;

/** Plain JSON again with null-prototype maps, as the parser produces them. */
function withNullPrototypes(value: unknown, depth = 0): unknown {
  if (depth > MAX_STORED_DEPTH) throw new BadCache();
  if (Array.isArray(value)) return value.map((inner: unknown) => withNullPrototypes(inner, depth + 1));
  if (!isRecord(value)) return value;
  const map = Object.create(null) as Json;
  for (const [key, inner] of Object.entries(value)) map[key] = withNullPrototypes(inner, depth + 1);
  return map;
}

function keyLines(value: unknown): Readonly<Record<string, number>> {
  if (!isRecord(value)) throw new BadCache();
  const map = Object.create(null) as Record<string, number>;
  for (const [key, line] of Object.entries(value)) map[key] = count(line);
  return map;
}

function decodeSection(value: unknown): NoteSection {
  const [kind, heading, headingLine, endLine, isPrivate, holdsPrivate] = tuple(value, 6);
  return {
    kind: sectionKind(kind),
    heading: text(heading),
    headingLine: count(headingLine),
    endLine: count(endLine),
    private: flag(isPrivate),
    text: '',
    sharedText: flag(holdsPrivate) ? '' : null,
  };
}

function decodeItem(value: unknown): NoteItem {
  const [line, itemRange, boxRange, box, status, itemText, due, dueRange, owner, kind, section, indent] =
    tuple(value, 12);
  if (typeof section !== 'number' || !Number.isSafeInteger(section) || section < -1) throw new BadCache();
  return {
    line: count(line),
    range: range(itemRange),
    boxRange: range(boxRange),
    box: text(box),
    status: itemStatus(status),
    text: text(itemText),
    due: dateOrNull(due),
    dueRange: rangeOrNone(dueRange),
    owner: textOrNull(owner),
    kind: itemKind(kind),
    section,
    indent: count(indent),
  };
}

function decodePrivateRegion(value: unknown): PrivateRegion {
  const [heading, level, headingLine, endLine] = tuple(value, 4);
  return {
    heading: text(heading),
    level: count(level),
    headingLine: count(headingLine),
    endLine: count(endLine),
  };
}

function decodeDiagnostic(value: unknown): NoteDiagnostic {
  const [diagnosticRange, level, code, message] = tuple(value, 4);
  if (typeof code !== 'string' || !DIAGNOSTIC_CODE.test(code)) throw new BadCache();
  return {
    range: range(diagnosticRange),
    severity: severity(level),
    code: code as NoteDiagnostic['code'],
    message: text(message),
  };
}

function decodeNote(value: unknown): ParsedNote {
  const [
    fmRange,
    rep,
    date,
    type,
    coach,
    next,
    tags,
    isPrivate,
    extra,
    lines,
    sections,
    items,
    privateRegions,
    diagnostics,
    lineCount,
  ] = tuple(value, 15);
  if (!isRecord(extra)) throw new BadCache();
  const frontMatter: FrontMatter = {
    range: rangeOrNone(fmRange),
    rep: textOrNull(rep),
    date: dateOrNull(date),
    type: type === null ? null : noteType(type),
    coach: textOrNull(coach),
    next: dateOrNull(next),
    tags: list(tags).map(text),
    private: flag(isPrivate),
    extra: withNullPrototypes(extra) as Json,
    keyLines: keyLines(lines),
  };
  return {
    frontMatter,
    sections: list(sections).map(decodeSection),
    items: list(items).map(decodeItem),
    privateRegions: list(privateRegions).map(decodePrivateRegion),
    diagnostics: list(diagnostics).map(decodeDiagnostic),
    lineCount: count(lineCount),
  };
}
