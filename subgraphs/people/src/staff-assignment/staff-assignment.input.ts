import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { AssignmentTarget, StaffRole } from "./staff-assignment.enums";

@InputType({ description: "Gives a member of staff a duty from a date on." })
export class AssignStaffInput {
  @Field(() => ID, { description: "A person of kind STAFF." })
  @IsId()
  personId!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => AssignmentTarget, {
    description:
      "COUNSELOR: CLASS or GRID; CLASS_ADVISER: CLASS; GRID_LEADER: GRID; BUILDING_LEADER: BUILDING; BRANCH_SECRETARY: BRANCH; COLLEGE_ADMIN and SCHOOL_ADMIN: UNIT.",
  })
  targetKind!: AssignmentTarget;

  @Field(() => ID)
  @IsId()
  targetId!: string;

  @Field(() => LocalDateResolver)
  startsOn!: string;
}

@ArgsType()
export class AssignStaffArgs {
  @Field(() => AssignStaffInput)
  input!: AssignStaffInput;
}

@ArgsType()
export class EndStaffAssignmentArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateResolver, {
    description: "The last day of the duty; not before it started.",
  })
  endsOn!: string;
}

@InputType({ description: "All given conditions must hold." })
export class StaffAssignmentFilter {
  @Field(() => ID, { nullable: true })
  @IsId()
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsId()
  targetId?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Only assignments running on this day (started, and not ended before it).",
  })
  activeOn?: string | null;
}

@ArgsType()
export class StaffAssignmentsArgs extends PageArgs {
  @Field(() => StaffAssignmentFilter, { nullable: true })
  filter?: StaffAssignmentFilter | null;
}
