import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { JobRunRepository } from "./job-run.repository";

/**
 * One attempt of a scheduled job's run, by the schedule or by an administrator's "run now", kept
 * as a log: a run the queue retries has one row per attempt.
 */
@ObjectType({
  description:
    "One attempt of a scheduled job's run: when, who started it, which attempt, and what it did.",
})
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
    description: "SCHEDULE (a period of the job's schedule) or MANUAL (an administrator's runJob).",
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

  @Field(() => ID, {
    nullable: true,
    description:
      "The job queue's id of the run: the same for each attempt of it. Null for runs logged before the queue.",
  })
  @Property({ type: "uuid", nullable: true, index: true })
  queueJobId: string | null = null;

  @Field(() => Int, { description: "1 for the first attempt, 2 for the first retry, ..." })
  @Property({ type: "integer" })
  attempt: number & Opt = 1;

  @Field(() => Int, { description: "The attempts the queue makes before it gives the run up." })
  @Property({ type: "integer" })
  maxAttempts: number & Opt = 1;

  @Field(() => Date, {
    nullable: true,
    description: "The start of the schedule's period this run is for; null for a run by hand.",
  })
  @Property({ type: "datetime", nullable: true })
  scheduledFor: Date | null = null;

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
