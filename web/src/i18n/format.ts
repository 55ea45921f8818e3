/**
 * The one place dates, times and numbers get their format options. ICU messages name these
 * formats (`{at, date, dateTime}`, `{year, number, year}`) and the translator's helpers
 * (`dateTime`, `localDate`, ...) build their `Intl` formatters from the same objects, so an
 * instant reads the same in a message and in a table cell, and always in campus time.
 */

/** Course sessions and warnings happen on campus: show their times in campus time. */
export const CAMPUS_TIME_ZONE = "Asia/Shanghai";

/** The shape `intl-messageformat` (and so `i18next-icu`) takes for named formats. */
export interface NamedFormats {
  number: Record<string, Intl.NumberFormatOptions>;
  date: Record<string, Intl.DateTimeFormatOptions>;
  time: Record<string, Intl.DateTimeFormatOptions>;
}

const inCampusTime: Intl.DateTimeFormatOptions = { timeZone: CAMPUS_TIME_ZONE };

/**
 * Named formats for ICU messages. ICU's own styles (`short`, `medium`, `long`, `full`) keep their
 * fields (intl-messageformat merges these options into its defaults) and gain the campus time
 * zone. Skeletons (`{d, date, ::yyyyMMMd}`) would not: use a named style.
 */
export const campusFormats = {
  number: {
    /** A number read as a label, such as a year: 2024, never 2,024. */
    year: { useGrouping: false },
    /** Scores and points: at most two decimals. */
    score: { maximumFractionDigits: 2 },
  },
  date: {
    short: inCampusTime,
    medium: inCampusTime,
    long: inCampusTime,
    full: inCampusTime,
    /** An instant: 2024年9月10日 18:00 / 10 Sept 2024, 18:00 (campus time). */
    dateTime: { dateStyle: "medium", timeStyle: "short", timeZone: CAMPUS_TIME_ZONE },
    /** A calendar date (`YYYY-MM-DD`) belongs to no time zone: read at UTC midnight, shown as UTC. */
    calendarDate: { dateStyle: "long", timeZone: "UTC" },
  },
  time: {
    short: inCampusTime,
    medium: inCampusTime,
    long: inCampusTime,
    full: inCampusTime,
  },
} satisfies NamedFormats;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` for one of the named date formats above. */
export function dateFormat(
  locale: string,
  style: keyof typeof campusFormats.date,
): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${style}`;
  let format = dateTimeFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, campusFormats.date[style]);
    dateTimeFormats.set(cacheKey, format);
  }
  return format;
}

const isoDateParts = new Intl.DateTimeFormat("en-US", {
  timeZone: CAMPUS_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The campus calendar date of an instant, as `YYYY-MM-DD` (for date inputs and the API). */
export function campusIsoDate(instant: Date): string {
  const parts = isoDateParts.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
