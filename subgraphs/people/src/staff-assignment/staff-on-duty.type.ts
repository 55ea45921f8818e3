import { Field, ID, ObjectType } from "type-graphql";
import { StaffRole } from "./staff-assignment.enums";

@ObjectType({
  description:
    "A member of staff on duty for a student (their counselor, class adviser, grid leader, ...): who, the name and the duty, nothing more.",
})
export class StaffOnDuty {
  @Field(() => ID, {
    description: "The member of staff's Person id (to hand them a warning, for instance).",
  })
  personId!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => String)
  name!: string;
}
