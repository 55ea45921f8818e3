import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { PartnerOrganisation } from "../partner/partner.entity";
import { PlacementGrade, PlacementKind, PlacementStatus } from "./placement.enums";

/**
 * A placement of an outstanding student (攀登计划第三层级: 推荐进入院士、领军团队或企业长期实习): its
 * host (a partner organisation, or a research team named as text), staff supervisor, period, the
 * college's recommendation and, at the end, the supervisor's evaluation. Its status changes only
 * through PlacementService by the table in placement.workflow.ts, each change stored as a
 * PlacementTransition.
 */
@ObjectType({
  description:
    "A placement (安置) of a tier-3 student in an academician's or leading research team (院士、领军团队) or a long internship with a partner organisation.",
})
@Entity({ tableName: "placement" })
export class Placement extends CampusEntity {
  /** A Person key: the student placed. */
  @Index()
  @Property({ type: "uuid" })
  studentId!: string;

  @Field(() => PlacementKind)
  @Enum({ items: () => PlacementKind, nativeEnumName: "placement_kind" })
  kind!: PlacementKind;

  /** The host when it is a partner organisation. */
  @ManyToOne({ entity: () => PartnerOrganisation, ref: true, nullable: true })
  partner: Ref<PartnerOrganisation> | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      "The research team (e.g. an academician's team) when the host is no partner organisation.",
  })
  @Property({ type: "text", nullable: true })
  teamName: string | null = null;

  @Field(() => String, { description: "What the student will work on (研究方向 / 岗位)." })
  @Property({ type: "text" })
  topic!: string;

  /** A Person key: the staff supervisor (指导教师), who evaluates at the end. */
  @Index()
  @Property({ type: "uuid" })
  supervisorId!: string;

  @Field(() => LocalDateResolver, { description: "The first day of the placement." })
  @Property({ type: "date" })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "The last day of the placement." })
  @Property({ type: "date" })
  endsOn!: string;

  @Field(() => PlacementStatus)
  @Enum({ items: () => PlacementStatus, nativeEnumName: "placement_status" })
  status: PlacementStatus & Opt = PlacementStatus.PROPOSED;

  @Field(() => String, {
    nullable: true,
    description: "The college's recommendation (学院推荐意见); null until recommended.",
  })
  @Property({ type: "text", nullable: true })
  recommendation: string | null = null;

  @Field(() => PlacementGrade, { nullable: true, description: "Null until evaluated." })
  @Enum({ items: () => PlacementGrade, nativeEnumName: "placement_grade", nullable: true })
  grade: PlacementGrade | null = null;

  @Field(() => String, { nullable: true, description: "The evaluation's comment." })
  @Property({ type: "text", nullable: true })
  evaluation: string | null = null;

  /** A Person key: who evaluated it. */
  @Property({ type: "uuid", nullable: true })
  evaluatedById: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", length: 3, nullable: true })
  evaluatedAt: Date | null = null;

  /** A Person key: who proposed it (the student, or an organiser). */
  @Property({ type: "uuid", nullable: true })
  proposedById: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  proposedAt: Date & Opt = new Date();
}

/** One change of a placement's status: from what to what, by whom, when, with a note. Never edited. */
@ObjectType({ description: "One change of a placement's status, with who, when and a note." })
@Entity({ tableName: "placement_transition" })
@Index({ properties: ["placement", "at"] })
export class PlacementTransition extends CampusEntity {
  @ManyToOne({ entity: () => Placement, ref: true, deleteRule: "cascade" })
  placement!: Ref<Placement>;

  @Field(() => PlacementStatus, { nullable: true, description: "Null for the proposal itself." })
  @Enum({
    items: () => PlacementStatus,
    nativeEnumName: "placement_status",
    fieldName: "from_status",
    nullable: true,
  })
  from: PlacementStatus | null = null;

  @Field(() => PlacementStatus)
  @Enum({
    items: () => PlacementStatus,
    nativeEnumName: "placement_status",
    fieldName: "to_status",
  })
  to!: PlacementStatus;

  /** A Person key: who made the change. */
  @Property({ type: "uuid", nullable: true })
  byId: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  at!: Date;

  @Field(() => String, { nullable: true, description: "Why, in the words of who made it." })
  @Property({ type: "text", nullable: true })
  note: string | null = null;
}
