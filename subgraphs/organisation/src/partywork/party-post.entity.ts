import { Entity, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Grid } from "../grid/grid.entity";
import { Room } from "../room/room.entity";

/**
 * A party-member post (党员示范岗): a probationary or full party member holds it in a room or a
 * grid for a term. The branch responsible is the grid's (for a room, its grid's), so a grid
 * handed to another branch brings its posts along.
 */
@ObjectType({
  description:
    "A party-member post (党员示范岗): held by a probationary or full party member in a room or a grid for a term.",
})
@Entity({ tableName: "party_post" })
export class PartyPost extends CampusEntity {
  /** The holder, a Person key (people checks it is a party member when the post is made). */
  @Index()
  @Property({ type: "uuid" })
  holderId!: string;

  @Field(() => String, { description: "e.g. 学风建设示范岗" })
  @Property({ type: "string", length: 100 })
  title!: string;

  @Field(() => String, { description: "What the holder does there." })
  @Property({ type: "string", length: 1000 })
  duties!: string;

  /** Where it is: a grid, or a room (exactly one); resolved through loaders. */
  @Index()
  @ManyToOne({ entity: () => Grid, ref: true, nullable: true, deleteRule: "restrict" })
  grid: Ref<Grid> | null = null;

  @Index()
  @ManyToOne({ entity: () => Room, ref: true, nullable: true, deleteRule: "restrict" })
  room: Ref<Room> | null = null;

  @Field(() => LocalDateResolver, { description: "First day of the term." })
  @Property({ type: "date" })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "Last day of the term." })
  @Property({ type: "date" })
  endsOn!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "The day the post was ended before its term ran out (it no longer runs from that day); null otherwise.",
  })
  @Property({ type: "date", nullable: true })
  endedOn: string | null = null;

  /** Who ended it; null while it runs. */
  @Property({ type: "uuid", nullable: true })
  endedById: string | null = null;

  /** Who made it (a Person key); null for callers who are not a person. */
  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;
}
