// The file port: how the engine reaches note files without knowing the host (node:fs in the CLI,
// vscode.workspace.fs in the extension), and how a read outcome becomes note text or a diagnostic.
import { emptyFrontMatterFields } from '../note/frontMatterFields';
import type { DiagnosticCode, NoteDiagnostic, ParsedNote } from '../note/model';

/** Notes larger than this are never read: a note is a few KB, a 5 MB file is a mistake. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export const NOTE_FILE_SUFFIX = '.coach.md';

/**
 * Folders never searched for notes: full of files that are never a user's notes, or (`.coaching`)
 * the extension's own, whose `templates/*.coach.md` are note templates, not notes.
 */
export const SKIPPED_FOLDER_NAMES: ReadonlySet<string> = new Set(['node_modules', '.git', '.coaching']);

/** Same rule as the extension's `**\/*.coach.md` glob: case-sensitive suffix. */
export function isNoteFileName(name: string): boolean {
  return name.endsWith(NOTE_FILE_SUFFIX);
}

export type NoteFileKind = 'file' | 'directory' | 'other';

export interface NoteFileStat {
  /** What the path names after following symbolic links; 'other' is a FIFO, device, socket... */
  readonly kind: NoteFileKind;
  readonly size: number;
  /** Modification time in milliseconds since the epoch. */
  readonly mtime: number;
  /** Status change time in ms (set by the system on every write), where the host knows it. */
  readonly ctime?: number;
}

/**
 * Thrown by `NoteSource.readBytes` when the path turns out not to be a regular file once opened
 * (it was replaced after `stat`). Hosts must open without blocking (a FIFO must never hang a run).
 */
export class NotRegularFileError extends Error {
  constructor(file: string) {
    super(`Not a regular file: ${file}`);
    this.name = 'NotRegularFileError';
  }
}

/** Implemented by each host. Paths are the host's own strings; the engine treats them as opaque keys. */
export interface NoteSource {
  /** Every note file under the roots (a root that is a file is listed as is). */
  listNoteFiles(roots: readonly string[]): Promise<readonly string[]>;
  /** Follows symbolic links. Rejects when the file is gone or cannot be inspected. */
  stat(file: string): Promise<NoteFileStat>;
  /**
   * The file's bytes, reading at most `maxBytes + 1` (more than `maxBytes` means too large).
   * Rejects with `NotRegularFileError` when the opened file is not a regular file, otherwise with
   * any error when it cannot be read.
   */
  readBytes(file: string, maxBytes: number): Promise<Uint8Array>;
}

/** Reads into `buffer` at `offset`, `length` bytes from file position `position`; 0 at the end. */
export type ReadAt = (
  buffer: Uint8Array,
  offset: number,
  length: number,
  position: number,
) => number | Promise<number>;

/**
 * Reads an open file of `size` bytes (from fstat) for `NoteSource.readBytes`, whatever the host's
 * read call. One byte more than the limit tells a file that is too large; the size lets a single
 * read finish a file that is not being written to, and a file that grows meanwhile is still read
 * to its end (up to the limit).
 */
export async function readUpTo(size: number, maxBytes: number, readAt: ReadAt): Promise<Uint8Array> {
  let buffer: Uint8Array = new Uint8Array(Math.min(size, maxBytes) + 1);
  let length = 0;
  for (;;) {
    const room = roomToRead(buffer, length, maxBytes);
    if (room === null) break;
    buffer = room;
    const bytesRead = await readAt(buffer, length, buffer.length - length, length);
    length += bytesRead;
    if (bytesRead === 0 || length === size) break;
  }
  return buffer.subarray(0, length);
}

/** A buffer a reader keeps from file to file (readUpToSync): grown when a file needs more, never shrunk. */
export interface ScratchBuffer {
  bytes: Uint8Array;
}

/**
 * One buffer that many files are read into, each after the one before, until `release`: a reader
 * reads a batch of notes back to back and decodes them after, instead of alternating a read and a
 * parse per note (the system calls run faster back to back: docs/benchmarks.md), and the batch after
 * reuses the buffer. A view handed out stays valid until `release`. When the room left is short, the
 * next file starts a new buffer (the old one stays with the views of it); a file larger than a whole
 * buffer gets a buffer of its own from readUpToSync.
 */
