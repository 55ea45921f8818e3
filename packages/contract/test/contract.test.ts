import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, SUBGRAPHS, forbidden, refuse } from "../src";

const repoRoot = join(__dirname, "../../..");

describe("the subgraph list", () => {
  it("names each subgraph, port and schema file once, and the files exist", () => {
    expect(new Set(SUBGRAPHS.map((s) => s.name)).size).toBe(SUBGRAPHS.length);
    expect(new Set(SUBGRAPHS.map((s) => s.defaultPort)).size).toBe(SUBGRAPHS.length);
    for (const s of SUBGRAPHS)
      expect(existsSync(join(repoRoot, s.schemaPath)), s.schemaPath).toBe(true);
  });
});

describe("refusals", () => {
  it("answer with the status and the GraphQL error shape", () => {
    const sent: { status?: number; body?: unknown } = {};
    const res = {
      status: (code: number) => (
        (sent.status = code),
        { json: (body: unknown) => (sent.body = body) }
      ),
    };
    refuse(res, 429, "RATE_LIMITED", "slow down", { retryAfterSeconds: 3 });
    expect(sent).toEqual({
      status: 429,
      body: {
        errors: [
          { message: "slow down", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 3 } },
        ],
      },
    });
  });

  it("forbidden() carries its code and extra extensions", () => {
    const error = forbidden("no", { purpose: "CARE" });
    expect(error.extensions).toEqual({ purpose: "CARE", code: "FORBIDDEN" });
    expect(ERROR_CODES).toContain(error.extensions.code);
  });
});
