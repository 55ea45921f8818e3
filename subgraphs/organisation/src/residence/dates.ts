import type { FilterQuery } from "@mikro-orm/core";
import type { Residence } from "./residence.entity";

// "Today" for residences is the campus calendar's (the date on campus, not on the server).
export { today } from "@campus/subgraph";

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
