import { Entity, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Grid } from "../grid/grid.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Room } from "../room/room.entity";

/** A responsibility area (责任区): the rooms and grids of its branch one party member looks after. */
@ObjectType({
  description:
    "A responsibility area (责任区): a set of rooms and grids of a branch that one party member looks after.",
})
@Entity({ tableName: "responsibility_area" })
export class ResponsibilityArea extends CampusEntity {
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true, deleteRule: "restrict" })
  branch!: Ref<OrgUnit>;

  /** The party member who looks after it (a Person key). */
  @Index()
  @Property({ type: "uuid" })
  memberId!: string;

  @Field(() => String, { description: "e.g. 东1号楼3层东区责任区" })
  @Property({ type: "string", length: 100 })
  name!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The day it was ended; null while it is looked after.",
  })
  @Property({ type: "date", nullable: true })
  endedOn: string | null = null;

  @Property({ type: "uuid", nullable: true })
  endedById: string | null = null;

  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;
}

/** One room or one grid of a responsibility area (exactly one of the two). */
@Entity({ tableName: "responsibility_area_place" })
export class ResponsibilityAreaPlace extends CampusEntity {
  @Index()
  @ManyToOne({ entity: () => ResponsibilityArea, ref: true, deleteRule: "cascade" })
  area!: Ref<ResponsibilityArea>;

  @Index()
  @ManyToOne({ entity: () => Room, ref: true, nullable: true, deleteRule: "restrict" })
  room: Ref<Room> | null = null;

  @Index()
  @ManyToOne({ entity: () => Grid, ref: true, nullable: true, deleteRule: "restrict" })
  grid: Ref<Grid> | null = null;
}
