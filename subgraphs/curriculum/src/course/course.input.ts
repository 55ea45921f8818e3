import { ArgsType, Field, InputType } from "type-graphql";
import { PageArgs } from "@campus/subgraph/data";
import { CourseCategory } from "./course.enums";

@InputType({ description: "All given conditions must hold." })
export class CourseFilter {
  @Field(() => CourseCategory, { nullable: true })
  category?: CourseCategory;

  @Field(() => String, { nullable: true, description: "Start of a course code or title (case-insensitive)." })
  search?: string;
}

@ArgsType()
export class CoursesArgs extends PageArgs {
  @Field(() => CourseFilter, { nullable: true })
  filter?: CourseFilter;
}
