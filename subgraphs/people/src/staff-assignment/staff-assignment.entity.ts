import { Check, Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { AssignmentTarget, StaffRole } from "./staff-assignment.enums";
import { StaffAssignmentRepository } from "./staff-assignment.repository";

/**
 * A member of staff's duty over a class, grid, building, branch or unit from one date to another.
 * Ending an assignment keeps the row (endsOn set), so who covered whom when is never rewritten;
 * it is the fact the gateway resolves a caller's scope from (staffScope).
 */
@ObjectType({
  description:
    "A member of staff's duty over a class, grid, building, branch or unit, for a period.",
})
@Entity({ tableName: "staff_assignment", repository: () => StaffAssignmentRepository })
@Index({ properties: ["personId", "startsOn"] })
@Index({ properties: ["targetId"] })
@Index({ properties: ["startsOn", "id"] })
@Check({ name: "staff_assignment_ends_after_start", expression: `"ends_on" >= "starts_on"` })
export class StaffAssignment extends CampusEntity {
  /** The member of staff; a Person of this subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => StaffRole)
  @Enum({ items: () => StaffRole, nativeEnumName: "staff_role" })
  role!: StaffRole;

  @Field(() => AssignmentTarget)
  @Enum({ items: () => AssignmentTarget, nativeEnumName: "assignment_target" })
  targetKind!: AssignmentTarget;

  @Field(() => ID, {
    description: "The StudentClass, Grid, Building or OrgUnit (branch, school or college) covered.",
  })
  @Property({ type: "uuid" })
  targetId!: string;

  @Field(() => LocalDateResolver, { description: "The first day of the duty." })
  @Property({ type: "date" })
  startsOn!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The last day of the duty; null while it has no planned end.",
  })
  @Property({ type: "date", nullable: true })
  endsOn: string | null = null;

  /** The administrator who made the assignment; null for seeded ones and callers who are not a person. */
  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;

  @Field(() => Date)
  override createdAt!: Date & Opt;
}
