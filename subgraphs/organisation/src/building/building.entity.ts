import { randomUUID } from "node:crypto";
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Campus } from "../campus/campus.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A residential building (楼栋) on a campus." })
@Entity({ tableName: "building" })
@Index({ properties: ["campus", "name"] })
export class Building {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

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

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
