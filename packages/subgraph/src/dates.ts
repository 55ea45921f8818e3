// Today and terms are in calendar.ts.
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** A calendar date that exists (no 2026-02-31), years 0001–9999 as PostgreSQL and ISO agree on. */
export function isLocalDate(value: unknown): value is string {
  const match = typeof value === "string" ? LOCAL_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return (
    day <=
    new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0)
  );
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** An RFC 3339 date-time on a date that exists, as cursors and timestamps carry them. */
export function isDateTime(value: unknown): value is string {
  const match = typeof value === "string" ? DATE_TIME.exec(value) : null;
  return !!match && isLocalDate(match[1]);
}
