import type { EntityManager } from "@mikro-orm/postgresql";
import { codedError, forbidden, notFound } from "../errors";
import { isId } from "../ids";
import type { RequestContext } from "../context";
import type { SubgraphJob } from "../definition";
import { entityLabel, runStatement, selectRows, tableName } from "../sql";
import { paginateOrdered, type Connection, type PageArgs } from "../pagination";
import { OutboxEvent } from "./outbox-event.entity";

/**
 * The transactional outbox (README, "Events between subgraphs"): a producer writes an event in
 * the same transaction as the fact (`emitEvent`); a relay job in the producer's job queue
 * (`outboxRelayJob`) delivers each student's events in order, through the gateway, to the
 * consumer, which records each event key once; an event that fails its last attempt is a dead
 * letter, listed to administrators and replayable (`OutboxAdministration`).
 */

export interface OutboxEventInput {
  /** The producer's key for the fact, unique among its events: emitting it again writes nothing. */
  key: string;
  /** What happened, as a short code: ATTENDANCE_RECORDED, COURSE_COMPLETED, ... */
  type: string;
  /** Whom it is about: the student's Person id; their events are delivered in the order written. */
  subject: string;
  payload: Record<string, unknown>;
  /**
   * Not delivered before this instant (a fact the consumer takes only once its day has come, such
   * as absences from a session that starts after midnight); the student's later events wait behind
   * it. Now when not given.
   */
  notBefore?: Date;
}

/**
 * Writes an event in `em`'s transaction, which must be the fact's: the event exists if and only
 * if the fact was committed. True when written, false when an event with this key exists.
 */
export async function emitEvent(em: EntityManager, event: OutboxEventInput): Promise<boolean> {
  if (!em.isInTransaction())
    throw new Error("an outbox event is written inside its fact's transaction (em.transactional)");
  const rows = await selectRows<{ id: string }>(
    em,
    entityLabel(em, OutboxEvent, "Emit"),
    `insert into ?? (id, key, type, subject, payload, next_attempt_at)
     values (gen_random_uuid(), ?, ?, ?, ?::jsonb, greatest(now(), ?::timestamptz))
     on conflict (key) do nothing returning id`,
    [
      tableName(em, OutboxEvent),
      event.key,
      event.type,
      event.subject,
      JSON.stringify(event.payload),
      (event.notBefore ?? new Date(0)).toISOString(),
    ],
  );
  return rows.length === 1;
}

/**
 * What a delivery answered for each event of a batch, by position: null when the consumer has it
 * (recorded now or before), else why not. A throw fails every event of the batch.
 */
export type OutboxDeliver<Loaders> = (
  ctx: RequestContext<Loaders>,
  events: readonly OutboxEvent[],
) => Promise<(string | null)[]>;

export interface OutboxRelayOptions<Loaders> {
  /** The relay's job name in the producer's queue. */
  name: string;
  /** Seconds between relay runs (JOB_<NAME>_SECONDS overrides). */
  everySeconds: number;
  /** Attempts of one event before it is a dead letter. */
  maxAttempts: number;
  /** Events per delivery: at most one per student, each its student's next. */
  batchSize: number;
  deliver: OutboxDeliver<Loaders>;
}

/** Batches one run delivers at most; the next run goes on from there. */
const MAX_ROUNDS = 20;
/** Longest backoff between two attempts of one event. */
const MAX_BACKOFF_SECONDS = 3600;
/** The queue's own first retry delay when the runtime gives none. */
const DEFAULT_RETRY_SECONDS = 30;

/**
 * The relay as a job of the producer's queue (each period's run once across workers). A run
 * delivers batches under a transaction-scoped advisory lock, so two runs never deliver at once;
 * each batch takes every student's next undelivered event (the oldest by `seq`) when it is due:
 * while a student's event waits for its retry, their later events wait behind it. A delivered
 * event is marked delivered in the same transaction; should the run die before it commits, the
 * events are delivered again, and the consumer records each key once (at least once, in effect
 * once). A failed attempt backs off (the queue's retry delay, doubling, at most an hour); the
 * last failed attempt makes the event a dead letter, which no longer holds up its student's later
 * events (one bad event must not stop a student's record) and waits for an administrator's replay.
 */
