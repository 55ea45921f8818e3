import { Entity, Enum, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { PartyDecisionBasis, PartyStage, PartyStep } from "./party-development.enums";
import { PartyDevelopment } from "./party-development.entity";

/** One step of a student's party development: from which stage to which, when, by whom, on what decision. */
@ObjectType({
  description:
    "One step of party development: the stages, the effective date, who recorded it and the decision it rests on.",
})
@Entity({ tableName: "party_transition" })
@Index({ properties: ["development", "effectiveOn"] })
export class PartyTransition extends CampusEntity {
  @ManyToOne(() => PartyDevelopment, { deleteRule: "cascade" })
  development!: PartyDevelopment;

  @Field(() => PartyStep, { nullable: true, description: "Null for the application itself." })
  @Enum({ items: () => PartyStep, nativeEnumName: "party_step", nullable: true })
  step: PartyStep | null = null;

  @Field(() => PartyStage, { nullable: true, description: "Null for the application itself." })
  @Enum({
    items: () => PartyStage,
    nativeEnumName: "party_stage",
    nullable: true,
    fieldName: "from_stage",
  })
  from: PartyStage | null = null;

  @Field(() => PartyStage)
  @Enum({ items: () => PartyStage, nativeEnumName: "party_stage", fieldName: "to_stage" })
  to!: PartyStage;

  @Field(() => LocalDateResolver, { description: "The date the step took effect." })
  @Property({ type: "date" })
  effectiveOn!: string;

  @Field(() => PartyDecisionBasis, { nullable: true, description: "Null for the application." })
  @Enum({ items: () => PartyDecisionBasis, nativeEnumName: "party_decision_basis", nullable: true })
  basis: PartyDecisionBasis | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The decision's reference: meeting and minutes (e.g. 2026年第3次支部大会).",
  })
  @Property({ type: "string", length: 200, nullable: true })
  basisReference: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: "string", length: 2000, nullable: true })
  note: string | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "On an extension of probation: its new end.",
  })
  @Property({ type: "date", nullable: true })
  probationEndsOn: string | null = null;

  /** Who recorded it; null for a caller who is not a person. */
  @Property({ type: "uuid", nullable: true })
  recordedById: string | null = null;

  @Field(() => Date, { description: "When it was recorded." })
  override createdAt!: Date & Opt;
}
