// The one mapper between the engine's plain types and VS Code's.
import * as vscode from 'vscode';
import { localizeDiagnosticMessage } from '../../core/i18n/diagnostics';
import type { NoteDiagnostic, Range, Severity } from '../../core/note/model';
import { displayMessages } from '../displayLanguage';

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export const DIAGNOSTIC_SOURCE = 'coaching-notes';

export function toVscodeDiagnostic(diagnostic: NoteDiagnostic): vscode.Diagnostic {
  const converted = new vscode.Diagnostic(
    toVscodeRange(diagnostic.range),
    localizeDiagnosticMessage(diagnostic.message, displayMessages()),
    severities[diagnostic.severity],
  );
  converted.source = DIAGNOSTIC_SOURCE;
  converted.code = diagnostic.code;
  return converted;
}
