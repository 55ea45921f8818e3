import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { PartyStage } from "./party-development.enums";
import { PartyDevelopment } from "./party-development.entity";

/** A thought report (思想汇报) handed in, as recorded by the branch or a contact. */
@ObjectType({ description: "A thought report (思想汇报): when it was handed in, at which stage." })
@Entity({ tableName: "thought_report" })
@Index({ properties: ["development", "submittedOn"] })
export class ThoughtReport extends CampusEntity {
  @ManyToOne(() => PartyDevelopment, { deleteRule: "cascade" })
  development!: PartyDevelopment;

  @Field(() => LocalDateResolver)
  @Property({ type: "date" })
  submittedOn!: string;

  @Field(() => PartyStage)
  @Enum({ items: () => PartyStage, nativeEnumName: "party_stage" })
  stage!: PartyStage;

  @Field(() => String, { nullable: true, description: "The recorder's summary of it." })
  @Property({ type: "string", length: 2000, nullable: true })
  summary: string | null = null;

  @Property({ type: "uuid", nullable: true })
  recordedById: string | null = null;
}
