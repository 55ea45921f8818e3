import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { PartySponsorRole } from "./party-development.enums";
import { PartyDevelopment } from "./party-development.entity";

/** A cultivation contact (培养联系人) or introducer (入党介绍人) of a student, a full party member. */
@ObjectType({ description: "A cultivation contact (培养联系人) or introducer (入党介绍人)." })
@Entity({ tableName: "party_sponsor" })
@Unique({ properties: ["development", "role", "personId"] })
@Index({ properties: ["personId", "role"] })
export class PartySponsor extends CampusEntity {
  @ManyToOne(() => PartyDevelopment, { deleteRule: "cascade" })
  development!: PartyDevelopment;

  @Field(() => PartySponsorRole)
  @Enum({ items: () => PartySponsorRole, nativeEnumName: "party_sponsor_role" })
  role!: PartySponsorRole;

  /** The sponsor; a Person of this subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: "date" })
  since!: string;
}
