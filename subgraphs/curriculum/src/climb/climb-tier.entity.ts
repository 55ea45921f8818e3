import { Entity, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Project } from "../project/project.entity";

/**
 * One placement of a student on a climb-plan tier (攀登计划层级) with its basis. The newest row of a
 * student is their tier; older rows are the history, never edited. Moving up passes the rules in
 * climb-tier.rules.ts.
 */
@ObjectType({
  description:
    "A student's climb-plan tier (攀登计划: 1 habits and academic ability, 2 professional cognition and critical thinking, 3 research teams and placements) with its basis.",
})
@Entity({ tableName: "climb_tier" })
@Index({ properties: ["personId", "setAt"] })
export class ClimbTier extends CampusEntity {
  /** A Person key: the student. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => Int, { description: "1, 2 or 3." })
  @Property({ type: "integer" })
  tier!: number;

  @Field(() => String, { description: "Why the student is on this tier." })
  @Property({ type: "text" })
  basis!: string;

  /** The project the basis names, when it is one of the student's projects. */
  @ManyToOne({ entity: () => Project, ref: true, nullable: true })
  basisProject: Ref<Project> | null = null;

  /** A Person key: the organiser who set it. */
  @Property({ type: "uuid", nullable: true })
  setById: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  setAt!: Date;
}
