import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { registerServiceClient } from "./fixtures";

// Registered and sent as text: the registry holds exactly these bytes' hash.
const INGEST = `mutation Ingest($input: IngestIndicatorsInput!) {
  ingestIndicators(input: $input) { replayed batch { id clientKey source accepted rejected rows { index field message } } }
}`;

/** A departmental app delivering indicators through the gateway, as a service client. */
describe("indicator ingestion through the gateway", () => {
  let stack: StackHarness;
  const b = new DatasetBuilder("ingestion");
  const student = b.student({ name: "王子涵" });
  const other = b.student({ name: "李浩然" });

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: b.build(),
      gateway: { serviceClientCacheMs: 0 },
    });
  });
  afterAll(() => stack?.stop());

  /** Registers a client for `purposes` with the ingestion operation, and signs it in. */
  async function clientToken(purposes: string[]): Promise<{ id: string; token: string }> {
    const { client, secret } = await registerServiceClient(stack, {
      name: "教务系统",
      department: "本科生院",
      purposes,
      operations: [{ name: "Ingest", document: INGEST }],
    });
    const tokenRes = await fetch(`${stack.gateway.url}/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: client.id,
        client_secret: secret,
      }),
    });
    expect(tokenRes.status).toBe(200);
    return {
      id: client.id,
      token: ((await tokenRes.json()) as { access_token: string }).access_token,
    };
  }

  const run = async (body: Record<string, unknown>, bearer: string) => {
    const res = await fetch(stack.gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      ...((await res.json()) as {
        data?: { ingestIndicators?: Record<string, unknown> | null };
        errors?: { message: string; extensions?: { code?: string } }[];
      }),
    };
  };

  const input = {
    clientKey: "grades-2025-spring",
    records: [
      { personId: student.id, kind: "FAILED_CREDITS", value: 6, observedOn: "2025-06-30" },
      { personId: other.id, kind: "GPA", value: 5, observedOn: "2025-06-30" },
      { personId: other.id, kind: "GPA", value: 2.4, observedOn: "2025-06-30" },
    ],
  };

  it("stores a batch from a client registered for CARE, reporting the bad row, and replays it on resend", async () => {
    const { id, token } = await clientToken(["CARE"]);
    const first = await run({ query: INGEST, variables: { input } }, token);
    expect(first.status).toBe(200);
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestIndicators).toMatchObject({
      replayed: false,
      batch: {
        clientKey: "grades-2025-spring",
        source: `service:${id}`,
        accepted: 2,
        rejected: 1,
        rows: [{ index: 1, field: "value" }],
      },
    });

    const again = await run({ query: INGEST, variables: { input } }, token);
    expect(again.errors).toBeUndefined();
    expect(again.data?.ingestIndicators).toEqual({
      ...first.data?.ingestIndicators,
      replayed: true,
    });
  });

  it("refuses an operation the client did not register", async () => {
    const { token } = await clientToken(["CARE"]);
    for (const body of [
      { query: `mutation { runWarningEngine { id raised } }` },
      { query: INGEST.replace("replayed batch", "batch"), variables: { input } },
    ]) {
      const res = await run(body, token);
      expect(res.status).toBe(403);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(res.data).toBeUndefined();
    }
  });

  it("refuses a client registered without CARE, even for its registered operation", async () => {
    const { token } = await clientToken(["CONTACT"]);
    const res = await run(
      { query: INGEST, variables: { input: { ...input, clientKey: "contact-only" } } },
      token,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(res.data?.ingestIndicators ?? null).toBeNull();
  });
});
