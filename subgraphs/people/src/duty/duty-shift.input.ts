import { Matches } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId } from "@campus/subgraph";
import { StaffRole } from "../staff-assignment/staff-assignment.enums";
import { DutyPlace } from "./duty-shift.enums";
import { TIME_OF_DAY } from "./duty-time";

const HH_MM = { message: "$property must be a time of day HH:MM (00:00 to 24:00)" };

@InputType({ description: "Puts a member of staff on the duty roster of a grid or building." })
export class AddDutyShiftInput {
  @Field(() => ID, { description: "A person of kind STAFF." })
  @IsId()
  personId!: string;

  @Field(() => StaffRole, {
    description: "The duty they serve under: one that may be assigned to a grid or a building.",
  })
  role!: StaffRole;

  @Field(() => DutyPlace)
  placeKind!: DutyPlace;

  @Field(() => ID, { description: "The grid or building; it must exist (asked of organisation)." })
  @IsId()
  placeId!: string;

  @Field(() => Int, { description: "ISO weekday: 1 Monday … 7 Sunday." })
  @Between(1, 7, { integer: true })
  weekday!: number;

  @Field(() => String, { description: "HH:MM, campus time." })
  @Matches(TIME_OF_DAY, HH_MM)
  startTime!: string;

  @Field(() => String, {
    description: "HH:MM, after the start (24:00 for midnight); the person's shifts never overlap.",
  })
  @Matches(TIME_OF_DAY, HH_MM)
  endTime!: string;

  @Field(() => LocalDateResolver, { description: "The first day the shift is served." })
  validFrom!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The last day it is served; left out while it has no planned end.",
  })
  validUntil?: string | null;
}

@ArgsType()
export class AddDutyShiftArgs {
  @Field(() => AddDutyShiftInput)
  input!: AddDutyShiftInput;
}

@ArgsType()
export class EndDutyShiftArgs {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field(() => LocalDateResolver, {
    description: "The last day it is served: not before it began, not after a planned end.",
  })
  lastDay!: string;
}

@ArgsType()
export class StaffOnDutyArgs {
  @Field(() => Date, {
    nullable: true,
    description: "The moment asked about; now when left out.",
  })
  at?: Date | null;
}
