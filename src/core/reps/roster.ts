// The optional team roster (`reps.yaml`): who the reps are, their team and role, how often to meet
// them, and other names their notes use. Parsed defensively: the file is user input like any note.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { NOTE_TYPES, type NoteDiagnostic, type NoteType, type Range, type Severity } from '../note/model';
import { repKey, type RepKey } from './noteIndex';
import { readGuardedText, type FileLimit, type NoteSource } from '../files/noteSource';
import { explainYamlError } from '../note/yamlErrorWords';
import { diagnosticText } from '../i18n/diagnostics';

export interface RosterEntry {
  readonly name: string;
  readonly team: string | null;
  readonly role: string | null;
  readonly cadenceDays: number;
  readonly aliases: readonly string[];
  /** The meeting type a new note for this rep starts as (New 1:1 Note); absent or null: not set. */
  readonly type?: NoteType | null;
  /** 0-based line of the entry in the roster file. */
  readonly line: number;
}

export interface Roster {
  readonly entries: readonly RosterEntry[];
  readonly diagnostics: readonly NoteDiagnostic[];
}

/** How often to meet a rep when the roster does not say (or there is no roster). */
export const DEFAULT_CADENCE_DAYS = 7;

export const EMPTY_ROSTER: Roster = { entries: [], diagnostics: [] };
const MAX_ROSTER_CHARS = 256 * 1024;
/** Any text under the character limit fits (4 bytes a character at most); larger files are not read. */
const ROSTER_LIMIT: FileLimit = { maxBytes: 4 * MAX_ROSTER_CHARS, kind: 'rosters' };
const KNOWN_KEYS = new Set(['name', 'team', 'role', 'cadenceDays', 'aliases', 'type']);