export class ReadBatchBuffer {
  private bytes: Uint8Array;
  private used = 0;

  constructor(
    private readonly size = 512 * 1024,
    /** Below this room, the next file starts a new buffer. */
    private readonly minimumRoom = 64 * 1024,
  ) {
    this.bytes = new Uint8Array(size);
  }

  /** Reads one file with `read` (e.g. readUpToSync) into the room left; its bytes stay until release. */
  readInto(read: (scratch: ScratchBuffer) => Uint8Array): Uint8Array {
    if (this.bytes.length - this.used < this.minimumRoom) {
      this.bytes = new Uint8Array(this.size);
      this.used = 0;
    }
    const fileBytes = read({ bytes: this.bytes.subarray(this.used) });
    // Bytes in this buffer are kept; a file that needed a buffer of its own left this one's room free.
    if (fileBytes.buffer === this.bytes.buffer) {
      this.used = fileBytes.byteOffset - this.bytes.byteOffset + fileBytes.length;
    }
    return fileBytes;
  }

  /** Every view handed out so far may be overwritten from now on. */
  release(): void {
    this.used = 0;
  }
}

/**
 * readUpTo for a host whose reads return at once, into `scratch` instead of a new buffer per file:
 * no allocation and no garbage per note. The bytes are a view of the scratch buffer, valid until its
 * next use: decode them before reading another file.
 */
export function readUpToSync(
  size: number,
  maxBytes: number,
  readAt: (buffer: Uint8Array, offset: number, length: number, position: number) => number,
  scratch: ScratchBuffer,
): Uint8Array {
  const needed = Math.min(size, maxBytes) + 1;
  if (scratch.bytes.length < needed) scratch.bytes = new Uint8Array(needed);
  // The buffer may be larger than this file's limit (a larger note before it): never read past it.
  const end = maxBytes + 1;
  let length = 0;
  for (;;) {
    const room = roomToRead(scratch.bytes, length, maxBytes);
    if (room === null) break;
    scratch.bytes = room;
    const bytesRead = readAt(scratch.bytes, length, Math.min(scratch.bytes.length, end) - length, length);
    length += bytesRead;
    if (bytesRead === 0 || length === size || length >= end) break;
  }
  return scratch.bytes.subarray(0, length);
}

/**
 * The buffer to read on into after `length` bytes: the same one while it has room, a larger copy
 * (at most one byte past the limit) when it is full, null when a byte past the limit is already read.
 */
function roomToRead(buffer: Uint8Array, length: number, maxBytes: number): Uint8Array | null {
  if (length < buffer.length) return buffer;
  if (length > maxBytes) return null;
  const grown = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
  grown.set(buffer.subarray(0, length));
  return grown;
}

export type ReadOutcome =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'not-regular-file' }
  | {
      readonly kind: 'unreadable';
      readonly reason: string;
      /** Nothing is there (as opposed to something that cannot be read). */
      readonly missing: boolean;
    };

export interface NoteFileRead {
  readonly outcome: ReadOutcome;
  /** Null when the file could not be inspected at all. */
  readonly stat: NoteFileStat | null;
}

// Error codes of node:fs (POSIX names) and of vscode.FileSystemError, in words. The message of the
// error itself is not shown: it repeats the absolute path.
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  FileNotFound: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  NoPermissions: 'permission denied',
  EISDIR: 'it is a folder',
  FileIsADirectory: 'it is a folder',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  Unavailable: 'the file system is unavailable',
};

const MISSING_CODES: ReadonlySet<string> = new Set(['ENOENT', 'FileNotFound']);

function unreadableOutcome(error: unknown): ReadOutcome {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && code !== '') {
    return { kind: 'unreadable', reason: REASONS[code] ?? code, missing: MISSING_CODES.has(code) };
  }
  return {
    kind: 'unreadable',
    reason: error instanceof Error ? error.message : String(error),
    missing: false,
  };
}

/**
 * Reads a file the user does not control the contents of (a note, the roster): stat first, so that
 * a FIFO, a device or a huge file is never opened, and a non-blocking open by the host besides.
 */
