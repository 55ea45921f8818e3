import { ArgsType, Field, InputType } from "type-graphql";
import { IsText } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";

/** Longest search prefix: a code or a title's start, not a text. */
export const MAX_SEARCH_LENGTH = 50;
import { CourseCategory } from "./course.enums";

@InputType({ description: "All given conditions must hold." })
export class CourseFilter {
  @Field(() => CourseCategory, { nullable: true })
  category?: CourseCategory;

  @Field(() => String, {
    nullable: true,
    description: `Start of a course code or title (case-insensitive); at most ${MAX_SEARCH_LENGTH} characters.`,
  })
  @IsText(MAX_SEARCH_LENGTH, { blank: true })
  search?: string;
}

@ArgsType()
export class CoursesArgs extends PageArgs {
  @Field(() => CourseFilter, { nullable: true })
  filter?: CourseFilter;
}
