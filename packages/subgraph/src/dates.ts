/** The campus's time zone: "today" for assignments is the date on campus, not on the server. */
export const CAMPUS_TIME_ZONE = "Asia/Shanghai";

/** Today's date on campus as YYYY-MM-DD (the form PostgreSQL `date` columns come back in). */
export function today(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: CAMPUS_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
