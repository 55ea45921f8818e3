import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { WarningEngineRepository } from "./engine.repository";

/** One pass of the warning engine over every active rule and every student, kept as a log. */
@ObjectType({
  description:
    "One pass of the warning engine: every active rule's current version over every student's indicator history.",
})
@Entity({ tableName: "warning_engine_run", repository: () => WarningEngineRepository })
@Index({ properties: ["startedAt"] })
export class WarningEngineRun {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => Date, {
    description:
      "The moment evaluated: records up to its campus date count, and new warnings are raised at it.",
  })
  @Property({ type: "datetime" })
  asOf!: Date;

  @Field(() => Int, { description: "Active rules evaluated." })
  @Property({ type: "integer" })
  rulesEvaluated!: number;

  @Field(() => Int, { description: "New warnings raised." })
  @Property({ type: "integer" })
  raised!: number;

  @Field(() => Int, {
    description:
      "Rules that fired for a student who already has an open warning from that rule: nothing raised.",
  })
  @Property({ type: "integer" })
  alreadyOpen!: number;

  @Field(() => Date)
  @Property({ type: "datetime" })
  startedAt!: Date;

  @Field(() => Date)
  @Property({ type: "datetime" })
  finishedAt!: Date;

  /** The administrator who started it; null when the platform's scheduler (the gateway) did. */
  @Property({ type: "uuid", nullable: true })
  startedById: string | null = null;
}
