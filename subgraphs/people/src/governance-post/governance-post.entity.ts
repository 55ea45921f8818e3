import { Check, Entity, Enum, Index, Property } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { GovernancePostKind } from "./governance-post.enums";

/**
 * A student's post in the residential self-governance (学生自治岗位: 楼层长, 宿舍长, 安全员): one
 * student holds one kind of post in one grid or room for a term, appointed and ended by the staff
 * serving the place. The place is organisation's, checked through the graph when the post is made;
 * its grid and building are kept as they were then, for who may end it and for the grid's list.
 * Held from `startsOn` until `endedOn` (exclusive) when ended early, else through `endsOn`.
 */
@ObjectType({
  description:
    "学生自治岗位: a student's floor-head, dorm-head or safety-officer post in a grid or room, for a term.",
})
@Entity({ tableName: "governance_post" })
@Index({ properties: ["gridId", "kind"] })
@Index({ properties: ["roomId", "kind"] })
@Index({ properties: ["holderId"] })
@Check({
  name: "governance_post_in_grid_or_room",
  expression: `"grid_id" is not null or "room_id" is not null`,
})
export class GovernancePost extends CampusEntity {
  @Field(() => GovernancePostKind)
  @Enum({ items: () => GovernancePostKind, nativeEnumName: "governance_post_kind" })
  kind!: GovernancePostKind;

  /** The student holding it; a Person of this subgraph. */
  @Property({ type: "uuid" })
  holderId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The grid: the post's own (floor head, safety officer), or the room's when the post was made (dorm head; null when the room was in none).",
  })
  @Property({ type: "uuid", nullable: true })
  gridId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: "The room of a dorm head (organisation's); null for a grid's post.",
  })
  @Property({ type: "uuid", nullable: true })
  roomId: string | null = null;

  /** The place's building when the post was made (organisation's): its building leader may act. */
  @Property({ type: "uuid", nullable: true })
  buildingId: string | null = null;

  @Field(() => LocalDateResolver, { description: "The first day of the term." })
  @Property({ type: "date" })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "The last day of the term." })
  @Property({ type: "date" })
  endsOn!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The day it was ended early (no longer held from that day); null otherwise.",
  })
  @Property({ type: "date", nullable: true })
  endedOn: string | null = null;

  /** Who ended it; a Person of this subgraph. */
  @Property({ type: "uuid", nullable: true })
  endedById: string | null = null;

  /** Who appointed the holder; a Person of this subgraph. */
  @Property({ type: "uuid" })
  appointedById!: string;
}
