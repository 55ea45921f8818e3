import { Entity, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Campus } from "../campus/campus.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A residential building (楼栋) on a campus." })
@Entity({ tableName: "building" })
@Index({ properties: ["campus", "name"] })
export class Building extends CampusEntity {
  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  /** Resolved by BuildingResolver.campus through a loader. */
  @ManyToOne({ entity: () => Campus, ref: true })
  campus!: Ref<Campus>;

  @Field(() => Int)
  @Property({ type: "smallint" })
  floors!: number;

  /** The residential college (书院) living here, if any; resolved through a loader. */
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true, nullable: true, deleteRule: "restrict" })
  college: Ref<OrgUnit> | null = null;
}
