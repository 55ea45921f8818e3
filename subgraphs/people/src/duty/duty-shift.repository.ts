import { EntityRepository } from "@mikro-orm/postgresql";
import { label } from "@campus/subgraph/data";
import { DutyShift } from "./duty-shift.entity";

export class DutyShiftRepository extends EntityRepository<DutyShift> {
  /**
   * A shift of this person on this weekday whose hours and period meet the given ones (touching
   * hours do not), other than `exceptId`: what a new shift may not overlap.
   */
  overlapping(shift: {
    personId: string;
    weekday: number;
    startMinute: number;
    endMinute: number;
    validFrom: string;
    validUntil: string | null;
  }): Promise<DutyShift | null> {
    return this.findOne(
      {
        personId: shift.personId,
        weekday: shift.weekday,
        startMinute: { $lt: shift.endMinute },
        endMinute: { $gt: shift.startMinute },
        $and: [
          { $or: [{ validUntil: null }, { validUntil: { $gte: shift.validFrom } }] },
          ...(shift.validUntil === null ? [] : [{ validFrom: { $lte: shift.validUntil } }]),
        ],
      },
      { comments: label("people.overlappingDutyShift"), orderBy: { startMinute: "asc" } },
    );
  }

  /** A person's shifts still served on or after `day`, by weekday and start. */
  runningFor(personId: string, day: string): Promise<DutyShift[]> {
    return this.find(
      { personId, $or: [{ validUntil: null }, { validUntil: { $gte: day } }] },
      {
        comments: label("people.myDutyShifts"),
        orderBy: { weekday: "asc", startMinute: "asc", id: "asc" },
      },
    );
  }
}
