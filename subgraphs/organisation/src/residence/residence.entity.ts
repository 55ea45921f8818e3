import { Check, Entity, Index, ManyToOne, Property, Unique, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Sensitive, type SensitiveOptions } from "@campus/access";
import { Room } from "../room/room.entity";
import { ResidenceRepository } from "./residence.repository";

/** Every detail of a residence is about where its person lives: RESIDENCE for that person, audited. */
export const RESIDENCE_DETAIL: SensitiveOptions<Residence> = {
  level: "PERSONAL",
  purposes: ["RESIDENCE"],
  subject: (residence) => residence.personId,
};

/**
 * A person's bed in a room from one date to another. Moving out keeps the row (movedOutOn set), so
 * the history of who lived where is never rewritten. The two partial unique indexes below hold
 * "one open residence per bed" and "one open residence per person" even when two requests slip
 * past the service's checks at the same time.
 */
@ObjectType({
  description:
    "A person's bed in a room, with move-in and move-out dates. Each detail needs RESIDENCE for the person.",
})
@Entity({ tableName: "residence", repository: () => ResidenceRepository })
@Unique({
  name: "residence_room_bed_open_unique",
  expression: `create unique index "residence_room_bed_open_unique" on "organisation"."residence" ("room_id", "bed") where "moved_out_on" is null`,
})
@Unique({
  name: "residence_person_open_unique",
  expression: `create unique index "residence_person_open_unique" on "organisation"."residence" ("person_id") where "moved_out_on" is null`,
})
@Check({ name: "residence_moved_out_after_in", expression: `"moved_out_on" >= "moved_in_on"` })
export class Residence extends CampusEntity {
  /** A Person key (people subgraph); this subgraph never reads people's tables nor copies names. */
  @Index()
  @Property({ type: "uuid" })
  personId!: string;

  /** Resolved by ResidenceResolver.room through a loader. */
  @Index()
  @ManyToOne({ entity: () => Room, ref: true })
  room!: Ref<Room>;

  // Nullable in GraphQL because @Sensitive answers null (with FORBIDDEN) to callers without RESIDENCE.
  @Field(() => String, { nullable: true, description: "The bed within the room, e.g. 1." })
  @Sensitive(RESIDENCE_DETAIL)
  @Property({ type: "string", length: 16 })
  bed!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Sensitive(RESIDENCE_DETAIL)
  @Property({ type: "date" })
  movedInOn!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Null while the person still lives here with no move-out planned.",
  })
  @Sensitive(RESIDENCE_DETAIL)
  @Property({ type: "date", nullable: true })
  movedOutOn: string | null = null;
}
