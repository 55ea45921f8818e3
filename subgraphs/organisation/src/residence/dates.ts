import type { FilterQuery } from "@mikro-orm/core";
import type { Residence } from "./residence.entity";

/** The campus's time zone: "today" for residences is the date on campus, not on the server. */
export const CAMPUS_TIME_ZONE = "Asia/Shanghai";

/** Today's date on campus as YYYY-MM-DD (the form PostgreSQL `date` columns come back in). */
export function today(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: CAMPUS_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** YYYY-MM-DD strings compare as dates. */
export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * A residence is current while it has no move-out date or the move-out date is still ahead; moving
 * out on a day means no longer living there that day.
 */
export function currentOn(day: string): FilterQuery<Residence> {
  return { $or: [{ movedOutOn: null }, { movedOutOn: { $gt: day } }] };
}

export function isCurrentOn(residence: Residence, day: string): boolean {
  return residence.movedOutOn === null || residence.movedOutOn > day;
}
