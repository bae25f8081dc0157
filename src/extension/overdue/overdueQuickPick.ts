// "Coaching: Show Overdue Follow-ups": every overdue item in the workspace, most overdue first.
// Choosing one opens the note at its line; the check button marks it done in place.
import * as vscode from 'vscode';
import { basename } from '../../core/base/posixPath';
import type { ItemRef } from '../../core/reps/repOverview';
import { withoutDueDate } from '../../core/note/dueToken';
import { compareOverdue, daysOverdue, isOverdue, type OverdueOrderKey } from '../../core/reps/overdue';
import { CommandIds } from '../commandIds';
import { openLocation } from '../items/itemActions';
import { describeOverdue } from '../reps/describe';
import type { RepsModel } from '../reps/repsModel';
import type { Services } from '../services';

interface OverdueEntry {
  readonly rep: string | null;
  readonly ref: ItemRef;
}

type OverduePickItem = vscode.QuickPickItem & { readonly entry: OverdueEntry };

export function collectOverdue(model: RepsModel): OverdueEntry[] {
  const entries: OverdueEntry[] = [];
  for (const rep of model.all()) {
    for (const ref of rep.overdue) entries.push({ rep: rep.name, ref });
  }
  const today = model.today;
  for (const { file, note } of model.notesWithoutRep()) {
    for (const item of note.items) {
      if (isOverdue(item, today)) {
        entries.push({
          rep: null,
          ref: { file, noteDate: note.frontMatter.date, item, daysOverdue: daysOverdue(item, today) },
        });
      }
    }
  }
  return entries.sort((a, b) => compareOverdue(orderKey(a), orderKey(b)));
}

function orderKey({ rep, ref }: OverdueEntry): OverdueOrderKey {
  return { rep, file: ref.file, item: ref.item };
}

const markDoneButton: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('check'),
  tooltip: vscode.l10n.t('Mark done'),
};

function toPickItem(entry: OverdueEntry): OverduePickItem {
  const { ref } = entry;
  const uri = vscode.Uri.parse(ref.file);
  return {
    entry,
    label: withoutDueDate(ref.item.text),
    description: [entry.rep ?? vscode.l10n.t('(no rep)'), describeOverdue(ref.daysOverdue ?? 0)].join(' · '),
    detail: [
      ref.item.due ? vscode.l10n.t('due {0}', ref.item.due) : undefined,
      ref.noteDate ? vscode.l10n.t('1:1 of {0}', ref.noteDate) : undefined,
      `${vscode.workspace.asRelativePath(uri)}:${ref.item.line + 1}`,
    ]
      .filter(Boolean)
      .join(' · '),
    iconPath: new vscode.ThemeIcon(ref.item.kind === 'goal' ? 'target' : 'bell-dot'),
    buttons: [markDoneButton],
    tooltip: basename(uri.path),
  } as OverduePickItem;
}

function sameItem(a: ItemRef, b: ItemRef): boolean {
  return a.file === b.file && a.item.line === b.item.line;
}

export function registerOverdueQuickPick({ reps: model }: Services): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.showOverdue, () => showOverdue(model));
}

function showOverdue(model: RepsModel): void {
  const quickPick = vscode.window.createQuickPick<OverduePickItem>();
  const disposables: vscode.Disposable[] = [quickPick];
  const fill = () => {
    const items = collectOverdue(model).map(toPickItem);
    // Keep the selection where the lead is (after ✓, on the item that took the done one's place),
    // instead of jumping back to the top.
    const active = quickPick.activeItems[0];
    const activeIndex = active ? quickPick.items.indexOf(active) : -1;
    quickPick.items = items;
    if (active) {
      const same = items.find((item) => sameItem(item.entry.ref, active.entry.ref));
      const next = same ?? items[Math.min(activeIndex, items.length - 1)];
      if (next) quickPick.activeItems = [next];
    }
    quickPick.title = vscode.l10n.t('Overdue follow-ups ({0})', items.length);
    quickPick.placeholder =
      items.length === 0
        ? vscode.l10n.t('Nothing is overdue. Well done.')
        : vscode.l10n.t('Type to filter by rep or text; Enter opens the note, ✓ marks the item done');
  };
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  fill();
  disposables.push(
    model.onDidChange(fill),
    quickPick.onDidAccept(() => {
      const picked = quickPick.selectedItems[0];
      quickPick.hide();
      if (picked) void openLocation(vscode.Uri.parse(picked.entry.ref.file), picked.entry.ref.item.line);
    }),
    quickPick.onDidTriggerItemButton(async ({ item }) => {
      const { ref } = item.entry;
      // Through the command, which tells the item from identical ones by the note it was listed from.
      await vscode.commands.executeCommand(CommandIds.markDone, { kind: 'item', ref, rep: null });
    }),
    quickPick.onDidHide(() => {
      for (const disposable of disposables) disposable.dispose();
    }),
  );
  quickPick.show();
}
