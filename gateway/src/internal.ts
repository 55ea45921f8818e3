import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";
import {
  CREDENTIAL_HEADER,
  REQUEST_ID_HEADER,
  type Caller,
  type InternalCredential,
} from "@campus/auth";
import { TransportError, type HttpTransport } from "./transport";

/** The gateway as a caller of its own: what subgraphs' `@Internal` fields accept and nothing else does. */
export const GATEWAY_CALLER: Caller = {
  subject: "campus-gateway",
  personId: null,
  name: "campus gateway",
  roles: [],
  client: "gateway",
};

export interface InternalClientOptions {
  subgraphUrls: Record<string, string>;
  sign(credential: InternalCredential): Promise<string>;
  timeoutMs: number;
  /** The gateway's keep-alive pool; Node's fetch when not given. */
  transport?: HttpTransport;
}

export class InternalCallError extends Error {
  constructor(
    readonly service: string,
    message: string,
  ) {
    super(`${service}: ${message}`);
    this.name = "InternalCallError";
  }
}

/**
 * Calls subgraphs' internal fields (scope facts, the audit log, the client registry) directly,
 * outside any query plan: these fields are `@inaccessible`, so no client operation reaches them.
 */
export class InternalClient {
  constructor(private readonly options: InternalClientOptions) {}

  /** Runs a typed document (gateway/src/operations, generated from the subgraph's own schema) against `service`. */
  async query<TResult, TVariables>(
    service: string,
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    requestId: string = randomUUID(),
  ): Promise<TResult> {
    const query = printed(document);
    const url = this.options.subgraphUrls[service];
    if (!url) throw new InternalCallError(service, "no URL configured");
    const credential = await this.options.sign({ caller: GATEWAY_CALLER, requestId, system: true });
    const init = {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [CREDENTIAL_HEADER]: credential,
        [REQUEST_ID_HEADER]: requestId,
      },
      body: JSON.stringify({ query, variables }),
    };
    let response: { ok: boolean; status: number; json(): Promise<unknown> };
    try {
      response = this.options.transport
        ? await this.options.transport.fetch(url, init)
        : await fetch(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      const code =
        error instanceof TransportError
          ? error.code
          : (error as Error).name === "TimeoutError"
            ? "timeout"
            : "unreachable";
      throw new InternalCallError(
        service,
        code === "timeout"
          ? "no answer in time"
          : code === "too_large"
            ? "answer too large"
            : "not reachable",
      );
    }
    const body = (await response.json().catch(() => ({}))) as {
      data?: TResult;
      errors?: { message: string }[];
    };
    if (!response.ok || body.errors?.length || !body.data) {
      throw new InternalCallError(
        service,
        body.errors?.map((e) => e.message).join("; ") || `HTTP ${response.status}`,
      );
    }
    return body.data;
  }
}

const texts = new WeakMap<DocumentNode, string>();

/** A document's text, printed once: the same few documents are sent on every request. */
function printed(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) texts.set(document, (text = print(document)));
  return text;
}
