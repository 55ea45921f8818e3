import type { EntityManager } from "@mikro-orm/postgresql";
import { isId, today } from "@campus/subgraph";
import { groupLoader } from "@campus/subgraph/data";
import { DutyShift } from "./duty-shift.entity";

export function dutyShiftLoaders(em: EntityManager) {
  return {
    /**
     * The shifts of each grid or building not ended before today, by weekday and start: the roster,
     * and what `staffOnDuty` picks from. One statement for every place of a response.
     */
    dutyShiftsByPlace: groupLoader(
      em,
      DutyShift,
      (placeIds) => {
        const day = today();
        return {
          placeId: { $in: placeIds.filter(isId) },
          $or: [{ validUntil: null }, { validUntil: { $gte: day } }],
        };
      },
      (shift) => shift.placeId,
      { orderBy: { weekday: "asc", startMinute: "asc", id: "asc" } },
      "runningByPlace",
    ),
    /** Every shift of each place, ended ones too, for a moment in the past: one statement per response. */
    allDutyShiftsByPlace: groupLoader(
      em,
      DutyShift,
      (placeIds) => ({ placeId: { $in: placeIds.filter(isId) } }),
      (shift) => shift.placeId,
      { orderBy: { weekday: "asc", startMinute: "asc", id: "asc" } },
      "allByPlace",
    ),
  };
}
