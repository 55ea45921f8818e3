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
import { Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { AwardLevel, ProjectRole } from "../project/project.enums";
import { Project } from "../project/project.entity";
import { CompetitionEntryStatus, CompetitionResult } from "./competition.enums";

/** A science and technology competition (科创竞赛) students enter as teams. */
@ObjectType({
  description: "A science and technology competition (科创竞赛): its organiser, level and year.",
})
@Entity({ tableName: "competition" })
@Unique({ properties: ["name", "year"] })
export class Competition extends CampusEntity {
  @Field(() => String)
  @Property({ type: "text" })
  name!: string;

  @Field(() => String, { description: "Who holds it (主办方)." })
  @Property({ type: "text" })
  organiser!: string;

  @Field(() => AwardLevel, { description: "校级 / 省部级 / 国家级 / 国际级" })
  @Enum({ items: () => AwardLevel, nativeEnumName: "award_level" })
  level!: AwardLevel;

  @Field(() => Int)
  @Property({ type: "integer" })
  year!: number;
}

/**
 * A student team's entry in a competition, optionally for one of their projects. Its status
 * changes only through CompetitionService by the table in competition.workflow.ts, each change
 * stored as a CompetitionEntryTransition.
 */
@ObjectType({
  description:
    "A student team's entry in a competition (参赛), with its staff mentor and, once recorded, its result.",
})
@Entity({ tableName: "competition_entry" })
export class CompetitionEntry extends CampusEntity {
  @ManyToOne({ entity: () => Competition, ref: true })
  competition!: Ref<Competition>;

  @ManyToOne({ entity: () => Project, ref: true, nullable: true })
  project: Ref<Project> | null = null;

  @Field(() => String, { description: "The work entered (作品名称)." })
  @Property({ type: "text" })
  title!: string;

  /** A Person key: the team's leader. */
  @Property({ type: "uuid" })
  leaderId!: string;

  /** A Person key: the staff mentor (指导教师), who records the result. */
  @Index()
  @Property({ type: "uuid" })
  mentorId!: string;

  @Field(() => CompetitionEntryStatus)
  @Enum({ items: () => CompetitionEntryStatus, nativeEnumName: "competition_entry_status" })
  status: CompetitionEntryStatus & Opt = CompetitionEntryStatus.ENTERED;

  @Field(() => CompetitionResult, { nullable: true, description: "Null until recorded." })
  @Enum({ items: () => CompetitionResult, nativeEnumName: "competition_result", nullable: true })
  result: CompetitionResult | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The award's name as the competition gives it, or why the team withdrew.",
  })
  @Property({ type: "text", nullable: true })
  resultNote: string | null = null;

  /** A Person key: who recorded the result. */
  @Property({ type: "uuid", nullable: true })
  resultById: string | null = null;

  @Field(() => Date, { nullable: true, description: "When the result was recorded." })
  @Property({ type: "datetime", length: 3, nullable: true })
  resultAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  enteredAt: Date & Opt = new Date();
}

/** A student of an entry's team. */
@ObjectType({ description: "A student on a competition entry's team." })
@Entity({ tableName: "competition_entry_member" })
@Unique({ properties: ["entry", "personId"] })
export class CompetitionEntryMember extends CampusEntity {
  @ManyToOne({ entity: () => CompetitionEntry, ref: true, deleteRule: "cascade" })
  entry!: Ref<CompetitionEntry>;

  @Index()
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => ProjectRole)
  @Enum({ items: () => ProjectRole, nativeEnumName: "project_role" })
  role!: ProjectRole;
}

/** One change of an entry's status: from what to what, by whom, when. Never edited. */
@ObjectType({ description: "One change of a competition entry's status, with who and when." })
@Entity({ tableName: "competition_entry_transition" })
@Index({ properties: ["entry", "at"] })
export class CompetitionEntryTransition extends CampusEntity {
  @ManyToOne({ entity: () => CompetitionEntry, ref: true, deleteRule: "cascade" })
  entry!: Ref<CompetitionEntry>;

  @Field(() => CompetitionEntryStatus, {
    nullable: true,
    description: "Null for the entry itself.",
  })
  @Enum({
    items: () => CompetitionEntryStatus,
    nativeEnumName: "competition_entry_status",
    fieldName: "from_status",
    nullable: true,
  })
  from: CompetitionEntryStatus | null = null;

  @Field(() => CompetitionEntryStatus)
  @Enum({
    items: () => CompetitionEntryStatus,
    nativeEnumName: "competition_entry_status",
    fieldName: "to_status",
  })
  to!: CompetitionEntryStatus;

  /** A Person key: who made the change. */
  @Property({ type: "uuid", nullable: true })
  byId: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  at!: Date;
}
