// Every command id in one place; package.json contributes the same ids (a test checks both agree).
export const CommandIds = {
  showOverdue: 'coachingNotes.showOverdue',
  refreshIndex: 'coachingNotes.refreshIndex',
  openLocation: 'coachingNotes.openLocation',
  markDone: 'coachingNotes.markDone',
  reschedule: 'coachingNotes.reschedule',
  revealInExplorer: 'coachingNotes.revealInExplorer',
  sortReps: 'coachingNotes.sortReps',
  showOnlyOverdueReps: 'coachingNotes.showOnlyOverdueReps',
  showAllReps: 'coachingNotes.showAllReps',
  prepareBrief: 'coachingNotes.prepareBrief',
  showHistory: 'coachingNotes.showHistory',
  exportReport: 'coachingNotes.exportReport',
  newNote: 'coachingNotes.newNote',
  newNoteForRep: 'coachingNotes.newNoteForRep',
  toggleItem: 'coachingNotes.toggleItem',
  openPreview: 'coachingNotes.openPreview',
  openFormatGuide: 'coachingNotes.openFormatGuide',
  copyCliCommandLine: 'coachingNotes.copyCliCommandLine',
  createRoster: 'coachingNotes.createRoster',
  getStarted: 'coachingNotes.getStarted',
  showTeamOverview: 'coachingNotes.showTeamOverview',
  exportTeamReport: 'coachingNotes.exportTeamReport',
  exportCalendar: 'coachingNotes.exportCalendar',
} as const;

/** Context keys set by the extension and used in package.json `when` clauses. */
export const ContextKeys = {
  repsFilter: 'coachingNotes.repsFilter',
  hasNotes: 'coachingNotes.hasNotes',
  indexing: 'coachingNotes.indexing',
  /** The first scan of the workspace has finished. */
  ready: 'coachingNotes.ready',
  /** A roster file (`coachingNotes.roster`) exists in a workspace folder, even one listing nobody yet. */
  hasRoster: 'coachingNotes.hasRoster',
} as const;
