import { randomUUID } from "node:crypto";
import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";

/**
 * What every recorded workflow step holds besides its from and to: who took it, when and why.
 * Warnings, cases and plan measures keep their steps in tables of their own (their statuses are
 * different enums), each with these columns. Each subclass is its own @ObjectType and inherits
 * these fields; nothing returns this type itself, so the schema does not show it.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class WorkflowStep {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  /** Who took the step; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  byPersonId!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  at: Date & Opt = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  note: string | null = null;
}
