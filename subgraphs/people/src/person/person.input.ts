import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "@campus/subgraph/data";
import { PersonKind } from "./person.enums";

@InputType({ description: "All given conditions must hold." })
export class PeopleFilter {
  @Field(() => PersonKind, { nullable: true })
  kind?: PersonKind;

  @Field(() => String, { nullable: true, description: "Start of a name or of a student/staff number." })
  search?: string;

  @Field(() => ID, { nullable: true })
  schoolId?: string;

  @Field(() => ID, { nullable: true })
  collegeId?: string;

  @Field(() => Int, { nullable: true })
  cohort?: number;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PeopleFilter, { nullable: true })
  filter?: PeopleFilter;
}
