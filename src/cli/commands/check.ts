// `coaching-notes check`: every format diagnostic, like a linter's report.
import { pushAll } from '../../core/base/arrays';
import { localizeDiagnosticMessage } from '../../core/i18n/diagnostics';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import type { DiagnosticCode, NoteDiagnostic, ParsedNote, Severity } from '../../core/note/model';
import {
  EXIT_CLEAN,
  EXIT_FOUND,
  jsonLine,
  LIST_OPTIONS,
  parseListRequest,
  type CliCommand,
  type CliIo,
  type ListRequest,
} from '../command';
import { runOnIndexedNotes } from '../indexedRun';
import { displayPath } from '../paths';
import type { FoundRoster } from '../roster';
import { styleFor } from '../style';
import type { Style } from '../style';
import { forTerminal } from '../terminalText';

export interface CheckJson {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly message: string;
  readonly code: DiagnosticCode;
}

/** One file's diagnostics as rows with 1-based positions, in the order given. */
export function diagnosticRows(file: string, diagnostics: readonly NoteDiagnostic[]): CheckJson[] {
  return diagnostics.map((diagnostic) => ({
    file,
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    severity: diagnostic.severity,
    message: diagnostic.message,
    code: diagnostic.code,
  }));
}

/**
 * Every diagnostic with 1-based positions, sorted by file, line, then column: those of the notes,
 * and those of other files read with them (the roster) given as rows.
 */
export function collectDiagnostics(
  notes: ReadonlyMap<string, ParsedNote>,
  others: readonly CheckJson[] = [],
): CheckJson[] {
  const result: CheckJson[] = [...others];
  for (const [file, note] of notes) pushAll(result, diagnosticRows(file, note.diagnostics));
  return result.sort((a, b) =>
    a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.column - b.column,
  );
}

/** `path:line:column: severity: message [code]`, as a linter prints it. */
export function formatDiagnostic(d: CheckJson, style: Style, words: Messages = messagesFor('en')): string {
  const colour = { error: style.red, warning: style.yellow, info: style.cyan };
  const severity = words.text(`cli.check.severity.${d.severity}`);
  const message = localizeDiagnosticMessage(d.message, words);
  return (
    `${style.cyan(forTerminal(d.file))}:${d.line}:${d.column}: ${colour[d.severity](severity)}: ${forTerminal(message)} ` +
    style.dim(`[${d.code}]`)
  );
}

export function formatCheck(
  diagnostics: readonly CheckJson[],
  noteCount: number,
  style: Style,
  words: Messages = messagesFor('en'),
): string {
  const lines = diagnostics.map((d) => formatDiagnostic(d, style, words));
  const counts = { error: 0, warning: 0, info: 0 };
  const fileCount = new Set<string>();
  for (const d of diagnostics) {
    counts[d.severity]++;
    fileCount.add(d.file);
  }
  const checked = words.count('cli.checked', noteCount);
  if (diagnostics.length === 0) {
    lines.push(words.text('cli.check.none', { checked }));
  } else {
    const parts = [words.count('count.errors', counts.error), words.count('count.warnings', counts.warning)];
    if (counts.info > 0) parts.push(words.count('count.infos', counts.info));
    const files = words.count('count.files', fileCount.size);
    lines.push(style.bold(words.text('cli.check.total', { counts: parts.join(', '), files, checked })));
  }
  return lines.join('\n') + '\n';
}

/** The roster's problems as `check` lists them, with the path the user sees. */
export function rosterProblems(cwd: string, found: FoundRoster | null): CheckJson[] {
  return found ? diagnosticRows(displayPath(cwd, found.file), found.roster.diagnostics) : [];
}

/**
 * Says the roster's problems on stderr, as `check` prints them, for commands that go on without
 * the bad entries (`reps`, `history`).
 */
export function warnRosterProblems(
  cwd: string,
  found: FoundRoster | null,
  stderr: CliIo['stderr'],
  env: Readonly<Record<string, string | undefined>>,
): void {
  const style = styleFor(stderr.isTTY, env);
  for (const problem of rosterProblems(cwd, found)) stderr.write(formatDiagnostic(problem, style) + '\n');
}

export const checkCommand: CliCommand<ListRequest> = {
  name: 'check',
  summary: ['Report format problems in notes and reps.yaml (exit 1 when there is an error)'],
  options: LIST_OPTIONS,
  parse: parseListRequest,
  run: (request, io) =>
    runOnIndexedNotes(request, io, ({ index, roster }) => {
      // The roster's problems count as the notes' do.
      const diagnostics = collectDiagnostics(index.notes, rosterProblems(io.cwd, roster));
      const style = styleFor(io.stdout.isTTY, io.env ?? {});
      io.stdout.write(
        request.json ? jsonLine(diagnostics) : formatCheck(diagnostics, index.size, style, io.words),
      );
      return diagnostics.some((d) => d.severity === 'error') ? EXIT_FOUND : EXIT_CLEAN;
    }),
};
