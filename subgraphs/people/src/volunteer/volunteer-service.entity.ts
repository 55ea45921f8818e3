import { Entity, Enum, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { Field, Float, ObjectType } from "type-graphql";
import { VersionedCampusEntity } from "@campus/subgraph/data";
import { Team } from "../team/team.entity";
import { VolunteerServiceStatus } from "./volunteer-service.enums";

/**
 * Hours of volunteer service (志愿服务时长) a member logged for an activity of their team, and
 * where their verification stands. Each decision is a VolunteerServiceTransition; the version
 * (optimistic lock) makes the second of two decisions at once a CONFLICT.
 */
@ObjectType({
  description:
    "Volunteer service a member logged (activity, when, hours) and its verification by the team's leader: submitted, verified or rejected with a reason.",
})
@Entity({ tableName: "volunteer_service" })
@Index({ properties: ["personId", "startsAt"] })
@Index({ properties: ["team", "status", "startsAt"] })
@Index({ properties: ["personId", "status", "term"] })
export class VolunteerService extends VersionedCampusEntity {
  @ManyToOne(() => Team, { deleteRule: "cascade" })
  team!: Team;

  /** The member who served: a student, a Person of this subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => String, { description: "The activity (e.g. 社区环境整治、新生报到引导)." })
  @Property({ type: "string", length: 100 })
  activity!: string;

  @Field(() => String, { nullable: true, description: "Where: a place, room or grid by name." })
  @Property({ type: "string", length: 100, nullable: true })
  place: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  startsAt!: Date;

  @Field(() => Date)
  @Property({ type: "datetime" })
  endsAt!: Date;

  /** The length of the service, in whole minutes. */
  @Property({ type: "integer" })
  minutes!: number;

  @Field(() => String, { description: "The term (学期) it counts in, e.g. 2026-2027-1." })
  @Property({ type: "string", length: 11 })
  term!: string;

  @Field(() => VolunteerServiceStatus)
  @Enum({ items: () => VolunteerServiceStatus, nativeEnumName: "volunteer_service_status" })
  status!: VolunteerServiceStatus;

  /** Who verified or rejected it. */
  @Property({ type: "uuid", nullable: true })
  decidedById: string | null = null;

  @Field(() => Date, { nullable: true, description: "When it was verified or rejected." })
  @Property({ type: "datetime", nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: "Why it was rejected, or the leader's note on verifying.",
  })
  @Property({ type: "string", length: 500, nullable: true })
  reason: string | null = null;

  @Field(() => Float, { description: "Hours served (minutes / 60)." })
  get hours(): number & Opt {
    return Math.round((this.minutes / 60) * 100) / 100;
  }
}