export async function readGuardedFile(
  source: Pick<NoteSource, 'stat' | 'readBytes'>,
  file: string,
  maxBytes: number,
  knownStat?: NoteFileStat,
): Promise<NoteFileRead> {
  let stat: NoteFileStat;
  try {
    stat = knownStat ?? (await source.stat(file));
  } catch (error) {
    return { outcome: unreadableOutcome(error), stat: null };
  }
  if (stat.kind !== 'file') return { outcome: { kind: 'not-regular-file' }, stat };
  if (stat.size > maxBytes) return { outcome: { kind: 'too-large', size: stat.size }, stat };
  return { outcome: await readOpenedFile(source, file, maxBytes), stat };
}

/**
 * Reads a file without a `stat` first, for a path the folder listing already called a regular file:
 * the host's non-blocking open and its fstat still turn away a FIFO or device (swapped in since the
 * listing), and reading stops one byte past the limit. Never throws.
 */
export async function readOpenedFile(
  source: Pick<NoteSource, 'readBytes'>,
  file: string,
  maxBytes: number,
): Promise<ReadOutcome> {
  try {
    return outcomeOfBytes(await source.readBytes(file, maxBytes), maxBytes);
  } catch (error) {
    return outcomeOfFailedRead(error);
  }
}

/**
 * readOpenedFile for a host that reads synchronously (`read` has the contract of
 * `NoteSource.readBytes`). Never throws.
 */
export function readOpenedFileSync(
  read: (file: string, maxBytes: number) => Uint8Array,
  file: string,
  maxBytes: number,
): ReadOutcome {
  try {
    return outcomeOfBytes(read(file, maxBytes), maxBytes);
  } catch (error) {
    return outcomeOfFailedRead(error);
  }
}

function outcomeOfBytes(bytes: Uint8Array, maxBytes: number): ReadOutcome {
  // The file may have grown since it was listed or stat'ed.
  if (bytes.length > maxBytes) return { kind: 'too-large', size: bytes.length };
  return { kind: 'bytes', bytes };
}

function outcomeOfFailedRead(error: unknown): ReadOutcome {
  if (error instanceof NotRegularFileError) return { kind: 'not-regular-file' };
  return unreadableOutcome(error);
}

/** Reads one note file with the guards of readGuardedFile and the note size limit. */
export function readNoteFile(
  source: NoteSource,
  file: string,
  knownStat?: NoteFileStat,
): Promise<NoteFileRead> {
  return readGuardedFile(source, file, MAX_NOTE_BYTES, knownStat);
}

export function fileDiagnostic(code: DiagnosticCode, message: string): NoteDiagnostic {
  const start = { line: 0, character: 0 };
  return { range: { start, end: start }, severity: 'error', code, message };
}

function megabytes(size: number): string {
  return (size / (1024 * 1024)).toFixed(1);
}

// One decoder for every file: `fatal` makes invalid UTF-8 an error instead of U+FFFD, and the
// default `ignoreBOM: false` drops a leading BOM, as VS Code does when it opens the file.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The note's text, or the diagnostic that stands for the whole file and the reason in a few words. */
export type DecodedNote =
  { readonly text: string } | { readonly diagnostic: NoteDiagnostic; readonly reason: string };

/** How large a kind of file may be, and what it is called in messages ("notes"). */
export interface FileLimit {
  readonly maxBytes: number;
  readonly kind: string;
}

export const NOTE_LIMIT: FileLimit = { maxBytes: MAX_NOTE_BYTES, kind: 'notes' };

/** Turns a read outcome into the note's text, or the diagnostic that stands for the whole file. */
export function decodeNoteFile(outcome: ReadOutcome, limit: FileLimit = NOTE_LIMIT): DecodedNote {
  switch (outcome.kind) {
    case 'bytes':
      try {
        return { text: utf8.decode(outcome.bytes) };
      } catch {
        return {
          diagnostic: fileDiagnostic(
            'not-utf8',
            'The file is not valid UTF-8 text: save it as UTF-8 to read it.',
          ),
          reason: 'not UTF-8 text',
        };
      }
    case 'too-large':
      return {
        diagnostic: fileDiagnostic(
          'file-too-large',
          `The file is ${megabytes(outcome.size)} MB; ${limit.kind} larger than ${megabytes(limit.maxBytes)} MB are not read.`,
        ),
        reason: `larger than ${megabytes(limit.maxBytes)} MB`,
      };
    case 'not-regular-file':
      return {
        diagnostic: fileDiagnostic(
          'not-regular-file',
          'Not a regular file (a device, a FIFO or a socket): it is not read.',
        ),
        reason: 'not a regular file',
      };
    case 'unreadable':
      return {
        diagnostic: fileDiagnostic('file-unreadable', `The file could not be read (${outcome.reason}).`),
        reason: outcome.reason,
      };
  }
}

