// Turns the front matter's key/value entries into the model's fields and diagnostics. Both front
// matter readers (the full YAML parse and the fast line scanner) feed this one validator, so they
// cannot disagree on what a value means or where a diagnostic goes.
import { NOTE_TYPES } from './model';
import type { DiagnosticCode, FrontMatter, IsoDate, NoteDiagnostic, NoteType, Range } from './model';
import { isPrivateKey, privateValueKeepsNoteShared } from './privacy';
import { isCalendarDateText } from '../base/dates';
import { diagnosticText } from '../i18n/diagnostics';

/** One top-level `key: value` of the front matter, as either reader found it. */
export interface FrontMatterEntry {
  readonly key: string;
  readonly keyRange: Range;
  /** Range of the value when it is a non-empty node starting and ending on the key's line, else null. */
  readonly valueRange: Range | null;
  /** Plain JSON-like value: string, finite or non-finite number, boolean, null, array, null-prototype map. */
  readonly value: unknown;
}

export type FrontMatterFields = Omit<FrontMatter, 'range'>;

export function emptyFrontMatterFields(): FrontMatterFields {
  return {
    rep: null,
    date: null,
    type: null,
    coach: null,
    next: null,
    tags: [],
    private: false,
    extra: Object.create(null) as Record<string, unknown>,
    keyLines: Object.create(null) as Record<string, number>,
  };
}

export interface ValidatedFrontMatter {
  readonly fields: FrontMatterFields;
  readonly diagnostics: NoteDiagnostic[];
}

/**
 * Validates the entries (keys already unique, forbidden keys already dropped). `openingRange` is
 * where diagnostics about missing required fields go: the opening `---` line.
 */
export function validateFrontMatter(
  entries: readonly FrontMatterEntry[],
  openingRange: Range,
): ValidatedFrontMatter {
  const diagnostics: NoteDiagnostic[] = [];
  const extra = Object.create(null) as Record<string, unknown>;
  const keyLines = Object.create(null) as Record<string, number>;
  let rep: string | null = null;
  let date: IsoDate | null = null;
  let type: NoteType | null = null;
  let coach: string | null = null;
  let next: IsoDate | null = null;
  let tags: string[] = [];
  let isPrivate = false;
  let sawRep = false;
  let sawDate = false;

  const report = (entry: FrontMatterEntry, code: DiagnosticCode, message: string): void => {
    diagnostics.push({ range: entry.valueRange ?? entry.keyRange, severity: 'error', code, message });
  };

  for (const entry of entries) {
    keyLines[entry.key] = entry.keyRange.start.line;
    const value = entry.value;
    switch (entry.key) {
      case 'rep':
        sawRep = true;
        rep = nonEmptyText(value);
        if (rep === null) {
          report(entry, 'invalid-rep', diagnosticText('diagnostic.invalid-rep', { found: got(value) }));
        }
        break;
      case 'date':
        sawDate = true;
        date = calendarDate(value);
        if (date === null) {
          report(entry, 'invalid-date', diagnosticText('diagnostic.invalid-date', { found: got(value) }));
        }
        break;
      case 'type':
        if (value === null) break;
        type = noteType(value);
        if (type === null) {
          report(
            entry,
            'invalid-type',
            diagnosticText('diagnostic.invalid-type', { types: NOTE_TYPES.join(', '), found: got(value) }),
          );
        }
        break;
      case 'coach':
        if (value === null) break;
        if (typeof value === 'string') coach = value.trim() === '' ? null : value.trim();
        else
          report(entry, 'invalid-coach', diagnosticText('diagnostic.invalid-coach', { found: got(value) }));
        break;
      case 'next':
        if (value === null) break;
        next = calendarDate(value);
        if (next === null) {
          report(entry, 'invalid-next', diagnosticText('diagnostic.invalid-next', { found: got(value) }));
        }
        break;
      case 'tags': {
        const read = readTags(value);
        tags = read.tags;
        if (!read.valid) {
          report(entry, 'invalid-tags', diagnosticText('diagnostic.invalid-tags'));
        }
        break;
      }
      case 'private':
        // Fails closed: anything but `false` keeps the note private until it is fixed.
        if (!privateValueKeepsNoteShared(value)) isPrivate = true;
        if (typeof value !== 'boolean') {
          report(
            entry,
            'invalid-private',
            diagnosticText('diagnostic.invalid-private', { found: got(value) }),
          );
        }
        break;
      default:
        if (isPrivateKey(entry.key)) {
          if (!privateValueKeepsNoteShared(value)) isPrivate = true;
          diagnostics.push({
            range: entry.keyRange,
            severity: 'error',
            code: 'invalid-private',
            message: diagnosticText(
              privateValueKeepsNoteShared(value)
                ? 'diagnostic.private-key-case'
                : 'diagnostic.private-key-case-private',
              { key: entry.key },
            ),
          });
        }
        // Non-finite numbers (`.inf`, `.nan`) have no JSON form; the cache must round-trip `extra`.
        extra[entry.key] = typeof value === 'number' && !Number.isFinite(value) ? null : value;
    }
  }
  if (!sawRep) {
    diagnostics.push({
      range: openingRange,
      severity: 'error',
      code: 'missing-rep',
      message: diagnosticText('diagnostic.missing-rep'),
    });
  }
  if (!sawDate) {
    diagnostics.push({
      range: openingRange,
      severity: 'error',
      code: 'missing-date',
      message: diagnosticText('diagnostic.missing-date'),
    });
  }
  return {
    fields: { rep, date, type, coach, next, tags, private: isPrivate, extra, keyLines },
    diagnostics,
  };
}

function nonEmptyText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function calendarDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return isCalendarDateText(trimmed) ? trimmed : null;
}

function noteType(value: unknown): NoteType | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return (NOTE_TYPES as readonly string[]).includes(trimmed) ? (trimmed as NoteType) : null;
}

function readTags(value: unknown): { tags: string[]; valid: boolean } {
  if (value === null) return { tags: [], valid: true };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return { tags: trimmed === '' ? [] : [trimmed], valid: true };
  }
  if (!Array.isArray(value)) return { tags: [], valid: false };
  const tags: string[] = [];
  let valid = true;
  for (const element of value as unknown[]) {
    if (typeof element !== 'string') {
      valid = false;
      continue;
    }
    const trimmed = element.trim();
    if (trimmed !== '' && !tags.includes(trimmed)) tags.push(trimmed);
  }
  return { tags, valid };
}

/** A short description of a rejected value for messages, e.g. ` (found the number 42)`. */
function got(value: unknown): string {
  if (value === null) return diagnosticText('diagnostic.found.nothing');
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return diagnosticText('diagnostic.found.text', { text: shown });
  }
  if (typeof value === 'number') return diagnosticText('diagnostic.found.number', { number: String(value) });
  if (typeof value === 'boolean') return diagnosticText('diagnostic.found.boolean', { value: String(value) });
  if (Array.isArray(value)) return diagnosticText('diagnostic.found.list');
  return diagnosticText('diagnostic.found.map');
}
