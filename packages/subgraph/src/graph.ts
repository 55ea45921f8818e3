import { REQUEST_ID_HEADER, createGraphAssertionSigner } from "@campus/auth";
import { GraphQLError } from "graphql";
import type { RequestContext } from "./context";

/** Where a subgraph asks the graph: the gateway's relay, which runs only operations it lends by name. */
export const GRAPH_RELAY_PATH = "/internal/graph";

export interface GraphClientOptions {
  /** The gateway's base URL, e.g. http://127.0.0.1:4000 (or a function, when it is known only later). */
  gatewayUrl: string | (() => string);
  /** Ed25519 key the gateway knows the public half of (GRAPH_CLIENT_PRIVATE_KEY). */
  privateKeyPem: string;
  timeoutMs?: number;
}

/** A retryable refusal: the graph could not be asked, so nothing that depends on its answer was written. */
export function serviceUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "SERVICE_UNAVAILABLE", retryable: true },
  });
}

/**
 * How a subgraph asks the rest of the graph, without reading another subgraph's tables: a named
 * operation posted to the gateway's relay with a short signed assertion (see SECURITY.md). The
 * gateway decides which operations each subgraph may run and runs them against their owner.
 */
export class GraphClient {
  private constructor(
    private readonly options: GraphClientOptions,
    private readonly assert: (requestId: string) => Promise<string>,
  ) {}

  static async create(service: string, options: GraphClientOptions): Promise<GraphClient> {
    return new GraphClient(
      options,
      await createGraphAssertionSigner(options.privateKeyPem, service),
    );
  }

  /** Runs a lent operation; throws SERVICE_UNAVAILABLE (retryable) when the graph cannot answer. */
  async call<T>(
    operation: string,
    variables: Record<string, unknown>,
    requestId: string,
  ): Promise<T> {
    const base =
      typeof this.options.gatewayUrl === "function"
        ? this.options.gatewayUrl()
        : this.options.gatewayUrl;
    let response: Response;
    try {
      response = await fetch(new URL(GRAPH_RELAY_PATH, base), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${await this.assert(requestId)}`,
          [REQUEST_ID_HEADER]: requestId,
        },
        body: JSON.stringify({ operation, variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch {
      throw serviceUnavailable(
        `the platform could not be asked (${operation}); nothing was written, try again`,
      );
    }
    const body = (await response.json().catch(() => ({}))) as {
      data?: T;
      errors?: { message: string }[];
    };
    if (!response.ok || !body.data) {
      // 4xx here is our own misconfiguration, not the caller's mistake; either way the caller can only retry.
      throw serviceUnavailable(
        `the platform could not answer ${operation} (${response.status}); nothing was written, try again`,
      );
    }
    return body.data;
  }
}

/**
 * What a request context holds to ask the graph: a client, or "unchecked" in a test that runs one
 * subgraph alone (there is no graph to ask; only startSubgraph's caller can choose it).
 */
export type GraphAccess = GraphClient | "unchecked" | undefined;

/** Most ids one existence check carries; the largest batch (5,000 indicator records) fits. */
export const MAX_PEOPLE_PER_CHECK = 5000;

/**
 * Which of these person ids name a person, asked of the people subgraph through the graph in one
 * call. Reveals existence only. Throws SERVICE_UNAVAILABLE when it cannot be asked, so no row
 * naming an unchecked person is written.
 */
export async function existingPeople(
  ctx: Pick<RequestContext, "graph" | "requestId">,
  ids: Iterable<string>,
): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!unique.length || ctx.graph === "unchecked") return new Set(unique);
  if (!ctx.graph)
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
    );
  const found = new Set<string>();
  for (let i = 0; i < unique.length; i += MAX_PEOPLE_PER_CHECK) {
    const data = await ctx.graph.call<{ knownPeople: string[] }>(
      "knownPeople",
      { ids: unique.slice(i, i + MAX_PEOPLE_PER_CHECK) },
      ctx.requestId,
    );
    for (const id of data.knownPeople) found.add(id);
  }
  return found;
}

/** BAD_USER_INPUT on the first of `references` naming nobody; one call for all of them. */
export async function assertPeopleExist(
  ctx: Pick<RequestContext, "graph" | "requestId">,
  references: { id: string; field: string }[],
): Promise<void> {
  const found = await existingPeople(
    ctx,
    references.map((r) => r.id),
  );
  const missing = references.find((r) => !found.has(r.id));
  if (missing)
    throw new GraphQLError(`no person has the id ${missing.id}`, {
      extensions: { code: "BAD_USER_INPUT", field: missing.field },
    });
}
