import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";

/**
 * A fact another subgraph needs, written by its producer in the same transaction as the fact
 * (`emitEvent`), in the producer's own schema; the relay (`outboxRelayJob`) delivers it through
 * the gateway and marks it delivered, or after its last failed attempt a dead letter. The
 * producer's table only: no other subgraph reads or writes it.
 */
@Entity({ tableName: "outbox_event" })
@Unique({ properties: ["key"] })
@Index({ properties: ["deadAt", "id"] })
@Index({ properties: ["subject", "seq"] })
export class OutboxEvent {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  /** Order of writing (a sequence): events of one subject are delivered in this order. */
  @Property({ type: "bigint", autoincrement: true })
  seq!: string & Opt;

  /** The producer's key for the fact; the consumer records it once (`<producer>:<key>`). */
  @Property({ type: "text" })
  key!: string;

  /** What happened, as a short code (ATTENDANCE_RECORDED, COURSE_COMPLETED, ...). */
  @Property({ type: "text" })
  type!: string;

  /** Whom it is about (a student's Person id): the unit of order. */
  @Property({ type: "text" })
  subject!: string;

  @Property({ type: "json" })
  payload!: Record<string, unknown>;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();

  /** Delivery attempts made (since the last replay). */
  @Property({ type: "integer", default: 0 })
  attempts: number & Opt = 0;

  /** Not before then: after a failed attempt, its backoff. */
  @Property({ type: "datetime", defaultRaw: "now()" })
  nextAttemptAt: Date & Opt = new Date();

  @Property({ type: "datetime", nullable: true })
  lastAttemptAt: Date | null = null;

  /** The last failed attempt's error; kept after a delivery for the record. */
  @Property({ type: "text", nullable: true })
  lastError: string | null = null;

  @Property({ type: "datetime", nullable: true })
  deliveredAt: Date | null = null;

  /** When its last attempt failed: a dead letter until an administrator replays it. */
  @Property({ type: "datetime", nullable: true })
  deadAt: Date | null = null;

  /** Replays by administrators, the last one's time and person. */
  @Property({ type: "integer", default: 0 })
  replays: number & Opt = 0;

  @Property({ type: "datetime", nullable: true })
  replayedAt: Date | null = null;

  @Property({ type: "uuid", nullable: true })
  replayedById: string | null = null;
}

/**
 * The table's SQL, for the producer's migration (`this.addSql(...outboxEventTableSql("curriculum"))`):
 * a sequence gives the order, an index finds each subject's events in it.
 */
export function outboxEventTableSql(schema: string): string[] {
  const t = `"${schema}"."outbox_event"`;
  return [
    `create table ${t} ("id" uuid not null, "seq" bigserial not null, "key" text not null, "type" text not null, "subject" text not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_attempt_at" timestamptz null, "last_error" text null, "delivered_at" timestamptz null, "dead_at" timestamptz null, "replays" int not null default 0, "replayed_at" timestamptz null, "replayed_by_id" uuid null, constraint "outbox_event_pkey" primary key ("id"));`,
    `alter table ${t} add constraint "outbox_event_key_unique" unique ("key");`,
    `create index "outbox_event_dead_at_id_index" on ${t} ("dead_at", "id");`,
    `create index "outbox_event_subject_seq_index" on ${t} ("subject", "seq");`,
  ];
}
