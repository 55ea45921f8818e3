import { Entity, Enum, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { OrgUnitKind } from "./org-unit.enums";
import { OrgUnitRepository } from "./org-unit.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({
  description:
    "A unit of the party organisation (committee, general branch, branch), an academic school or a residential college.",
})
@Entity({ tableName: "org_unit", repository: () => OrgUnitRepository })
@Index({ properties: ["kind", "name", "id"] })
export class OrgUnit extends CampusEntity {
  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => OrgUnitKind)
  @Enum({ items: () => OrgUnitKind, nativeEnumName: "org_unit_kind" })
  kind!: OrgUnitKind;

  /** The unit above this one; resolved by OrgUnitResolver.parent through a loader. */
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true, nullable: true, deleteRule: "restrict" })
  parent: Ref<OrgUnit> | null = null;
}