/** The note that stands for a file that could not be read: no rep, no items, one diagnostic. */
export function unreadableNote(diagnostic: NoteDiagnostic): ParsedNote {
  return {
    frontMatter: { range: null, ...emptyFrontMatterFields() },
    sections: [],
    items: [],
    privateRegions: [],
    diagnostics: [diagnostic],
    lineCount: 0,
  };
}

export type NoteParser = (text: string) => ParsedNote;

export interface LoadedNote {
  readonly note: ParsedNote;
  readonly stat: NoteFileStat | null;
  /** Whether the same file with the same size and mtime will give the same note (for caching). */
  readonly cacheable: boolean;
  /** Why the file could not be read, in a few words ("permission denied"); null when it was read. */
  readonly unreadable: string | null;
}

/** Turns a read into a note: parsed text, or a file diagnostic. Never throws. */
export function noteFromRead(read: NoteFileRead, parse: NoteParser): LoadedNote {
  const decoded = decodeNoteFile(read.outcome);
  if ('text' in decoded) {
    return { note: parse(decoded.text), stat: read.stat, cacheable: read.stat !== null, unreadable: null };
  }
  // A missing or unreadable file may be fine next time; bytes that are too many or not UTF-8 are not.
  const cacheable =
    read.stat !== null && (read.outcome.kind === 'too-large' || read.outcome.kind === 'bytes');
  return { note: unreadableNote(decoded.diagnostic), stat: read.stat, cacheable, unreadable: decoded.reason };
}

/** Why a path found by the walk (core/files/walk) is not searched or read. */
export type SkipReason = 'link-outside' | 'undecodable-name';

const SKIPPED_NOTES: Readonly<Record<SkipReason, { readonly reason: string; readonly message: string }>> = {
  'link-outside': {
    reason: 'it links outside the folder being searched',
    message: 'The file is a link to a file outside the folder being searched: it is not read.',
  },
  'undecodable-name': {
    reason: 'its name is not valid UTF-8',
    message: 'The file name is not valid UTF-8: rename the file to read it.',
  },
};

/** The note that stands for a file the walk found but does not read (see findNoteFiles). */
export function skippedNote(reason: SkipReason): LoadedNote {
  const skipped = SKIPPED_NOTES[reason];
  return {
    note: unreadableNote(fileDiagnostic('file-unreadable', skipped.message)),
    stat: null,
    cacheable: false,
    unreadable: skipped.reason,
  };
}

/** Why the walk does not search a folder or read a file, in a few words (see findNoteFiles). */
export function skipReasonWords(reason: SkipReason): string {
  return SKIPPED_NOTES[reason].reason;
}

/** Reads and parses one note file. Never throws: a file that cannot be read becomes a diagnostic. */
export async function loadNote(
  source: NoteSource,
  file: string,
  parse: NoteParser,
  knownStat?: NoteFileStat,
): Promise<LoadedNote> {
  return noteFromRead(await readNoteFile(source, file, knownStat), parse);
}

/**
 * A small text file (a roster, a note template) read with the note reader's guards: null when there
 * is nothing there (or a folder), else its text or the diagnostic that stands for the whole file.
 */
export async function readGuardedText(
  source: Pick<NoteSource, 'stat' | 'readBytes'>,
  file: string,
  limit: FileLimit,
): Promise<{ readonly text: string } | { readonly diagnostic: NoteDiagnostic } | null> {
  const read = await readGuardedFile(source, file, limit.maxBytes);
  if (read.outcome.kind === 'unreadable' && read.outcome.missing) return null;
  if (read.stat?.kind === 'directory') return null;
  const decoded = decodeNoteFile(read.outcome, limit);
  return 'text' in decoded ? { text: decoded.text } : { diagnostic: decoded.diagnostic };
}
