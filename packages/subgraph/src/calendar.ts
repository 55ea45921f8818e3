/**
 * The campus calendar, once for every subgraph (and, through `campusCalendar` in evaluation, for
 * the web app): the date on campus, and terms (学期). The autumn term runs September to February
 * and is "<year>-<year+1>-1"; the spring term runs March to August and is "<year-1>-<year>-2". So
 * 2026-09-01 and 2027-02-28 are in "2026-2027-1", 2027-03-01 and 2027-08-31 in "2026-2027-2".
 */

/** The campus's time zone: "today" is the date on campus, not on the server. */
export const CAMPUS_TIME_ZONE = "Asia/Shanghai";

// en-CA formats dates as YYYY-MM-DD. Made once: constructing one costs far more than formatting.
const CAMPUS_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: CAMPUS_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date on campus as YYYY-MM-DD (the form PostgreSQL `date` columns come back in). */
export function today(now: Date = new Date()): string {
  return CAMPUS_DATE.format(now);
}

/** The instant a campus day (YYYY-MM-DD) begins: China keeps UTC+8 all year, without DST. */
export function campusDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The term a YYYY-MM-DD date counts in. */
export function termOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return `${year}-${year + 1}-1`;
  if (month <= 2) return `${year - 1}-${year}-1`;
  return `${year - 1}-${year}-2`;
}

const TERM = /^(\d{4})-(\d{4})-([12])$/;

/** A term as termOf writes it. */
export function isTerm(value: string): boolean {
  const match = TERM.exec(value);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

/** The term before: the autumn term before a spring term, last year's spring term before an autumn term. */
export function previousTerm(term: string): string {
  const match = TERM.exec(term);
  if (!match) throw new Error(`not a term: ${term}`);
  const from = Number(match[1]);
  return match[3] === "2" ? `${from}-${from + 1}-1` : `${from - 1}-${from}-2`;
}
