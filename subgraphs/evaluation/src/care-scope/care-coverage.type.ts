import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Internal to the platform: only the gateway reads it, to build a caller's access scope. */
@Directive("@inaccessible")
@ObjectType({
  description: "The students one of a person's roles covers through cases and referrals.",
})
export class CareCoverage {
  @Field(() => String, { description: "task_force_member or psychology_teacher." })
  role!: string;

  @Field(() => [ID])
  studentIds!: string[];
}
