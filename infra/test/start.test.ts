import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@campus/db";
import { repoRoot } from "../src/env";

/** `npm start` as a user runs it: the built orchestrator, its own PostgreSQL, Ctrl-C at the end. */
describe("npm start", () => {
  const parent = mkdtempSync(join(tmpdir(), "campus-start-test-"));
  chmodSync(parent, 0o755);
  const dataDir = join(parent, "data");
  const started: ChildProcess[] = [];
  afterAll(async () => {
    // A failed assertion must not leave a platform running: Ctrl-C whatever is still up.
    for (const child of started) if (child.exitCode === null) child.kill("SIGINT");
    await Promise.all(started.map((child) => child.exitCode === null && new Promise((resolve) => child.once("exit", resolve))));
    rmSync(parent, { recursive: true, force: true });
  });

  async function ports() {
    const [gateway, pg, organisation, people, curriculum, evaluation] = await Promise.all(Array.from({ length: 6 }, freePort));
    return { gateway: gateway!, pg: pg!, subgraphs: { organisation: organisation!, people: people!, curriculum: curriculum!, evaluation: evaluation! } };
  }

  function start(p: Awaited<ReturnType<typeof ports>>): { child: ChildProcess; output: () => string; running: Promise<void>; exited: Promise<number | null> } {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CAMPUS_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(p.pg),
      GATEWAY_PORT: String(p.gateway),
      LOG_LEVEL: "warn",
      ...Object.fromEntries(Object.entries(p.subgraphs).map(([name, port]) => [`${name.toUpperCase()}_PORT`, String(port)])),
    };
    delete env.DATABASE_URL; // the embedded server is what this proves
    const child = spawn(process.execPath, [join(repoRoot, "infra/dist/src/start.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
    started.push(child);
    let text = "";
    child.stdout!.on("data", (d) => (text += d));
    child.stderr!.on("data", (d) => (text += d));
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

    const { token } = (await (await fetch(`${base}/auth/dev-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ user: "admin" }) })).json()) as { token: string };
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ people(first: 1, filter: { kind: STUDENT }) { totalCount edges { node { id name grid { name } enrolments { id } warnings { id } } } } }` }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.people.totalCount).toBe(240);
    expect(body.data.people.edges[0].node.grid.name).toMatch(/网格$/);

    // The subgraphs ask the graph through the gateway's relay: the keys and URLs npm start wires.
    const records = [body.data.people.edges[0].node.id, "00000000-0000-4000-8000-000000000000"].map((personId) => ({ personId, kind: "GPA", value: 2.5, observedOn: "2025-06-30" }));
    const ingest = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation($input: IngestIndicatorsInput!) { ingestIndicators(input: $input) { batch { accepted rows { index field } } } }`, variables: { input: { clientKey: `start-${Date.now()}`, records } } }),
    });
    const ingested = (await ingest.json()) as any;
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data.ingestIndicators.batch).toEqual({ accepted: 1, rows: [{ index: 1, field: "personId" }] });

    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    for (const port of [p.gateway, p.pg, ...Object.values(p.subgraphs)]) expect(await refused(port)).toBe(true);
  });

  it("keeps the data across a restart and does not load the demo set twice", async () => {
    const p = await ports();
    const run = start(p);
    await run.running;
    expect(run.output()).not.toContain("loaded the demo data set");
    expect(run.output()).toContain("migrations up to date");
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    expect(await refused(p.pg)).toBe(true);
  });
});
