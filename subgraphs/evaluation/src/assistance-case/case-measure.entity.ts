import { randomUUID } from "node:crypto";
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
} from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { WorkflowStep } from "../workflow-step";
import { AssistanceCase } from "./assistance-case.entity";
import { EscalationTier, MeasureStatus } from "./assistance-case.enums";
import { CaseMeasureRepository } from "./case-measure.repository";

/** 一人一策: one measure of a case's plan, carried out by a member of its task force by a date. */
@ObjectType({
  description: "A measure of a case's plan (一人一策): what is done, by whom, by when.",
})
@Entity({ tableName: "case_measure", repository: () => CaseMeasureRepository })
@Index({ properties: ["case", "createdAt"] })
// The overdue board and escalation read open measures by due date.
@Index({ properties: ["status", "dueOn", "id"] })
export class CaseMeasure {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => AssistanceCase, { deleteRule: "cascade" })
  case!: AssistanceCase;

  @Field(() => String)
  @Property({ type: "text" })
  description!: string;

  /** Who carries it out: a member of the case's task force when it was added. A Person key. */
  @Property({ type: "uuid" })
  responsibleId!: string;

  @Field(() => String, { description: "The responsible person's duty in this measure." })
  @Property({ type: "text" })
  duty!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: "date" })
  dueOn!: string;

  @Field(() => MeasureStatus)
  @Enum({ items: () => MeasureStatus, nativeEnumName: "measure_status" })
  status: MeasureStatus & Opt = MeasureStatus.PLANNED;

  @Field(() => Date, { nullable: true, description: "When it was marked DONE." })
  @Property({ type: "datetime", nullable: true })
  completedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();

  @Property({ type: "uuid" })
  createdById!: string;

  /** Optimistic lock: of two status moves from one state at once, one applies. */
  @Property({ type: "integer", version: true })
  version!: number & Opt;
}

@ObjectType({ description: "One status move of a plan measure: who, when, why." })
@Entity({ tableName: "measure_transition" })
@Unique({ properties: ["measure", "measureVersion"] })
export class MeasureTransition extends WorkflowStep {
  @ManyToOne(() => CaseMeasure, { deleteRule: "cascade" })
  measure!: CaseMeasure;

  @Property({ type: "integer" })
  measureVersion!: number;

  @Field(() => MeasureStatus)
  @Enum({ items: () => MeasureStatus, nativeEnumName: "measure_status", fieldName: "from_status" })
  from!: MeasureStatus;

  @Field(() => MeasureStatus)
  @Enum({ items: () => MeasureStatus, nativeEnumName: "measure_status", fieldName: "to_status" })
  to!: MeasureStatus;
}

/**
 * 督办: an overdue measure escalated to a tier. At most one per measure, missed due date and
 * tier, so escalation runs are idempotent (the unique index makes a repeat insert nothing).
 */
@ObjectType({
  description: "An overdue measure escalated (督办) to the next level of the organisation.",
})
@Entity({ tableName: "measure_escalation" })
@Unique({ properties: ["measure", "dueOn", "tier"] })
export class MeasureEscalation {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => CaseMeasure, { deleteRule: "cascade" })
  measure!: CaseMeasure;

  @Field(() => EscalationTier)
  @Enum({ items: () => EscalationTier, nativeEnumName: "escalation_tier" })
  tier!: EscalationTier;

  @Field(() => LocalDateResolver, { description: "The due date that was missed." })
  @Property({ type: "date" })
  dueOn!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  at: Date & Opt = new Date();
}
