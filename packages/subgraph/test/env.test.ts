import { describe, expect, it } from "vitest";
import { generateKeyPairPem } from "@campus/auth";
import { readSubgraphEnv } from "../src/env";

describe("subgraph configuration", () => {
  it("lists every problem at once", () => {
    expect(() => readSubgraphEnv("people", 4002, [], { PEOPLE_PORT: "x" })).toThrow(
      /PEOPLE_PORT is not a port: x\n- DATABASE_URL is not set\n- INTERNAL_CREDENTIAL_PUBLIC_KEY is not set/,
    );
  });

  it("reads a complete configuration with defaults", () => {
    const { publicKeyPem } = generateKeyPairPem();
    const env = readSubgraphEnv("people", 4002, [], {
      DATABASE_URL: "postgresql://x/y",
      INTERNAL_CREDENTIAL_PUBLIC_KEY: publicKeyPem,
    });
    expect(env).toMatchObject({
      port: 4002,
      host: "127.0.0.1",
      migrate: true,
      production: false,
      logLevel: "info",
      credentialPublicKeyPem: publicKeyPem,
    });
  });

  it("schedules each job at its default interval, overridden or turned off by JOB_<NAME>_SECONDS", () => {
    const { publicKeyPem } = generateKeyPairPem();
    const base = { DATABASE_URL: "postgresql://x/y", INTERNAL_CREDENTIAL_PUBLIC_KEY: publicKeyPem };
    const run = async () => ({});
    const jobs = [
      { name: "warning-engine", everySeconds: 3600, run },
      { name: "escalate", everySeconds: 300, run },
    ];
    expect(readSubgraphEnv("evaluation", 4004, jobs, base).jobIntervals).toEqual({
      "warning-engine": 3600,
      escalate: 300,
    });
    expect(
      readSubgraphEnv("evaluation", 4004, jobs, {
        ...base,
        JOB_WARNING_ENGINE_SECONDS: "0",
        JOB_ESCALATE_SECONDS: "60",
      }).jobIntervals,
    ).toEqual({ "warning-engine": 0, escalate: 60 });
    expect(() =>
      readSubgraphEnv("evaluation", 4004, jobs, { ...base, JOB_ESCALATE_SECONDS: "soon" }),
    ).toThrow(/JOB_ESCALATE_SECONDS is not a number of seconds: soon/);
  });

  it("takes jobs from the queue unless JOB_WORKER=false (a replica that only serves)", () => {
    const { publicKeyPem } = generateKeyPairPem();
    const base = { DATABASE_URL: "postgresql://x/y", INTERNAL_CREDENTIAL_PUBLIC_KEY: publicKeyPem };
    const jobs = [{ name: "escalate", everySeconds: 300, run: async () => ({}) }];
    expect(readSubgraphEnv("evaluation", 4004, jobs, base).jobWorker).toBe(true);
    expect(
      readSubgraphEnv("evaluation", 4004, jobs, { ...base, JOB_WORKER: "false" }).jobWorker,
    ).toBe(false);
    expect(() => readSubgraphEnv("evaluation", 4004, jobs, { ...base, JOB_WORKER: "no" })).toThrow(
      /JOB_WORKER is not true or false: no/,
    );
    // A subgraph without jobs has no worker and does not read the variable.
    expect(readSubgraphEnv("people", 4002, [], { ...base, JOB_WORKER: "no" }).jobWorker).toBe(
      false,
    );
  });
});
