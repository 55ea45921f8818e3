import { Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { VersionedCampusEntity } from "@campus/subgraph/data";
import { PoliticalStatus } from "../person/person.enums";
import { PartyStage } from "./party-development.enums";

/**
 * One student's party development (党员发展), from the application on: the stage, the date each
 * stage began, the checks passed. Each step is a PartyTransition, with who, when and on which
 * decision. The student's political status (Person.politicalStatus) follows the stage.
 * The whole object is personal data under PARTY: it is guarded where it is reached
 * (Person.partyDevelopment, the board, the worklist, the mutations), not field by field.
 */
@ObjectType({
  description:
    "A student's party development (党员发展): stage, the dates each stage began, checks passed. Reached only by those who hold PARTY for the student (Person.partyDevelopment), the branch's board and the contact's worklist; every read is audited.",
})
@Entity({ tableName: "party_development" })
@Index({ properties: ["branchId", "stage"] })
export class PartyDevelopment extends VersionedCampusEntity {
  /** The student; a Person of this subgraph, one development each. */
  @Property({ type: "uuid", unique: true })
  personId!: string;

  /** The branch (OrgUnit, organisation's) that runs it: the student's branch when they applied. */
  @Property({ type: "uuid" })
  branchId!: string;

  @Field(() => PartyStage)
  @Enum({ items: () => PartyStage, nativeEnumName: "party_stage" })
  stage!: PartyStage;

  /** The political status before the application: given back if probation is cancelled. */
  @Enum({ items: () => PoliticalStatus, nativeEnumName: "political_status" })
  formerStatus!: PoliticalStatus;

  @Field(() => LocalDateResolver, { description: "递交入党申请书." })
  @Property({ type: "date" })
  appliedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: "date", nullable: true })
  activistSince: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: "date", nullable: true })
  developmentTargetSince: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: "date", nullable: true })
  probationSince: string | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "When probation ends: a year after admission, later if extended.",
  })
  @Property({ type: "date", nullable: true })
  probationEndsOn: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: "date", nullable: true })
  fullMemberSince: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true, description: "积极分子培训结业." })
  @Property({ type: "date", nullable: true })
  trainingPassedOn: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true, description: "政治审查通过." })
  @Property({ type: "date", nullable: true })
  politicalReviewPassedOn: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true, description: "公示期满无异议." })
  @Property({ type: "date", nullable: true })
  publicNoticeCompletedOn: string | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "When the next thought report (思想汇报) is due: a quarter after the last one or the stage's start; null when none is owed.",
  })
  @Index()
  @Property({ type: "date", nullable: true })
  thoughtReportDueOn: string | null = null;

  @Property({ type: "datetime", defaultRaw: "now()" })
  override createdAt: Date & Opt = new Date();
}
