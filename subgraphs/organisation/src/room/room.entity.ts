import { Entity, Index, ManyToOne, Property, Unique, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Building } from "../building/building.entity";
import { Grid } from "../grid/grid.entity";
import { RoomRepository } from "./room.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A dormitory room (宿舍) with a number of beds." })
@Entity({ tableName: "room", repository: () => RoomRepository })
@Unique({ properties: ["building", "number"] })
@Index({ properties: ["grid", "floor", "number"] })
export class Room extends CampusEntity {
  /** Resolved by RoomResolver.building through a loader. */
  @ManyToOne({ entity: () => Building, ref: true })
  building!: Ref<Building>;

  /** The grid the room belongs to, if any; resolved through a loader. */
  @ManyToOne({ entity: () => Grid, ref: true, nullable: true, deleteRule: "restrict" })
  grid: Ref<Grid> | null = null;

  @Field(() => String, { description: "Room number, unique within its building, e.g. 301." })
  @Property({ type: "string", length: 16 })
  number!: string;

  @Field(() => Int)
  @Property({ type: "smallint" })
  floor!: number;

  @Field(() => Int, {
    description:
      "Beds, numbered 1 to capacity; moveIn refuses once this many people live here. Lowered only while no bed it removes is in use.",
  })
  @Property({ type: "smallint" })
  capacity!: number;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "The day the room was taken out of use (停用); null while in use. No one moves in after.",
  })
  @Property({ type: "date", nullable: true })
  outOfUseOn: string | null = null;
}
