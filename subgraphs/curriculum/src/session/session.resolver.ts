import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { Course } from "../course/course.entity";
import { EnrolmentConnection } from "../enrolment/enrolment.connection";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Room } from "./room.reference";
import { SessionScheduleService } from "./session-schedule.service";
import { CourseSession } from "./session.entity";
import {
  CancelCourseSessionInput,
  ScheduleCourseSessionInput,
  UpdateCourseSessionInput,
} from "./session.input";
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

  @Mutation(() => CourseSession, {
    description: "Schedules a new session of a course (排课). Organisers (administrators) only.",
  })
  scheduleCourseSession(
    @Arg("input", () => ScheduleCourseSessionInput) input: ScheduleCourseSessionInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CourseSession> {
    return new SessionScheduleService(ctx).schedule(input);
  }

  @Mutation(() => CourseSession, {
    description:
      "Reschedules a session, moves it, changes its instructor or its seats, with a note enrolled students see. Organisers (administrators) only; not once it has ended or been cancelled.",
  })
  updateCourseSession(
    @Arg("input", () => UpdateCourseSessionInput) input: UpdateCourseSessionInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CourseSession> {
    return new SessionScheduleService(ctx).update(input);
  }

  @Mutation(() => CourseSession, {
    description:
      "Cancels a session that has not ended, with a note enrolled students see; its enrolments are kept. Organisers (administrators) only.",
  })
  cancelCourseSession(
    @Arg("input", () => CancelCourseSessionInput) input: CancelCourseSessionInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CourseSession> {
    return new SessionScheduleService(ctx).cancel(input);
  }

  @FieldResolver(() => Course)
  course(@Root() session: CourseSession, @Ctx() ctx: RequestContext<Loaders>): Promise<Course> {
    return new SessionService(ctx).course(session);
  }

  @FieldResolver(() => Person, { nullable: true })
  instructor(@Root() session: CourseSession, @Ctx() ctx: RequestContext<Loaders>): Person | null {
    return new SessionService(ctx).instructor(session);
  }

  @FieldResolver(() => Room, {
    nullable: true,
    description: "The organisation's room it is held in; null when `location` is all there is.",
  })
  room(@Root() session: CourseSession, @Ctx() ctx: RequestContext<Loaders>): Room | null {
    return new SessionService(ctx).room(session);
  }

  @FieldResolver(() => Int, { description: "Enrolments on the waiting list (WAITING)." })
  waitingCount(
    @Root() session: CourseSession,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<number> {
    return new SessionService(ctx).waitingCount(session);
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
