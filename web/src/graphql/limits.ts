/**
 * The server's limits on what a form sends (packages/subgraph text.ts, the evaluation subgraph's
 * input classes), so a form refuses too long or out-of-range input before sending it.
 */

/** A note, a summary, a measure's description (MAX_TEXT_LENGTH). */
export const MAX_TEXT_LENGTH = 2000;
/** A task-force member's or a measure's duty (MAX_DUTY_LENGTH). */
export const MAX_DUTY_LENGTH = 200;
/** A rule version's summary template (MAX_TEMPLATE_LENGTH). */
export const MAX_TEMPLATE_LENGTH = 500;
/** A rule's window in days: 1 to MAX_WINDOW_DAYS. */
export const MAX_WINDOW_DAYS = 730;
/** A rule's conditions: 1 to MAX_CONDITIONS. */
export const MAX_CONDITIONS = 10;
/** The people subgraph's search text. */
export const MAX_SEARCH_LENGTH = 50;
