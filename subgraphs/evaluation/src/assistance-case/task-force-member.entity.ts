import { randomUUID } from "node:crypto";
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { AssistanceCase } from "./assistance-case.entity";
import { TaskForceMemberRepository } from "./task-force-member.repository";

/**
 * 专班成员: one person serving on a case's task force. While the case is not CLOSED, the member's scope
 * covers its student (careScope, role task_force_member). A person serves on a case at most once.
 */
@ObjectType({ description: "A member of a case's task force (专班成员) and their duty." })
@Entity({ tableName: "task_force_member", repository: () => TaskForceMemberRepository })
@Unique({ properties: ["case", "memberId"] })
// careScope: the cases one person serves on.
@Index({ properties: ["memberId"] })
export class TaskForceMember {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => AssistanceCase, { deleteRule: "cascade" })
  case!: AssistanceCase;

  /** A Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  memberId!: string;

  @Field(() => String, { description: "What this member does for the student, e.g. 学业帮扶." })
  @Property({ type: "text" })
  duty!: string;

  @Field(() => Boolean, { description: "Leads the task force." })
  @Property({ type: "boolean", default: false })
  lead: boolean & Opt = false;

  @Field(() => Date)
  @Property({ type: "datetime" })
  addedAt: Date & Opt = new Date();

  @Property({ type: "uuid" })
  addedById!: string;
}
