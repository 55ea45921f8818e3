import { Check, Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Team } from "../team/team.entity";
import { VolunteerActivityState } from "./volunteer-activity.enums";

/**
 * A volunteer activity (志愿活动) a team announces: what, where (a place by name, a grid of
 * organisation's, or both), when, and how many volunteers it takes (slots). Students sign up while
 * it is open; the team's leader or a cadre checks in those who came, which records their hours
 * for the leader's verification.
 */
@ObjectType({
  description:
    "A team's volunteer activity (志愿活动): title, place or grid, when, slots; students sign up, the leader or a cadre checks them in.",
})
@Entity({ tableName: "volunteer_activity" })
@Index({ properties: ["team", "startsAt"] })
@Index({ properties: ["state", "endsAt"] })
@Check({ name: "volunteer_activity_ends_after_start", expression: `"ends_at" > "starts_at"` })
@Check({ name: "volunteer_activity_slots", expression: `"slots" > 0` })
export class VolunteerActivity extends CampusEntity {
  @ManyToOne(() => Team, { deleteRule: "cascade" })
  team!: Team;

  @Field(() => String, { description: "What (e.g. 社区环境整治、新生报到引导)." })
  @Property({ type: "string", length: 100 })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: "Where, by name (e.g. 彭康书院南门); null when the grid says it all.",
  })
  @Property({ type: "string", length: 100, nullable: true })
  place: string | null = null;

  /** The grid (网格, organisation's) it serves in, checked through the graph; null when none. */
  @Property({ type: "uuid", nullable: true })
  gridId: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  startsAt!: Date;

  @Field(() => Date)
  @Property({ type: "datetime" })
  endsAt!: Date;

  @Field(() => Int, { description: "How many volunteers it takes (名额)." })
  @Property({ type: "integer" })
  slots!: number;

  @Field(() => Boolean, {
    description: "Whether any student may sign up (校园招募), not only the team's present members.",
  })
  @Property({ type: "boolean" })
  openToAllStudents!: boolean;

  @Field(() => String, { description: "The term (学期) it falls in, e.g. 2026-2027-1." })
  @Property({ type: "string", length: 11 })
  term!: string;

  @Field(() => VolunteerActivityState)
  @Enum({ items: () => VolunteerActivityState, nativeEnumName: "volunteer_activity_state" })
  state!: VolunteerActivityState;

  /** Who announced it: the leader, a cadre or an administrator (a Person of this subgraph). */
  @Property({ type: "uuid" })
  createdById!: string;

  @Field(() => Date, { nullable: true, description: "When it was cancelled." })
  @Property({ type: "datetime", nullable: true })
  cancelledAt: Date | null = null;

  /** Who cancelled it. */
  @Property({ type: "uuid", nullable: true })
  cancelledById: string | null = null;
}
