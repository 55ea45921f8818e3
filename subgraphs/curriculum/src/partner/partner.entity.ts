import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { PartnerKind } from "./partner.enums";

/**
 * A partner organisation of the climb plan (合作单位: 企事业单位, research teams) that posts
 * challenges. Its contacts are people who act for it; being one is a fact of this subgraph, not a
 * role (SECURITY.md, "Partners").
 */
@Directive(`@key(fields: "id")`)
@ObjectType({
  description:
    "A partner organisation of the climb plan (合作单位: an enterprise, an institution or a research team) that posts challenges (揭榜立项).",
})
@Entity({ tableName: "partner_organisation" })
export class PartnerOrganisation extends CampusEntity {
  @Field(() => String, { description: "The organisation's name, unique." })
  @Property({ type: "text", unique: true })
  name!: string;

  @Field(() => PartnerKind)
  @Enum({ items: () => PartnerKind, nativeEnumName: "partner_kind" })
  kind!: PartnerKind;

  @Field(() => String, {
    description: "What the organisation does, for students reading the board.",
  })
  @Property({ type: "text", default: "" })
  description: string = "";

  /** A Person key: the administrator who registered it. */
  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;
}

/** A person who acts for a partner organisation: posts and decides its challenges. */
@Entity({ tableName: "partner_contact" })
@Unique({ properties: ["partner", "personId"] })
export class PartnerContact extends CampusEntity {
  @ManyToOne({ entity: () => PartnerOrganisation, ref: true, deleteRule: "cascade" })
  partner!: Ref<PartnerOrganisation>;

  /** A Person key (people subgraph), checked through the graph when added. */
  @Index()
  @Property({ type: "uuid" })
  personId!: string;
}
