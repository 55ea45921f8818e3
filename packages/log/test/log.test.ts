import { describe, expect, it } from "vitest";
import { createLogger, parseLogLevel } from "../src";

describe("logger", () => {
  it("writes one JSON object a line with bound fields, and drops lines below its level", () => {
    const lines: string[] = [];
    const log = createLogger("people", { level: "info", write: (l) => lines.push(l) }).child({
      requestId: "r-1",
    });
    log.debug("hidden");
    log.info("graphql request", { durationMs: 3 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: "info",
      service: "people",
      message: "graphql request",
      requestId: "r-1",
      durationMs: 3,
    });
  });

  it("reads levels with a fallback", () => {
    expect(parseLogLevel("warn")).toBe("warn");
    expect(parseLogLevel("loud", "error")).toBe("error");
    expect(parseLogLevel(undefined)).toBe("info");
  });
});
