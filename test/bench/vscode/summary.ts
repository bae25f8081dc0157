// Turns the sessions' figures into one Markdown table per note count: each row is one measure, as
// the median over the runs with the spread (min–max) beside it.
import type { EditFigures, SessionFigures, SessionKind } from './benchProtocol';

type Pick = (figures: SessionFigures) => number | null | undefined;

interface Row {
  readonly label: string;
  readonly session: SessionKind;
  readonly pick: Pick;
  readonly unit: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const editRows = (kind: 'editor' | 'disk', title: string): Row[] => {
  const edit = (figures: SessionFigures): EditFigures | undefined => figures.edits?.[kind];
  return [
    {
      label: `${title}: to the change event (median of 10)`,
      session: 'cold',
      pick: (f) => median(edit(f)?.latenciesMs ?? []),
      unit: 'ms',
    },
    {
      label: `${title}: of which built-in debounce/coalescing`,
      session: 'cold',
      pick: (f) => edit(f)?.builtInDelayMs,
      unit: 'ms',
    },
    {
      label: `${title}: to the Problems panel (median of 10)`,
      session: 'cold',
      pick: (f) => median(edit(f)?.problemsLatenciesMs ?? []),
      unit: 'ms',
    },
    {
      label: `${title}: reps rebuilt per change (max)`,
      session: 'cold',
      pick: (f) => Math.max(...(edit(f)?.repsRebuilt ?? [NaN])),
      unit: '',
    },
    {
      label: `${title}: notes read to rebuild them (max)`,
      session: 'cold',
      pick: (f) => Math.max(...(edit(f)?.notesRebuilt ?? [NaN])),
      unit: '',
    },
    {
      label: `${title}: rebuild time (median)`,
      session: 'cold',
      pick: (f) => median(edit(f)?.rebuildMs ?? []),
      unit: 'ms',
    },
    {
      label: `${title}: longest block while editing (wall)`,
      session: 'cold',
      pick: (f) => edit(f)?.blocking.maxMs,
      unit: 'ms',
    },
    {
      label: `${title}: longest block while editing (host CPU)`,
      session: 'cold',
      pick: (f) => edit(f)?.blocking.maxCpuMs,
      unit: 'ms',
    },
  ];
};

const scanRows = (session: SessionKind): Row[] => [
  { label: 'activate() itself', session, pick: (f) => f.activation.activateMs, unit: 'ms' },
  {
    label: 'Extension.activate() (with VS Code’s bookkeeping)',
    session,
    pick: (f) => f.activation.extensionActivateMs,
    unit: 'ms',
  },
  { label: 'loading the bundle (require)', session, pick: (f) => f.activation.moduleLoadMs, unit: 'ms' },
  {
    label: 'fs calls inside activate()',
    session,
    pick: (f) => f.activation.fsCallsInActivate.length,
    unit: '',
  },
  {
    label: 'notes indexed when activate() returned',
    session,
    pick: (f) => f.activation.notesAtReturn,
    unit: '',
  },
  { label: 'first reps in the tree', session, pick: (f) => f.scan.firstRepsMs, unit: 'ms' },
  {
    label: 'first reps built from the notes',
    session,
    pick: (f) => f.scan.firstRepsFromNotesMs,
    unit: 'ms',
  },
  { label: 'index complete (whenIndexed)', session, pick: (f) => f.scan.indexedMs, unit: 'ms' },
  { label: 'scan as the extension logs it', session, pick: (f) => f.scan.scanMs, unit: 'ms' },
  { label: 'notes from the cache', session, pick: (f) => f.scan.fromCache, unit: '' },
  { label: 'note files read', session, pick: (f) => f.scan.noteFilesRead, unit: '' },
  { label: 'reps rebuilds during the scan', session, pick: (f) => f.scan.repsRefreshes.count, unit: '' },
  {
    label: 'longest reps rebuild slice during the scan',
    session,
    pick: (f) => f.scan.repsRefreshes.maxMs,
    unit: 'ms',
  },
  {
    label: 'all reps rebuilds during the scan',
    session,
    pick: (f) => f.scan.repsRefreshes.totalMs,
    unit: 'ms',
  },
  { label: 'host thread CPU during the scan', session, pick: (f) => f.scan.blocking.cpuMs, unit: 'ms' },
  { label: 'longest block during the scan (wall)', session, pick: (f) => f.scan.blocking.maxMs, unit: 'ms' },
  {
    label: 'longest block during the scan (host CPU)',
    session,
    pick: (f) => f.scan.blocking.maxCpuMs,
    unit: 'ms',
  },
  { label: 'p99 event-loop delay during the scan', session, pick: (f) => f.scan.blocking.p99Ms, unit: 'ms' },
  { label: 'blocks over 50 ms (wall)', session, pick: (f) => f.scan.blocking.over50ms, unit: '' },
  { label: 'blocks over 50 ms (host CPU)', session, pick: (f) => f.scan.blocking.over50msCpu, unit: '' },
];

const ROWS: Row[] = [
  ...scanRows('cold'),
  ...scanRows('warm'),
  { label: 'cache save after the scan', session: 'cold', pick: (f) => f.cacheSave?.ms, unit: 'ms' },
  { label: 'cache size on disk', session: 'cold', pick: (f) => kb(f.cacheSave?.bytes), unit: 'KB' },
  {
    label: 'longest block while saving the cache (wall)',
    session: 'cold',
    pick: (f) => f.cacheSave?.blocking.maxMs,
    unit: 'ms',
  },
  {
    label: 'longest block while saving the cache (host CPU)',
    session: 'cold',
    pick: (f) => f.cacheSave?.blocking.maxCpuMs,
    unit: 'ms',
  },
  {
    label: 'stat() every note via vscode.workspace.fs',
    session: 'cold',
    pick: (f) => f.statCost?.workspaceFsMs,
    unit: 'ms',
  },
  { label: 'stat() every note via Node fs', session: 'cold', pick: (f) => f.statCost?.nodeFsMs, unit: 'ms' },
  ...editRows('editor', 'unsaved edit'),
  ...editRows('disk', 'file changed on disk'),
];

function kb(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : Math.round(bytes / 1024);
}

function format(value: number, unit: string): string {
  const rounded = Math.abs(value) >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1);
  return unit === '' ? String(rounded) : `${rounded} ${unit}`;
}

/** One table per note count; columns "cold"/"warm" hold median (min–max) over the runs. */
export function summarise(sessions: readonly SessionFigures[]): string {
  const sizes = [...new Set(sessions.map((s) => s.notes))].sort((a, b) => a - b);
  const out: string[] = [];
  for (const size of sizes) {
    const runs = sessions.filter((s) => s.notes === size);
    const count = (kind: SessionKind) => runs.filter((s) => s.session === kind).length;
    const incomplete = runs.filter((s) => s.complete === false).length;
    const partly = incomplete > 0 ? `, ${incomplete} of them cut short` : '';
    out.push(
      `### ${size.toLocaleString('en-US')} notes (${count('cold')} cold, ${count('warm')} warm sessions${partly})`,
      '',
      '| measure | session | median | min–max |',
      '| --- | --- | ---: | ---: |',
    );
    for (const row of ROWS) {
      const values = runs
        .filter((s) => s.session === row.session)
        .map(row.pick)
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      if (values.length === 0) continue;
      const spread = `${format(Math.min(...values), row.unit)}–${format(Math.max(...values), row.unit)}`;
      out.push(`| ${row.label} | ${row.session} | ${format(median(values), row.unit)} | ${spread} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
