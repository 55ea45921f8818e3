import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Opt,
  type Ref,
} from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { VanguardTaskState } from "./partywork.enums";

/** A vanguard team (党员先锋队) of a branch: party members and the tasks they take on. */
@ObjectType({
  description:
    "A vanguard team (党员先锋队) of a branch: party members and the tasks they take on.",
})
@Entity({ tableName: "vanguard_team" })
export class VanguardTeam extends CampusEntity {
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true, deleteRule: "restrict" })
  branch!: Ref<OrgUnit>;

  @Field(() => String, { description: "e.g. 学风建设党员先锋队" })
  @Property({ type: "string", length: 100 })
  name!: string;

  @Field(() => String, { description: "What the team is for; may be empty." })
  @Property({ type: "string", length: 500 })
  purpose!: string;

  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;
}

/** A party member on a vanguard team (a Person key), once per team. */
@Entity({ tableName: "vanguard_team_member" })
@Unique({ properties: ["team", "personId"] })
export class VanguardTeamMember extends CampusEntity {
  @ManyToOne({ entity: () => VanguardTeam, ref: true, deleteRule: "cascade" })
  team!: Ref<VanguardTeam>;

  @Index()
  @Property({ type: "uuid" })
  personId!: string;
}

/** A task a vanguard team takes on: OPEN → DONE, each step kept in VanguardTaskTransition. */
@ObjectType({ description: "A task of a vanguard team: open until reported done." })
@Entity({ tableName: "vanguard_task" })
@Index({ properties: ["team", "createdAt"] })
export class VanguardTask extends CampusEntity {
  @ManyToOne({ entity: () => VanguardTeam, ref: true, deleteRule: "cascade" })
  team!: Ref<VanguardTeam>;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "When it should be done." })
  @Property({ type: "date", nullable: true })
  dueOn: string | null = null;

  @Field(() => VanguardTaskState)
  @Enum({
    items: () => VanguardTaskState,
    nativeEnumName: "vanguard_task_state",
    default: VanguardTaskState.OPEN,
  })
  state: VanguardTaskState & Opt = VanguardTaskState.OPEN;

  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;

  @Field(() => Date, { description: "When the task was set." })
  override createdAt!: Date & Opt;
}

/** One step of a vanguard task (set, done): who and when, with a note. Only ever added. */
@ObjectType({ description: "One step of a vanguard task: to which state, who, when, a note." })
@Entity({ tableName: "vanguard_task_transition" })
@Index({ properties: ["task", "createdAt"] })
export class VanguardTaskTransition extends CampusEntity {
  @ManyToOne({ entity: () => VanguardTask, ref: true, deleteRule: "cascade" })
  task!: Ref<VanguardTask>;

  @Field(() => VanguardTaskState, { nullable: true, description: "Null when the task was set." })
  @Enum({ items: () => VanguardTaskState, nativeEnumName: "vanguard_task_state", nullable: true })
  fromState: VanguardTaskState | null = null;

  @Field(() => VanguardTaskState)
  @Enum({ items: () => VanguardTaskState, nativeEnumName: "vanguard_task_state" })
  toState!: VanguardTaskState;

  /** Who made the step (a Person key); null for callers who are not a person. */
  @Property({ type: "uuid", nullable: true })
  byId: string | null = null;

  @Field(() => String, { description: "What was done; may be empty." })
  @Property({ type: "string", length: 500 })
  note!: string;

  @Field(() => Date, { description: "When the step was made." })
  override createdAt!: Date & Opt;
}
