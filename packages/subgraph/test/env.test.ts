import { describe, expect, it } from "vitest";
import { generateKeyPairPem } from "@campus/auth";
import { readSubgraphEnv } from "../src/env";

describe("subgraph configuration", () => {
  it("lists every problem at once", () => {
    expect(() => readSubgraphEnv("people", 4002, { PEOPLE_PORT: "x" })).toThrow(
      /PEOPLE_PORT is not a port: x\n- DATABASE_URL is not set\n- INTERNAL_CREDENTIAL_PUBLIC_KEY is not set/,
    );
  });

  it("reads a complete configuration with defaults", () => {
    const { publicKeyPem } = generateKeyPairPem();
    const env = readSubgraphEnv("people", 4002, { DATABASE_URL: "postgresql://x/y", INTERNAL_CREDENTIAL_PUBLIC_KEY: publicKeyPem });
    expect(env).toMatchObject({ port: 4002, host: "127.0.0.1", migrate: true, production: false, logLevel: "info", credentialPublicKeyPem: publicKeyPem });
  });
});
