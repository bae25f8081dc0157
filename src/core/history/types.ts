// The progress history of one rep: plain, JSON-serialisable data computed by `buildRepHistory`.
// This is the single source of truth for the history panel, the prep brief, the Markdown/CSV
// export and the CLI `history` command, so their numbers always agree.
import type { IsoDate, ItemKind, ItemStatus, NoteType, ParsedNote } from '../note/model';

export interface HistoryNoteInput {
  readonly file: string;
  readonly note: ParsedNote;
}

/** Inclusive bounds on note dates; either may be left open. */
export interface DateRange {
  readonly from?: IsoDate | null;
  readonly to?: IsoDate | null;
}

export interface HistoryOptions {
  /** The user's local calendar date. */
  readonly today: IsoDate;
  /** Days between 1:1s the coach aims for (default 7). */
  readonly cadenceDays?: number;
  readonly range?: DateRange;
  /** Leave out private notes, private sections and the items inside them (exports, shared reports). */
  readonly forSharing?: boolean;
  /** Display name of the rep; defaults to the `rep` of the latest note. */
  readonly rep?: string | null;
}

/** Final state of an item thread, as of `RepHistory.asOf`. */
export type ThreadState = 'open' | 'overdue' | 'done' | 'cancelled' | 'dropped';

/** How an occurrence joined its thread. */
export type OccurrenceLink = 'new' | 'same-text' | 'similar-text';

export interface NoteRef {
  readonly file: string;
  readonly date: IsoDate;
}

export interface ItemOccurrence {
  readonly file: string;
  readonly date: IsoDate;
  /** 0-based line of the task item. */
  readonly line: number;
  readonly status: ItemStatus;
  readonly text: string;
  readonly due: IsoDate | null;
  readonly owner: string | null;
  readonly kind: ItemKind;
  readonly link: OccurrenceLink;
  /** In a private note or a private section (never true in a history built for sharing). */
  readonly private: boolean;
  /** Written under `## Stakeholders`: a commitment made in a stakeholder meeting (absent otherwise). */
  readonly stakeholderCommitment?: true;
}

/** One goal or follow-up followed across notes through its `[>]` carries. */
export interface ItemThread {
  /** `file:line` of the first occurrence: stable while those notes are unchanged. */
  readonly id: string;
  /** From the latest occurrence. */
  readonly kind: ItemKind;
  /** The text as written in the latest occurrence. */
  readonly text: string;
  readonly state: ThreadState;
  /** Date of the note where the item first appears. */
  readonly created: IsoDate;
  /** Date of the note where it became done or cancelled, or (dropped) of the note that did not continue it. */
  readonly ended: IsoDate | null;
  /** Date of the latest note holding the item. */
  readonly lastSeen: IsoDate;
  /** Whole days from `created` to `ended`, or to `asOf` while the item is open. */
  readonly ageDays: number;
  /** How many of its occurrences are marked `[>]`. */
  readonly timesCarried: number;
  /** From the latest occurrence. */
  readonly due: IsoDate | null;
  /** From the first occurrence: differs from `due` when the item was rescheduled. */
  readonly firstDue: IsoDate | null;
  /** Whole days past due when overdue, otherwise null. */
  readonly daysOverdue: number | null;
  /** From the latest occurrence. */
  readonly owner: string | null;
  /** Marked `[>]` in the latest note: its continuation is expected in the next note. */
  readonly awaitingCarry: boolean;
  /** For a dropped item: the note that should have continued it. */
  readonly missingFrom: NoteRef | null;
  /** Calendar month (`YYYY-MM`) whose completion row counts this thread. */
  readonly month: string;
  /** Every occurrence, oldest first, for linking back to the notes. */
  readonly occurrences: readonly ItemOccurrence[];
}

export interface NoteCounts {
  readonly items: number;
  readonly goals: number;
  readonly followUps: number;
  readonly open: number;
  readonly done: number;
  readonly cancelled: number;
  readonly carried: number;
  /** Items that start a new thread in this note (not continuations of a carry). */
  readonly created: number;
}

export interface HistoryNote {
  readonly file: string;
  readonly date: IsoDate;
  readonly type: NoteType | null;
  readonly coach: string | null;
  readonly next: IsoDate | null;
  readonly tags: readonly string[];
  readonly private: boolean;
  readonly counts: NoteCounts;
}

export interface UndatedNote {
  readonly file: string;
  /** `missing`: no `date` key; `invalid`: a `date` that is not a calendar date. */
  readonly reason: 'missing' | 'invalid';
}

/**
 * One calendar month of one item kind. A thread is counted once, in the month its outcome is known:
 * the month it was done, cancelled or dropped, or (still open) the month it was last seen, but never
 * before the period's first month. `created` and `carried` count events in notes of that month.
 */
