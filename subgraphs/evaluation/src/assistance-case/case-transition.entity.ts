import { Entity, Enum, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { WorkflowStep } from "../workflow-step";
import { AssistanceCase } from "./assistance-case.entity";
import { AssistanceCaseStatus } from "./assistance-case.enums";

@ObjectType({ description: "One step of a case's workflow: who moved it, when, and why." })
@Entity({ tableName: "case_transition" })
@Unique({ properties: ["case", "caseVersion"] })
export class CaseTransition extends WorkflowStep {
  @ManyToOne(() => AssistanceCase, { deleteRule: "cascade" })
  case!: AssistanceCase;

  /** The case's version the step was applied to: orders the history and, unique, guards against two steps from one state. */
  @Property({ type: "integer" })
  caseVersion!: number;

  @Field(() => AssistanceCaseStatus)
  @Enum({
    items: () => AssistanceCaseStatus,
    nativeEnumName: "assistance_case_status",
    fieldName: "from_status",
  })
  from!: AssistanceCaseStatus;

  @Field(() => AssistanceCaseStatus)
  @Enum({
    items: () => AssistanceCaseStatus,
    nativeEnumName: "assistance_case_status",
    fieldName: "to_status",
  })
  to!: AssistanceCaseStatus;
}
