import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { IsId, IsText } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";

/** Longest search prefix: a name or number, not a text. */
export const MAX_SEARCH_LENGTH = 50;
import { PersonKind } from "./person.enums";

@InputType({ description: "All given conditions must hold." })
export class PeopleFilter {
  @Field(() => PersonKind, { nullable: true })
  kind?: PersonKind;

  @Field(() => String, {
    nullable: true,
    description: `Part of a name (any position: 小明 finds 王小明) or of a student/staff number (from 3 characters on, any position; shorter, its start); at most ${MAX_SEARCH_LENGTH} characters.`,
  })
  @IsText(MAX_SEARCH_LENGTH, { blank: true })
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsId()
  schoolId?: string;

  @Field(() => ID, { nullable: true })
  @IsId()
  collegeId?: string;

  @Field(() => Int, { nullable: true })
  cohort?: number;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PeopleFilter, { nullable: true })
  filter?: PeopleFilter;
}
