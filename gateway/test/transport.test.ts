import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { createMetrics } from "@campus/metrics";
import { SubgraphDataSource } from "../src/data-source";
import { HttpTransport, TransportError } from "../src/transport";

interface TestServer {
  url: string;
  connections: number;
  /** Sockets closed so far (a timed-out or oversized call must not go back to the pool). */
  closed: number;
  close(): Promise<void>;
}

const open: { close(): unknown }[] = [];

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer(handler);
  const state: TestServer = {
    url: "",
    connections: 0,
    closed: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  server.on("connection", (socket: Socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on("close", () => {
      state.closed++;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  open.push(state);
  return state;
}

function transport(options: Partial<ConstructorParameters<typeof HttpTransport>[0]> = {}) {
  const t = new HttpTransport({ timeoutMs: 5_000, ...options });
  open.push(t);
  return t;
}

/** A port nothing listens on: a server's, closed again. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TransportError);
  return error as TransportError;
}

function graphql(body: unknown) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    _req.resume();
    _req.on("end", () => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(body));
    });
  };
}

afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

describe("HttpTransport", () => {
  it("sends method, headers and body, and answers as fetch does", async () => {
    let seen: { method?: string; header?: string; body: string } = { body: "" };
    const server = await serve((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        seen = { method: req.method, header: req.headers["x-campus-credential"] as string, body };
        res.setHeader("content-type", "application/json");
        res.setHeader("cache-control", "private");
        res.statusCode = 201;
        res.end(JSON.stringify({ data: { ok: "é" } }));
      });
    });
    const response = await transport().fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-campus-credential": "signed" },
      body: '{"query":"{ ok }"}',
    });
    expect(seen).toEqual({ method: "POST", header: "signed", body: '{"query":"{ ok }"}' });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("private");
    expect(await response.clone().json()).toEqual({ data: { ok: "é" } });
    expect(await response.text()).toBe('{"data":{"ok":"é"}}');
  });

  it("reuses one kept-alive connection for calls one after another", async () => {
    const server = await serve(graphql({ data: { n: 1 } }));
    const client = transport();
    for (let i = 0; i < 5; i++) {
      const response = await client.fetch(server.url, { method: "POST", body: "{}" });
      expect(await response.json()).toEqual({ data: { n: 1 } });
    }
    expect(server.connections).toBe(1);
    expect(client.sockets()).toEqual({ open: 0, idle: 1 });
  });

  it("opens no more connections than the pool allows", async () => {
    const server = await serve(graphql({ data: {} }));
    const client = transport({ maxSockets: 2 });
    await Promise.all(
      Array.from({ length: 6 }, () => client.fetch(server.url, { method: "POST", body: "{}" })),
    );
    expect(server.connections).toBe(2);
  });

  it("fails a call with no answer in time with `timeout`, and closes its connection", async () => {
    const server = await serve((req) => req.resume()); // never answers
    const client = transport({ timeoutMs: 50 });
    const error = await failure(client.fetch(server.url, { method: "POST", body: "{}" }));
    expect(error.code).toBe("timeout");
    expect(error.message).toBe("no answer within 50 ms");
    await expect.poll(() => server.closed).toBe(1);
    expect(client.sockets()).toEqual({ open: 0, idle: 0 });
  });

  it("fails an answer over the size cap with `too_large`, declared or streamed", async () => {
    const big = "x".repeat(4096);
    const declared = await serve((req, res) => {
      req.resume();
      res.setHeader("content-length", big.length);
      res.end(big);
    });
    const streamed = await serve((req, res) => {
      req.resume();
      for (let i = 0; i < 4; i++) res.write(big.slice(0, 1024)); // chunked, no length
      res.end();
    });
    const client = transport({ maxResponseBytes: 2048 });
    for (const server of [declared, streamed]) {
      const error = await failure(client.fetch(server.url, { method: "POST", body: "{}" }));
      expect(error.code).toBe("too_large");
    }
    // Neither half-read connection went back to the pool, and the pool still works.
    expect(client.sockets().idle).toBe(0);
    const fits = await serve(graphql({ data: {} }));
    expect((await client.fetch(fits.url, { method: "POST", body: "{}" })).status).toBe(200);
  });

  it("fails a refused connection with `unreachable`, naming no address", async () => {
    const url = await deadUrl();
    const error = await failure(transport().fetch(url, { method: "POST", body: "{}" }));
    expect(error.code).toBe("unreachable");
    expect(error.message).toBe("not reachable");
    expect(error.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:\d+/);
  });
});

describe("SubgraphDataSource over the transport", () => {
  function dataSource(url: string, options: { maxResponseBytes?: number } = {}) {
    const metrics = createMetrics("gateway");
    const source = new SubgraphDataSource({
      name: "evaluation",
      url,
      timeoutMs: 5_000,
      sign: async () => "signed",
      scopeBlob: () => undefined,
      metrics,
      transport: transport(options),
    });
    return { source, metrics };
  }

  async function unavailable(source: SubgraphDataSource, url: string): Promise<GraphQLError> {
    const error = await source.fetcher(url, { method: "POST", headers: {}, body: "{}" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }

  it("turns a refused connection into SUBGRAPH_UNAVAILABLE without an internal address, counted as unreachable", async () => {
    const url = await deadUrl();
    const { source, metrics } = dataSource(url);
    const error = await unavailable(source, url);
    expect(error.message).toBe("the evaluation service is unavailable (not reachable)");
    expect(error.message).not.toContain("127.0.0.1");
    expect(error.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", service: "evaluation" });
    expect(await metrics.registry.metrics()).toMatch(
      /campus_subgraph_request_duration_seconds_count\{[^}]*outcome="unreachable"[^}]*\} 1/,
    );
  });

  it("fails an oversized answer cleanly and counts it as too_large", async () => {
    const server = await serve(graphql({ data: { big: "x".repeat(10_000) } }));
    const { source, metrics } = dataSource(server.url, { maxResponseBytes: 1000 });
    const error = await unavailable(source, server.url);
    expect(error.message).toBe("the evaluation service is unavailable (answer too large)");
    expect(error.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", service: "evaluation" });
    expect(await metrics.registry.metrics()).toMatch(
      /campus_subgraph_request_duration_seconds_count\{[^}]*outcome="too_large"[^}]*\} 1/,
    );
  });

  it("passes an answer through with its status counted", async () => {
    const server = await serve(graphql({ data: { ok: true } }));
    const { source, metrics } = dataSource(server.url);
    const response = await source.fetcher(server.url, { method: "POST", body: "{}" });
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(await metrics.registry.metrics()).toMatch(
      /campus_subgraph_request_duration_seconds_count\{[^}]*outcome="200"[^}]*\} 1/,
    );
  });
});
