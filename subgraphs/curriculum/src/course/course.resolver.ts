import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { CourseSession } from "../session/session.entity";
import { Course } from "./course.entity";
import { CoursesArgs } from "./course.input";
import { CourseService } from "./course.service";

export const CourseConnection = ConnectionType(Course, "Course");

@Resolver(() => Course)
export class CourseResolver {
  @Query(() => Course, { nullable: true, description: "Null when no course has this id." })
  course(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Course | null> {
    return new CourseService(ctx).byId(id);
  }

  @Query(() => CourseConnection, { description: "Courses ordered by code, a page at a time." })
  courses(@Args(() => CoursesArgs) args: CoursesArgs, @Ctx() ctx: RequestContext<Loaders>) {
    return new CourseService(ctx).list(args);
  }

  @FieldResolver(() => [CourseSession], { description: "Ordered by startsAt, earliest first." })
  sessions(@Root() course: Course, @Ctx() ctx: RequestContext<Loaders>): Promise<CourseSession[]> {
    return new CourseService(ctx).sessions(course);
  }
}
