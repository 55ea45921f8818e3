import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMetrics, type MetricsAccess } from "../src";

/** Who may read /metrics, on a real HTTP server. */
describe("the /metrics endpoint", () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  async function serve(access: MetricsAccess): Promise<string> {
    const handler = createMetrics("probe").endpoint(access);
    const listening = createServer(handler);
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/metrics`;
  }

  it("serves loopback callers in development", async () => {
    const response = await fetch(await serve({ production: false }));
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^process_resident_memory_bytes\{service="probe"\} \d+/m);
  });

  it("is closed in production unless METRICS_TOKEN is set, and then only to its bearer", async () => {
    const closed = await fetch(await serve({ production: true }));
    expect(closed.status).toBe(403);
    expect(await closed.text()).toContain("METRICS_TOKEN");
    server?.close();
    const url = await serve({ production: true, token: "s3cret" });
    expect((await fetch(url, { headers: { authorization: "Bearer s3cre" } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: "Bearer s3cret" } })).status).toBe(200);
  });
});
