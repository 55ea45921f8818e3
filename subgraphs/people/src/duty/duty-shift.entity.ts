import { Check, Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { StaffRole } from "../staff-assignment/staff-assignment.enums";
import { DutyPlace } from "./duty-shift.enums";
import { DutyShiftRepository } from "./duty-shift.repository";
import { timeOf } from "./duty-time";

/**
 * A weekly duty shift (值班) on the community's roster: a member of staff serves in a grid or a
 * building on one weekday between two times of day, from one date until another. Ending a shift
 * keeps the row (validUntil set), so who was on duty when is never rewritten. One person's shifts
 * never overlap (the service checks it under a lock on their row).
 */
@ObjectType({
  description:
    "A weekly duty shift (值班): who serves in which grid or building, on which weekday, between which times (campus time), for which period.",
})
@Entity({ tableName: "duty_shift", repository: () => DutyShiftRepository })
@Index({ properties: ["placeId", "weekday"] })
@Index({ properties: ["personId", "weekday"] })
@Check({ name: "duty_shift_ends_after_start", expression: `"end_minute" > "start_minute"` })
@Check({ name: "duty_shift_weekday", expression: `"weekday" >= 1 and "weekday" <= 7` })
@Check({
  name: "duty_shift_minutes",
  expression: `"start_minute" >= 0 and "end_minute" <= 1440`,
})
@Check({
  name: "duty_shift_valid_until_after_from",
  expression: `"valid_until" >= "valid_from"`,
})
export class DutyShift extends CampusEntity {
  /** The member of staff; a Person of this subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => StaffRole, { description: "The duty they serve under (a line's role or a post)." })
  @Enum({ items: () => StaffRole, nativeEnumName: "staff_role" })
  role!: StaffRole;

  @Field(() => DutyPlace)
  @Enum({ items: () => DutyPlace, nativeEnumName: "duty_place" })
  placeKind!: DutyPlace;

  @Field(() => ID, { description: "The Grid or Building (organisation's) served in." })
  @Property({ type: "uuid" })
  placeId!: string;

  @Field(() => Int, { description: "ISO weekday: 1 Monday … 7 Sunday." })
  @Property({ type: "smallint" })
  weekday!: number;

  /** Minutes from midnight, campus time. */
  @Property({ type: "smallint" })
  startMinute!: number;

  /** Minutes from midnight, after startMinute; 1440 is midnight at the end of the day. */
  @Property({ type: "smallint" })
  endMinute!: number;

  @Field(() => String, { description: "When the shift starts, HH:MM campus time." })
  get startTime(): string & Opt {
    return timeOf(this.startMinute);
  }

  @Field(() => String, { description: "When it ends, HH:MM campus time (24:00: midnight)." })
  get endTime(): string & Opt {
    return timeOf(this.endMinute);
  }

  @Field(() => LocalDateResolver, { description: "The first day the shift is served." })
  @Property({ type: "date" })
  validFrom!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The last day it is served; null while it has no planned end.",
  })
  @Property({ type: "date", nullable: true })
  validUntil: string | null = null;

  /** The administrator who put it on the roster. */
  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;

  /** Who ended it, when it was ended. */
  @Property({ type: "uuid", nullable: true })
  endedById: string | null = null;

  @Field(() => Date)
  override createdAt!: Date & Opt;
}
