import { Entity, Enum, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
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
  @Field(() => String, { description: "The name today; see history and nameOn for earlier ones." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => OrgUnitKind)
  @Enum({ items: () => OrgUnitKind, nativeEnumName: "org_unit_kind" })
  kind!: OrgUnitKind;

  /** The unit above this one; resolved by OrgUnitResolver.parent through a loader. */
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true, nullable: true, deleteRule: "restrict" })
  parent: Ref<OrgUnit> | null = null;

  /** A general branch's residential college (书院); null for every other kind. */
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true, nullable: true, deleteRule: "restrict" })
  college: Ref<OrgUnit> | null = null;

  @Field(() => String, {
    nullable: true,
    description: "What a temporary branch (临时党支部) is for; null for other kinds.",
  })
  @Property({ type: "string", length: 500, nullable: true })
  purpose: string | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The first day of a temporary branch; null for other kinds.",
  })
  @Property({ type: "date", nullable: true })
  startsOn: string | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The last day of a temporary branch; null for other kinds.",
  })
  @Property({ type: "date", nullable: true })
  endsOn: string | null = null;

  /** The people Team a temporary branch serves (checked through the graph when set); a key only. */
  @Property({ type: "uuid", nullable: true })
  teamId: string | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The day the unit was closed (撤销); null while it exists.",
  })
  @Property({ type: "date", nullable: true })
  closedOn: string | null = null;
}
