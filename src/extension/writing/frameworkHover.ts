// Hovering a framework section's heading (`## Check-in`, `## Selling blockers`, `## Resistance`,
// `## Stakeholders`) gives two lines on how to use the framework, and how to insert its snippet.
import * as vscode from 'vscode';
import { frameworkOf } from '../../core/newNote/frameworks';
import { noteSelector, parsedDocument } from './parsedDocument';
import { whenEngineLoaded } from '../engineLoaded';

export class FrameworkHover implements vscode.HoverProvider {
  static register(): vscode.Disposable {
    return vscode.languages.registerHoverProvider(noteSelector(), new FrameworkHover());
  }

  provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.Hover | undefined | Promise<vscode.Hover | undefined> {
    return whenEngineLoaded(() => this.hover(document, position));
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const section = parsedDocument(document).sections.find(
      (candidate) => candidate.headingLine === position.line,
    );
    const framework = section === undefined ? undefined : frameworkOf(section.kind);
    if (!framework) return undefined;
    const text = new vscode.MarkdownString(
      [`**${framework.label}**`, '', framework.help[0], '', framework.help[1]].join('\n'),
    );
    return new vscode.Hover(text, document.lineAt(position.line).range);
  }
}
