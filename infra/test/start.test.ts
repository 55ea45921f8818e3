import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateKeyPairPem, signDevUserToken } from "@campus/auth";
import { freePort } from "@campus/db";
import { expectData, gatewayQuery, type GatewayEndpoint } from "@campus/testkit";
import { repoRoot } from "../src/env";
import { graphql } from "./generated";

const STUDENTS = graphql(`
  query StartStudents {
    people(first: 1, filter: { kind: STUDENT }) {
      totalCount
      edges {
        node {
          id
          name
          grid {
            name
          }
          enrolments {
            id
          }
          warnings {
            id
          }
        }
      }
    }
  }
`);
const INGEST = graphql(`
  mutation StartIngest($input: IngestIndicatorsInput!) {
    ingestIndicators(input: $input) {
      batch {
        accepted
        rows {
          index
          field
        }
      }
    }
  }
`);

/** A response's body as the test reads it back from text. */
interface GraphQLBody {
  errors?: { extensions?: { code?: string } }[];
}

/** `npm start` as a user runs it: the built orchestrator, its own PostgreSQL, Ctrl-C at the end. */
describe("npm start", () => {
  const parent = mkdtempSync(join(tmpdir(), "campus-start-test-"));
  chmodSync(parent, 0o755);
  const dataDir = join(parent, "data");
  const started: ChildProcess[] = [];
  afterAll(async () => {
    // A failed assertion must not leave a platform running: Ctrl-C whatever is still up.
    for (const child of started) if (child.exitCode === null) child.kill("SIGINT");
    await Promise.all(
      started
        .filter((child) => child.exitCode === null)
        .map((child) => new Promise((resolve) => child.once("exit", resolve))),
    );
    rmSync(parent, { recursive: true, force: true });
  });

  async function ports() {
    const [gateway, pg, organisation, people, curriculum, evaluation] = await Promise.all(
      Array.from({ length: 6 }, freePort),
    );
    return {
      gateway: gateway,
      pg: pg,
      subgraphs: {
        organisation: organisation,
        people: people,
        curriculum: curriculum,
        evaluation: evaluation,
      },
    };
  }

  function start(
    p: Awaited<ReturnType<typeof ports>>,
    extra: { env?: NodeJS.ProcessEnv; args?: string[]; dataDir?: string } = {},
  ): {
    child: ChildProcess;
    output: () => string;
    running: Promise<void>;
    exited: Promise<number | null>;
  } {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CAMPUS_DATA_DIR: extra.dataDir ?? dataDir,
      EMBEDDED_PG_PORT: String(p.pg),
      GATEWAY_PORT: String(p.gateway),
      LOG_LEVEL: "warn",
      ...Object.fromEntries(
        Object.entries(p.subgraphs).map(([name, port]) => [
          `${name.toUpperCase()}_PORT`,
          String(port),
        ]),
      ),
    };
    delete env.DATABASE_URL; // the embedded server is what this proves
    delete env.NODE_ENV;
    Object.assign(env, extra.env);
    const child = spawn(
      process.execPath,
      [join(repoRoot, "infra/dist/src/start.js"), ...(extra.args ?? [])],
      { env, stdio: ["ignore", "pipe", "pipe"] },
    );
    started.push(child);
    let text = "";
    child.stdout.on("data", (d) => (text += d));
    child.stderr.on("data", (d) => (text += d));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const running = new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (text.includes("Campus Graph is running")) {
          clearInterval(timer);
          resolve();
        }
      }, 100);
      void exited.then((code) => {
        clearInterval(timer);
        reject(new Error(`start exited with ${code}:\n${text}`));
      });
    });
    return { child, output: () => text, running, exited };
  }

  const refused = (port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(false)));
      socket.once("error", () => resolve(true));
    });

  /** npm start's own JSON log lines. */
  const platformEvents = (output: string) =>
    output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => {
        try {
          return JSON.parse(line) as {
            service: string;
            message: string;
            name?: string;
            pid?: number;
            signal?: string;
          };
        } catch {
          return undefined;
        }
      })
      .filter((event) => event?.service === "platform") as {
      service: string;
      message: string;
      name?: string;
      pid?: number;
      signal?: string;
    }[];

  /** Running and not a zombie waiting for its parent. */
  const alive = (pid: number) => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return false;
    }
  };

  async function until<T>(
    find: () => T | undefined,
    run: { exited: Promise<unknown> },
  ): Promise<T> {
    let ended = false;
    void run.exited.then(() => (ended = true));
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (ended) throw new Error("npm start exited while waiting");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function devToken(base: string, user: string): Promise<string> {
    const response = await fetch(`${base}/auth/dev-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ user }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  const postQuery = async (base: string, token: string, query: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, text: await res.text() };
  };

  it("refuses ports fetch cannot reach, duplicates and out-of-range ports before starting anything", async () => {
    const p = await ports();
    const fresh = join(parent, "never-made");
    const run = start(
      {
        ...p,
        gateway: 6000,
        subgraphs: { ...p.subgraphs, people: p.subgraphs.organisation, curriculum: 70000 },
      },
      { dataDir: fresh },
    );
    await expect(run.running).rejects.toThrow();
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("GATEWAY_PORT=6000 is a port fetch refuses");
    expect(run.output()).toMatch(/PEOPLE_PORT=\d+ is already used by ORGANISATION_PORT/);
    expect(run.output()).toContain("CURRICULUM_PORT is not a port (1–65535): 70000");
    expect(existsSync(fresh)).toBe(false); // no PostgreSQL, no keys: nothing was started
  });

  it("starts everything, serves the demo campus, and Ctrl-C leaves nothing running", async () => {
    const p = await ports();
    const run = start(p);
    await run.running;
    const base = `http://127.0.0.1:${p.gateway}`;
    expect(run.output()).toContain(`${base}/graphiql`);
    expect(run.output()).toContain("loaded the demo data set");

    const page = await fetch(`${base}/`);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(await (await fetch(`${base}/graphiql`)).text()).toContain("<title>GraphiQL");

    const { token } = (await (
      await fetch(`${base}/auth/dev-token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ user: "admin" }),
      })
    ).json()) as { token: string };
    const platform: GatewayEndpoint = {
      gateway: { graphqlUrl: `${base}/graphql` },
      token: () => Promise.resolve(token),
    };
    const body = await gatewayQuery(platform, STUDENTS);
    expect(body.errors).toBeUndefined();
    const { people } = expectData(body);
    expect(people.totalCount).toBe(240);
    expect(people.edges[0]?.node.grid?.name).toMatch(/网格$/);

    // The subgraphs ask the graph through the gateway's relay: the keys and URLs npm start wires.
    const records = [people.edges[0]?.node.id ?? "", "00000000-0000-4000-8000-000000000000"].map(
      (personId) => ({ personId, kind: "GPA" as const, value: 2.5, observedOn: "2025-06-30" }),
    );
    const ingested = await gatewayQuery(platform, INGEST, {
      input: { clientKey: `start-${Date.now()}`, records },
    });
    expect(ingested.errors).toBeUndefined();
    expect(expectData(ingested).ingestIndicators.batch).toEqual({
      accepted: 1,
      rows: [{ index: 1, field: "personId" }],
    });

    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    for (const port of [p.gateway, p.pg, ...Object.values(p.subgraphs)])
      expect(await refused(port)).toBe(true);
  }, 120_000); // the first start initialises the cluster and loads the demo campus

  it("keeps the data across a restart and does not load the demo set twice", async () => {
    const p = await ports();
    const run = start(p);
    await run.running;
    expect(run.output()).not.toContain("loaded the demo data set");
    expect(run.output()).toContain("migrations up to date");
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    expect(await refused(p.pg)).toBe(true);
  }, 120_000);

  it("restarts a service that dies, and Ctrl-C stops everything it started, PostgreSQL included", async () => {
    const p = await ports();
    const run = start(p);
    await run.running;
    const base = `http://127.0.0.1:${p.gateway}`;
    const first = platformEvents(run.output()).find(
      (e) => e.message === "service ready" && e.name === "people",
    );
    expect(first?.pid).toBeGreaterThan(0);
    if (first?.pid === undefined) throw new Error("people reported no pid");
    process.kill(first.pid, "SIGKILL");

    const again = await until(
      () =>
        platformEvents(run.output()).find(
          (e) => e.message === "service ready again" && e.name === "people",
        ),
      run,
    );
    expect(again.pid).not.toBe(first.pid);
    expect(platformEvents(run.output())).toContainEqual(
      expect.objectContaining({
        message: "service exited; restarting",
        name: "people",
        signal: "SIGKILL",
      }),
    );
    const answer = await postQuery(
      base,
      await devToken(base, "admin"),
      "{ people(first: 1) { totalCount } }",
    );
    expect(JSON.parse(answer.text)).toEqual({
      data: { people: { totalCount: expect.any(Number) as number } },
    });

    const pids = platformEvents(run.output())
      .filter((e) => e.message.startsWith("service ready"))
      .flatMap((e) => (e.pid === undefined ? [] : [e.pid]));
    expect(pids).toHaveLength(6); // four subgraphs and the gateway, people twice, each with its pid
    const postgres = Number(
      readFileSync(join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0],
    );
    expect(alive(postgres)).toBe(true);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    for (const pid of [...pids, postgres]) expect(alive(pid)).toBe(false);
    for (const port of [p.gateway, p.pg, ...Object.values(p.subgraphs)])
      expect(await refused(port)).toBe(true);
    // The database server's own log is kept in the data folder.
    const serverLog = readFileSync(join(dataDir, "postgres-log", "postgresql.log"), "utf8");
    expect(serverLog).toContain("database system is ready to accept connections");
    expect(serverLog).toContain("database system is shut down");
  }, 120_000);

  it("runs in production mode: the identity provider's tokens only, no demo data, no stack traces", async () => {
    const p = await ports();
    const idp = generateKeyPairPem();
    const issuer = "https://sso.campus.example";
    const run = start(p, {
      dataDir: join(parent, "production"),
      args: ["--production"],
      env: { AUTH_PUBLIC_KEY: idp.publicKeyPem, AUTH_ISSUER: issuer },
    });
    await run.running;
    expect(run.output()).toContain("production mode");
    expect(run.output()).not.toContain("loaded the demo data set");
    const base = `http://127.0.0.1:${p.gateway}`;
    expect(
      (
        await fetch(`${base}/auth/dev-token`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: '{"user":"admin"}',
        })
      ).ok,
    ).toBe(false);

    const sign = (roles: ("admin" | "student")[]) =>
      signDevUserToken(
        idp.privateKeyPem,
        { subject: `sso:${roles[0]}`, name: roles[0], personId: null, roles },
        { issuer },
      );
    const admin = await sign(["admin"]);
    expect(
      JSON.parse((await postQuery(base, admin, "{ people(first: 1) { totalCount } }")).text),
    ).toEqual({ data: { people: { totalCount: 0 } } });
    const answers = [
      await postQuery(base, admin, "{ people(first: 1) { totalCount noSuchField } }"),
      await postQuery(base, admin, '{ people(first: 1, after: "not a cursor") { totalCount } }'),
      await postQuery(base, admin, '{ person(id: "not-an-id") { name } }'),
      await postQuery(base, admin, "query { people( }"),
      await postQuery(base, await sign(["student"]), "{ __schema { types { name } } }"),
    ];
    for (const answer of answers) {
      expect((JSON.parse(answer.text) as GraphQLBody).errors?.length).toBeGreaterThan(0);
      expect(answer.text).not.toMatch(/stacktrace|\s+at \S+ \(|\.js:\d+/);
    }
    expect((JSON.parse(answers[4].text) as GraphQLBody).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
  }, 120_000);
});
