// Runs the engine and the CLI on one hostile case, in a child process that the tier kills when it
// runs past its time limit. Each step is announced when it starts and reported when it ends, one
// JSON line at a time written synchronously, so that a hang or a crash names the step it hit.
//
//   node probe.js '{"root": "...", "expect": {...}}'
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli/run';
import { SyncNoteFiles } from '../../src/node/nodeFiles';
import { planCarryOver } from '../../src/core/newNote/carryOver';
import { buildRepHistory, type HistoryNoteInput } from '../../src/core/history/history';
import { renderPrepBrief } from '../../src/core/history/brief';
import { rescheduleEdit, setStatusEdit } from '../../src/core/edits/itemEdits';
import type { DiagnosticCode, NoteItem, ParsedNote } from '../../src/core/note/model';
import { NoteCache } from '../../src/core/files/cache';
import { NoteIndex } from '../../src/core/reps/noteIndex';
import { overdueItems } from '../../src/core/reps/overdue';
import { parseNote } from '../../src/core/note/parse';
import { historyToJson, renderItemsCsv, renderMarkdownReport } from '../../src/core/history/report';
import { repSummaries } from '../../src/core/reps/reps';
import { splitLines, stripByteOrderMark } from '../../src/core/base/text';
import { decodeNoteFile, noteFromRead, readNoteFile } from '../../src/core/files/noteSource';
import { CLI_COMMANDS, TODAY, type Expectations } from './corpus';
import { openTaskLines } from './markdownReader';

export interface ProbeRequest {
  readonly root: string;
  readonly expect: Expectations;
}

/** One line of the probe's output. */
export type ProbeEvent =
  | { readonly start: string }
  | { readonly step: string; readonly ms: number; readonly problems: readonly string[] }
  | { readonly done: true; readonly notes: number; readonly openItems: number };

/** Codes of a note that stands for a file that was not read at all. */
const FILE_CODES: ReadonlySet<DiagnosticCode> = new Set([
  'file-unreadable',
  'file-too-large',
  'not-regular-file',
  'not-utf8',
]);
/** Codes after which the CLI may exit 2 (it could not read everything it was given). */
const CANNOT_READ_CODES: ReadonlySet<DiagnosticCode> = FILE_CODES;
/** C0 and C1 control characters other than tab and line feed: never raw on a terminal. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const MAX_LISTED = 5;
const EDITS_PER_NOTE = 50;
/**
 * markdown-it takes seconds on the notes of hundreds of thousands of items: those cases give the
 * exact number of open items instead (Expectations.openItems).
 */
const MAX_READER_CHARACTERS = 256 * 1024;

