import { randomUUID } from "node:crypto";
import { Entity, Enum, Index, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { GrowthDomain } from "./growth.enums";
import { GrowthEventRepository } from "./growth-event.repository";

@ObjectType({
  description:
    "A fact in a student's growth record (成长档案): something they did that counts in one of the five domains.",
})
@Entity({ tableName: "growth_event", repository: () => GrowthEventRepository })
@Unique({ properties: ["source", "sourceKey"] })
@Index({ properties: ["personId", "occurredOn", "id"] })
@Index({ properties: ["personId", "term", "domain"] })
export class GrowthEvent {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  /** The student; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => GrowthDomain)
  @Enum({ items: () => GrowthDomain, nativeEnumName: "growth_domain" })
  domain!: GrowthDomain;

  @Field(() => String, {
    description:
      "What kind of fact, as a short code: COURSE_COMPLETED, VOLUNTEER_HOURS, PARTY_ACTIVITY, SPORTS_AWARD, ART_PERFORMANCE, LABOUR_PRACTICE, RESOURCE_UPTAKE, ...",
  })
  @Property({ type: "text" })
  kind!: string;

  @Field(() => String)
  @Property({ type: "text" })
  title!: string;

  @Field(() => Float, {
    description: "What the fact counts towards its domain; negative for a deduction.",
  })
  @Property({ type: "double", runtimeType: "number" })
  points!: number;

  @Field(() => LocalDateResolver, { description: "The day it happened, on campus." })
  @Property({ type: "date" })
  occurredOn!: string;

  @Field(() => String, {
    description:
      'The term it counts in, from occurredOn: September to February is the autumn term "<y>-<y+1>-1", March to August the spring term "<y-1>-<y>-2".',
  })
  @Property({ type: "text" })
  term!: string;

  @Field(() => String, {
    description:
      'Who recorded it: "evaluation" for this subgraph\'s own workflows, "gateway" for facts relayed from other subgraphs, "service:<client>" for a departmental app, "admin" for an administrator\'s import.',
  })
  @Property({ type: "text" })
  source!: string;

  /** The recorder's own key for the fact: recording it again under the same source changes nothing. */
  @Property({ type: "text" })
  sourceKey!: string;

  /** The person who recorded it; null for the gateway, service clients, this subgraph's own workflows and seeds. */
  @Property({ type: "uuid", nullable: true })
  recordedById: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  recordedAt: Date & Opt = new Date();
}
