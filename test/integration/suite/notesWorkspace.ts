// Helpers for tests that write notes into the fixture workspace and wait for the extension to see
// them: where a file goes, waiting on an async condition, and a rep as the Reps tree shows it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RepOverview } from '../../../src/core/reps/repOverview';
import type { CoachingNotesApi } from '../../../src/extension/api';
import type { RepsTreeNode } from '../../../src/extension/reps/repsTree';

export { eventually } from './waitUntil';

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
