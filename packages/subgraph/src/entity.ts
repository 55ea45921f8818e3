import { randomUUID } from "node:crypto";
import { PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";

/**
 * What every stored thing of the platform has: a uuid key (the GraphQL `id`), and when it was made
 * and last changed. The timestamps are not in the schema; an entity that shows one redeclares it
 * with `@Field(() => Date) declare createdAt`. Columns and defaults are those of the migrations.
 */
// Registered so type-graphql inherits the field; no schema lists it (not an orphaned type), so it is never emitted.
@ObjectType()
export abstract class CampusEntity {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/**
 * A CampusEntity under optimistic locking: every update checks and bumps `version`, so of two
 * changes made from one state at once, one applies and the other gets CONFLICT.
 */
@ObjectType()
export abstract class VersionedCampusEntity extends CampusEntity {
  @Property({ type: "integer", version: true })
  version!: number & Opt;
}
