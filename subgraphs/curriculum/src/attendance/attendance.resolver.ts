import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs } from "@campus/subgraph/data";
import { Course } from "../course/course.entity";
import { Enrolment } from "../enrolment/enrolment.entity";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { CourseSession } from "../session/session.entity";
import { AttendanceChange } from "./attendance-change.entity";
import { Attendance } from "./attendance.entity";
import { AttendanceStatus } from "./attendance.enums";
import { CheckInInput, MarkAttendanceInput, OpenCheckInInput } from "./attendance.input";
import { AttendanceService } from "./attendance.service";
import { AttendanceSummary, CourseProgress } from "./attendance.types";
import { CheckInService } from "./check-in.service";
import { CheckInWindow } from "./check-in-window.entity";

type Ctx = RequestContext<Loaders>;

export const CourseSessionConnection = ConnectionType(CourseSession, "CourseSession");

@Resolver(() => Attendance)
export class AttendanceResolver {
  @Mutation(() => CheckInWindow, {
    description:
      "Opens a session's check-in (签到) with a new random six-digit code for a few minutes; reopening replaces the code. The session's instructor or an organiser, from 30 minutes before the start until the end.",
  })
  openCheckIn(
    @Arg("input", () => OpenCheckInInput) input: OpenCheckInInput,
    @Ctx() ctx: Ctx,
  ): Promise<CheckInWindow> {
    return new CheckInService(ctx).open(input);
  }

  @Mutation(() => Attendance, {
    description:
      "A student checks in with the code while the session's check-in is open: FORBIDDEN without a place in the session, BAD_USER_INPUT outside the window or with a wrong code, CONFLICT when already recorded.",
  })
  checkIn(@Arg("input", () => CheckInInput) input: CheckInInput, @Ctx() ctx: Ctx) {
    return new CheckInService(ctx).checkIn(input);
  }

  @Mutation(() => Attendance, {
    description:
      "The session's instructor or an organiser marks an enrolled student PRESENT, LATE, ABSENT or EXCUSED, or corrects what was recorded (with a note); every change is kept in the history.",
  })
  markAttendance(
    @Arg("input", () => MarkAttendanceInput) input: MarkAttendanceInput,
    @Ctx() ctx: Ctx,
  ): Promise<Attendance> {
    return new AttendanceService(ctx).mark(input);
  }

  @FieldResolver(() => Enrolment)
  enrolment(@Root() attendance: Attendance, @Ctx() ctx: Ctx): Promise<Enrolment> {
    return new AttendanceService(ctx).enrolmentOf(attendance);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who set the current status." })
  changedBy(@Root() attendance: Attendance, @Ctx() ctx: Ctx): Person | null {
    return new AttendanceService(ctx).personOf(attendance.changedById);
  }

  @FieldResolver(() => [AttendanceChange], { description: "Every change, oldest first." })
  history(@Root() attendance: Attendance, @Ctx() ctx: Ctx): Promise<AttendanceChange[]> {
    return new AttendanceService(ctx).history(attendance);
  }
}

@Resolver(() => AttendanceChange)
export class AttendanceChangeResolver {
  @FieldResolver(() => Person, { nullable: true })
  changedBy(@Root() change: AttendanceChange, @Ctx() ctx: Ctx): Person | null {
    return new AttendanceService(ctx).personOf(change.changedById);
  }
}

@Resolver(() => CheckInWindow)
export class CheckInWindowResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The six-digit code: for the session's instructor and organisers; null with FORBIDDEN for anyone else.",
  })
  code(@Root() window: CheckInWindow, @Ctx() ctx: Ctx): Promise<string> {
    return new AttendanceService(ctx).code(window);
  }

  @FieldResolver(() => Boolean, { description: "Whether a student can check in now." })
  isOpen(@Root() window: CheckInWindow, @Ctx() ctx: Ctx): boolean {
    return new AttendanceService(ctx).isOpen(window);
  }
}

@Resolver(() => CourseSession)
export class SessionAttendanceResolver {
  @Query(() => CourseSessionConnection, {
    description:
      "The sessions the caller teaches (instructor), from two weeks back onwards, earliest first: where an instructor opens check-in and marks attendance.",
  })
  myTeachingSessions(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Ctx) {
    return new AttendanceService(ctx).teaching(args);
  }

  @FieldResolver(() => CheckInWindow, {
    nullable: true,
    description: "The session's latest check-in window; null until one is opened.",
  })
  checkInWindow(@Root() session: CourseSession, @Ctx() ctx: Ctx): Promise<CheckInWindow | null> {
    return new AttendanceService(ctx).window(session);
  }

  @FieldResolver(() => AttendanceSummary, {
    nullable: true,
    description: "The session's attendance counts and rate. Staff only.",
  })
  attendanceSummary(@Root() session: CourseSession, @Ctx() ctx: Ctx): Promise<AttendanceSummary> {
    return new AttendanceService(ctx).sessionSummary(session);
  }
}

@Resolver(() => Enrolment)
export class EnrolmentAttendanceResolver {
  @FieldResolver(() => Attendance, {
    nullable: true,
    description: "What was recorded of this place's attendance; null while nothing is.",
  })
  attendance(@Root() enrolment: Enrolment, @Ctx() ctx: Ctx): Promise<Attendance | null> {
    return new AttendanceService(ctx).ofEnrolment(enrolment);
  }

  @FieldResolver(() => AttendanceStatus, {
    nullable: true,
    description:
      "The attendance that counts: the recorded status, or ABSENT once the session has ended with nothing recorded; null before that and for waiting or cancelled enrolments.",
  })
  attendanceStatus(
    @Root() enrolment: Enrolment,
    @Ctx() ctx: Ctx,
  ): Promise<AttendanceStatus | null> {
    return new AttendanceService(ctx).statusOf(enrolment);
  }
}

@Resolver(() => Course)
export class CourseAttendanceResolver {
  @FieldResolver(() => AttendanceSummary, {
    nullable: true,
    description: "Attendance over all the course's sessions. Staff only.",
  })
  attendanceSummary(@Root() course: Course, @Ctx() ctx: Ctx): Promise<AttendanceSummary> {
    return new AttendanceService(ctx).courseSummary(course);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "How many students have completed the course so far. Staff only.",
  })
  completionCount(@Root() course: Course, @Ctx() ctx: Ctx): Promise<number> {
    return new AttendanceService(ctx).completionCount(course);
  }
}

@Resolver(() => Person)
export class PersonAttendanceResolver {
  @FieldResolver(() => AttendanceSummary, {
    nullable: true,
    description:
      "This person's attendance over the sessions they hold places in. The student themselves and staff.",
  })
  attendance(@Root() person: Person, @Ctx() ctx: Ctx): Promise<AttendanceSummary> {
    return new AttendanceService(ctx).personSummary(person);
  }

  @FieldResolver(() => [CourseProgress], {
    nullable: true,
    description:
      "Progress towards completing each course the person holds a place in. The student themselves and staff.",
  })
  courseProgress(@Root() person: Person, @Ctx() ctx: Ctx): Promise<CourseProgress[]> {
    return new AttendanceService(ctx).progress(person);
  }

  @FieldResolver(() => [CourseProgress], {
    nullable: true,
    description: "The courses this person has completed (结业). The student themselves and staff.",
  })
  courseCompletions(@Root() person: Person, @Ctx() ctx: Ctx): Promise<CourseProgress[]> {
    return new AttendanceService(ctx).progress(person, true);
  }
}
