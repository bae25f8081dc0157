// Templates and frameworks in a real VS Code: New 1:1 Note asks the meeting type and fills the
// workspace's template for it (carrying the open items over, the private one still private); a
// broken template shows its problem on its line and the built-in template is used; inside a
// framework section completion offers the framework, and its heading's hover says how to use it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import type { RepsTreeNode } from '../../../src/extension/reps/repsTree';
import { closeAllEditors } from './editors';
import { coachingNotesExtension } from './manifest';
import { eventually, repInTree, workspaceFile } from './notesWorkspace';
import { takeScreenshot } from './screenshot';
import { waitUntil } from './waitUntil';

interface NewNoteResult {
  readonly uri: vscode.Uri;
  readonly carried: number;
}

const TODAY = '2026-11-22';
const REP = 'Tomas Brenner';
const FOLDER = 'tomas';

const PREVIOUS = [
  '---',
  `rep: ${REP}`,
  'date: 2026-11-15',
  'type: weekly',
  '---',
  '',
  '## Agreed goals',
  '',
  '- [ ] Book two discovery calls a week @tomas due:2026-12-31',
  '',
  '## Follow-ups',
  '',
  '- [ ] Send the pricing sheet @tomas due:2026-11-20',
  '',
  '### Notes (private)',
  '',
  '- [ ] Ask how the move is going @coach',
  '',
].join('\n');

const PIP_TEMPLATE = [
  '---',
  'rep: {{rep}}',
  'date: {{date}}',
  'type: {{type}}',
  'next: {{next}}',
  '---',
  '',
  '# Performance plan: {{rep}}',
  '',
  '## Check-in',
  '',
  '{{cursor}}',
  '',
  '## Goals for the plan',
  '',
  '{{carried.goals}}',
  '',
  '## Follow-ups',
  '',
  '{{carried.followUps}}',
  '',
].join('\n');

/** A stakeholder template with a placeholder that does not exist, on line 8. */
const BROKEN_TEMPLATE = [
  '---',
  'rep: {{rep}}',
  'date: {{date}}',
  'type: {{type}}',
  '---',
  '',
  '# Stakeholder meeting',
  'About {{deal}}',
  '',
].join('\n');

let api: CoachingNotesApi;

