import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { JobRunRepository } from "./job-run.repository";

/** One run of a scheduled job, by the clock or by an administrator's "run now", kept as a log. */
@ObjectType({ description: "One run of a scheduled job: when, who started it, and what it did." })
@Entity({ tableName: "job_run", repository: () => JobRunRepository })
@Index({ properties: ["job", "startedAt"] })
export class JobRun {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: "The job's name, as in ScheduledJob.name." })
  @Property({ type: "text" })
  job!: string;

  @Field(() => String, {
    description: "SCHEDULE (the subgraph's own clock) or MANUAL (an administrator's runJob).",
  })
  @Property({ type: "text" })
  trigger!: string;

  @Field(() => String, {
    description: "Who started it: the administrator's name, or the job's own for the clock.",
  })
  @Property({ type: "text" })
  startedByName!: string;

  /** The administrator who started it; null for the clock. */
  @Property({ type: "uuid", nullable: true })
  startedById: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  startedAt!: Date;

  @Field(() => Date)
  @Property({ type: "datetime" })
  finishedAt!: Date;

  @Field(() => Boolean, { description: "False when the run failed; nothing it did was kept." })
  @Property({ type: "boolean" })
  succeeded!: boolean;

  @Field(() => String, {
    description: "What the run did (its counts, as JSON), or why it failed.",
  })
  @Property({ type: "text" })
  summary!: string;
}
