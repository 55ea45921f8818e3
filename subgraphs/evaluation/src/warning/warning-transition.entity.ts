import { Entity, Enum, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { WorkflowStep } from "../workflow-step";
import { WarningStatus } from "./warning.enums";
import { Warning } from "./warning.entity";

@ObjectType({ description: "One step of a warning's workflow: who moved it, when, and why." })
@Entity({ tableName: "warning_transition" })
@Unique({ properties: ["warning", "warningVersion"] })
export class WarningTransition extends WorkflowStep {
  @ManyToOne(() => Warning, { deleteRule: "cascade" })
  warning!: Warning;

  /**
   * The warning's version this step was applied to. Orders the history, and being unique per
   * warning it is a second guard against two steps recorded from the same state.
   */
  @Property({ type: "integer" })
  warningVersion!: number;

  @Field(() => WarningStatus)
  @Enum({ items: () => WarningStatus, nativeEnumName: "warning_status", fieldName: "from_status" })
  from!: WarningStatus;

  @Field(() => WarningStatus)
  @Enum({ items: () => WarningStatus, nativeEnumName: "warning_status", fieldName: "to_status" })
  to!: WarningStatus;

  /** On an assignment (OPEN → ASSIGNED, or a re-assignment, where from and to are the same): to whom. */
  @Property({ type: "uuid", nullable: true })
  assigneeId: string | null = null;
}
