import { randomUUID } from "node:crypto";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { AssistanceCase } from "./assistance-case.entity";
import { TaskForceChangeKind } from "./assistance-case.enums";
import { TaskForceChangeRepository } from "./task-force-change.repository";

/** The task force's history: members leave no row behind when removed, so who changed what is kept here. */
@ObjectType({
  description:
    "A change to a case's task force: who joined, left, became or stopped being lead; by whom and when.",
})
@Entity({ tableName: "task_force_change", repository: () => TaskForceChangeRepository })
@Index({ properties: ["case", "at"] })
export class TaskForceChange {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => AssistanceCase, { deleteRule: "cascade" })
  case!: AssistanceCase;

  /** The member concerned; a Person key. */
  @Property({ type: "uuid" })
  memberId!: string;

  @Field(() => TaskForceChangeKind)
  @Enum({ items: () => TaskForceChangeKind, nativeEnumName: "task_force_change_kind" })
  change!: TaskForceChangeKind;

  /** Who made the change; a Person key. */
  @Property({ type: "uuid" })
  byPersonId!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  at: Date & Opt = new Date();

  /** Orders changes made in one statement batch (a new lead and the old one stepping down). */
  @Property({ type: "integer" })
  seq!: number;
}
