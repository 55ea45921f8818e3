import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import {
  SCOPE_EXTENSION,
  SCOPE_UNKNOWN,
  SENSITIVE_READS_EXTENSION,
  isPurpose,
  type SensitiveRead,
} from "@campus/access";
import { CREDENTIAL_HEADER, REQUEST_ID_HEADER, type InternalCredential } from "@campus/auth";
import type { ServiceMetrics } from "@campus/metrics";
import type { GatewayContext } from "./context";
import { subgraphResponseError } from "./error-scrub";
import { HttpTransport, TransportError, type TransportRequestInit } from "./transport";

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  sign(credential: InternalCredential): Promise<string>;
  /** A scope blob by digest, for when the subgraph asks for it again (after a restart). */
  scopeBlob(digest: string): string | undefined;
  metrics?: ServiceMetrics;
  /** The pooled HTTP client, shared by every subgraph; one of its own when not given. */
  transport?: HttpTransport;
}

/** Not a credential: tells this gateway's own fetcher which scope a request carries, to resend it. */
const SCOPE_DIGEST_HEADER = "x-campus-scope-digest";
/** How long a subgraph is assumed to remember a scope; shorter than its cache (10 minutes). */
const SENT_SCOPE_TTL_MS = 5 * 60_000;

function withScope(body: unknown, blob: string): string {
  const request = JSON.parse(String(body)) as { extensions?: Record<string, unknown> };
  request.extensions = { ...request.extensions, [SCOPE_EXTENSION]: blob };
  return JSON.stringify(request);
}

/** The caller's context of a request made for a client; health checks and loading carry none. */
function callerContext(
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
): GatewayContext | undefined {
  const context = options.context as Partial<GatewayContext> | undefined;
  return context?.caller ? (context as GatewayContext) : undefined;
}

function isRead(value: unknown): value is SensitiveRead {
  const read = value as SensitiveRead;
  return (
    typeof read?.subjectId === "string" && typeof read.field === "string" && isPurpose(read.purpose)
  );
}

/**
 * Calls one subgraph. Every call carries the credential the gateway signed for this request's caller
 * (once per request, see `GatewayContext.credential`),
 * with the digest of the caller's scope; the scope itself goes in the body only the first time
 * this subgraph sees it. Calls go over the gateway's keep-alive pool (./transport), whose one timer
 * per call bounds how long one slow subgraph can hold a request.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly signCredential: SubgraphDataSourceOptions["sign"];
  private readonly sentScopes = new Map<string, number>();

  constructor(private readonly options: SubgraphDataSourceOptions) {
    const transport = options.transport ?? new HttpTransport({ timeoutMs: options.timeoutMs });
    super({
      url: options.url,
      fetcher: async (url, init) => {
        const send = (body: unknown) =>
          transport.fetch(url, {
            ...(init as TransportRequestInit),
            body: body as string,
          });
        const observed = options.metrics?.subgraphCall(options.name);
        try {
          let response = await send(init?.body);
          if (response.status === 409) {
            // The subgraph no longer holds this scope (it restarted): send the blob and try once more.
            const digest = init?.headers?.[SCOPE_DIGEST_HEADER];
            const payload = (await response.json().catch(() => null)) as {
              errors?: { extensions?: { code?: string } }[];
            } | null;
            const blob = digest ? options.scopeBlob(digest) : undefined;
            if (digest && blob && payload?.errors?.[0]?.extensions?.code === SCOPE_UNKNOWN) {
              response = await send(withScope(init?.body, blob));
              if (response.ok) this.sentScopes.set(digest, Date.now() + SENT_SCOPE_TTL_MS);
            }
          }
          observed?.(response.status);
          return response;
        } catch (error) {
          const code = error instanceof TransportError ? error.code : "unreachable";
          observed?.(code);
          // Down, too slow or too big: say which service, so clients can show which part is missing.
          const reason =
            code === "timeout"
              ? `no answer within ${options.timeoutMs} ms`
              : code === "too_large"
                ? "answer too large"
                : "not reachable";
          throw new GraphQLError(`the ${options.name} service is unavailable (${reason})`, {
            extensions: { code: "SUBGRAPH_UNAVAILABLE", service: options.name },
          });
        }
      },
    });
    this.signCredential = (credential) => options.sign(credential);
  }

  override async willSendRequest(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<void> {
    const { request } = options;
    // Composition-time and health calls have no caller; a subgraph refuses them, as it should.
    const context = callerContext(options);
    if (!context || !request.http) return;
    const encoded = context.scope?.encoded;
    const caller = context.scope?.caller ?? context.caller;
    request.http.headers.set(
      CREDENTIAL_HEADER,
      await (context.credential
        ? context.credential()
        : this.signCredential({
            caller,
            requestId: context.requestId,
            scopeDigest: encoded?.digest ?? null,
          })),
    );
    request.http.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (encoded) {
      request.http.headers.set(SCOPE_DIGEST_HEADER, encoded.digest);
      const now = Date.now();
      if ((this.sentScopes.get(encoded.digest) ?? 0) <= now) {
        request.extensions = { ...request.extensions, [SCOPE_EXTENSION]: encoded.blob };
        this.sentScopes.set(encoded.digest, now + SENT_SCOPE_TTL_MS);
        if (this.sentScopes.size > 5000)
          for (const [digest, until] of this.sentScopes)
            if (until <= now) this.sentScopes.delete(digest);
      }
    }
  }

  /** A subgraph's HTTP error status becomes a clean error: no URL, no raw response. */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0],
  ): Promise<GraphQLError> {
    return subgraphResponseError(this.options.name, response);
  }

  override didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0]) {
    // Collect the subgraph's sensitive reads for the audit log; the client never sees them.
    const extensions: Record<string, unknown> | undefined = response.extensions;
    const reads = extensions?.[SENSITIVE_READS_EXTENSION];
    const sensitiveReads = (context as Partial<GatewayContext>).sensitiveReads;
    if (extensions && Array.isArray(reads) && sensitiveReads) {
      for (const read of reads) if (isRead(read)) sensitiveReads.push(read);
      delete extensions[SENSITIVE_READS_EXTENSION];
    }
    return response;
  }
}
