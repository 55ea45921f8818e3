import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { MilestoneStatus, ReviewVerdict } from "./project.enums";
import { Project } from "./project.entity";

/**
 * A milestone of a project with its due date. The team submits work for it, the mentor reviews
 * each submission (milestone.workflow in project.workflow.ts); every submission and review is a
 * MilestoneSubmission row, so the history of who did what when is kept.
 */
@ObjectType({
  description: "A project milestone (阶段节点) with its due date, submissions and reviews.",
})
@Entity({ tableName: "milestone" })
@Index({ properties: ["project", "dueOn"] })
@Index({ properties: ["status", "submittedAt"] })
export class Milestone extends CampusEntity {
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  @Field(() => String)
  @Property({ type: "text" })
  title!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: "date" })
  dueOn!: string;

  @Field(() => MilestoneStatus)
  @Enum({ items: () => MilestoneStatus, nativeEnumName: "milestone_status" })
  status: MilestoneStatus & Opt = MilestoneStatus.OPEN;

  @Field(() => Date, {
    nullable: true,
    description: "When the latest submission was made; null before any.",
  })
  @Property({ type: "datetime", length: 3, nullable: true })
  submittedAt: Date | null = null;
}

/** One submission of work for a milestone and, once made, the mentor's review of it. */
@ObjectType({
  description: "Work a team submitted for a milestone, and the mentor's review of it.",
})
@Entity({ tableName: "milestone_submission" })
@Index({ properties: ["milestone", "submittedAt"] })
export class MilestoneSubmission extends CampusEntity {
  @ManyToOne({ entity: () => Milestone, ref: true, deleteRule: "cascade" })
  milestone!: Ref<Milestone>;

  @Field(() => String, { description: "What was done, with links to the work." })
  @Property({ type: "text" })
  content!: string;

  /** A Person key: the team member who submitted it. */
  @Property({ type: "uuid" })
  submittedById!: string;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  submittedAt!: Date;

  @Field(() => ReviewVerdict, { nullable: true, description: "Null while awaiting review." })
  @Enum({ items: () => ReviewVerdict, nativeEnumName: "review_verdict", nullable: true })
  verdict: ReviewVerdict | null = null;

  /** A Person key: the mentor (or organiser) who reviewed it. */
  @Property({ type: "uuid", nullable: true })
  reviewedById: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", length: 3, nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The mentor's note; required when returned.",
  })
  @Property({ type: "text", nullable: true })
  reviewNote: string | null = null;
}
