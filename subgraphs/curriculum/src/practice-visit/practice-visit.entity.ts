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
import { PartnerOrganisation } from "../partner/partner.entity";
import { ReflectionStatus } from "./practice-visit.enums";

/**
 * A weekly problem-oriented practice visit (实践见习, 攀登计划第二层): a host (a partner organisation or
 * one named in text), the guiding problem (问题导向), the places visited, when, and how many go.
 */
@ObjectType({
  description:
    "A problem-oriented practice visit (实践见习): host, guiding problem, places, time and capacity.",
})
@Entity({ tableName: "practice_visit" })
@Index({ properties: ["startsAt"] })
export class PracticeVisit extends CampusEntity {
  @Field(() => String)
  @Property({ type: "text" })
  title!: string;

  @ManyToOne({ entity: () => PartnerOrganisation, ref: true, nullable: true })
  hostPartner: Ref<PartnerOrganisation> | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The host in words, when it is no registered partner organisation.",
  })
  @Property({ type: "text", nullable: true })
  hostName: string | null = null;

  @Field(() => String, { description: "The guiding problem (问题导向) students go to look into." })
  @Property({ type: "text" })
  guidingProblem!: string;

  @Field(() => String, { description: "The places visited." })
  @Property({ type: "text" })
  places!: string;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  startsAt!: Date;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  endsAt!: Date;

  @Field(() => Int)
  @Property({ type: "integer" })
  capacity!: number;

  /** A Person key: the member of staff who runs it and reviews the reflections. */
  @Index()
  @Property({ type: "uuid" })
  organiserId!: string;
}

/** A student's place on a visit, and their reflection (心得) on it. */
@ObjectType({
  description: "A student's place on a practice visit and their reflection (见习心得).",
})
@Entity({ tableName: "practice_visit_sign_up" })
@Unique({ properties: ["visit", "personId"] })
export class PracticeVisitSignUp extends CampusEntity {
  @ManyToOne({ entity: () => PracticeVisit, ref: true, deleteRule: "cascade" })
  visit!: Ref<PracticeVisit>;

  /** A Person key: the student. */
  @Index()
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  signedUpAt: Date & Opt = new Date();

  @Field(() => String, { nullable: true, description: "The reflection (心得), once written." })
  @Property({ type: "text", nullable: true })
  reflection: string | null = null;

  @Field(() => ReflectionStatus)
  @Enum({ items: () => ReflectionStatus, nativeEnumName: "reflection_status" })
  reflectionStatus: ReflectionStatus & Opt = ReflectionStatus.NOT_SUBMITTED;

  @Field(() => String, {
    nullable: true,
    description: "The organiser's comment on the last review.",
  })
  @Property({ type: "text", nullable: true })
  reviewComment: string | null = null;
}

/** One change of a reflection's status: from what to what, by whom, when, with the comment. */
@ObjectType({ description: "One change of a reflection's status, with who and when." })
@Entity({ tableName: "practice_reflection_transition" })
@Index({ properties: ["signUp", "at"] })
export class PracticeReflectionTransition extends CampusEntity {
  @ManyToOne({ entity: () => PracticeVisitSignUp, ref: true, deleteRule: "cascade" })
  signUp!: Ref<PracticeVisitSignUp>;

  @Field(() => ReflectionStatus)
  @Enum({
    items: () => ReflectionStatus,
    nativeEnumName: "reflection_status",
    fieldName: "from_status",
  })
  from!: ReflectionStatus;

  @Field(() => ReflectionStatus)
  @Enum({
    items: () => ReflectionStatus,
    nativeEnumName: "reflection_status",
    fieldName: "to_status",
  })
  to!: ReflectionStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  comment: string | null = null;

  /** A Person key: who made the change. */
  @Property({ type: "uuid", nullable: true })
  byId: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  at!: Date;
}
