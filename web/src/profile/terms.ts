/**
 * The campus calendar's terms (学期), as the evaluation subgraph names them (growth.term.ts):
 * September to February is the autumn term "<y>-<y+1>-1", March to August the spring term
 * "<y-1>-<y>-2". Dates are campus dates (Asia/Shanghai), as the server's `today` is.
 */
import { CAMPUS_TIME_ZONE } from "../i18n";

/** Today on campus, `YYYY-MM-DD`. */
export function campusToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: CAMPUS_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The term a `YYYY-MM-DD` date counts in. */
export function termOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return `${year}-${year + 1}-1`;
  if (month <= 2) return `${year - 1}-${year}-1`;
  return `${year - 1}-${year}-2`;
}

export function currentTerm(now: Date = new Date()): string {
  return termOf(campusToday(now));
}

const TERM = /^(\d{4})-(\d{4})-([12])$/;

/** The parts of a term: its academic years and whether it is the autumn (1) or spring (2) term. */
export function termParts(term: string): { from: number; to: number; half: 1 | 2 } | null {
  const match = TERM.exec(term);
  if (!match) return null;
  return { from: Number(match[1]), to: Number(match[2]), half: match[3] === "1" ? 1 : 2 };
}

/** The term before: the autumn term before a spring term, the last year's spring term before an autumn term. */
export function previousTerm(term: string): string {
  const parts = termParts(term);
  if (!parts) return term;
  return parts.half === 2 ? `${parts.from}-${parts.to}-1` : `${parts.from - 1}-${parts.from}-2`;
}