describe('Writing: templates per meeting type and coaching frameworks', () => {
  const templateUri = (type: string) => workspaceFile('.coaching', 'templates', `${type}.coach.md`);
  const previousUri = () => workspaceFile(FOLDER, '2026-11-15.coach.md');

  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
  });

  beforeEach(async () => {
    await vscode.workspace.fs.writeFile(previousUri(), new TextEncoder().encode(PREVIOUS));
    for (const [name] of await vscode.workspace.fs.readDirectory(workspaceFile(FOLDER))) {
      if (name !== '2026-11-15.coach.md')
        await vscode.workspace.fs.delete(workspaceFile(FOLDER, name), { useTrash: false });
    }
    await eventually(
      async () => (await repInTree(api, REP))?.notes.length === 1,
      `${REP} to have the previous note only`,
    );
  });

  afterEach(closeAllEditors);

  after(async () => {
    for (const uri of [workspaceFile(FOLDER), workspaceFile('.coaching')]) {
      if (fs.existsSync(uri.fsPath))
        await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
    }
    await eventually(async () => (await repInTree(api, REP)) === undefined, `${REP} to leave the Reps tree`);
  });

  async function repNode(): Promise<RepsTreeNode> {
    const rep = await repInTree(api, REP);
    assert.ok(rep);
    return { kind: 'rep', rep };
  }

  it('asks the type (the latest note’s first) and fills the workspace template of the one chosen', async () => {
    await vscode.workspace.fs.writeFile(templateUri('pip'), new TextEncoder().encode(PIP_TEMPLATE));
    let settled = false;
    const pending = vscode.commands
      .executeCommand<NewNoteResult | undefined>('coachingNotes.newNoteForRep', await repNode())
      .then((result) => {
        settled = true;
        return result;
      });
    await takeScreenshot('new-note-type', {
      waitForText: [`New 1:1 Note for ${REP}`, `default for ${REP}`, 'stakeholder'],
    });
    // weekly (the default), coaching, pipeline-review, skip-level, other, pip: five down.
    for (let step = 0; step < 5; step++)
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitUntil(() => settled, 'the type to be picked');
    const result = await pending;
    assert.ok(result);
    assert.strictEqual(result.carried, 3);
    const text = fs.readFileSync(result.uri.fsPath, 'utf8');
    assert.ok(text.startsWith(`---\nrep: ${REP}\ndate: ${TODAY}\ntype: pip\nnext: 2026-11-29\n---\n`), text);
    assert.ok(text.includes(`# Performance plan: ${REP}\n\n## Check-in\n`), text);
    assert.ok(
      text.includes('## Goals for the plan\n\n- [ ] Book two discovery calls a week @tomas due:2026-12-31\n'),
      text,
    );
    assert.ok(
      text.includes(
        '## Follow-ups\n\n- [ ] Send the pricing sheet @tomas due:2026-11-20\n\n### Notes (private)\n\n- [ ] Ask how the move is going @coach\n',
      ),
      text,
    );
    // The cursor waits in the Check-in section.
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), result.uri.toString());
    assert.strictEqual(editor.document.lineAt(editor.selection.active.line - 2).text, '## Check-in');
    // The template is not a note: no rep called {{rep}} appears.
    assert.strictEqual(await repInTree(api, '{{rep}}'), undefined);
  });

  it('shows a broken template’s problem on its line and makes the note from the built-in one', async () => {
    await vscode.workspace.fs.writeFile(
      templateUri('stakeholder'),
      new TextEncoder().encode(BROKEN_TEMPLATE),
    );
    const result = await vscode.commands.executeCommand<NewNoteResult | undefined>(
      'coachingNotes.newNoteForRep',
      await repNode(),
      { type: 'stakeholder' },
    );
    assert.ok(result);
    const text = fs.readFileSync(result.uri.fsPath, 'utf8');
    assert.ok(text.includes('type: stakeholder\n'), text);
    assert.ok(text.includes('## Stakeholders\n'), text);
    assert.ok(!text.includes('{{'), text);
    await waitUntil(
      () => vscode.languages.getDiagnostics(templateUri('stakeholder')).length > 0,
      'the template problem in the Problems panel',
    );
    const [problem] = vscode.languages.getDiagnostics(templateUri('stakeholder'));
    assert.strictEqual(problem.range.start.line, 7);
    assert.match(problem.message, /Unknown placeholder `\{\{deal\}\}`/u);
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
  });

  it('offers the framework inside its section only, inserts it, and explains the heading on hover', async () => {
    const uri = workspaceFile(FOLDER, '2026-11-16.coach.md');
    const note = [
      '---',
      `rep: ${REP}`,
      'date: 2026-11-16',
      '---',
      '',
      '## Root cause',
      '',
      '',
      '## Resistance',
      '',
      '',
      '',
    ];
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(note.join('\n')));
    const editor = await vscode.window.showTextDocument(uri);
    const inResistance = new vscode.Position(10, 0);
    const label = 'Resistance: align, clarify, assure';
    const offered = async (position: vscode.Position) =>
      (
        await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          uri,
          position,
        )
      ).items.filter((item) => item.label === label);
    assert.strictEqual((await offered(new vscode.Position(6, 0))).length, 0, 'not in Root cause');
    const [item] = await offered(inResistance);
    assert.ok(item, 'offered in Resistance');

    // What the user sees: the suggestion list in the section.
    editor.selection = new vscode.Selection(inResistance, inResistance);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await takeScreenshot('framework-completion', { waitForText: [label] });
    await vscode.commands.executeCommand('hideSuggestWidget');

    assert.ok(item.insertText instanceof vscode.SnippetString);
    await editor.insertSnippet(item.insertText, inResistance);
    await waitUntil(
      () => editor.document.getText().includes('- Who resists: '),
      'the snippet to be inserted',
    );
    const lines = editor.document.getText().split('\n');
    assert.deepStrictEqual(
      lines.slice(10, 15).map((line) => line.slice(0, line.indexOf(':') + 1)),
      ['- Who resists:', '- Their perception is missing:', '- Align:', '- Clarify:', '- Assure:'],
    );

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      new vscode.Position(8, 4),
    );
    const hoverText = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
      .join('\n');
    assert.match(hoverText, /missing, incomplete or incorrect/u);
    assert.match(hoverText, /Align with their goals/u);
  });
});
