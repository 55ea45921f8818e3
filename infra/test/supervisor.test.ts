import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "@campus/log";
import { Supervisor } from "../src/supervisor";

/** The supervisor with a real process that keeps dying at start (a broken build, a taken port). */
describe("the service supervisor", () => {
  const dir = mkdtempSync(join(tmpdir(), "campus-supervisor-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("restarts with doubling, capped pauses and gives up after repeated quick failures, saying so", async () => {
    const script = join(dir, "dies.js");
    writeFileSync(script, "process.exit(3);\n");
    const lines: string[] = [];
    const supervisor = new Supervisor({
      log: createLogger("platform", { level: "info", write: (line) => lines.push(line) }),
      initialDelayMs: 10,
      maxDelayMs: 25,
      maxQuickFailures: 4,
    });
    await expect(
      supervisor.start({ name: "broken", script, env: {}, readyUrl: "http://127.0.0.1:9/never" }),
    ).rejects.toThrow("broken could not be started");
    const events = lines.map(
      (line) =>
        JSON.parse(line) as {
          message: string;
          name: string;
          code?: number;
          restartInMs?: number;
          reason?: string;
        },
    );
    expect(events.filter((e) => e.message === "service started")).toHaveLength(4);
    expect(
      events
        .filter((e) => e.message === "service exited; restarting")
        .map((e) => [e.code, e.restartInMs]),
    ).toEqual([
      [3, 10],
      [3, 20],
      [3, 25],
    ]);
    expect(events.at(-1)).toMatchObject({
      message: "service given up",
      name: "broken",
      code: 3,
      reason: expect.stringContaining("4 times in a row") as string,
    });
    await supervisor.stop();
  });
});
