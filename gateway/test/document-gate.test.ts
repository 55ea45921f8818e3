import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { buildSchema, type GraphQLSchema } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../src/limits";
import { documentGate } from "../src/document-gate";

const PAGED = buildSchema(`
  type Query { people(first: Int = 10, kind: String): [Person!]! }
  type Person { id: ID!, name: String }
`);
/** The same field with a default page size over the cost limit (500). */
const LARGE_DEFAULT = buildSchema(`
  type Query { people(first: Int = 1000, kind: String): [Person!]! }
  type Person { id: ID!, name: String }
`);

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0))
    await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The gate in front of an endpoint that answers 200 with what passed, over real HTTP. */
async function gated(schema: () => GraphQLSchema) {
  const app = express();
  app.use(
    "/graphql",
    express.json(),
    documentGate({ limits: { ...DEFAULT_LIMITS, maxCost: 500 }, production: false, schema }),
    (_req, res) => void res.json({ passed: true }),
  );
  const server = createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, codes: body.errors?.map((e) => e.extensions?.code) };
  };
}

const PAGE = "query Page($n: Int, $id: ID) { people(first: $n) { id name } }";

describe("documentGate's limits verdict, reused per document", () => {
  it("measures the same text again when a variable the measure reads has another value", async () => {
    const send = await gated(() => PAGED);
    expect(await send(PAGE, { n: 10, id: "a" })).toEqual({ status: 200, codes: undefined });
    expect(await send(PAGE, { n: 10, id: "b" })).toEqual({ status: 200, codes: undefined });
    expect(await send(PAGE, { n: 1000, id: "b" })).toEqual({
      status: 400,
      codes: ["OPERATION_LIMIT_EXCEEDED"],
    });
    expect(await send(PAGE, { n: 1000, id: "c" })).toMatchObject({ status: 400 });
    expect(await send(PAGE, { n: 10, id: "c" })).toEqual({ status: 200, codes: undefined });
    // Absent means the largest page, not whatever was cached for a value.
    expect(await send(PAGE, { id: "c" })).toEqual({ status: 200, codes: undefined });
  });

  it("measures again against a new schema", async () => {
    let schema = PAGED;
    const send = await gated(() => schema);
    const query = "{ people { id name } }";
    expect(await send(query)).toEqual({ status: 200, codes: undefined });
    schema = LARGE_DEFAULT;
    expect(await send(query)).toMatchObject({ status: 400 });
    schema = PAGED;
    expect(await send(query)).toEqual({ status: 200, codes: undefined });
  });
});
