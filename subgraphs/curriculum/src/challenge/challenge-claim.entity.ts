import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Challenge } from "./challenge.entity";
import { ClaimStatus } from "./challenge.enums";

/**
 * A student team's claim of a challenge (揭榜申请): the leader (who made it), the other members and
 * the proposal. The poster (or an organiser) decides it once; an approved claim becomes a Project.
 */
@ObjectType({ description: "A student team's claim of a challenge (揭榜), with its proposal." })
@Entity({ tableName: "challenge_claim" })
@Index({ properties: ["challenge", "status"] })
export class ChallengeClaim extends CampusEntity {
  @ManyToOne({ entity: () => Challenge, ref: true })
  challenge!: Ref<Challenge>;

  /** A Person key: the student who made the claim and leads the team. */
  @Index()
  @Property({ type: "uuid" })
  leaderId!: string;

  /** Person keys: the team's other students, checked through the graph when claimed. */
  @Property({ type: "json" })
  memberIds!: string[];

  @Field(() => String, { description: "How the team means to solve the problem." })
  @Property({ type: "text" })
  proposal!: string;

  @Field(() => ClaimStatus)
  @Enum({ items: () => ClaimStatus, nativeEnumName: "claim_status" })
  status: ClaimStatus & Opt = ClaimStatus.PENDING;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  claimedAt: Date & Opt = new Date();

  /** A Person key: who approved or rejected it. */
  @Property({ type: "uuid", nullable: true })
  decidedById: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", length: 3, nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "The decision's note; null while pending." })
  @Property({ type: "text", nullable: true })
  decisionNote: string | null = null;
}
