import type { EntityManager } from "@mikro-orm/postgresql";
import { createHash } from "node:crypto";
import { CAMPUS_TIME_ZONE, campusDayStart, today, type RequestContext } from "@campus/subgraph";
import { label, selectRows, tableName } from "@campus/subgraph/data";
import {
  emitEvent,
  growthRecordDelivery,
  outboxGraph,
  outboxRelayJob,
  relayGraph,
  type GrowthPayload,
  type OutboxEvent,
} from "@campus/subgraph/outbox";
import type { AttendanceChange } from "../attendance/attendance-change.entity";
import { AttendanceStatus } from "../attendance/attendance.enums";
import type { AttendanceRepository } from "../attendance/attendance.repository";
import { Attendance } from "../attendance/attendance.entity";
import { Course } from "../course/course.entity";
import { Enrolment } from "../enrolment/enrolment.entity";
import { CourseSession } from "../session/session.entity";
import { CourseCategory } from "../course/course.enums";
import type { Loaders } from "../loaders";
import { AwardLevel, ProjectOutcome } from "../project/project.enums";
import type { Project } from "../project/project.entity";
import type { Competition, CompetitionEntry } from "../competition/competition.entity";
import { CompetitionResult } from "../competition/competition.enums";
import type { HabitProject } from "../habit/habit.entity";
import { HabitKind } from "../habit/habit.enums";
import { recordFormationCompletions } from "../formation/formation.service";
import type { FormationProgramme } from "../formation/formation.entity";

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
  if (progress.some((row) => row.course_id === course.id && row.completed)) {
    // The course may complete the student's freshman formation programme (新生养成教育).
    for (const programme of await recordFormationCompletions(
      em,
      personId,
      course.id,
      change.changedAt,
    ))
      await emitFormationCompleted(em, programme, personId, occurredOn);
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
}

/** Points the completed freshman formation programme (新生养成教育) counts. */
const FORMATION_POINTS = 5;

/**
 * A student's completed freshman formation programme, in the transaction of the attendance change
 * that completed it (recorded once per student and programme under the student's lock; the key
 * keeps a redelivery harmless).
 */
