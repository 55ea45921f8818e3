import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { Course } from "../course/course.entity";
import { EnrolmentConnection } from "../enrolment/enrolment.connection";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { CourseSession } from "./session.entity";
import { SessionService } from "./session.service";

@Resolver(() => CourseSession)
export class CourseSessionResolver {
  @Query(() => CourseSession, { nullable: true, description: "Null when no session has this id." })
  courseSession(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CourseSession | null> {
    return new SessionService(ctx).byId(id);
  }

  @FieldResolver(() => Course)
  course(@Root() session: CourseSession, @Ctx() ctx: RequestContext<Loaders>): Promise<Course> {
    return new SessionService(ctx).course(session);
  }

  @FieldResolver(() => Person, { nullable: true })
  instructor(@Root() session: CourseSession, @Ctx() ctx: RequestContext<Loaders>): Person | null {
    return new SessionService(ctx).instructor(session);
  }

  @FieldResolver(() => Int, { description: "Enrolments with status ENROLLED." })
  enrolledCount(
    @Root() session: CourseSession,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<number> {
    return new SessionService(ctx).enrolledCount(session);
  }

  @FieldResolver(() => EnrolmentConnection, {
    nullable: true,
    description:
      "Every enrolment of the session, cancelled ones too, in the order people enrolled. Staff only: null with FORBIDDEN for students.",
  })
  enrolments(
    @Root() session: CourseSession,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new SessionService(ctx).enrolments(session, args);
  }
}
