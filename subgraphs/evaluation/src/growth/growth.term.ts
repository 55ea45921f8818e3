import { badUserInput, isTerm } from "@campus/subgraph";

// Terms are the campus calendar's (@campus/subgraph); checking one as an argument is evaluation's.
export { isTerm, termOf } from "@campus/subgraph";

/** BAD_USER_INPUT on `field` unless `value` is a term as termOf writes it. */
export function assertTerm(value: string, field = "term"): void {
  if (!isTerm(value)) throw badUserInput(`${field} must be a term such as "2026-2027-1" (autumn) or "2026-2027-2" (spring)`, field);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
