import { Entity, Enum, Index, Property, Unique, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { VersionedCampusEntity } from "@campus/subgraph/data";
import { Sensitive } from "@campus/access";
import {
  EscalationTier,
  WarningCategory,
  WarningLevel,
  WarningOutcome,
  WarningStatus,
} from "./warning.enums";
import { STAGE_HOURS } from "./warning.deadlines";
import { WarningEvidence } from "./warning-evidence";
import { WarningRepository } from "./warning.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({
  description:
    "An early warning (预警) about a student, raised from campus data and worked through assessment, intervention and tracking.",
})
@Entity({ tableName: "warning", repository: () => WarningRepository })
@Index({ properties: ["personId", "raisedAt"] })
@Index({ properties: ["raisedAt", "id"] })
@Index({ properties: ["status", "raisedAt", "id"] })
// The work queue: open warnings soonest due first (keyset on dueAt, id).
@Index({ properties: ["dueAt", "id"] })
// One open warning per student and rule: the engine inserts with ON CONFLICT DO NOTHING against
// this index, so reruns and concurrent runs never raise it twice. Hand-made warnings (no rule) are exempt.
@Unique({
  name: "warning_person_rule_open_unique",
  expression: `create unique index "warning_person_rule_open_unique" on "evaluation"."warning" ("person_id", "rule_id") where "status" <> 'CLOSED'`,
})
// Optimistic lock (`version`): every update checks and bumps it, so two advances from one state cannot both apply.
export class Warning extends VersionedCampusEntity {
  /** The student the warning is about; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => WarningCategory)
  @Enum({ items: () => WarningCategory, nativeEnumName: "warning_category" })
  category!: WarningCategory;

  @Field(() => WarningLevel)
  @Enum({ items: () => WarningLevel, nativeEnumName: "warning_level" })
  level!: WarningLevel;

  @Field(() => WarningStatus)
  @Enum({ items: () => WarningStatus, nativeEnumName: "warning_status" })
  status: WarningStatus & Opt = WarningStatus.OPEN;

  // Nullable in GraphQL because @Sensitive answers null (with FORBIDDEN) to callers without CARE.
  @Field(() => String, {
    nullable: true,
    description: "What the signal was, in a sentence. Needs CARE for the student.",
  })
  @Sensitive<Warning>({ level: "PERSONAL", purposes: ["CARE"], subject: (w) => w.personId })
  @Property({ type: "text" })
  summary!: string;

  @Field(() => [WarningEvidence], {
    nullable: true,
    description: "The data behind the warning. Needs CARE for the student.",
  })
  @Sensitive<Warning>({ level: "SENSITIVE", purposes: ["CARE"], subject: (w) => w.personId })
  @Property({ type: "json", default: "[]" })
  evidence: WarningEvidence[] & Opt = [];

  @Field(() => Date, { description: "When the warning was raised." })
  @Property({ type: "datetime" })
  raisedAt: Date & Opt = new Date();

  /** The warning rule that raised it (see src/warning-rule); null for warnings imported or made by hand. */
  @Property({ type: "uuid", nullable: true })
  ruleId: string | null = null;

  /** The rule version whose conditions fired; resolved as `ruleVersion` in src/warning-rule. */
  @Index()
  @Property({ type: "uuid", nullable: true })
  ruleVersionId: string | null = null;

  /** The member of staff working the warning; a Person key (people subgraph). Null until assigned. */
  @Index()
  @Property({ type: "uuid", nullable: true })
  assigneeId: string | null = null;

  /**
   * When the current stage must be done (warning.deadlines.ts); null once CLOSED. Set by every
   * step and escalation. The default is a safety net for rows inserted in SQL without one: the
   * tightest OPEN deadline (red's), so a forgotten due time errs early rather than never. Inserts
   * should write the policy's value, `dueAtOpenSql(level, raisedAt)`.
   */
  @Field(() => Date, {
    nullable: true,
    description: "When the current stage must be done (see the stage deadlines); null once CLOSED.",
  })
  @Property({
    type: "datetime",
    nullable: true,
    defaultRaw: `(now() + '${String(STAGE_HOURS.OPEN.RED).padStart(2, "0")}:00:00'::interval)`,
  })
  dueAt: Date | null = null;

  @Field(() => EscalationTier, {
    description: "Who the warning is answerable to; raised one level each time a stage is overdue.",
  })
  @Enum({
    items: () => EscalationTier,
    nativeEnumName: "warning_escalation_tier",
    default: EscalationTier.COUNSELOR,
  })
  escalationTier: EscalationTier & Opt = EscalationTier.COUNSELOR;

  // Sensitive: "referred to psychology" or "to a case" says more than a floor's grid leader needs.
  @Field(() => WarningOutcome, {
    nullable: true,
    description: "How it ended; null until CLOSED. Needs CARE for the student.",
  })
  @Sensitive<Warning>({ level: "PERSONAL", purposes: ["CARE"], subject: (w) => w.personId })
  @Enum({ items: () => WarningOutcome, nativeEnumName: "warning_outcome", nullable: true })
  outcome: WarningOutcome | null = null;

  @Field(() => Date, { nullable: true, description: "When it was closed; null until CLOSED." })
  @Property({ type: "datetime", nullable: true })
  closedAt: Date | null = null;
}
