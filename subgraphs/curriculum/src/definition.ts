import { isId, type SubgraphDefinition } from "@campus/subgraph";
import { migrations } from "../migrations";
import { AttendanceChange } from "./attendance/attendance-change.entity";
import { Attendance } from "./attendance/attendance.entity";
import {
  AttendanceChangeResolver,
  AttendanceResolver,
  CheckInWindowResolver,
  CourseAttendanceResolver,
  EnrolmentAttendanceResolver,
  PersonAttendanceResolver,
  SessionAttendanceResolver,
} from "./attendance/attendance.resolver";
import { CheckInWindow } from "./attendance/check-in-window.entity";
import { Course } from "./course/course.entity";
import { CourseResolver } from "./course/course.resolver";
import { Enrolment } from "./enrolment/enrolment.entity";
import { EnrolmentResolver } from "./enrolment/enrolment.resolver";
import { createLoaders, type Loaders } from "./loaders";
import { PersonResolver } from "./person/person.resolver";
import { CourseSession } from "./session/session.entity";
import { CourseSessionResolver } from "./session/session.resolver";
import { OutboxEvent } from "@campus/subgraph/outbox";
import { curriculumOutbox, outboxRelay } from "./outbox/curriculum-events";

/** curriculum: community courses, their sessions, who enrolled and who attended; extends Person with enrolments, attendance and course progress. */
export const curriculum: SubgraphDefinition<Loaders> = {
  name: "curriculum",
  database: {
    schema: "curriculum",
    entities: [
      Course,
      CourseSession,
      Enrolment,
      CheckInWindow,
      Attendance,
      AttendanceChange,
      OutboxEvent,
    ],
    migrations,
  },
  resolvers: [
    CourseResolver,
    CourseSessionResolver,
    EnrolmentResolver,
    PersonResolver,
    AttendanceResolver,
    AttendanceChangeResolver,
    CheckInWindowResolver,
    SessionAttendanceResolver,
    EnrolmentAttendanceResolver,
    CourseAttendanceResolver,
    PersonAttendanceResolver,
    ...curriculumOutbox.resolvers,
  ],
  references: {
    // A key is all this subgraph knows of a person; enrolments resolve from it through a loader.
    Person: (reference) => ({ id: reference.id }),
    Room: (reference) => ({ id: reference.id }),
    Course: (reference, ctx) => (isId(reference.id) ? ctx.loaders.course.load(reference.id) : null),
    CourseSession: (reference, ctx) =>
      isId(reference.id) ? ctx.loaders.session.load(reference.id) : null,
    Enrolment: (reference, ctx) =>
      isId(reference.id) ? ctx.loaders.enrolment.load(reference.id) : null,
  },
  createLoaders,
  // The outbox's relay: events to other subgraphs, through the gateway (README, "Events between subgraphs").
  jobs: [outboxRelay],
};
