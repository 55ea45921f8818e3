import { randomUUID } from "node:crypto";
import { Entity, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { IndicatorBatchRepository } from "./indicator-batch.repository";

@ObjectType({ description: "Why one record of a batch was rejected." })
export class IngestionRowError {
  @Field(() => Int, { description: "The record's position in the batch, from 0." })
  index!: number;

  @Field(() => String, { description: "The input field at fault, e.g. value or observedOn." })
  field!: string;

  @Field(() => String)
  message!: string;
}

/**
 * One delivery of indicator records from a departmental app. Keyed by (source, clientKey), so a
 * client that resends after a timeout gets the stored report back instead of a second copy.
 */
@ObjectType({
  description:
    "One delivery of indicator records, with what was accepted and why the rest was rejected.",
})
@Entity({ tableName: "indicator_batch", repository: () => IndicatorBatchRepository })
@Unique({ properties: ["source", "clientKey"] })
export class IndicatorBatch {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => String, {
    description:
      "The client's own key for the batch; resending the same key replays the stored report.",
  })
  @Property({ type: "string", length: 128 })
  clientKey!: string;

  @Field(() => String, {
    description: "Who delivered it: the service client (service:<id>) or 'admin'.",
  })
  @Property({ type: "string", length: 64 })
  source!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  receivedAt: Date & Opt = new Date();

  @Field(() => Int, { description: "Records stored." })
  @Property({ type: "integer" })
  accepted!: number;

  @Field(() => Int, { description: "Records rejected; each is listed in rows." })
  @Property({ type: "integer" })
  rejected!: number;

  @Field(() => [IngestionRowError], {
    description: "The rejected records, by index, with the field at fault.",
  })
  @Property({ type: "json" })
  rows: IngestionRowError[] & Opt = [];
}
