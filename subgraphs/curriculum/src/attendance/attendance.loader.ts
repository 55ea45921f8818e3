import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { groupLoader, label } from "@campus/subgraph/data";
import { Course } from "../course/course.entity";
import { AttendanceChange } from "./attendance-change.entity";
import { Attendance } from "./attendance.entity";
import type { AttendanceRepository, ProgressRow, SummaryKey } from "./attendance.repository";
import type { AttendanceSummary } from "./attendance.types";
import { CheckInWindow } from "./check-in-window.entity";

const repository = (em: EntityManager) =>
  em.getRepository<Attendance, AttendanceRepository>(Attendance);

const EMPTY: AttendanceSummary = {
  places: 0,
  present: 0,
  late: 0,
  absent: 0,
  excused: 0,
  unrecorded: 0,
  rate: null,
};

/** Summaries per session, course or student: one statement for all the keys of a response. */
function summaryLoader(em: EntityManager, key: SummaryKey) {
  return new DataLoader<string, AttendanceSummary>(async (ids) => {
    const valid = ids.filter(isId);
    const found = valid.length
      ? await repository(em).summaries(key, valid)
      : new Map<string, AttendanceSummary>();
    return ids.map((id) => found.get(id) ?? EMPTY);
  });
}

export function attendanceLoaders(em: EntityManager) {
  return {
    /** The recorded attendance of each enrolment (at most one), for all enrolments of a response at once. */
    attendanceByEnrolment: groupLoader(
      em,
      Attendance,
      (enrolmentIds) => ({ enrolment: { $in: enrolmentIds.filter(isId) } }),
      (attendance) => attendance.enrolment.id,
      {},
      "byEnrolment",
    ),
    /** Each attendance's changes, oldest first. */
    attendanceChanges: groupLoader(
      em,
      AttendanceChange,
      (attendanceIds) => ({ attendance: { $in: attendanceIds.filter(isId) } }),
      (change) => change.attendance.id,
      { orderBy: { changedAt: "asc", id: "asc" } },
      "byAttendance",
    ),
    /** Each session's check-in window (at most one). */
    checkInWindowBySession: groupLoader(
      em,
      CheckInWindow,
      (sessionIds) => ({ session: { $in: sessionIds.filter(isId) } }),
      (window) => window.session.id,
      {},
      "bySession",
    ),
    attendanceBySession: summaryLoader(em, "session"),
    attendanceByCourse: summaryLoader(em, "course"),
    attendanceByPerson: summaryLoader(em, "person"),
    /**
     * Each student's course progress rows with their courses, for all the students of a response
     * in two statements (the courses read here, not through the course loader, so the count does
     * not depend on which resolver happened to load them first).
     */
    courseProgressByPerson: new DataLoader<string, (ProgressRow & { course: Course })[]>(
      async (personIds) => {
        const valid = personIds.filter(isId);
        const rows = valid.length ? await repository(em).progress("person", valid) : [];
        const courseIds = [...new Set(rows.map((row) => row.course_id))];
        const courses = courseIds.length
          ? await em.find(
              Course,
              { id: { $in: courseIds } },
              { comments: label("curriculum.progressCourses") },
            )
          : [];
        const byId = new Map(courses.map((course) => [course.id, course]));
        const withCourse = rows.flatMap((row) => {
          const course = byId.get(row.course_id);
          return course ? [{ ...row, course }] : [];
        });
        return personIds.map((id) => withCourse.filter((row) => row.person_id === id));
      },
    ),
    /** Completions per course, counted in SQL. */
    completionCountByCourse: new DataLoader<string, number>(async (courseIds) => {
      const valid = courseIds.filter(isId);
      const counts = valid.length
        ? await repository(em).completionCounts(valid)
        : new Map<string, number>();
      return courseIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}
