import { badUserInput } from "@campus/subgraph";

/**
 * The campus calendar rule for terms (学期): the autumn term runs September to February and is
 * "<year>-<year+1>-1"; the spring term runs March to August and is "<year-1>-<year>-2". So
 * 2026-09-01 and 2027-02-28 are in "2026-2027-1", 2027-03-01 and 2027-08-31 in "2026-2027-2".
 */
export function termOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return `${year}-${year + 1}-1`;
  if (month <= 2) return `${year - 1}-${year}-1`;
  return `${year - 1}-${year}-2`;
}

const TERM = /^(\d{4})-(\d{4})-([12])$/;

export function isTerm(value: string): boolean {
  const match = TERM.exec(value);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

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
