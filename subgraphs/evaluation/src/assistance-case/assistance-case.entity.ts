import { Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { VersionedCampusEntity } from "@campus/subgraph/data";
import { Sensitive } from "@campus/access";
import {
  AssistanceCaseStatus,
  CaseKind,
  CaseOutcome,
  CaseSource,
  DifficultyGrade,
} from "./assistance-case.enums";
import { AssistanceCaseRepository } from "./assistance-case.repository";

/**
 * 帮扶个案: one student's assistance case, worked by a task force (专班, TaskForceMember) through
 * the workflow in assistance-case.workflow.ts. Visible to anyone with a relationship to the
 * student, except that a task-force member sees only the cases they serve on (case-access.ts);
 * what the difficulty is (`summary`) needs CARE, the grading FINANCIAL.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({
  description:
    "帮扶个案: a student's assistance case, worked by a task force (专班). Visible to the student and to staff whose duty covers them; " +
    "a task-force member sees only the cases they serve on; a case of kind MENTAL_HEALTH only a caller who holds MENTAL_HEALTH for the student " +
    "(a counselor, the psychology teacher they were referred to) or serves on its task force: not the student, not an administrator. " +
    "Every mutation naming a case is FORBIDDEN to a caller who may not see it.",
})
@Entity({ tableName: "assistance_case", repository: () => AssistanceCaseRepository })
@Index({ properties: ["personId", "openedAt"] })
@Index({ properties: ["openedAt", "id"] })
// Optimistic lock (`version`): of two steps or gradings from one state at once, one applies and the other gets CONFLICT.
export class AssistanceCase extends VersionedCampusEntity {
  /** The student; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The student's difficulty and what the case is for. Needs CARE for the student.",
  })
  @Sensitive<AssistanceCase>({ level: "PERSONAL", purposes: ["CARE"], subject: (c) => c.personId })
  @Property({ type: "text" })
  summary!: string;

  @Field(() => AssistanceCaseStatus)
  @Enum({ items: () => AssistanceCaseStatus, nativeEnumName: "assistance_case_status" })
  status: AssistanceCaseStatus & Opt = AssistanceCaseStatus.DISCOVERED;

  @Field(() => CaseSource)
  @Enum({ items: () => CaseSource, nativeEnumName: "case_source" })
  source!: CaseSource;

  /** The warning the case came from, when source is WARNING; a warning about the same student. */
  @Property({ type: "uuid", nullable: true })
  warningId: string | null = null;

  @Field(() => CaseKind)
  @Enum({ items: () => CaseKind, nativeEnumName: "case_kind" })
  kind!: CaseKind;

  // 困难认定, exposed as `grading` (CaseGrading). Null until a grade is recommended.
  @Property({ type: "integer", nullable: true })
  gradingScore: number | null = null;

  /** Codes from GRADING_CONDITIONS the recommender found met. */
  @Property({ type: "json", default: "[]" })
  gradingConditions: string[] & Opt = [];

  @Enum({ items: () => DifficultyGrade, nativeEnumName: "difficulty_grade", nullable: true })
  recommendedGrade: DifficultyGrade | null = null;

  @Property({ type: "uuid", nullable: true })
  recommendedById: string | null = null;

  @Property({ type: "datetime", nullable: true })
  recommendedAt: Date | null = null;

  @Enum({ items: () => DifficultyGrade, nativeEnumName: "difficulty_grade", nullable: true })
  confirmedGrade: DifficultyGrade | null = null;

  @Property({ type: "uuid", nullable: true })
  confirmedById: string | null = null;

  @Property({ type: "datetime", nullable: true })
  confirmedAt: Date | null = null;

  /** The recommender's note, replaced by the confirmer's when they give one. */
  @Property({ type: "text", nullable: true })
  gradingNote: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The review (复核) note; null until REVIEWED. Needs CARE for the student.",
  })
  @Sensitive<AssistanceCase>({ level: "PERSONAL", purposes: ["CARE"], subject: (c) => c.personId })
  @Property({ type: "text", nullable: true })
  reviewNote: string | null = null;

  @Field(() => CaseOutcome, {
    nullable: true,
    description: "Null until CLOSED; also null for cases closed before outcomes were recorded.",
  })
  @Enum({ items: () => CaseOutcome, nativeEnumName: "case_outcome", nullable: true })
  outcome: CaseOutcome | null = null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  openedAt: Date & Opt = new Date();

  @Property({ type: "uuid" })
  openedById!: string;

  /** Null until CLOSED; also null for cases seeded as CLOSED, whose closing was not recorded. */
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  closedAt: Date | null = null;

  @Property({ type: "uuid", nullable: true })
  closedById: string | null = null;
}