export interface MonthCompletion {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Notes dated in this month (0 for a month without a 1:1). */
  readonly notes: number;
  readonly created: number;
  readonly carried: number;
  readonly done: number;
  readonly cancelled: number;
  readonly dropped: number;
  /** Still open, not past due (or without a due date). */
  readonly open: number;
  /** Still open and past due. */
  readonly overdue: number;
  /** See `completionRate` in ./completion.ts; null when nothing was decided. */
  readonly completionRate: number | null;
  /** `completionRate` as a whole percentage, rounded half up. */
  readonly completionPercent: number | null;
}

export interface KindSummary {
  /** Threads in the period. */
  readonly total: number;
  /** Threads created in the period. */
  readonly created: number;
  readonly open: number;
  readonly overdue: number;
  readonly done: number;
  readonly cancelled: number;
  readonly dropped: number;
  /** Carries (`[>]` occurrences) in notes of the period. */
  readonly carried: number;
  readonly completionRate: number | null;
  readonly completionPercent: number | null;
}

export interface HistorySummary {
  /** Notes in the period. */
  readonly notes: number;
  readonly goals: KindSummary;
  readonly followUps: KindSummary;
}

export interface Gap {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly days: number;
}

export type NextOneOnOneOverdueReason = 'cadence' | 'planned-date-passed';

export interface CadenceStats {
  readonly cadenceDays: number;
  /** Distinct 1:1 dates in the period (two notes on one day are one meeting). */
  readonly meetings: number;
  /** Between consecutive distinct dates, oldest first. */
  readonly gaps: readonly Gap[];
  /** Mean gap rounded to one decimal; null with fewer than two meetings. */
  readonly averageGapDays: number | null;
  /** The longest gap (the earliest one when several are equally long). */
  readonly longestGap: Gap | null;
  readonly gapsOverCadence: readonly Gap[];
  readonly lastMeeting: IsoDate | null;
  /** From `lastMeeting` to `asOf`, never negative. */
  readonly daysSinceLast: number | null;
  /** The latest note's `next`, when it is after that note's date. */
  readonly plannedNext: IsoDate | null;
  /** The earlier of `lastMeeting + cadence` and `plannedNext`. */
  readonly nextDue: IsoDate | null;
  /** `nextDue` is before `asOf`: no newer 1:1 in time. */
  readonly nextOverdue: boolean;
  readonly nextOverdueReasons: readonly NextOneOnOneOverdueReason[];
}

export interface SectionText {
  readonly date: IsoDate;
  readonly file: string;
  /** 0-based line of the section heading. */
  readonly line: number;
  readonly heading: string;
  readonly text: string;
  readonly private: boolean;
}

export interface TagCount {
  /** As first written (tags are counted case-insensitively). */
  readonly tag: string;
  /** Notes carrying the tag. */
  readonly count: number;
  readonly notes: readonly NoteRef[];
}

export interface Themes {
  readonly rootCauses: readonly SectionText[];
  readonly strengths: readonly SectionText[];
  /** `## Resistance` sections, oldest first. */
  readonly resistance: readonly SectionText[];
  /** Most frequent first, then alphabetical. */
  readonly tags: readonly TagCount[];
}

/** What was withheld, by count only: never what it says, where it is or what it is called. */
export interface PrivacySummary {
  /** True when the private content below was left out of this history. */
  readonly omitted: boolean;
  /** Private notes of the rep dated in the period, plus those whose date could not be read. */
  readonly privateNotes: number;
  /** Private headings (sections or parts of one) in the period's other notes. */
  readonly privateSections: number;
  /** Task items in those notes and under those headings. */
  readonly privateItems: number;
}

export interface RepHistory {
  readonly rep: string | null;
  readonly today: IsoDate;
  /** The date the history is computed for: `today`, or the range's end when that is earlier. */
  readonly asOf: IsoDate;
  readonly range: { readonly from: IsoDate | null; readonly to: IsoDate | null };
  /** First and last day covered: the range's ends, else the first note and `asOf` (or a later note). */
  readonly period: { readonly start: IsoDate | null; readonly end: IsoDate | null };
  readonly cadenceDays: number;
  readonly forSharing: boolean;
  /** Dated notes in the period, oldest first (ties by file name). */
  readonly notes: readonly HistoryNote[];
  /** Notes without a valid date: not part of the history. */
  readonly undated: readonly UndatedNote[];
  /** Threads still open or ended in the period, by creation date. */
  readonly threads: readonly ItemThread[];
  readonly followUpsByMonth: readonly MonthCompletion[];
  readonly goalsByMonth: readonly MonthCompletion[];
  readonly summary: HistorySummary;
  readonly cadence: CadenceStats;
  readonly themes: Themes;
  readonly privacy: PrivacySummary;
}

/** A history built with `forSharing: true`: the only kind the export renderers accept. */
export type SharedRepHistory = RepHistory & { readonly forSharing: true };
