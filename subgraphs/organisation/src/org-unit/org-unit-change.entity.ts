import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { OrgUnitChangeKind } from "./org-unit.enums";
import { OrgUnit } from "./org-unit.entity";

/**
 * One change of a unit: created, renamed, moved or closed, with the name and the parent it has
 * from then on, who made it and when. Rows are only added, so a unit answers for any past date
 * with the name and parent it had (the last change on or before that date).
 */
@ObjectType({
  description:
    "A change of an organisation unit (组织变更): what changed, its name and parent from then on, who and when.",
})
@Entity({ tableName: "org_unit_change" })
@Index({ properties: ["unit", "createdAt"] })
export class OrgUnitChange extends CampusEntity {
  @ManyToOne({ entity: () => OrgUnit, ref: true })
  unit!: Ref<OrgUnit>;

  @Field(() => OrgUnitChangeKind)
  @Enum({ items: () => OrgUnitChangeKind, nativeEnumName: "org_unit_change_kind" })
  change!: OrgUnitChangeKind;

  @Field(() => String, { description: "The unit's name from this change on." })
  @Property({ type: "string", length: 200 })
  name!: string;

  /** The unit's parent from this change on; resolved through a loader. */
  @ManyToOne({ entity: () => OrgUnit, ref: true, nullable: true })
  parent: Ref<OrgUnit> | null = null;

  @Field(() => LocalDateResolver, { description: "The day from which the change holds." })
  @Property({ type: "date" })
  changedOn!: string;

  /** Who made it (a Person key); null for callers who are not a person, and for the migration. */
  @Property({ type: "uuid", nullable: true })
  changedById: string | null = null;

  @Field(() => Date, { description: "When the change was recorded." })
  override createdAt!: Date & Opt;
}
