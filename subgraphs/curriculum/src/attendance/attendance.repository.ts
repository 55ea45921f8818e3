import { EntityRepository } from "@mikro-orm/postgresql";
import { selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { Course } from "../course/course.entity";
import { Enrolment } from "../enrolment/enrolment.entity";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import { CourseSession } from "../session/session.entity";
import { SessionStatus } from "../session/session.enums";
import { Attendance } from "./attendance.entity";
import { AttendanceStatus } from "./attendance.enums";
import type { AttendanceSummary } from "./attendance.types";
import { CHECK_IN_LEAD_MINUTES } from "./attendance.workflow";

/** What a summary is counted per: a session, a course or a student. */
export type SummaryKey = "session" | "course" | "person";
const KEY_COLUMN: Record<SummaryKey, string> = {
  session: "s.id",
  course: "s.course_id",
  person: "e.person_id",
};
const KEY_LABEL: Record<SummaryKey, string> = {
  session: "curriculum.attendanceBySession",
  course: "curriculum.attendanceByCourse",
  person: "curriculum.attendanceByPerson",
};

export interface ProgressRow {
  course_id: string;
  person_id: string;
  held: number;
  attended: number;
  excused: number;
  required: number;
  completed: boolean;
}

const { PRESENT, LATE, ABSENT, EXCUSED } = AttendanceStatus;

export class AttendanceRepository extends EntityRepository<Attendance> {
  /** The tables every attendance statement joins, as `??` parameters in this order. */
  private tables() {
    const em = this.getEntityManager();
    return {
      enrolment: tableName(em, Enrolment),
      session: tableName(em, CourseSession),
      attendance: tableName(em, Attendance),
      course: tableName(em, Course),
    };
  }

  /**
   * Attendance counts per session, course or student, for any number of them in one GROUP BY
   * statement; a place with no record is ABSENT once its session has ended, and not yet counted
   * as anything while it is under way.
   */
  async summaries(
    key: SummaryKey,
    ids: readonly string[],
  ): Promise<Map<string, AttendanceSummary>> {
    const t = this.tables();
    const rows = await selectRows<AttendanceSummary & { key: string }>(
      this.getEntityManager(),
      KEY_LABEL[key],
      `select key, places, present, late, absent, excused, unrecorded,
              (present + late)::float8 / nullif(places - excused, 0) as rate
         from (select ${KEY_COLUMN[key]} as key, count(*)::int as places,
                      count(*) filter (where st = '${PRESENT}')::int as present,
                      count(*) filter (where st = '${LATE}')::int as late,
                      count(*) filter (where st = '${ABSENT}')::int as absent,
                      count(*) filter (where st = '${EXCUSED}')::int as excused,
                      count(*) filter (where st is null)::int as unrecorded
                 from ?? e join ?? s on s.id = e.session_id
                 left join ?? a on a.enrolment_id = e.id
                 cross join lateral (select coalesce(a.status::text,
                   case when s.ends_at <= now() then '${ABSENT}' end) as st) x
                where e.status = ? and s.status = ?
                  and s.starts_at <= now() + make_interval(mins => ?)
                  and ${KEY_COLUMN[key]} = any(?::uuid[])
                group by 1) counted`,
      [
        t.enrolment,
        t.session,
        t.attendance,
        EnrolmentStatus.ENROLLED,
        SessionStatus.SCHEDULED,
        CHECK_IN_LEAD_MINUTES,
        uuidArray(ids),
      ],
    );
    return new Map(rows.map(({ key: k, ...summary }) => [k, summary]));
  }

  /**
   * Each student's progress in each course they hold a place in (for the given students, or for
   * everyone in the given courses): the course's held sessions, the student's attended and
   * excused ones, the sessions required by the course's threshold, and whether they completed it.
   */
  async progress(by: "person" | "course", ids: readonly string[]): Promise<ProgressRow[]> {
    const t = this.tables();
    return selectRows<ProgressRow>(
      this.getEntityManager(),
      by === "person" ? "curriculum.courseProgressByPerson" : "curriculum.courseProgressByCourse",
      `${this.progressSql(by)} select * from progress order by person_id, course_id`,
      this.progressParams(t, ids),
    );
  }

  /** How many students completed each course, counted in SQL, for any number of courses at once. */
  async completionCounts(courseIds: readonly string[]): Promise<Map<string, number>> {
    const t = this.tables();
    const rows = await selectRows<{ course_id: string; n: number }>(
      this.getEntityManager(),
      "curriculum.courseCompletionCounts",
      `${this.progressSql("course")}
       select course_id, count(*) filter (where completed)::int as n from progress group by course_id`,
      this.progressParams(t, courseIds),
    );
    return new Map(rows.map((r) => [r.course_id, r.n]));
  }

  private progressSql(by: "person" | "course"): string {
    const filter = by === "person" ? "e.person_id" : "s.course_id";
    return `with mine as (
        select s.course_id, e.person_id,
               count(*) filter (where s.ends_at <= now() and a.status in ('${PRESENT}', '${LATE}'))::int as attended,
               count(*) filter (where s.ends_at <= now() and a.status = '${EXCUSED}')::int as excused
          from ?? e join ?? s on s.id = e.session_id
          left join ?? a on a.enrolment_id = e.id
         where e.status = ? and s.status = ? and ${filter} = any(?::uuid[])
         group by s.course_id, e.person_id),
      held as (
        select course_id, count(*)::int as held from ??
         where status = ? and ends_at <= now() and course_id in (select course_id from mine)
         group by course_id),
      needs as (
        select m.course_id, m.person_id, coalesce(h.held, 0) as held, m.attended, m.excused,
               greatest(1, ceil(c.completion_threshold * (coalesce(h.held, 0) - m.excused) - 1e-9))::int as required
          from mine m join ?? c on c.id = m.course_id left join held h on h.course_id = m.course_id),
      progress as (
        select course_id, person_id, held, attended, excused, required,
               held > 0 and attended >= required as completed
          from needs)`;
  }

  private progressParams(t: ReturnType<AttendanceRepository["tables"]>, ids: readonly string[]) {
    return [
      t.enrolment,
      t.session,
      t.attendance,
      EnrolmentStatus.ENROLLED,
      SessionStatus.SCHEDULED,
      uuidArray(ids),
      t.session,
      SessionStatus.SCHEDULED,
      t.course,
    ];
  }
}
