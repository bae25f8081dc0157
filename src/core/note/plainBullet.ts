// A plain list line (a bullet inside any blockquotes) that is not a task yet: where Toggle Task Done
// inserts `[ ] `.

/**
 * A list bullet (inside any blockquotes) followed by text that is not a task box yet; group 1 ends
 * where the box goes. Every space belongs to exactly one `[ \t]*` (none right after `>`), so a long
 * `>  >  >` prefix cannot make it backtrack exponentially, as `>[ \t]?` followed by `[ \t]*` did.
 */
export const PLAIN_BULLET = /^((?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?!\[.\](?:[ \t]|$))/u;
