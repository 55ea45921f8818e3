import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callers, expectData, gatewayQuery } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { repoRoot, subgraphModules } from "../src";
import { campusSlice } from "./fixtures";
import { graphql } from "./generated";

const PROFILE = graphql(`
  query Profile($id: ID!) {
    person(id: $id) {
      name
      grid {
        name
      }
      enrolments {
        id
      }
    }
  }
`);

const METRICS_TOKEN = "metrics-test-secret";

/** One sample's value from Prometheus text, by metric name and exact label set. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split("\n")) {
    const match = line.match(/^([a-zA-Z_:][\w:]*)\{(.*)\} (\S+)$/);
    if (!match || match[1] !== name) continue;
    const have = match[2].split(/,(?=[a-zA-Z_]+=")/);
    if (have.length === wanted.length && wanted.every((w) => have.includes(w)))
      return Number(match[3]);
  }
  return undefined;
}

describe("Prometheus metrics through the real stack", () => {
  const slice = campusSlice(4, "metrics");
  const webDir = join(repoRoot, "web/dist");
  let stack: StackHarness;

  beforeAll(async () => {
    // The web app is served too, so its fallback route would answer /metrics if it came first.
    expect(existsSync(join(webDir, "index.html"))).toBe(true);
    stack = await startTestStack(subgraphModules, {
      dataset: slice.dataset,
      webDir,
      gateway: { metricsToken: METRICS_TOKEN },
    });
  });
  afterAll(() => stack?.stop());

  const scrape = async (base: string, token?: string) => {
    const response = await fetch(`${base}/metrics`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      text: await response.text(),
    };
  };

  it("counts requests, errors by code and latency in the gateway and in each subgraph it called", async () => {
    for (const student of slice.students.slice(0, 3)) {
      expectData(
        await gatewayQuery(
          stack,
          PROFILE,
          { id: student.id },
          callers.counselor(slice.counselor.id),
        ),
      );
    }
    const refused = await stack.query(`{ people(first: 1) { totalCount noSuchField } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const gateway = await scrape(stack.gateway.url, METRICS_TOKEN);
    expect(gateway.status).toBe(200);
    expect(gateway.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const g = { service: "gateway" };
    expect(
      sample(gateway.text, "campus_graphql_requests_total", { ...g, operation: "query" }),
    ).toBe(3);
    expect(
      sample(gateway.text, "campus_graphql_errors_total", {
        ...g,
        code: "GRAPHQL_VALIDATION_FAILED",
      }),
    ).toBe(1);
    expect(
      sample(gateway.text, "campus_graphql_request_duration_seconds_count", {
        ...g,
        operation: "query",
      }),
    ).toBe(3);
    expect(
      sample(gateway.text, "campus_graphql_request_duration_seconds_bucket", {
        ...g,
        operation: "query",
        le: "+Inf",
      }),
    ).toBe(3);
    for (const subgraph of ["people", "organisation", "curriculum"]) {
      expect(
        sample(gateway.text, "campus_subgraph_request_duration_seconds_count", {
          ...g,
          subgraph,
          outcome: "200",
        }),
      ).toBeGreaterThanOrEqual(3);
    }
    expect(gateway.text).toMatch(/^process_cpu_user_seconds_total\{service="gateway"\} /m);
    expect(gateway.text).toMatch(/^nodejs_eventloop_lag_seconds\{service="gateway"\} /m);

    const peopleBase = stack.subgraphs.people.url.replace(/\/graphql$/, "");
    const people = await scrape(peopleBase);
    expect(people.status).toBe(200);
    const p = { service: "people" };
    expect(
      sample(people.text, "campus_graphql_requests_total", { ...p, operation: "query" }),
    ).toBeGreaterThanOrEqual(3);
    expect(
      sample(people.text, "campus_graphql_request_duration_seconds_count", {
        ...p,
        operation: "query",
      }),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(people.text, "campus_db_pool_max", p)).toBe(10);
    expect(sample(people.text, "campus_db_pool_connections", { ...p, state: "used" })).toBe(0);
    expect(
      sample(people.text, "campus_db_pool_connections", { ...p, state: "free" }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(people.text, "campus_db_pool_connections", { ...p, state: "pending" })).toBe(0);
  });

  it("answers /metrics only to the bearer of METRICS_TOKEN when one is set, never with the web app", async () => {
    for (const token of [undefined, "wrong-secret"]) {
      const refused = await scrape(stack.gateway.url, token);
      expect(refused.status).toBe(401);
      expect(refused.text).not.toContain("<html");
      expect(refused.text).not.toContain("campus_graphql");
    }
  });
});
