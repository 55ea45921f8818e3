import type { EntityManager } from "@mikro-orm/postgresql";
import { today } from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import {
  emitEvent,
  growthRecordDelivery,
  outboxGraph,
  outboxRelayJob,
  type GrowthPayload,
} from "@campus/subgraph/outbox";
import type { AttendanceChange } from "../attendance/attendance-change.entity";
import { AttendanceStatus } from "../attendance/attendance.enums";
import type { AttendanceRepository } from "../attendance/attendance.repository";
import { Attendance } from "../attendance/attendance.entity";
import { Course } from "../course/course.entity";
import { CourseCategory } from "../course/course.enums";
import type { Loaders } from "../loaders";
import { AwardLevel, ProjectOutcome } from "../project/project.enums";
import type { Project } from "../project/project.entity";

/**
 * What curriculum tells other subgraphs, through its outbox (README, "Events between
 * subgraphs"): each change of a student's attendance, a course completed and a climb-plan
 * project concluded, for the student's growth record in evaluation (`recordGrowthEvents`, lent to curriculum by the gateway's relay).
 */

export const OUTBOX_RELAY_JOB = "curriculum-outbox-relay";

/** The five-education domain a course's attendance and completion count in (a first mapping). */
const DOMAIN_OF: Record<CourseCategory, string> = {
  [CourseCategory.FRESHMAN_FORMATION]: "MORAL",
  [CourseCategory.PARTY_LECTURE]: "MORAL",
  [CourseCategory.READING_CIRCLE]: "INTELLECTUAL",
  [CourseCategory.FORUM]: "INTELLECTUAL",
  [CourseCategory.SKILLS]: "INTELLECTUAL",
};

/**
 * Points a session's attendance counts: each change carries the difference, so a student's
 * attendance points are always those of their current status (a correction PRESENT → ABSENT
 * takes the half point back).
 */
const ATTENDANCE_POINTS: Record<AttendanceStatus, number> = {
  [AttendanceStatus.PRESENT]: 0.5,
  [AttendanceStatus.LATE]: 0.25,
  [AttendanceStatus.ABSENT]: 0,
  [AttendanceStatus.EXCUSED]: 0,
};
const STATUS_WORD: Record<AttendanceStatus, string> = {
  [AttendanceStatus.PRESENT]: "出勤",
  [AttendanceStatus.LATE]: "迟到",
  [AttendanceStatus.ABSENT]: "缺勤",
  [AttendanceStatus.EXCUSED]: "请假",
};
/** Points a completed course (结业) counts. */
const COMPLETION_POINTS = 2;

/**
 * Writes the events of one attendance change, in the change's transaction: the change itself,
 * and the course's completion when this change met its threshold (the first time only: the
 * completion's key is the student's and the course's).
 */
export async function emitAttendanceEvents(
  em: EntityManager,
  change: AttendanceChange,
  personId: string,
  course: Course,
): Promise<void> {
  const from = change.from;
  const to = change.to;
  const points = ATTENDANCE_POINTS[to] - (from ? ATTENDANCE_POINTS[from] : 0);
  const occurredOn = today(change.changedAt);
  const domain = DOMAIN_OF[course.category];
  await emitEvent(em, {
    key: `attendance-change:${change.id}`,
    type: "ATTENDANCE_RECORDED",
    subject: personId,
    payload: {
      domain,
      kind: "COURSE_ATTENDANCE",
      title: from
        ? `${course.title} · 考勤更正为${STATUS_WORD[to]}`
        : `${course.title} · ${STATUS_WORD[to]}`,
      points: Math.round(points * 100) / 100,
      occurredOn,
    } satisfies GrowthPayload,
  });
  // The change is not flushed yet; progress reads the attendance as the database will hold it.
  await em.flush();
  const progress = await em
    .getRepository<Attendance, AttendanceRepository>(Attendance)
    .progress("person", [personId]);
  if (progress.some((row) => row.course_id === course.id && row.completed))
    await emitEvent(em, {
      key: `course-completed:${course.id}:${personId}`,
      type: "COURSE_COMPLETED",
      subject: personId,
      payload: {
        domain,
        kind: "COURSE_COMPLETED",
        title: `结业：${course.title}`,
        points: COMPLETION_POINTS,
        occurredOn,
      } satisfies GrowthPayload,
    });
}

/** Points a concluded climb-plan project (结题) counts for each team member, by its outcome. */
const OUTCOME_POINTS: Record<ProjectOutcome, number> = {
  [ProjectOutcome.REPORT]: 3,
  [ProjectOutcome.PAPER]: 5,
  [ProjectOutcome.PATENT]: 5,
  [ProjectOutcome.AWARD]: 5,
};
const AWARD_POINTS: Record<AwardLevel, number> = {
  [AwardLevel.SCHOOL]: 4,
  [AwardLevel.PROVINCIAL]: 6,
  [AwardLevel.NATIONAL]: 8,
  [AwardLevel.INTERNATIONAL]: 10,
};
const OUTCOME_WORD: Record<ProjectOutcome, string> = {
  [ProjectOutcome.REPORT]: "研究报告",
  [ProjectOutcome.AWARD]: "获奖",
  [ProjectOutcome.PAPER]: "论文",
  [ProjectOutcome.PATENT]: "专利",
};

/**
 * A concluded project (结题), one event per team member, in the conclusion's transaction. The key
 * is the project's and the member's: a project is concluded once, and a redelivery changes nothing.
 */
export async function emitProjectConcluded(
  em: EntityManager,
  project: Project,
  memberIds: readonly string[],
  occurredOn: string,
): Promise<void> {
  const outcome = project.outcome ?? ProjectOutcome.REPORT;
  const points = project.awardLevel ? AWARD_POINTS[project.awardLevel] : OUTCOME_POINTS[outcome];
  for (const personId of memberIds)
    await emitEvent(em, {
      key: `project-concluded:${project.id}:${personId}`,
      type: "PROJECT_CONCLUDED",
      subject: personId,
      payload: {
        domain: "INTELLECTUAL",
        kind: "PROJECT_CONCLUDED",
        title: `攀登计划结题（${OUTCOME_WORD[outcome]}）：${project.title}`.slice(0, 200),
        points,
        occurredOn,
      } satisfies GrowthPayload,
    });
}

/** The course of a session, for its events' titles and domain. */
export function courseOf(em: EntityManager, courseId: string): Promise<Course> {
  return em.findOneOrFail(
    Course,
    { id: courseId },
    { comments: label("curriculum.courseOfEvent") },
  );
}

export const outboxRelay = outboxRelayJob<Loaders>({
  name: OUTBOX_RELAY_JOB,
  everySeconds: 10,
  maxAttempts: 5,
  batchSize: 200,
  deliver: growthRecordDelivery<Loaders>("curriculum"),
});

export const curriculumOutbox = outboxGraph({ producer: "curriculum", relayJob: OUTBOX_RELAY_JOB });
