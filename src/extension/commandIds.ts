// Every command id in one place; package.json contributes the same ids (a test checks both agree).
export const CommandIds = {
  showOverdue: 'coachingNotes.showOverdue',
  refreshIndex: 'coachingNotes.refreshIndex',
} as const;
