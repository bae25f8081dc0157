// Helpers for tests that write notes into the fixture workspace and wait for the extension to see
// them: where a file goes, reading it back, waiting on an async condition, and the Reps tree as it
// shows reps.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RepOverview } from '../../../src/core/reps/repOverview';
import type { CoachingNotesApi } from '../../../src/extension/api';
import type { RepsTreeNode } from '../../../src/extension/reps/repsTree';

export { eventually } from './waitUntil';
/** Test files ask as the extension asks: `workspace.fs.stat` succeeds. */
export { fileExists } from '../../../src/extension/util/fileExists';

export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** The rep named `name` as the Reps tree shows it (inside team nodes too), or undefined. */
export async function repInTree(api: CoachingNotesApi, name: string): Promise<RepOverview | undefined> {
  const visit = async (nodes: readonly RepsTreeNode[]): Promise<RepOverview | undefined> => {
    for (const node of nodes) {
      if (node.kind === 'rep' && node.rep.name === name) return node.rep;
      if (node.kind === 'team') {
        const found = await visit((await api.repsTree.getChildren(node)) ?? []);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit((await api.repsTree.getChildren()) ?? []);
}

/** A workspace file's text (UTF-8), through VS Code's file system. */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The Reps tree as its data provider gives it: children, and each node's label and description. */
export function repsTreeReader(api: CoachingNotesApi) {
  const children = async (node?: RepsTreeNode): Promise<RepsTreeNode[]> =>
    (await api.repsTree.getChildren(node)) ?? [];
  const label = async (node: RepsTreeNode): Promise<string> => {
    const item = await api.repsTree.getTreeItem(node);
    return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  };
  const description = async (node: RepsTreeNode): Promise<string> => {
    const { description: text } = await api.repsTree.getTreeItem(node);
    return typeof text === 'string' ? text : '';
  };
  const repNode = async (name: string): Promise<RepsTreeNode> => {
    for (const node of await children()) if ((await label(node)) === name) return node;
    throw new Error(`no rep ${name} in the tree`);
  };
  return { children, label, description, repNode };
}
