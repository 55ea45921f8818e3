import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DEV_ISSUER, DEFAULT_AUDIENCE, signDevUserToken } from "@campus/auth";
import {
  ensureDatabase,
  freePort,
  startEmbeddedPostgres,
  withDatabase,
  type RunningPostgres,
} from "@campus/db";
import { composeSupergraph, startGateway, type RunningGateway } from "@campus/gateway";
import { printSubgraphSdl, startSubgraph, type RunningSubgraph } from "@campus/subgraph/server";
import {
  callers,
  createTestDatabase,
  expectData,
  gatewayQuery,
  testKeys,
  type GatewayEndpoint,
  type TestDatabase,
} from "@campus/testkit";
import { subgraphModules } from "../src";
import { campusSlice } from "./fixtures";
import { graphql } from "./generated";

const PROFILE = graphql(`
  query OutageProfile($id: ID!) {
    person(id: $id) {
      name
      residence {
        bed
      }
      enrolments {
        status
      }
    }
  }
`);
const COURSES = graphql(`
  query OutageCourses {
    courses(first: 5) {
      totalCount
    }
  }
`);

/**
 * A database that goes away is an outage, not a bug: the subgraph on it answers SERVICE_UNAVAILABLE
 * (retryable, no address of anything internal), the other subgraphs keep answering, and it
 * recovers by itself when the database is back. curriculum runs on its own PostgreSQL here, which
 * the test stops and starts again; the others share the test server.
 */
describe("when one subgraph's database is down", () => {
  const slice = campusSlice(2, "outage");
  const student = slice.students[0];
  const dataDir = mkdtempSync(join(tmpdir(), "campus-outage-pg-"));
  const logs: string[] = [];
  let port: number;
  let pg: RunningPostgres;
  let shared: TestDatabase;
  let gateway: RunningGateway;
  const subgraphs: RunningSubgraph[] = [];
  let endpoint: GatewayEndpoint;

  beforeAll(async () => {
    port = await freePort();
    pg = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    await ensureDatabase(pg.url, "curriculum_outage");
    shared = await createTestDatabase();
    const keys = testKeys();
    for (const module of subgraphModules) {
      const own = module.definition.name === "curriculum";
      const subgraph = await startSubgraph(module.definition, {
        databaseUrl: own ? withDatabase(pg.url, "curriculum_outage") : shared.url,
        port: 0,
        credentialPublicKeyPem: keys.internal.publicKeyPem,
        migrate: true,
        logLevel: "error",
        logWrite: (line) => logs.push(line),
      });
      subgraphs.push(subgraph);
      await module.seed(subgraph.orm.em.fork() as EntityManager, slice.dataset);
    }
    const sdls = await Promise.all(
      subgraphModules.map(async (m, i) => ({
        name: m.definition.name,
        sdl: await printSubgraphSdl(m.definition),
        url: subgraphs[i].url,
      })),
    );
    gateway = await startGateway({
      supergraphSdl: composeSupergraph(sdls),
      subgraphUrls: Object.fromEntries(sdls.map((s) => [s.name, s.url])),
      port: 0,
      userTokens: {
        issuer: DEV_ISSUER,
        audience: DEFAULT_AUDIENCE,
        publicKeyPem: keys.issuer.publicKeyPem,
      },
      credentialPrivateKeyPem: keys.internal.privateKeyPem,
      logLevel: "silent",
    });
    const admin = callers.admin();
    const token = await signDevUserToken(keys.issuer.privateKeyPem, {
      subject: admin.subject,
      name: admin.name,
      personId: null,
      roles: admin.roles,
    });
    endpoint = { gateway, token: () => Promise.resolve(token) };
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(subgraphs.map((s) => s.stop()));
    await pg?.stop().catch(() => {});
    await shared?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const profile = () => gatewayQuery(endpoint, PROFILE, { id: student.id });

  it("answers SERVICE_UNAVAILABLE for that subgraph's fields, without internal addresses, and the rest of the answer", async () => {
    expect(expectData(await profile()).person?.enrolments).toHaveLength(2);
    await pg.stop();

    const res = await profile();
    expect(res.status).toBe(200);
    expect(res.data?.person).toEqual({
      name: student.name,
      residence: { bed: "1" },
      enrolments: null,
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      retryable: true,
      service: "curriculum",
    });

    const root = await gatewayQuery(endpoint, COURSES);
    expect(root.status).toBeLessThan(500);
    expect(root.errors?.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);

    for (const answer of [res, root]) {
      const text = JSON.stringify(answer);
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|localhost/);
      expect(text).not.toContain(String(port));
      expect(text).not.toMatch(/stacktrace/);
    }
    // The operators still get the whole story, with the request id the client was given.
    expect(logs.join("\n")).toMatch(/ECONNREFUSED|connect|terminat/i);
  });

  it("recovers by itself when the database is back", async () => {
    pg = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    let res = await profile();
    // A pooled connection the stop killed may fail once more before the pool replaces it.
    for (let attempt = 0; attempt < 20 && res.errors; attempt++) {
      expect(res.errors.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      await new Promise((resolve) => setTimeout(resolve, 250));
      res = await profile();
    }
    expect(res.errors).toBeUndefined();
    expect(expectData(res).person?.enrolments).toHaveLength(2);
  });
});
