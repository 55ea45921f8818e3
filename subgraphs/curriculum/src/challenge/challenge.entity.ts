import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { PartnerOrganisation } from "../partner/partner.entity";
import { ChallengeStatus } from "./challenge.enums";

/**
 * A challenge (揭榜立项的"榜"): a problem a partner organisation or a member of staff posts for
 * student teams to claim. Its status changes only through ChallengeService by the table in
 * challenge.workflow.ts; who took each step and when is kept on the row (posted, published,
 * ended). The number of teams it takes bounds its approved claims (ClaimService).
 */
@ObjectType({
  description:
    "A challenge (揭榜立项) posted by a partner organisation or a member of staff for student teams to claim and turn into projects.",
})
@Entity({ tableName: "challenge" })
@Index({ properties: ["status", "deadline"] })
export class Challenge extends CampusEntity {
  @ManyToOne({ entity: () => PartnerOrganisation, ref: true, nullable: true })
  partner: Ref<PartnerOrganisation> | null = null;

  @Field(() => String)
  @Property({ type: "text" })
  title!: string;

  @Field(() => String, { description: "The problem to solve (榜单问题)." })
  @Property({ type: "text" })
  problem!: string;

  @Field(() => String, { description: "What the team must bring (knowledge, skills, time)." })
  @Property({ type: "text" })
  requirements!: string;

  @Field(() => String, { description: "What the team delivers at conclusion (结题成果)." })
  @Property({ type: "text" })
  deliverables!: string;

  /** A Person key (people subgraph): a member of staff, checked through the graph when posted. */
  @Index()
  @Property({ type: "uuid" })
  mentorId!: string;

  @Field(() => LocalDateResolver, { description: "The last day a team may claim it." })
  @Property({ type: "date" })
  deadline!: string;

  @Field(() => Int, { description: "Fewest students in a team, leader included." })
  @Property({ type: "integer" })
  teamSizeMin!: number;

  @Field(() => Int, { description: "Most students in a team, leader included." })
  @Property({ type: "integer" })
  teamSizeMax!: number;

  @Field(() => Int, { description: "How many teams' claims it approves at most." })
  @Property({ type: "integer" })
  teamsWanted!: number;

  @Field(() => ChallengeStatus)
  @Enum({ items: () => ChallengeStatus, nativeEnumName: "challenge_status" })
  status: ChallengeStatus & Opt = ChallengeStatus.DRAFT;

  /** A Person key: who posted it (a partner's contact or a member of staff). */
  @Index()
  @Property({ type: "uuid", nullable: true })
  postedById: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  postedAt: Date & Opt = new Date();

  @Property({ type: "uuid", nullable: true })
  publishedById: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "When it reached the board; null while a draft.",
  })
  @Property({ type: "datetime", length: 3, nullable: true })
  publishedAt: Date | null = null;

  /** A Person key: who closed or withdrew it. */
  @Property({ type: "uuid", nullable: true })
  endedById: string | null = null;

  @Field(() => Date, { nullable: true, description: "When it was closed or withdrawn." })
  @Property({ type: "datetime", length: 3, nullable: true })
  endedAt: Date | null = null;
}
