import { Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { VersionedCampusEntity } from "@campus/subgraph/data";
import { Sensitive } from "@campus/access";
import { MentalHealthCategory, ReferralStatus } from "./referral.enums";

/**
 * A student referred to a psychology teacher (心理转介). The whole row is visible only to callers
 * holding MENTAL_HEALTH for the student (ReferralService.canSee); `category` and `note` are
 * marked sensitive besides, so they are audited and guarded on every path, mutations included.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({
  description:
    "A student referred to a psychology teacher (心理转介). Visible only with MENTAL_HEALTH for the student.",
})
@Entity({ tableName: "mental_health_referral" })
@Index({ properties: ["personId", "referredAt"] })
// careScope: the students with open referrals to one teacher.
@Index({ properties: ["referredToId", "status"] })
// Optimistic lock (`version`): of two closings from OPEN at once, one applies and the other gets CONFLICT.
export class MentalHealthReferral extends VersionedCampusEntity {
  /** The student referred; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => MentalHealthCategory, {
    nullable: true,
    description: "Needs MENTAL_HEALTH for the student.",
  })
  @Sensitive<MentalHealthReferral>({
    level: "SENSITIVE",
    purposes: ["MENTAL_HEALTH"],
    subject: (r) => r.personId,
  })
  @Enum({ items: () => MentalHealthCategory, nativeEnumName: "mental_health_category" })
  category!: MentalHealthCategory;

  /** The psychology teacher the student is referred to; while OPEN, their scope covers the student. */
  @Property({ type: "uuid" })
  referredToId!: string;

  @Property({ type: "uuid" })
  referredById!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  referredAt: Date & Opt = new Date();

  @Field(() => ReferralStatus)
  @Enum({ items: () => ReferralStatus, nativeEnumName: "referral_status" })
  status: ReferralStatus & Opt = ReferralStatus.OPEN;

  @Field(() => String, {
    nullable: true,
    description: "Why the student was referred. Needs MENTAL_HEALTH for the student.",
  })
  @Sensitive<MentalHealthReferral>({
    level: "SENSITIVE",
    purposes: ["MENTAL_HEALTH"],
    subject: (r) => r.personId,
  })
  @Property({ type: "text" })
  note!: string;

  /** Null while OPEN; also null for referrals seeded as CLOSED, whose closing was not recorded. */
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  closedAt: Date | null = null;

  @Property({ type: "uuid", nullable: true })
  closedById: string | null = null;

  /**
   * What the closing step said. Kept but not in the API yet: the casework issue exposes the
   * referral's history; until then only `note` (why it was opened) is served.
   */
  @Property({ type: "text", nullable: true })
  closingNote: string | null = null;
}
