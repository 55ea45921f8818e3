import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { printSubgraphSdl } from "@campus/subgraph/server";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import type { EntityManager } from "@mikro-orm/postgresql";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { RegisterServiceClientInput } from "./generated/graphql";
import { asGateway, errorsOf } from "./support";

const REGISTER = graphql(`
  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {
    registerServiceClient(input: $input) {
      secret
      client {
        id
        name
        department
        purposes
        operations {
          name
          sha256
        }
        createdAt
        revokedAt
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
const GRANT = graphql(`
  query ServiceClientGrant($clientId: ID!, $secret: String) {
    serviceClientGrant(clientId: $clientId, secret: $secret) {
      id
      name
      purposes
      operations {
        name
        sha256
        document
      }
    }
  }
`);
const CLIENT_COUNT = graphql(`
  query ServiceClientCount {
    serviceClients {
      totalCount
    }
  }
`);
const CLIENTS = graphql(`
  query ServiceClients {
    serviceClients(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          revokedAt
          operations {
            name
          }
        }
      }
    }
  }
`);
const ROSTER = `query Roster($id: ID!) { person(id: $id) { name phone } }`;
const WITH_FRAGMENT = `query Contacts($id: ID!) { person(id: $id) { ...Contact } }\nfragment Contact on Person { name phone }`;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("people: service clients (departmental apps)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-service-clients");
  const adminPerson = b.staff({ name: "刘建国" });
  const admin = callerFor(["admin"], adminPerson.id, "刘建国");

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const input = (
    overrides: Partial<RegisterServiceClientInput> = {},
  ): RegisterServiceClientInput => ({
    name: "宿管系统",
    department: "后勤保障部",
    purposes: ["CONTACT"],
    operations: [
      { name: "Roster", document: ROSTER },
      { name: "Contacts", document: WITH_FRAGMENT },
    ],
    ...overrides,
  });
  const register = async (overrides: Partial<RegisterServiceClientInput> = {}, as = admin) =>
    subgraphQuery(harness, "people", REGISTER, { input: input(overrides) }, as);
  const registered = async (overrides: Partial<RegisterServiceClientInput> = {}) => {
    const res = await register(overrides);
    expect(res.errors).toBeUndefined();
    return expectData(res).registerServiceClient;
  };
  const grant = async (clientId: string, secret?: string | null) =>
    (await asGateway(harness, GRANT, { clientId, secret })).serviceClientGrant;

  it("registers a client with its operations' hashes and answers a fresh secret, keeping only a salted hash of it", async () => {
    const { secret, client } = await registered();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(client).toMatchObject({
      name: "宿管系统",
      department: "后勤保障部",
      purposes: ["CONTACT"],
      revokedAt: null,
    });
    expect(client.operations).toEqual([
      { name: "Contacts", sha256: sha256(WITH_FRAGMENT) },
      { name: "Roster", sha256: sha256(ROSTER) },
    ]);

    const other = await registered();
    expect(other.secret).not.toBe(secret);
    const em = harness.subgraphs.people.orm.em.fork() as EntityManager;
    const rows = await em
      .getConnection()
      .execute<{ secret_hash: string }[]>(
        `select secret_hash from people.service_client where id in (?, ?)`,
        [client.id, other.client.id],
      );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.secret_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
      expect(row.secret_hash).not.toContain(secret);
      expect(row.secret_hash).not.toContain(other.secret);
    }
    // A random salt each: the same scheme never gives two clients the same hash.
    expect(rows[0].secret_hash.split("$")[4]).not.toBe(rows[1].secret_hash.split("$")[4]);
  });

  it("gives the gateway the grant for the right secret or none, and nothing for a wrong one", async () => {
    const { secret, client } = await registered({ purposes: ["CONTACT", "FINANCIAL"] });
    const expected = {
      id: client.id,
      name: "宿管系统",
      purposes: ["CONTACT", "FINANCIAL"],
      operations: [
        { name: "Contacts", sha256: sha256(WITH_FRAGMENT), document: WITH_FRAGMENT },
        { name: "Roster", sha256: sha256(ROSTER), document: ROSTER },
      ],
    };
    expect(await grant(client.id, secret)).toEqual(expected);
    expect(await grant(client.id)).toEqual(expected);
    expect(await grant(client.id, null)).toEqual(expected);
    expect(await grant(client.id, "wrong")).toBeNull();
    expect(await grant(client.id, secret.slice(0, -1))).toBeNull();
    expect(await grant(client.id, "")).toBeNull();
    expect(await grant("00000000-0000-4000-8000-000000000000", secret)).toBeNull();
    expect(await grant("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await grant("not-an-id", secret)).toBeNull();
  });

  it("revokes a client once: its grant is gone, with or without the secret, and its record stays", async () => {
    const { secret, client } = await registered();
    const revoked = await subgraphQuery(harness, "people", REVOKE, { id: client.id }, admin);
    expect(revoked.errors).toBeUndefined();
    const { revokeServiceClient } = expectData(revoked);
    expect(revokeServiceClient.id).toBe(client.id);
    expect(Date.parse(revokeServiceClient.revokedAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
    expect(await grant(client.id, secret)).toBeNull();
    expect(await grant(client.id)).toBeNull();

    const twice = await subgraphQuery(harness, "people", REVOKE, { id: client.id }, admin);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    const unknown = await subgraphQuery(
      harness,
      "people",
      REVOKE,
      { id: "00000000-0000-4000-8000-000000000000" },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const em = harness.subgraphs.people.orm.em.fork() as EntityManager;
    const [row] = await em
      .getConnection()
      .execute<{ revoked_by_id: string }[]>(
        `select revoked_by_id from people.service_client where id = ?`,
        [client.id],
      );
    expect(row?.revoked_by_id).toBe(adminPerson.id);
  });

  it("refuses a registration whose operations are not one GraphQL operation each, naming the operation", async () => {
    const cases: [Partial<RegisterServiceClientInput>, RegExp, string][] = [
      [
        { operations: [{ name: "Broken", document: "query { person(" }] },
        /Broken/,
        "input.operations.0.document",
      ],
      [
        {
          operations: [
            { name: "Roster", document: ROSTER },
            { name: "Two", document: `query A { __typename } query B { __typename }` },
          ],
        },
        /Two/,
        "input.operations.1.document",
      ],
      [
        { operations: [{ name: "OnlyFragment", document: `fragment F on Person { name }` }] },
        /OnlyFragment/,
        "input.operations.0.document",
      ],
      [
        {
          operations: [
            { name: "Same", document: ROSTER },
            { name: "Same", document: WITH_FRAGMENT },
          ],
        },
        /Same/,
        "input.operations.1.name",
      ],
      [{ operations: [] }, /at least one/, "input.operations"],
      [{ purposes: ["CONTACT", "GOSSIP"] }, /GOSSIP/, "input.purposes"],
      [{ name: "  " }, /name/, "input.name"],
      [{ department: "x".repeat(101) }, /department/, "input.department"],
    ];
    for (const [overrides, message, field] of cases) {
      const res = await register(overrides);
      expect(res.data?.registerServiceClient ?? null, field).toBeNull();
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(res.errors?.[0]?.message, field).toMatch(message);
    }
  });

  it("lets only administrators register, revoke and list clients", async () => {
    const { client } = await registered({ name: "图书馆系统" });
    for (const caller of [
      callers.counselor(adminPerson.id),
      callerFor(["college_admin"]),
      callerFor(["auditor"]),
      callerFor(["developer"]),
      callers.student(adminPerson.id),
      callerFor(["service"], null, "service"),
    ]) {
      expect(errorsOf(await register({}, caller)), caller.name).toEqual([
        [["registerServiceClient"], "FORBIDDEN"],
      ]);
      expect(
        errorsOf(await subgraphQuery(harness, "people", REVOKE, { id: client.id }, caller)),
        caller.name,
      ).toEqual([[["revokeServiceClient"], "FORBIDDEN"]]);
      expect(
        errorsOf(await subgraphQuery(harness, "people", CLIENT_COUNT, undefined, caller)),
        caller.name,
      ).toEqual([[["serviceClients"], "FORBIDDEN"]]);
    }
    expect(await grant(client.id)).not.toBeNull();
    const list = await subgraphQuery(harness, "people", CLIENTS, undefined, admin);
    expect(list.errors).toBeUndefined();
    const { serviceClients } = expectData(list);
    const names = serviceClients.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort());
    expect(serviceClients.edges.map((e) => e.node.id)).toContain(client.id);
    expect(serviceClients.totalCount).toBe(serviceClients.edges.length);
  });

  it("gives the grant to the gateway only", async () => {
    const { client, secret } = await registered();
    for (const caller of [callers.admin(), callerFor(["service"], null, "service")]) {
      const res = await subgraphQuery(
        harness,
        "people",
        GRANT,
        { clientId: client.id, secret },
        caller,
      );
      expect(res.data?.serviceClientGrant ?? null, caller.name).toBeNull();
      expect(errorsOf(res), caller.name).toEqual([[["serviceClientGrant"], "FORBIDDEN"]]);
    }
  });

  it("never exposes the secret or its hash, and keeps the grant out of the public API", async () => {
    const sdl = await printSubgraphSdl(definition);
    const serviceClientType = sdl.slice(
      sdl.indexOf("type ServiceClient {"),
      sdl.indexOf("}", sdl.indexOf("type ServiceClient {")),
    );
    expect(serviceClientType).toContain("purposes: [String!]!");
    expect(serviceClientType).not.toMatch(/secret|hash/i);
    expect(sdl).toMatch(
      /serviceClientGrant\(\s*clientId: ID![\s\S]*?secret: String\s*\): ServiceClientGrant @inaccessible/,
    );
    expect(sdl).toMatch(/type ServiceClientGrant\s+@inaccessible/);
    expect(sdl).toMatch(/type GrantedOperation\s+@inaccessible/);
    expect(sdl).not.toMatch(/type RegisteredOperation \{[^}]*\bdocument:/);
  });
});
