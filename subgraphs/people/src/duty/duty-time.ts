import { CAMPUS_TIME_ZONE } from "@campus/subgraph";

/**
 * The week of a duty roster (值班表) in campus time: ISO weekdays (Monday 1 … Sunday 7) and times of
 * day as minutes from midnight. Pure functions, so the rules are tested apart from the database.
 */

/** "HH:MM", 00:00 to 24:00 (24:00 ends a shift at midnight). */
export const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

export function minutesOf(time: string): number {
  if (time === "24:00") return 24 * 60;
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new Error(`not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function timeOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

const CAMPUS_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: CAMPUS_TIME_ZONE,
  weekday: "short",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** An instant on the campus clock: its date (YYYY-MM-DD), ISO weekday and minute of the day. */
export interface CampusMoment {
  date: string;
  weekday: number;
  minute: number;
}

export function campusMoment(at: Date): CampusMoment {
  const parts = Object.fromEntries(CAMPUS_PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday] ?? 0,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Whether two same-day spans [start, end) share a minute: touching shifts (08:00–12:00, 12:00–18:00) do not. */
export function spansOverlap(
  a: { startMinute: number; endMinute: number },
  b: { startMinute: number; endMinute: number },
): boolean {
  return a.startMinute < b.endMinute && b.startMinute < a.endMinute;
}

/** Whether two validity periods (last days inclusive, null = open) share a day. */
export function periodsOverlap(
  a: { validFrom: string; validUntil: string | null },
  b: { validFrom: string; validUntil: string | null },
): boolean {
  return (
    (a.validUntil === null || b.validFrom <= a.validUntil) &&
    (b.validUntil === null || a.validFrom <= b.validUntil)
  );
}

/** Whether a shift serves at this moment: in its period, on its weekday, start ≤ minute < end. */
export function servesAt(
  shift: {
    weekday: number;
    startMinute: number;
    endMinute: number;
    validFrom: string;
    validUntil: string | null;
  },
  at: CampusMoment,
): boolean {
  return (
    shift.weekday === at.weekday &&
    shift.startMinute <= at.minute &&
    at.minute < shift.endMinute &&
    shift.validFrom <= at.date &&
    (shift.validUntil === null || at.date <= shift.validUntil)
  );
}

/** Monday and Sunday (YYYY-MM-DD) of the campus week holding `date`. */
export function weekOf(date: string): { monday: string; sunday: string } {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  const monday = new Date(day.getTime() - (weekday - 1) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { monday: monday.toISOString().slice(0, 10), sunday: sunday.toISOString().slice(0, 10) };
}
