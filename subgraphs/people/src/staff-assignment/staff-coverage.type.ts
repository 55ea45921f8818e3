import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Internal to the platform: only the gateway reads it, to build a caller's access scope. */
@Directive("@inaccessible")
@ObjectType({
  description: "What one of a person's staff roles covers through their assignments running today.",
})
export class StaffCoverage {
  @Field(() => String, {
    description:
      "The caller role the duty gives, as @campus/auth names it: counselor, class_adviser, grid_leader, ...",
  })
  role!: string;

  @Field(() => [ID], {
    description:
      "Students resolved here: members of the covered classes, and students of the covered schools and colleges.",
  })
  studentIds!: string[];

  @Field(() => [ID], {
    description: "Covered grids, for organisation to resolve to their residents.",
  })
  gridIds!: string[];

  @Field(() => [ID], { description: "Covered buildings, for organisation to resolve." })
  buildingIds!: string[];

  @Field(() => [ID], { description: "Covered party branches, for organisation to resolve." })
  branchIds!: string[];

  @Field(() => [ID], {
    description:
      "Covered schools and residential colleges (a college or school administrator's units), for organisation's college administration and governance guards.",
  })
  unitIds!: string[];
}
