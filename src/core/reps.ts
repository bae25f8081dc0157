// One summary row per rep, for the CLI's `reps` command and the extension's reps view.
import type { IsoDate } from './model';
import type { NoteIndex, RepGroup } from './noteIndex';

export interface RepSummary {
  /** The rep's name as written in the newest note; null for the row of notes without a rep. */
  readonly rep: string | null;
  readonly notes: number;
  /** The newest valid note date, or null. */
  readonly lastDate: IsoDate | null;
  /** Open items, overdue ones included. */
  readonly open: number;
  readonly overdue: number;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

export function summariseRep(group: RepGroup, today: IsoDate): RepSummary {
  return {
    rep: group.key === null ? null : group.name,
    notes: group.size,
    lastDate: group.lastDate,
    open: group.openItems,
    overdue: group.overdueItems(today),
  };
}

/** Rows sorted by rep name (case-insensitive); notes without a rep last, only when there are any. */
export function repSummaries(index: NoteIndex, today: IsoDate): RepSummary[] {
  const named: { key: string; row: RepSummary }[] = [];
  let withoutRep: RepSummary | null = null;
  for (const group of index.repGroups()) {
    if (group.size === 0) continue;
    const row = summariseRep(group, today);
    if (group.key === null) withoutRep = row;
    else named.push({ key: group.key, row });
  }
  named.sort(
    (a, b) =>
      byName.compare(a.row.rep ?? '', b.row.rep ?? '') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const rows = named.map((entry) => entry.row);
  if (withoutRep) rows.push(withoutRep);
  return rows;
}
