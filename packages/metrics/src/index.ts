/**
 * Prometheus metrics for one service (prom-client): GraphQL requests, errors by code and latency,
 * subgraph-call latency (gateway), the database pool and the SQL statements sent (subgraphs), and
 * the process itself. Each service has its own registry, so several can share a process (the test
 * stack).
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface PoolStats {
  /** Connections lent out to a query or transaction. */
  used: number;
  /** Open and idle. */
  free: number;
  /** Requests waiting for a connection. */
  pending: number;
  max: number;
}

/** Who may read /metrics: with a token, bearers of it; without, loopback callers outside production only. */
export interface MetricsAccess {
  token?: string;
  production: boolean;
}

/** Error codes as clients see them; anything that does not look like one is counted as OTHER. */
const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<"operation">;
  private readonly errors: Counter<"code">;
  private readonly duration: Histogram<"operation">;
  private subgraphCalls?: Histogram<"subgraph" | "outcome">;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({
      name: "campus_graphql_requests_total",
      help: "GraphQL requests answered, by operation type",
      labelNames: ["operation"],
      registers,
    });
    this.errors = new Counter({
      name: "campus_graphql_errors_total",
      help: "GraphQL errors sent to callers, by extensions.code",
      labelNames: ["code"],
      registers,
    });
    this.duration = new Histogram({
      name: "campus_graphql_request_duration_seconds",
      help: "Time from receiving a GraphQL request to sending its answer",
      labelNames: ["operation"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
  }

  /** Counts every GraphQL answer, its errors by code, and its latency. */
  graphqlPlugin(): ApolloServerPlugin<BaseContext> {
    return {
      requestDidStart: async () => {
        const stopTimer = this.duration.startTimer();
        let operation = "unknown";
        return {
          didResolveOperation: async ({ operation: definition }) => {
            operation = definition?.operation ?? "unknown";
          },
          willSendResponse: async ({ response }) => {
            stopTimer({ operation });
            this.requests.inc({ operation });
            const errors =
              response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
            for (const error of errors) {
              const code = error.extensions?.code;
              this.errors.inc({
                code:
                  typeof code === "string" && CODE.test(code)
                    ? code
                    : code === undefined
                      ? "NONE"
                      : "OTHER",
              });
            }
          },
        };
      },
    };
  }

  /** Starts timing one call to a subgraph; call the result with how it ended (HTTP status, `timeout`, `unreachable`, `too_large`). */
  subgraphCall(subgraph: string): (outcome: string | number) => void {
    this.subgraphCalls ??= new Histogram({
      name: "campus_subgraph_request_duration_seconds",
      help: "Time the gateway waited for one subgraph call, by subgraph and outcome",
      labelNames: ["subgraph", "outcome"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const stop = this.subgraphCalls.startTimer({ subgraph });
    return (outcome) => stop({ outcome: String(outcome) });
  }

  /** Reports the database pool at every scrape: connections used, free, awaited, and the maximum. */
  observeDatabasePool(read: () => PoolStats | undefined): void {
    const registers = [this.registry];
    new Gauge({
      name: "campus_db_pool_connections",
      help: "Database pool connections by state (used, free, pending requests)",
      labelNames: ["state"],
      registers,
      collect() {
        const stats = read();
        if (!stats) return;
        this.set({ state: "used" }, stats.used);
        this.set({ state: "free" }, stats.free);
        this.set({ state: "pending" }, stats.pending);
      },
    });
    new Gauge({
      name: "campus_db_pool_max",
      help: "Largest number of connections the pool opens",
      registers,
      collect() {
        const stats = read();
        if (stats) this.set(stats.max);
      },
    });
  }

  /**
   * Reports the SQL statements this service has sent, at every scrape: `read` gives the running
   * total (the ORM's statement counter), so a benchmark can divide the rise by the requests served.
   */
  observeDatabaseStatements(read: () => number): void {
    let reported = 0;
    new Counter({
      name: "campus_db_statements_total",
      help: "SQL statements sent to PostgreSQL",
      registers: [this.registry],
      collect() {
        const total = read();
        if (total > reported) this.inc(total - reported);
        reported = total;
      },
    });
  }

  /** The /metrics handler (Express or node:http), with `access` deciding who may read it. */
  endpoint(access: MetricsAccess): (req: IncomingMessage, res: ServerResponse) => void {
    const expected = access.token ? Buffer.from(`Bearer ${access.token}`) : undefined;
    return (req, res) => {
      const refuse = (status: number, message: string) => {
        res.statusCode = status;
        res.setHeader("content-type", "text/plain; charset=utf-8");
        res.end(`${message}\n`);
      };
      if (expected) {
        const given = Buffer.from(req.headers.authorization ?? "");
        if (given.length !== expected.length || !timingSafeEqual(given, expected))
          return refuse(401, "send Authorization: Bearer <METRICS_TOKEN>");
      } else if (access.production) {
        return refuse(403, "metrics need METRICS_TOKEN in production");
      } else if (!isLoopback(req.socket.remoteAddress)) {
        return refuse(
          403,
          "metrics are for this machine only; set METRICS_TOKEN to read them from elsewhere",
        );
      }
      this.registry.metrics().then(
        (text) => {
          res.setHeader("content-type", this.registry.contentType);
          res.end(text);
        },
        () => refuse(500, "metrics could not be collected"),
      );
    };
  }
}

function isLoopback(address: string | undefined): boolean {
  return address === "::1" || /^(::ffff:)?127\./.test(address ?? "");
}

export function createMetrics(service: string): ServiceMetrics {
  return new ServiceMetrics(service);
}
