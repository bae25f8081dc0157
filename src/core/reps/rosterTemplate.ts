// The commented example roster that "Coaching: Create Team Roster" writes: every line of the example
// is a comment, so no made-up rep appears in the Reps view until the lead writes their own.

export const ROSTER_TEMPLATE = `# Your team roster: one entry per rep you coach. Optional, but with it the Reps view lists reps
# before their first note, knows how often you mean to meet each one, and merges other spellings
# of a name. The format is described in docs/format.md ("The roster").
#
# Remove the "# " in front of the lines below and put in your own reps:
#
#   name         required: the name your notes use after "rep:"
#   team, role   optional free text; the Reps view and \`coaching-notes reps\` group by team
#   cadenceDays  how often you mean to meet, in days (1 to 366, 7 if left out); a rep whose
#                last 1:1 is older than that is flagged "1:1 overdue"
#   aliases      other names your notes use for the same person
#
# - name: Dana Whitfield
#   team: Enterprise
#   role: AE
#   cadenceDays: 7
#   aliases: [Dana]
# - name: Marcus Oyelaran
#   team: Enterprise
#   role: SE
#   cadenceDays: 14
`;