function emit(event: ProbeEvent): void {
  fs.writeSync(1, JSON.stringify(event) + '\n');
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A short, printable excerpt of `text` around `index`. */
function excerpt(text: string, index: number): string {
  return JSON.stringify(text.slice(Math.max(0, index - 20), index + 20));
}

async function step(name: string, run: () => string[] | Promise<string[]>): Promise<void> {
  emit({ start: name });
  const startedAt = performance.now();
  let problems: string[];
  try {
    problems = await run();
  } catch (error) {
    problems = [`threw ${describe(error)}`];
  }
  if (problems.length > MAX_LISTED)
    problems = [...problems.slice(0, MAX_LISTED), `… and ${problems.length - MAX_LISTED} more`];
  emit({ step: name, ms: Math.round(performance.now() - startedAt), problems });
}

interface LoadedCase {
  readonly file: string;
  /** The decoded text, or null when the file was not read. */
  readonly text: string | null;
  readonly note: ParsedNote;
}

/** Lines of the front matter as the engine found it, when it is a closed block (a reader hides it). */
function frontMatterLines(note: ParsedNote): Set<number> {
  const range = note.frontMatter.range;
  const lines = new Set<number>();
  if (range === null || note.diagnostics.some((d) => d.code === 'unclosed-front-matter')) return lines;
  for (let line = range.start.line; line <= range.end.line; line++) lines.add(line);
  return lines;
}

/**
 * Open task items a Markdown reader sees that the engine does not report, unless a diagnostic at or
 * above the item says why (an unclosed fence, a broken front matter...).
 */
function droppedItems(loaded: LoadedCase): string[] {
  const { text, note, file } = loaded;
  if (text === null || text.length > MAX_READER_CHARACTERS) return [];
  if (note.diagnostics.some((d) => FILE_CODES.has(d.code))) return [];
  const engineLines = new Set(note.items.map((item) => item.line));
  const problems: string[] = [];
  for (const line of openTaskLines(stripByteOrderMark(text), frontMatterLines(note))) {
    if (engineLines.has(line)) continue;
    const explained = note.diagnostics.some((d) => d.severity !== 'info' && d.range.start.line <= line);
    if (!explained)
      problems.push(
        `${file}:${line + 1}: a Markdown reader sees an open item that the engine does not report, and no diagnostic says why`,
      );
  }
  return problems;
}

function diagnosticProblems(loaded: LoadedCase): string[] {
  const problems: string[] = [];
  const lineCount = Math.max(1, loaded.note.lineCount);
  for (const d of loaded.note.diagnostics) {
    if (typeof d.message !== 'string' || d.message.trim() === '')
      problems.push(`${loaded.file}: a diagnostic without a message (${d.code})`);
    if (!Number.isInteger(d.range.start.line) || d.range.start.line < 0 || d.range.start.line >= lineCount)
      problems.push(
        `${loaded.file}: diagnostic ${d.code} at line ${d.range.start.line}, outside the note's ${lineCount} lines`,
      );
  }
  return problems;
}

function prototypesClean(): string[] {
  const problems: string[] = [];
  for (const [name, proto] of [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
  ] as const) {
    const own = Object.getOwnPropertyNames(proto).filter((key) => key === 'polluted' || key === 'isAdmin');
    if (own.length > 0) problems.push(`${name}.prototype was polluted with ${own.join(', ')}`);
  }
  return problems;
}

/** A cache of `notes` whose first entry hides 10,000 levels of nesting in its front matter. */
function tamperedCache(notes: readonly LoadedCase[]): string {
  const cache = new NoteCache('hostile');
  notes.forEach((loaded, i) => cache.store(loaded.file, { size: i, mtime: i }, loaded.note));
  const deep = `${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`;
  // A stored note is positional: the private flag (0 or 1), then the extra front matter keys.
  return cache.serialise().replace(/,([01]),\{\}/, `,$1,{"deep":${deep}}`);
}

/**
 * Up to EDITS_PER_NOTE open items spread over the note: an edit is one user action on one item, and
 * finding an item's bad due token scans the note's diagnostics.
 */
function editSample(note: ParsedNote): NoteItem[] {
  const open = note.items.filter((item) => item.status === 'open');
  const stride = Math.max(1, Math.ceil(open.length / EDITS_PER_NOTE));
  return open.filter((_, i) => i % stride === 0);
}

interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(argv: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: {},
    now: () => new Date(`${TODAY}T12:00:00`),
  });
  return { code, stdout, stderr };
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2]) as ProbeRequest;
  const { root, expect } = request;
  const source = new SyncNoteFiles();
  let files: readonly string[] = [];
  const loaded: LoadedCase[] = [];
  const index = new NoteIndex();
  const show = (file: string) => JSON.stringify(path.relative(root, file));

  await step('walk', async () => {
    files = await source.listNoteFiles([root]);
    if (expect.notes !== undefined && files.length !== expect.notes)
      return [
        `found ${files.length} notes, expected ${expect.notes}: ${files.slice(0, 8).map(show).join(', ')}`,
      ];
    return [];
  });

  await step('read and parse', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const read = await readNoteFile(source, file);
      const decoded = decodeNoteFile(read.outcome);
      const one = {
        file: show(file),
        text: 'text' in decoded ? decoded.text : null,
        note: noteFromRead(read, parseNote).note,
      };
      loaded.push(one);
      problems.push(...diagnosticProblems(one));
    }
    const found = new Set(loaded.flatMap((one) => one.note.diagnostics.map((d) => d.code)));
    // The roster's codes are the CLI's to report (`check`), not the notes'.
    for (const code of expect.codes ?? [])
      if (code !== 'roster-invalid' && !found.has(code)) problems.push(`no ${code} diagnostic`);
    return problems;
  });

  await step('items a Markdown reader sees', () => loaded.flatMap(droppedItems));

  await step('index', () => {
    for (const one of loaded) index.set(one.file, one.note);
    let open = 0;
    for (const entry of index.indexedNotes()) open += entry.openItems;
    return expect.openItems !== undefined && open !== expect.openItems
      ? [`${open} open items, expected ${expect.openItems}`]
      : [];
  });

  await step('overdue', () => {
    overdueItems(index, TODAY);
    return [];
  });

  await step('reps', () => {
    repSummaries(index, TODAY);
    return [];
  });

  await step('history, report, CSV, JSON and brief', () => {
    const problems: string[] = [];
    for (const group of index.repGroups()) {
      if (group.key === null) continue; // notes without a rep are in no history
      const entries: HistoryNoteInput[] = [...group.entries].map((entry) => ({
        file: entry.file,
        note: entry.note,
      }));
      try {
        const history = buildRepHistory(entries, { today: TODAY });
        const shared = buildRepHistory(entries, { today: TODAY, forSharing: true });
        renderMarkdownReport(shared);
        renderItemsCsv(shared);
        JSON.stringify(historyToJson(shared));
        renderPrepBrief({
          history,
          repName: group.name ?? 'no rep',
          latestNote: group.newest?.note ?? null,
          link: (file, line) => `file://${encodeURI(file)}#L${line + 1}`,
        });
      } catch (error) {
        problems.push(`rep ${JSON.stringify(group.name)}: threw ${describe(error)}`);
      }
    }
    return problems;
  });

  await step('carry-over', () => {
    const problems: string[] = [];
    for (const one of loaded) {
      if (one.text === null) continue;
      const plan = planCarryOver(one.note, one.text);
      const itemLines = new Set(one.note.items.map((item) => item.line));
      for (const edit of plan.edits)
        if (!itemLines.has(edit.range.start.line) || edit.range.end.line !== edit.range.start.line)
          problems.push(
            `${one.file}: a carry-over edit outside its item (line ${edit.range.start.line + 1})`,
          );
    }
    return problems;
  });

  await step('reschedule and mark done', () => {
    const problems: string[] = [];
    for (const one of loaded) {
      if (one.text === null) continue;
      const lines = splitLines(stripByteOrderMark(one.text));
      for (const item of editSample(one.note)) {
        for (const edit of [
          rescheduleEdit(item, lines[item.line], '2026-12-01'),
          setStatusEdit(item, 'done'),
        ]) {
          const { start, end } = edit.range;
          if (start.line !== item.line || end.line !== item.line || end.character > lines[item.line].length)
            problems.push(`${one.file}:${item.line + 1}: an edit reaches outside the item's line`);
        }
      }
    }
    return problems;
  });

  if (expect.tamperedCache) {
    await step('tampered note cache', () => {
      NoteCache.deserialise(tamperedCache(loaded), 'hostile');
      return [];
    });
  }

  await step('prototypes', prototypesClean);

  const rep =
    expect.rep ?? [...index.repGroups()].map((group) => group.name).find((name) => name !== null) ?? null;
  const canExit2 =
    expect.cliCannotRead === true ||
    loaded.some((one) => one.note.diagnostics.some((d) => CANNOT_READ_CODES.has(d.code)));
  const commands = (expect.commands ?? CLI_COMMANDS).filter(
    (command) => rep !== null || !command.startsWith('history'),
  );
  for (const command of commands) {
    const [name, ...flags] = command.split(' ');
    const argv =
      name === 'history'
        ? [name, rep ?? '', '.', '--today', TODAY, ...flags]
        : [name, '.', ...(name === 'check' ? [] : ['--today', TODAY]), ...flags];
    await step(`cli ${command}`, async () => {
      const problems: string[] = [];
      const run = await cli(argv, root);
      if (/unexpected error/u.test(run.stderr)) problems.push(`stderr: ${run.stderr.slice(0, 300)}`);
      if (run.code !== 0 && run.code !== 1 && !(run.code === 2 && canExit2))
        problems.push(`exit ${run.code}: ${run.stderr.slice(0, 300)}`);
      if (argv.includes('--json') && run.code !== 2) {
        try {
          JSON.parse(run.stdout);
        } catch (error) {
          problems.push(`--json output is not JSON (${describe(error)})`);
        }
      }
      for (const [stream, text] of [
        ['stdout', run.stdout],
        ['stderr', run.stderr],
      ] as const) {
        const control = TERMINAL_CONTROL.exec(text);
        if (control)
          problems.push(
            `raw control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} on ${stream}: ${excerpt(text, control.index)}`,
          );
      }
      if (expect.cliCannotRead) {
        if (!/cannot (read|search|list)/u.test(run.stderr))
          problems.push('does not say on stderr what it cannot read');
        if (argv[0] === 'overdue' && run.code !== 2)
          problems.push(`exit ${run.code}, expected 2 (something could not be read)`);
      }
      if (argv[0] === 'check' && argv.includes('--json') && run.code !== 2 && expect.codes) {
        const rows = JSON.parse(run.stdout) as Array<{ code: string; line: number }>;
        for (const code of expect.codes)
          if (!rows.some((row) => row.code === code && row.line >= 1))
            problems.push(`no ${code} with a line number`);
      }
      return problems;
    });
  }

  let openItems = 0;
  for (const entry of index.indexedNotes()) openItems += entry.openItems;
  emit({ done: true, notes: files.length, openItems });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`probe: ${describe(error)}\n`);
    process.exit(3);
  },
);
