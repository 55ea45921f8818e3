import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as organisation from "@campus/organisation";
import * as people from "@campus/people";
import { callers } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { campusSlice } from "./fixtures";

/**
 * Malformed HTTP requests to the gateway's public endpoints, generated: whatever arrives, the
 * answer is never a 5xx, every error is JSON with a code (RFC 6749's shape on /auth/token), and no
 * message carries SQL, a subgraph's address or a stack trace. Bounded so it runs in a few seconds.
 */
describe("fuzz: malformed HTTP requests to /graphql and /auth/token", () => {
  let stack: StackHarness;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack([people, organisation], {
      dataset: campusSlice(2, "fuzz-http").dataset,
      gateway: { production: true },
    });
    token = await stack.token(callers.admin());
  });
  afterAll(() => stack?.stop());

  const queries = fc.constantFrom(
    "{ __typename }",
    "{ campuses { name buildings { name } } }",
    "query($n: Int) { grids(first: $n) { totalCount } }",
    "query($id: ID!) { grid(id: $id) { name } }",
    "query A { __typename } query B { campuses { id } }",
    "{ __schema { types { name } } }",
    "{ grid(id: 1) { name",
    "",
  );
  const anything = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(
      1e308,
      -0,
      2 ** 64,
      Number.MAX_SAFE_INTEGER + 2,
      "",
      "\u0000",
      "'; select 1; --",
    ),
  );
  const operationBody = fc.record(
    {
      query: fc.oneof(queries, anything),
      variables: fc.oneof(fc.record({ n: anything, id: anything }, { requiredKeys: [] }), anything),
      operationName: fc.oneof(fc.constantFrom("A", "B", "C"), anything),
      extensions: fc.oneof(
        fc.record({
          persistedQuery: fc.oneof(
            fc.record({ version: anything, sha256Hash: anything }, { requiredKeys: [] }),
            anything,
          ),
        }),
        anything,
      ),
    },
    { requiredKeys: [] },
  );
  const tokenBody = fc.record(
    {
      grant_type: fc.oneof(fc.constant("client_credentials"), anything),
      client_id: anything,
      client_secret: anything,
    },
    { requiredKeys: [] },
  );
  const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? "null");
  const body = fc.oneof(
    operationBody.map(text),
    tokenBody.map(text),
    fc.array(operationBody, { maxLength: 3 }).map(text),
    anything.map(text),
    fc.uint8Array({ maxLength: 200 }),
    fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
    tokenBody.map((b) =>
      new TextEncoder().encode(
        new URLSearchParams(
          Object.entries(b).map(([k, v]): [string, string] => [
            k,
            // A form field holds text: an object or array arrives as its JSON.
            typeof v === "object" && v !== null ? JSON.stringify(v) : String(v),
          ]),
        ).toString(),
      ),
    ),
  );
  const headerValue = fc.stringMatching(/^[\x21-\x7e]{0,30}$/);
  const request = fc.record({
    path: fc.constantFrom("/graphql", "/auth/token"),
    method: fc.constantFrom("POST", "POST", "POST", "GET", "PUT", "DELETE"),
    contentType: fc.oneof(
      fc.constantFrom(
        "application/json",
        "application/json; charset=utf-8",
        "application/json; charset=latin1",
        "application/json; charset=utf-16",
        "application/x-www-form-urlencoded",
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/graphql-response+json",
      ),
      headerValue,
      fc.constant(undefined),
    ),
    contentEncoding: fc.oneof(
      fc.constantFrom("gzip", "deflate", "br", "identity", "gzip, br"),
      headerValue,
      fc.constant(undefined),
    ),
    authorization: fc.oneof(
      fc.constant("valid"),
      fc.constant(undefined),
      headerValue,
      headerValue.map((v) => `Basic ${v}`),
      headerValue.map((v) => `Bearer ${v}`),
    ),
    accept: fc.oneof(
      fc.constantFrom("text/html", "application/json", "*/*", "multipart/mixed"),
      fc.constant(undefined),
    ),
    body,
    search: fc.record(
      {
        query: fc.oneof(queries, fc.string({ maxLength: 40 })),
        variables: fc.string({ maxLength: 40 }),
      },
      { requiredKeys: [] },
    ),
  });

  const LEAKS = [
    /\bselect\b[^"]{0,200}\bfrom\b/i,
    /\binsert into\b/i,
    /\bdelete from\b/i,
    /127\.0\.0\.1:\d+|localhost:\d+/,
    /\n\s+at .+\(.+:\d+:\d+\)/,
    /ECONNREFUSED/,
  ];

  it("never answers 5xx, codes every error and leaks nothing", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {};
        if (r.contentType !== undefined) headers["content-type"] = r.contentType;
        if (r.contentEncoding !== undefined) headers["content-encoding"] = r.contentEncoding;
        if (r.accept !== undefined) headers.accept = r.accept;
        if (r.authorization !== undefined)
          headers.authorization = r.authorization === "valid" ? `Bearer ${token}` : r.authorization;
        const search = r.method === "GET" ? `?${new URLSearchParams(r.search).toString()}` : "";
        const res = await fetch(`${stack.gateway.url}${r.path}${search}`, {
          method: r.method,
          headers,
          body: r.method === "GET" ? undefined : r.body,
        });
        const raw = await res.text();
        const label = `${r.method} ${r.path} → ${res.status} ${raw.slice(0, 300)}`;
        expect(res.status, label).toBeLessThan(500);
        for (const leak of LEAKS) expect(raw, label).not.toMatch(leak);
        if (res.status < 400 && r.path === "/auth/token") return;
        expect(res.headers.get("content-type") ?? "", label).toMatch(
          /^application\/(graphql-response\+)?json/,
        );
        const answer = JSON.parse(raw) as {
          errors?: { extensions?: { code?: unknown } }[];
          error?: unknown;
        };
        if (r.path === "/auth/token") {
          expect(typeof answer.error, label).toBe("string");
          return;
        }
        if (res.status >= 400) expect(answer.errors?.length, label).toBeGreaterThan(0);
        for (const error of answer.errors ?? [])
          expect(typeof error.extensions?.code, label).toBe("string");
      }),
      {
        numRuns: Number(process.env.FUZZ_RUNS ?? 150),
        seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
      },
    );
  });

  // Found by the property above (seed 1017982311): a browser's GET got Apollo's landing page, which
  // loads Sandbox from a CDN. Pinned here so it does not wait for the generator to find it again.
  it("answers a browser's GET /graphql with JSON, not a landing page from a CDN", async () => {
    for (const url of [`${stack.gateway.url}/graphql`, `${stack.gateway.url}/graphql?query=`])
      for (const authorization of [undefined, `Bearer ${token}`]) {
        const headers: Record<string, string> = { accept: "text/html" };
        if (authorization) headers.authorization = authorization;
        const res = await fetch(url, { headers });
        const raw = await res.text();
        // Unsigned: 401, asked to sign in; signed: 400, the operation is missing.
        expect(res.status, raw.slice(0, 200)).toBe(authorization ? 400 : 401);
        expect(res.headers.get("content-type") ?? "").toMatch(/^application\/json/);
        expect(raw).not.toMatch(/cdn\.apollographql\.com|<html/i);
      }
  });
});