export function outboxRelayJob<Loaders>(
  options: OutboxRelayOptions<Loaders>,
): SubgraphJob<Loaders> {
  return {
    name: options.name,
    everySeconds: options.everySeconds,
    maxAttempts: 3,
    async run(ctx, _now, info) {
      const baseSeconds = info.retryDelaySeconds ?? DEFAULT_RETRY_SECONDS;
      const totals = { delivered: 0, failed: 0, dead: 0, batches: 0 };
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const outcome = await ctx.em.transactional(async (em) => {
          const table = tableName(em, OutboxEvent);
          const [lock] = await selectRows<{ locked: boolean }>(
            em,
            entityLabel(em, OutboxEvent, "RelayLock"),
            `select pg_try_advisory_xact_lock(hashtext(?)) as locked`,
            [`${table}:relay`],
          );
          if (!lock?.locked) return null;
          const heads = await em.find(
            OutboxEvent,
            {
              id: {
                $in: (
                  await selectRows<{ id: string }>(
                    em,
                    entityLabel(em, OutboxEvent, "RelayHeads"),
                    `select id from (
                       select distinct on (subject) id, seq, next_attempt_at from ??
                        where delivered_at is null and dead_at is null
                        order by subject, seq) head
                      where next_attempt_at <= now() order by seq limit ?`,
                    [table, options.batchSize],
                  )
                ).map((r) => r.id),
              },
            },
            { orderBy: { seq: "asc" }, comments: entityLabel(em, OutboxEvent, "RelayBatch") },
          );
          if (!heads.length) return { delivered: 0, failed: 0, dead: 0, stop: true };
          const answers = await deliverIsolated({ ...ctx, em }, heads, options.deliver);
          const results = heads
            .map((event, i) => ({
              id: event.id,
              error: i < answers.length ? answers[i] : "the consumer gave no answer",
            }))
            .filter((r): r is { id: string; error: string | null } => r.error !== undefined)
            .map((r) => ({ id: r.id, error: r.error?.slice(0, 2000) ?? null }));
          const rows = await selectRows<{ dead: boolean }>(
            em,
            entityLabel(em, OutboxEvent, "RelayOutcome"),
            `update ?? e set attempts = e.attempts + 1, last_attempt_at = now(),
                    delivered_at = case when r.error is null then now() end,
                    last_error = coalesce(r.error, e.last_error),
                    next_attempt_at = case when r.error is null then e.next_attempt_at
                      else now() + make_interval(secs => least(?::float8, ?::float8 * power(2, e.attempts))) end,
                    dead_at = case when r.error is not null and e.attempts + 1 >= ? then now() end
               from jsonb_to_recordset(?::jsonb) as r(id uuid, error text)
              where e.id = r.id
              returning e.dead_at is not null as dead`,
            [table, MAX_BACKOFF_SECONDS, baseSeconds, options.maxAttempts, JSON.stringify(results)],
          );
          const failed = results.filter((r) => r.error !== null).length;
          return {
            delivered: results.length - failed,
            failed,
            dead: rows.filter((r) => r.dead).length,
            // Events left untried (the consumer seems down): the next run tries again.
            stop: results.length < heads.length,
          };
        });
        if (!outcome) return { ...totals, skipped: "another relay run holds the lock" };
        const { stop, ...counts } = outcome;
        if (counts.delivered || counts.failed) {
          totals.delivered += counts.delivered;
          totals.failed += counts.failed;
          totals.dead += counts.dead;
          totals.batches++;
          ctx.log.info("outbox batch", { job: options.name, ...counts });
        }
        if (stop) break;
      }
      return totals;
    },
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Delivers a batch; when the whole call fails, finds out whether the consumer is down or one
 * event spoils the call: each event is tried alone, in order, until two in a row fail (the
 * consumer is down: the events not tried are left as they were, no attempt counted). So one
 * malformed event fails by itself instead of taking its batch with it. Undefined: not tried.
 */
async function deliverIsolated<Loaders>(
  ctx: RequestContext<Loaders>,
  events: readonly OutboxEvent[],
  deliver: OutboxDeliver<Loaders>,
): Promise<(string | null | undefined)[]> {
  try {
    return await deliver(ctx, events);
  } catch (error) {
    if (events.length === 1) return [messageOf(error)];
    const answers: (string | null | undefined)[] = events.map(() => undefined);
    let failedInARow = 0;
    for (const [index, event] of events.entries()) {
      if (failedInARow === 2) break;
      try {
        const [answer] = await deliver(ctx, [event]);
        answers[index] = answer === undefined ? "the consumer gave no answer" : answer;
        failedInARow = 0;
      } catch (alone) {
        answers[index] = messageOf(alone);
        failedInARow++;
      }
    }
    return answers;
  }
}

/** Dead letters for administrators: the list, and a replay that puts one back in the queue. */
export class OutboxAdministration {
  constructor(
    private readonly ctx: RequestContext,
    /** The relay's job, asked to run at once after a replay. */
    private readonly relayJob: string,
  ) {}

  private assertAdministrator(action: string): void {
    if (!this.ctx.access.hasRole("admin")) throw forbidden(`only administrators ${action}`);
  }

  /** Dead letters, the most recently failed first. */
  deadLetters(args: PageArgs): Promise<Connection<OutboxEvent>> {
    this.assertAdministrator("see undelivered events");
    return paginateOrdered(
      this.ctx.em,
      OutboxEvent,
      { deadAt: { $ne: null } },
      args,
      "deadAt",
      "desc",
    );
  }

  /**
   * Replays a dead letter: its attempts start again now, with who replayed it and when stored;
   * the relay is asked to run at once. NOT_FOUND for no event, CONFLICT for one that is not dead.
   */
  async replay(id: string): Promise<OutboxEvent> {
    this.assertAdministrator("replay undelivered events");
    if (!isId(id)) throw notFound("outbox event", id);
    const { em } = this.ctx;
    const changed = await runStatement(
      em,
      entityLabel(em, OutboxEvent, "Replay"),
      `update ?? set dead_at = null, attempts = 0, next_attempt_at = now(), replays = replays + 1,
              replayed_at = now(), replayed_by_id = ?
        where id = ? and dead_at is not null`,
      [tableName(em, OutboxEvent), this.ctx.caller.personId, id],
    );
    const event = await em.fork().findOne(OutboxEvent, { id });
    if (!event) throw notFound("outbox event", id);
    if (!changed)
      throw codedError(
        "CONFLICT",
        event.deliveredAt
          ? "this event was delivered; there is nothing to replay"
          : "this event is not a dead letter; the relay is still trying it",
        { id },
      );
    try {
      await this.ctx.jobs?.enqueue(this.relayJob, {
        personId: this.ctx.caller.personId,
        name: this.ctx.caller.name,
      });
    } catch (error) {
      // The replay stands: the relay's next scheduled run takes it.
      this.ctx.log.warn("outbox relay not started after a replay", {
        error: (error as Error).message,
      });
    }
    return event;
  }
}