export async function emitFormationCompleted(
  em: EntityManager,
  programme: FormationProgramme,
  personId: string,
  occurredOn: string,
): Promise<void> {
  await emitEvent(em, {
    key: `formation-completed:${programme.id}:${personId}`,
    type: "FORMATION_COMPLETED",
    subject: personId,
    payload: {
      domain: "MORAL",
      kind: "FORMATION_COMPLETED",
      title: `完成新生养成教育：${programme.title}`.slice(0, 200),
      points: FORMATION_POINTS,
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

/** Points a competition prize (科创竞赛获奖) counts, by the competition's level and the prize. */
const PRIZE_POINTS: Partial<Record<CompetitionResult, number>> = {
  [CompetitionResult.THIRD_PRIZE]: 0,
  [CompetitionResult.SECOND_PRIZE]: 1,
  [CompetitionResult.FIRST_PRIZE]: 2,
  [CompetitionResult.GRAND_PRIZE]: 3,
};
const PRIZE_WORD: Partial<Record<CompetitionResult, string>> = {
  [CompetitionResult.THIRD_PRIZE]: "三等奖",
  [CompetitionResult.SECOND_PRIZE]: "二等奖",
  [CompetitionResult.FIRST_PRIZE]: "一等奖",
  [CompetitionResult.GRAND_PRIZE]: "特等奖",
};

/**
 * A competition prize, one event per team member, in the result's transaction, on the same path
 * as a concluded project. The key is the entry's and the member's: a result is recorded once, and
 * a redelivery changes nothing.
 */
export async function emitCompetitionAward(
  em: EntityManager,
  entry: CompetitionEntry,
  competition: Competition,
  memberIds: readonly string[],
  occurredOn: string,
): Promise<void> {
  const result = entry.result;
  if (!result || PRIZE_POINTS[result] === undefined) return;
  const points = AWARD_POINTS[competition.level] + (PRIZE_POINTS[result] ?? 0);
  for (const personId of memberIds)
    await emitEvent(em, {
      key: `competition-award:${entry.id}:${personId}`,
      type: "COMPETITION_AWARD",
      subject: personId,
      payload: {
        domain: "INTELLECTUAL",
        kind: "COMPETITION_AWARD",
        title:
          `${competition.name}（${competition.year}）${PRIZE_WORD[result]}：${entry.title}`.slice(
            0,
            200,
          ),
        points,
        occurredOn,
      } satisfies GrowthPayload,
    });
}

/** Points a habit project's goal met (攀登计划第一层) counts. */
const HABIT_GOAL_POINTS = 2;
const HABIT_KIND_WORD: Record<HabitKind, string> = {
  [HabitKind.STUDY_STYLE]: "学业学风提升",
  [HabitKind.FITNESS]: "体能习惯养成",
};
/** The five-education domain a habit project counts in: fitness in 体, study style in 智. */
const HABIT_DOMAIN: Record<HabitKind, string> = {
  [HabitKind.STUDY_STYLE]: "INTELLECTUAL",
  [HabitKind.FITNESS]: "PHYSICAL",
};

/**
 * A habit project's goal met, in the result's transaction, on the same path as a competition
 * award. The key is the project's and the student's: a result is recorded once, and a redelivery
 * changes nothing.
 */
export async function emitHabitGoalMet(
  em: EntityManager,
  project: HabitProject,
  personId: string,
  occurredOn: string,
): Promise<void> {
  await emitEvent(em, {
    key: `habit-goal-met:${project.id}:${personId}`,
    type: "HABIT_GOAL_MET",
    subject: personId,
    payload: {
      domain: HABIT_DOMAIN[project.kind],
      kind: "HABIT_GOAL_MET",
      title: `${HABIT_KIND_WORD[project.kind]}达标：${project.title}`.slice(0, 200),
      points: HABIT_GOAL_POINTS,
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

/** The event of a change of a student's absences on a day (evaluation's CLASS_ABSENCES indicator). */
const ABSENCES_CHANGED = "CLASS_ABSENCES_CHANGED";

/** The day's value as evaluation's IndicatorRecordInput takes it, less the person. */
interface AbsencesPayload extends Record<string, unknown> {
  /** The campus date of the sessions. */
  observedOn: string;
  /** Sessions of that day the student is marked absent from, after the change. */
  absences: number;
}

/**
 * A mark to or from ABSENT changes the student's absences on the session's day (缺课次数): the
 * event carries the day's count after the change, in the change's transaction, and evaluation
 * keeps the latest count per day (`replaceDay`), so a correction takes an absence back. A student's
 * events are delivered in order, so the last count written is the last one recorded.
 */
export async function emitAbsencesOfDay(
  em: EntityManager,
  change: AttendanceChange,
  personId: string,
  sessionStartsAt: Date,
): Promise<void> {
  // The change is not flushed yet; the count reads the attendance as the database will hold it.
  await em.flush();
  const observedOn = today(sessionStartsAt);
  const [row] = await selectRows<{ absences: number }>(
    em,
    label("curriculum.absencesOfDay"),
    `select count(*)::int as absences
       from ?? a join ?? e on e.id = a.enrolment_id join ?? s on s.id = e.session_id
      where e.person_id = ? and a.status = 'ABSENT'
        and (s.starts_at at time zone ?)::date = ?::date`,
    [
      tableName(em, Attendance),
      tableName(em, Enrolment),
      tableName(em, CourseSession),
      personId,
      CAMPUS_TIME_ZONE,
      observedOn,
    ],
  );
  await emitEvent(em, {
    key: `absences:${change.id}`,
    type: ABSENCES_CHANGED,
    subject: personId,
    payload: { observedOn, absences: row?.absences ?? 0 } satisfies AbsencesPayload,
    // Marked before a session that starts after midnight: evaluation takes no day in the future,
    // so the event waits for the day to begin.
    notBefore: campusDayStart(observedOn),
  });
}

interface RecordClassAbsencesAnswer {
  recordClassAbsences: {
    batch: { rows: { index: number; field: string; message: string }[] };
  };
}

/**
 * Delivers absences to evaluation's indicators through the gateway's relay (`recordClassAbsences`,
 * evaluation's `ingestIndicators` with `replaceDay`): one batch, its key the hash of its events'
 * keys (a redelivered batch is recognised), a refused row that event's failure.
 */
async function deliverAbsences(
  ctx: RequestContext<Loaders>,
  events: readonly OutboxEvent[],
): Promise<(string | null)[]> {
  const clientKey = `curriculum:${createHash("sha256")
    .update(events.map((event) => event.key).join("\n"))
    .digest("hex")}`;
  const data = await relayGraph(ctx).call<RecordClassAbsencesAnswer>(
    "recordClassAbsences",
    {
      input: {
        clientKey,
        replaceDay: true,
        records: events.map((event) => {
          const payload = event.payload as AbsencesPayload;
          return {
            personId: event.subject,
            kind: "CLASS_ABSENCES",
            value: payload.absences,
            observedOn: payload.observedOn,
          };
        }),
      },
    },
    ctx.requestId,
  );
  const refused = new Map(
    data.recordClassAbsences.batch.rows.map((row) => [row.index, `${row.field}: ${row.message}`]),
  );
  return events.map((_, index) => refused.get(index) ?? null);
}

const deliverGrowth = growthRecordDelivery<Loaders>("curriculum");

/** A batch's events to their consumers: absences to the indicators, the rest to the growth record. */
async function deliver(
  ctx: RequestContext<Loaders>,
  events: readonly OutboxEvent[],
): Promise<(string | null)[]> {
  const answers: (string | null)[] = events.map(() => null);
  const parts = [
    { send: deliverAbsences, indexes: [] as number[] },
    { send: deliverGrowth, indexes: [] as number[] },
  ];
  events.forEach((event, index) =>
    parts[event.type === ABSENCES_CHANGED ? 0 : 1].indexes.push(index),
  );
  for (const { send, indexes } of parts) {
    if (!indexes.length) continue;
    const partAnswers = await send(
      ctx,
      indexes.map((index) => events[index]),
    );
    indexes.forEach((index, i) => (answers[index] = partAnswers[i] ?? null));
  }
  return answers;
}

export const outboxRelay = outboxRelayJob<Loaders>({
  name: OUTBOX_RELAY_JOB,
  everySeconds: 10,
  maxAttempts: 5,
  batchSize: 200,
  deliver,
});

export const curriculumOutbox = outboxGraph({ producer: "curriculum", relayJob: OUTBOX_RELAY_JOB });
