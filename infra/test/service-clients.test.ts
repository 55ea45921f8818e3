import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { callerFor, callers, expectData, gatewayQuery, postGraphQL } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { REGISTER_SERVICE_CLIENT as REGISTER, registerServiceClient } from "./fixtures";
import { graphql } from "./generated";

// Registered and sent as text: the registry holds exactly these bytes' hash.
const ROSTER = `query Roster($id: ID!) { person(id: $id) { name phone familyAnnualIncome } }`;
const RECORDS = graphql(`
  query ClientAccessRecords($id: ID!) {
    accessRecords(filter: { subjectId: $id }, first: 50) {
      edges {
        node {
          client
          field
          purpose
          readerName
        }
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeServiceClient($id: ID!) {
    revokeServiceClient(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Departmental apps: client credentials, registered operations only, revocation. */
describe("service clients", () => {
  let stack: StackHarness;
  const b = new DatasetBuilder("service-clients");
  const student = b.student({ name: "王子涵", phone: "13800000001", familyAnnualIncome: 36000 });
  let client: { id: string; secret: string };

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: b.build(),
      gateway: { serviceClientCacheMs: 0 },
    });
    const registered = await registerServiceClient(stack, {
      name: "宿管系统",
      department: "后勤保障部",
      purposes: ["CONTACT"],
      operations: [{ name: "Roster", document: ROSTER }],
    });
    client = { id: registered.client.id, secret: registered.secret };
    expect(registered.client.operations).toEqual([
      { name: "Roster", sha256: createHash("sha256").update(ROSTER).digest("hex") },
    ]);
  });
  afterAll(() => stack?.stop());

  const tokenRequest = (body: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${stack.gateway.url}/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(body),
    });
  const token = async () => {
    const res = await tokenRequest({
      grant_type: "client_credentials",
      client_id: client.id,
      client_secret: client.secret,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      access_token: string;
      token_type: string;
      expires_in: number;
    };
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    return body.access_token;
  };
  const run = async (body: Record<string, unknown>, bearer: string) => {
    const res = await fetch(stack.gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      ...((await res.json()) as {
        data?: {
          person?: { name?: string; phone?: string | null; familyAnnualIncome?: number | null };
        };
        errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[];
      }),
    };
  };

  it("exchanges the id and secret for a token, and refuses a wrong secret or grant", async () => {
    expect(
      (
        await tokenRequest({
          grant_type: "client_credentials",
          client_id: client.id,
          client_secret: "wrong",
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await tokenRequest({
          grant_type: "client_credentials",
          client_id: "not-an-id",
          client_secret: client.secret,
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await tokenRequest({
          grant_type: "password",
          client_id: client.id,
          client_secret: client.secret,
        })
      ).status,
    ).toBe(400);
    const basic = await tokenRequest(
      { grant_type: "client_credentials" },
      { authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}` },
    );
    expect(basic.status).toBe(200);
    await token();
  });

  it("runs a registered operation, reading only the purposes the client was registered for", async () => {
    const res = await run({ query: ROSTER, variables: { id: student.id } }, await token());
    expect(res.data?.person).toEqual({
      name: "王子涵",
      phone: "13800000001",
      familyAnnualIncome: null,
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.path).toEqual(["person", "familyAnnualIncome"]);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("runs a registered operation by its hash alone, as a persisted query", async () => {
    const sha256Hash = createHash("sha256").update(ROSTER).digest("hex");
    const res = await run(
      { variables: { id: student.id }, extensions: { persistedQuery: { version: 1, sha256Hash } } },
      await token(),
    );
    expect(res.data?.person?.phone).toBe("13800000001");
  });

  it("refuses any operation it did not register, even a harmless one", async () => {
    const bearer = await token();
    for (const body of [
      { query: `{ __typename }` },
      { query: ROSTER.replace("name phone", "phone name"), variables: { id: student.id } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
    ]) {
      const res = await run(body, bearer);
      expect(res.status).toBe(403);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(res.data).toBeUndefined();
    }
  });

  it("records the client in the audit log", async () => {
    await run({ query: ROSTER, variables: { id: student.id } }, await token());
    const res = await gatewayQuery(stack, RECORDS, { id: student.id }, callerFor(["auditor"]));
    const records = expectData(res).accessRecords.edges.map((e) => e.node);
    expect(records.length).toBeGreaterThan(0);
    expect(records).toContainEqual({
      client: `service:${client.id}`,
      field: "Person.phone",
      purpose: "CONTACT",
      readerName: "宿管系统",
    });
  });

  it("is registered and revoked only by administrators, and a revoked client is shut out", async () => {
    const input = {
      name: "测试应用",
      department: "信息化中心",
      purposes: [],
      operations: [{ name: "Roster", document: ROSTER }],
    };
    const refused = await gatewayQuery(stack, REGISTER, { input }, callerFor(["counselor"]));
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const bearer = await token();
    const notYours = await gatewayQuery(
      stack,
      REVOKE,
      { id: client.id },
      callerFor(["college_admin"]),
    );
    expect(notYours.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const revoked = await gatewayQuery(stack, REVOKE, { id: client.id }, callers.admin());
    expect(expectData(revoked).revokeServiceClient.revokedAt).not.toBeNull();

    const after = await run({ query: ROSTER, variables: { id: student.id } }, bearer);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(
      (
        await tokenRequest({
          grant_type: "client_credentials",
          client_id: client.id,
          client_secret: client.secret,
        })
      ).status,
    ).toBe(401);
  });

  it("rejects a registration whose operation is not one GraphQL operation", async () => {
    const res = await gatewayQuery(stack, REGISTER, {
      input: {
        name: "坏应用",
        department: "x",
        purposes: ["CONTACT"],
        operations: [{ name: "Broken", document: "query { person(" }],
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/Broken/);
  });

  it("cannot reach a subgraph with its token", async () => {
    const res = await postGraphQL(
      stack.subgraphs.people.url,
      { authorization: `Bearer ${await tokenFor()}` },
      ROSTER,
      { id: student.id },
    );
    expect(res.status).toBe(401);
  });

  async function tokenFor() {
    // A fresh client, since the first was revoked above.
    const { client: c, secret } = await registerServiceClient(stack, {
      name: "另一个应用",
      department: "x",
      purposes: ["CONTACT"],
      operations: [{ name: "Roster", document: ROSTER }],
    });
    const tokenRes = await tokenRequest({
      grant_type: "client_credentials",
      client_id: c.id,
      client_secret: secret,
    });
    return ((await tokenRes.json()) as { access_token: string }).access_token;
  }
});
