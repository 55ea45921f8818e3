import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

/** How a call to a subgraph failed before an HTTP answer was in hand; the metric's outcome too. */
export type TransportFailure = "timeout" | "unreachable" | "too_large";

/** A failed call, coded; its message names no address (the caller may show it to a client). */
export class TransportError extends Error {
  constructor(
    readonly code: TransportFailure,
    message: string,
  ) {
    super(message);
    this.name = "TransportError";
  }
}

export interface HttpTransportOptions {
  /** The whole exchange, connecting to the last byte of the answer. */
  timeoutMs: number;
  /** Largest answer read (after decompression); a larger one fails with `too_large`. Default 64 MiB. */
  maxResponseBytes?: number;
  /** Connections open at once to one subgraph; requests beyond wait for one. Default 64. */
  maxSockets?: number;
  /** Idle connections kept per subgraph. Default 16. */
  maxFreeSockets?: number;
  /**
   * How long an idle connection is kept; below the subgraphs' keep-alive timeout (65 s), so the
   * gateway closes idle connections first and never writes into one the subgraph is closing.
   */
  idleSocketMs?: number;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** What a caller of `fetch` sends: the subset of fetch's init that Apollo's data source uses. */
export interface TransportRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A response's headers as fetch's `Headers` reads them (lower-case names, repeated values joined). */
export class TransportHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>();

  constructor(headers: IncomingHttpHeaders = {}) {
    for (const name in headers) {
      const value = headers[name];
      if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const held = this.map.get(key);
    this.map.set(key, held === undefined ? value : `${held}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/** A whole answer, read into memory (it is bounded): fetch's Response as Apollo's data source reads it. */
export class TransportResponse {
  readonly redirected = false;
  readonly bodyUsed = false;
  readonly ok: boolean;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: TransportHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
  }
  async text(): Promise<string> {
    return this.body.toString("utf8");
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString("utf8"));
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return new Uint8Array(this.body).buffer;
  }
  clone(): TransportResponse {
    return new TransportResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

interface Target {
  secure: boolean;
  hostname: string;
  port: string;
  path: string;
}

/** A body a server compressed anyway (we ask for none), decompressed within the size cap. */
function decoded(encoding: string | undefined, body: Buffer, max: number): Buffer {
  if (!encoding || encoding === "identity") return body;
  const options = { maxOutputLength: max };
  if (encoding === "gzip" || encoding === "x-gzip") return gunzipSync(body, options);
  if (encoding === "deflate") return inflateSync(body, options);
  if (encoding === "br") return brotliDecompressSync(body, options);
  throw new Error(`unsupported content-encoding ${encoding}`);
}

/**
 * HTTP to the subgraphs on node:http: connections kept alive in a bounded pool per subgraph, one
 * timer per call (fetch's abort signal costs several times the CPU of the call itself), and an
 * answer read whole up to a size cap. Fetch-compatible for Apollo's RemoteGraphQLDataSource.
 */
export class HttpTransport {
  private readonly httpAgent: HttpAgent;
  private readonly httpsAgent: HttpsAgent;
  private readonly maxBytes: number;
  private readonly targets = new Map<string, Target>();

  constructor(private readonly options: HttpTransportOptions) {
    const pool = {
      keepAlive: true,
      maxSockets: options.maxSockets ?? 64,
      maxFreeSockets: options.maxFreeSockets ?? 16,
      // The idle timeout of a pooled connection (the agent destroys it then), not a request's.
      timeout: options.idleSocketMs ?? 30_000,
      scheduling: "lifo" as const,
    };
    this.httpAgent = new HttpAgent(pool);
    this.httpsAgent = new HttpsAgent(pool);
    this.maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  }

  /** fetch(url, init) for Apollo's data source and the gateway's internal calls. */
  readonly fetch = (url: string, init: TransportRequestInit = {}): Promise<TransportResponse> =>
    new Promise((resolve, reject) => {
      const target = this.target(url);
      const max = this.maxBytes;
      const headers: Record<string, string | number> = { ...init.headers };
      // Uncompressed: the subgraphs are next door, and compressing costs both sides CPU.
      delete headers["accept-encoding"];
      const body = init.body;
      if (body !== undefined) headers["content-length"] = Buffer.byteLength(body);
      const request = (target.secure ? httpsRequest : httpRequest)({
        hostname: target.hostname,
        port: target.port,
        path: target.path,
        method: init.method ?? "GET",
        headers,
        agent: target.secure ? this.httpsAgent : this.httpAgent,
      });
      let settled = false;
      const fail = (code: TransportFailure, message: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Destroying the request closes its connection: a half-read answer never goes back to the pool.
        request.destroy();
        reject(new TransportError(code, message));
      };
      const tooLarge = () => fail("too_large", `answer larger than ${max} bytes`);
      const timer = setTimeout(
        () => fail("timeout", `no answer within ${this.options.timeoutMs} ms`),
        this.options.timeoutMs,
      );
      // Node's own error names the address and port; the caller gets a code and no address.
      request.on("error", () => fail("unreachable", "not reachable"));
      request.on("response", (response) => {
        if (Number(response.headers["content-length"]) > max) return tooLarge();
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > max) tooLarge();
          else chunks.push(chunk);
        });
        response.on("error", () => fail("unreachable", "connection lost"));
        response.on("close", () => {
          if (!response.complete) fail("unreachable", "connection lost");
        });
        response.on("end", () => {
          if (settled) return;
          let whole: Buffer;
          try {
            whole = decoded(
              response.headers["content-encoding"],
              chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size),
              max,
            );
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) return tooLarge();
            return fail("unreachable", "unreadable answer");
          }
          settled = true;
          clearTimeout(timer);
          resolve(
            new TransportResponse(
              url,
              response.statusCode ?? 0,
              response.statusMessage ?? "",
              new TransportHeaders(response.headers),
              whole,
            ),
          );
        });
      });
      request.end(body);
    });

  /** Connections open and idle, per origin (`host:port:`), for tests and diagnostics. */
  sockets(): { open: number; idle: number } {
    const count = (sockets: NodeJS.ReadOnlyDict<unknown[]>) =>
      Object.values(sockets).reduce((n, list) => n + (list?.length ?? 0), 0);
    return {
      open: count(this.httpAgent.sockets) + count(this.httpsAgent.sockets),
      idle: count(this.httpAgent.freeSockets) + count(this.httpsAgent.freeSockets),
    };
  }

  /** Closes every pooled connection; calls after this open new ones. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private target(url: string): Target {
    let target = this.targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
        throw new TransportError("unreachable", `unsupported protocol ${parsed.protocol}`);
      target = {
        secure: parsed.protocol === "https:",
        hostname: parsed.hostname.replace(/^\[|\]$/g, ""),
        port: parsed.port || (parsed.protocol === "https:" ? "443" : "80"),
        path: `${parsed.pathname}${parsed.search}`,
      };
      // A handful of subgraph URLs; bounded anyway in case a caller passes many.
      if (this.targets.size < 100) this.targets.set(url, target);
    }
    return target;
  }
}
