import type { RequestContext } from "../context";
import { serviceUnavailable, type GraphClient } from "../graph";
import type { OutboxDeliver } from "./outbox";

/**
 * A fact for a student's growth record (成长记录) as evaluation's `GrowthEventInput` takes it,
 * less the person (the event's subject) and the source key (the event's key).
 */
export interface GrowthPayload extends Record<string, unknown> {
  /** The five-education domain (五育): MORAL, INTELLECTUAL, PHYSICAL, AESTHETIC or LABOUR. */
  domain: string;
  /** A short code in capitals: COURSE_COMPLETED, VOLUNTEER_HOURS, ... */
  kind: string;
  title: string;
  points: number;
  /** YYYY-MM-DD, the campus date the fact happened on. */
  occurredOn: string;
}

interface RecordGrowthEventsAnswer {
  recordGrowthEvents: {
    recorded: number;
    duplicates: number;
    rows: { index: number; field: string; message: string }[];
  };
}

/**
 * How a relay asks the platform: the subgraph's graph access, or SERVICE_UNAVAILABLE (retried by
 * the relay, so the events wait) when the service has no key to ask with.
 */
export function relayGraph(ctx: RequestContext<unknown>): GraphClient {
  if (!ctx.graph || ctx.graph === "unchecked")
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); the events wait",
    );
  return ctx.graph;
}

/**
 * An outbox delivery to evaluation's growth record through the gateway's relay (the lent
 * `recordGrowthEvents`): one call per batch, each event a row keyed `<producer>:<key>` (the relay
 * accepts only keys under the calling producer's name); a row evaluation refuses is that event's
 * failure, and a redelivered key is a duplicate there, so delivery is in effect once.
 */
export function growthRecordDelivery<Loaders>(producer: string): OutboxDeliver<Loaders> {
  return async (ctx: RequestContext<Loaders>, events) => {
    const data = await relayGraph(ctx).call<RecordGrowthEventsAnswer>(
      "recordGrowthEvents",
      {
        input: {
          events: events.map((event) => ({
            ...(event.payload as GrowthPayload),
            personId: event.subject,
            sourceKey: `${producer}:${event.key}`,
          })),
        },
      },
      ctx.requestId,
    );
    const refused = new Map(
      data.recordGrowthEvents.rows.map((row) => [row.index, `${row.field}: ${row.message}`]),
    );
    return events.map((_, index) => refused.get(index) ?? null);
  };
}