export function parseRoster(text: string): Roster {
  const diagnostics: NoteDiagnostic[] = [];
  const lineCounter = new LineCounter();
  const rangeAt = (offset: number, endOffset = offset): Range => {
    const start = lineCounter.linePos(offset);
    const end = lineCounter.linePos(Math.max(offset, endOffset));
    return {
      start: { line: start.line - 1, character: start.col - 1 },
      end: { line: end.line - 1, character: end.col - 1 },
    };
  };
  const report = (range: Range, message: string, severity: Severity = 'error') =>
    diagnostics.push({ range, severity, code: 'roster-invalid', message });
  const nodeRange = (node: Node | null | undefined): Range =>
    node?.range ? rangeAt(node.range[0], node.range[1]) : rangeAt(0);

  if (text.length > MAX_ROSTER_CHARS) {
    return {
      entries: [],
      diagnostics: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 'error',
          code: 'roster-invalid',
          message: diagnosticText('diagnostic.roster.tooLarge', { kib: MAX_ROSTER_CHARS / 1024 }),
        },
      ],
    };
  }
  const parsed = text.replace(/^\uFEFF/u, '');
  let document;
  try {
    document = parseDocument(parsed, { lineCounter, uniqueKeys: true, merge: false });
  } catch {
    report(rangeAt(0), diagnosticText('diagnostic.roster.tooDeep'));
    return { entries: [], diagnostics };
  }
  for (const error of document.errors) {
    report(
      rangeAt(error.pos[0], error.pos[1]),
      explainYamlError(error, parsed, (offset) => rangeAt(offset).start.line + 1),
    );
  }
  if (document.errors.length > 0) return { entries: [], diagnostics };

  // Either a list of reps, or a map with the list under `reps:`.
  let list: Node | null = document.contents;
  if (isMap(list)) {
    const reps = list.items.find((pair) => isScalar(pair.key) && pair.key.value === 'reps');
    if (reps) list = (reps.value as Node | null | undefined) ?? null;
  }
  if (list === null) return { entries: [], diagnostics };
  if (!isSeq(list)) {
    report(nodeRange(list), diagnosticText('diagnostic.roster.notList'));
    return { entries: [], diagnostics };
  }

  const entries: RosterEntry[] = [];
  const seen = new Map<RepKey | null, RepKey | null>();
  for (const item of list.items) {
    const node = item as Node;
    if (!isMap(node)) {
      report(nodeRange(node), diagnosticText('diagnostic.roster.entryNotMap'));
      continue;
    }
    const fields = new Map<string, Node | null>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!KNOWN_KEYS.has(key)) {
        report(
          nodeRange(pair.key as Node),
          diagnosticText('diagnostic.roster.unknownKey', { key, keys: [...KNOWN_KEYS].join(', ') }),
          'warning',
        );
        continue;
      }
      fields.set(key, (pair.value as Node | null) ?? null);
    }
    const text = (key: string): string | null | undefined => {
      const value = fields.get(key);
      if (value === undefined || value === null) return undefined;
      if (isScalar(value) && typeof value.value === 'string' && value.value.trim() !== '')
        return value.value.trim();
      report(nodeRange(value), diagnosticText('diagnostic.roster.emptyText', { key }));
      return null;
    };
    const name = text('name');
    if (!name) {
      if (name === undefined) report(nodeRange(node), diagnosticText('diagnostic.roster.noName'));
      continue;
    }
    let cadenceDays = DEFAULT_CADENCE_DAYS;
    const cadence = fields.get('cadenceDays');
    if (cadence !== undefined && cadence !== null) {
      const value = isScalar(cadence) ? cadence.value : undefined;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 366) {
        cadenceDays = value;
      } else {
        report(nodeRange(cadence), diagnosticText('diagnostic.roster.cadence'));
      }
    }
    const aliases: string[] = [];
    const aliasNode = fields.get('aliases');
    if (aliasNode !== undefined && aliasNode !== null) {
      const aliasItems = isSeq(aliasNode) ? (aliasNode.items as Node[]) : [aliasNode];
      for (const alias of aliasItems) {
        if (isScalar(alias) && typeof alias.value === 'string' && alias.value.trim() !== '') {
          aliases.push(alias.value.trim());
        } else {
          report(nodeRange(alias), diagnosticText('diagnostic.roster.alias'));
        }
      }
    }
    const typeText = text('type');
    const type = NOTE_TYPES.find((known) => known === typeText) ?? null;
    if (typeText && type === null) {
      report(
        nodeRange(fields.get('type')),
        diagnosticText('diagnostic.roster.type', { types: NOTE_TYPES.join(', ') }),
        'warning',
      );
    }
    const line = nodeRange(node).start.line;
    let duplicate = false;
    for (const alias of [name, ...aliases]) {
      const previous = seen.get(repKey(alias));
      if (previous !== undefined && previous !== repKey(name)) {
        report(nodeRange(node), diagnosticText('diagnostic.roster.aliasTaken', { alias }));
        duplicate = true;
      } else if (previous !== undefined && alias === name) {
        report(nodeRange(node), diagnosticText('diagnostic.roster.twice', { name }));
        duplicate = true;
      }
    }
    if (duplicate) continue;
    for (const alias of [name, ...aliases]) seen.set(repKey(alias), repKey(name));
    entries.push({
      name,
      team: text('team') ?? null,
      role: text('role') ?? null,
      cadenceDays,
      aliases,
      // Only when set: an entry without a type reads as before.
      ...(type === null ? {} : { type }),
      line,
    });
  }
  return { entries, diagnostics };
}

/** Maps every name and alias (as a rep key) to its roster entry; null (no rep) maps to none. */
export function rosterLookup(roster: Roster): ReadonlyMap<RepKey | null, RosterEntry> {
  const lookup = new Map<RepKey | null, RosterEntry>();
  for (const entry of roster.entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = repKey(name);
      if (key !== null) lookup.set(key, entry);
    }
  }
  return lookup;
}

/**
 * Reads and parses the roster file with the note reader's guards (stat first, regular files only,
 * size checked before reading, a non-blocking open by the host): a FIFO or a link to /dev/zero named
 * `reps.yaml` is never opened. Null when there is no roster there (nothing, or a folder); anything
 * else that cannot be read is a roster with that problem as its diagnostic.
 */
export async function loadRosterFile(
  source: Pick<NoteSource, 'stat' | 'readBytes'>,
  file: string,
): Promise<Roster | null> {
  const read = await readGuardedText(source, file, ROSTER_LIMIT);
  if (read === null) return null;
  if ('text' in read) return parseRoster(read.text);
  return { entries: [], diagnostics: [read.diagnostic] };
}
