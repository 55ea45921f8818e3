import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as curriculum from "@campus/curriculum";
import * as organisation from "@campus/organisation";
import * as people from "@campus/people";
import { startTestStack, type StackHarness } from "../src/stack";
import { campusSlice } from "./fixtures";

/** A built script as Vite names it: content-hashed, and large enough to be worth compressing. */
const SCRIPT = `export const rows = [${Array.from({ length: 2000 }, (_, i) => `"row ${i}"`).join(",")}];\n`;

/** The gateway's /ready tells whether it can serve, and the web app's routes never shadow the gateway's own. */
describe("gateway: readiness and its own paths", () => {
  let stack: StackHarness;
  const webDir = mkdtempSync(join(tmpdir(), "campus-web-"));

  beforeAll(async () => {
    writeFileSync(join(webDir, "index.html"), "<!doctype html><title>web app</title>");
    writeFileSync(join(webDir, "graphiql.html"), "<!doctype html><title>graphiql</title>");
    mkdirSync(join(webDir, "assets"));
    writeFileSync(join(webDir, "assets", "index-Ab12Cd34.js"), SCRIPT);
    // organisation answers Person.school and college from people's ids (@requires): it composes only beside people.
    stack = await startTestStack([people, organisation, curriculum], {
      dataset: campusSlice(1, "readiness").dataset,
      webDir,
    });
  });
  afterAll(async () => {
    // curriculum is stopped by a test; stop the rest.
    await stack.gateway.stop();
    await stack.subgraphs.organisation.stop();
    await stack.subgraphs.people.stop();
    await stack.database.drop();
  });

  const get = async (path: string) => {
    const res = await fetch(`${stack.gateway.url}${path}`, {
      headers: { accept: "text/html,application/json" },
    });
    return {
      status: res.status,
      type: res.headers.get("content-type") ?? "",
      text: await res.text(),
    };
  };

  it("serves the web app on its client-side routes, and JSON on the gateway's own paths", async () => {
    expect((await get("/students/123")).text).toContain("web app");
    for (const path of [
      "/ready",
      "/health",
      "/graphql",
      "/auth/token",
      "/auth/anything",
      "/internal/graph",
      "/metrics/x",
      "/ready/x",
    ]) {
      const res = await get(path);
      expect(res.type, path).toMatch(/application\/json/);
      expect(res.text, path).not.toContain("web app");
    }
    // Prometheus reads its own text format there (this caller is on loopback, outside production).
    const metrics = await get("/metrics");
    expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics.text).toContain("campus_graphql_requests_total");
  });

  it("sends the web app compressed, its hashed files cached for good and its pages revalidated", async () => {
    const asset = await fetch(`${stack.gateway.url}/assets/index-Ab12Cd34.js`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-encoding")).toBe("gzip");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await asset.text()).toBe(SCRIPT);
    // Without gzip in accept-encoding, the file as it is.
    const plain = await fetch(`${stack.gateway.url}/assets/index-Ab12Cd34.js`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(Number(plain.headers.get("content-length"))).toBe(Buffer.byteLength(SCRIPT));
    // A file the build does not have is a 404, not the app's page.
    const missing = await get("/assets/index-Gone0000.js");
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain("web app");
    for (const path of ["/", "/students/123", "/graphiql"]) {
      const page = await fetch(`${stack.gateway.url}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.headers.get("cache-control"), path).toBe("no-cache");
    }
  });

  it("is ready when the supergraph is loaded and every subgraph is, and names the one that is not, without its address", async () => {
    const ready = await get("/ready");
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({
      status: "ready",
      supergraph: "loaded",
      subgraphs: { organisation: "ready", curriculum: "ready" },
    });

    await stack.subgraphs.curriculum.stop();
    const down = await get("/ready");
    expect(down.status).toBe(503);
    expect(JSON.parse(down.text)).toMatchObject({
      status: "unavailable",
      notReady: ["curriculum"],
      subgraphs: { organisation: "ready", curriculum: "unavailable" },
    });
    expect(down.text).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}/);
    // Liveness is another question: the gateway process itself is fine.
    expect((await get("/health")).status).toBe(200);
  });
});
