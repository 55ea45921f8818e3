import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToOne,
  Property,
  Unique,
  type Opt,
  type Ref,
} from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { ChallengeClaim } from "../challenge/challenge-claim.entity";
import { Challenge } from "../challenge/challenge.entity";
import { AwardLevel, ProjectOutcome, ProjectRole, ProjectStatus } from "./project.enums";

/**
 * A climb-plan project (立项): an approved claim's team working on its challenge with the
 * challenge's mentor. Its status changes only through ProjectService by the table in
 * project.workflow.ts, each change stored as a ProjectTransition.
 */
@ObjectType({
  description:
    "A climb-plan project (攀登计划项目, 立项): a student team, a staff mentor, milestones and, at conclusion (结题), an outcome.",
})
@Entity({ tableName: "project" })
export class Project extends CampusEntity {
  @ManyToOne({ entity: () => Challenge, ref: true })
  challenge!: Ref<Challenge>;

  @OneToOne({ entity: () => ChallengeClaim, ref: true, owner: true, unique: true })
  claim!: Ref<ChallengeClaim>;

  @Field(() => String)
  @Property({ type: "text" })
  title!: string;

  @Field(() => Int, {
    description:
      "The climb-plan tier (攀登计划层级) the project's work belongs to: challenges are tier 2.",
  })
  @Property({ type: "integer" })
  tier!: number;

  /** A Person key: the team's leader. */
  @Property({ type: "uuid" })
  leaderId!: string;

  /** A Person key: the staff mentor (指导教师). */
  @Index()
  @Property({ type: "uuid" })
  mentorId!: string;

  @Field(() => ProjectStatus)
  @Enum({ items: () => ProjectStatus, nativeEnumName: "project_status" })
  status: ProjectStatus & Opt = ProjectStatus.ACTIVE;

  @Field(() => Date, { description: "When the claim was approved (立项)." })
  @Property({ type: "datetime", length: 3 })
  startedAt: Date & Opt = new Date();

  @Field(() => ProjectOutcome, { nullable: true, description: "Null until concluded." })
  @Enum({ items: () => ProjectOutcome, nativeEnumName: "project_outcome", nullable: true })
  outcome: ProjectOutcome | null = null;

  @Field(() => AwardLevel, {
    nullable: true,
    description: "The award's level when the outcome is AWARD.",
  })
  @Enum({ items: () => AwardLevel, nativeEnumName: "award_level", nullable: true })
  awardLevel: AwardLevel | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      "What was achieved (title of the report, paper or patent, the award), or why it was abandoned.",
  })
  @Property({ type: "text", nullable: true })
  outcomeNote: string | null = null;

  @Field(() => Date, { nullable: true, description: "When it was concluded or abandoned." })
  @Property({ type: "datetime", length: 3, nullable: true })
  endedAt: Date | null = null;
}

/** A student of a project's team. */
@ObjectType({ description: "A student on a project's team." })
@Entity({ tableName: "project_member" })
@Unique({ properties: ["project", "personId"] })
export class ProjectMember extends CampusEntity {
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  @Index()
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => ProjectRole)
  @Enum({ items: () => ProjectRole, nativeEnumName: "project_role" })
  role!: ProjectRole;
}

/** One change of a project's status: from what to what, by whom, when and why. Never edited. */
@ObjectType({ description: "One change of a project's status, with who made it and when." })
@Entity({ tableName: "project_transition" })
@Index({ properties: ["project", "at"] })
export class ProjectTransition extends CampusEntity {
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  @Field(() => ProjectStatus, {
    nullable: true,
    description: "Null for the approval that started it.",
  })
  @Enum({
    items: () => ProjectStatus,
    nativeEnumName: "project_status",
    fieldName: "from_status",
    nullable: true,
  })
  from: ProjectStatus | null = null;

  @Field(() => ProjectStatus)
  @Enum({ items: () => ProjectStatus, nativeEnumName: "project_status", fieldName: "to_status" })
  to!: ProjectStatus;

  /** A Person key: who made the change. */
  @Property({ type: "uuid", nullable: true })
  byId: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  at!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  note: string | null = null;
}
