import { describe, expect, it } from "vitest";
import { readPlatformEnv } from "../src/env";
import { FETCH_BAD_PORTS } from "../src/ports";

/** The configuration check `npm start` runs before it starts anything. */
describe("npm start's configuration check", () => {
  it("lists every port that is out of range, refused by fetch or used twice, all at once", () => {
    const check = () =>
      readPlatformEnv(
        {
          GATEWAY_PORT: "6000",
          PEOPLE_PORT: "4001",
          ORGANISATION_PORT: "4001",
          CURRICULUM_PORT: "70000",
          EVALUATION_PORT: "0",
          EMBEDDED_PG_PORT: "x",
        },
        [],
      );
    expect(check).toThrowError(/GATEWAY_PORT=6000 is a port fetch refuses/);
    let message = "";
    try {
      check();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n").filter((line) => line.startsWith("- "))).toEqual([
      expect.stringContaining("GATEWAY_PORT=6000 is a port fetch refuses"),
      expect.stringContaining("PEOPLE_PORT=4001 is already used by ORGANISATION_PORT"),
      "- CURRICULUM_PORT is not a port (1–65535): 70000",
      "- EVALUATION_PORT is not a port (1–65535): 0",
      "- EMBEDDED_PG_PORT is not a port (1–65535): x",
    ]);
  });

  it("holds the database's port to range and uniqueness only (fetch never calls it)", () => {
    expect(readPlatformEnv({ EMBEDDED_PG_PORT: "6000" }, []).embeddedPort).toBe(6000);
    expect(() => readPlatformEnv({ EMBEDDED_PG_PORT: "4000" }, [])).toThrowError(
      "EMBEDDED_PG_PORT=4000 is already used by GATEWAY_PORT",
    );
  });

  it("refuses exactly the ports this Node's fetch refuses (the list is not stale)", async () => {
    const refusals = await Promise.all(
      [...FETCH_BAD_PORTS].map((port) =>
        fetch(`http://127.0.0.1:${port}/`).then(
          () => "answered",
          (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
        ),
      ),
    );
    expect(new Set(refusals)).toEqual(new Set(["bad port"]));
  });

  it("refuses production without an identity provider and says what to set", () => {
    for (const [env, argv] of [
      [{ NODE_ENV: "production" }, []],
      [{}, ["--production"]],
    ] as const) {
      expect(() => readPlatformEnv(env, argv)).toThrowError(/AUTH_JWKS_URL .* or AUTH_PUBLIC_KEY/);
      expect(() => readPlatformEnv(env, argv)).toThrowError(/AUTH_ISSUER/);
    }
    expect(() =>
      readPlatformEnv(
        {
          NODE_ENV: "production",
          AUTH_JWKS_URL: "https://sso.example.edu/jwks",
          AUTH_ISSUER: "x",
          DEV_SIGN_IN_USERS: "u.json",
        },
        [],
      ),
    ).toThrowError("DEV_SIGN_IN_USERS must not be set in production");
  });

  it("loads demo data in development always, in production only when asked", () => {
    const idp = {
      AUTH_JWKS_URL: "https://sso.example.edu/jwks",
      AUTH_ISSUER: "https://sso.example.edu",
    };
    expect(readPlatformEnv({}, [])).toMatchObject({ production: false, seedDemo: true });
    expect(readPlatformEnv({ ...idp }, ["--production"])).toMatchObject({
      production: true,
      seedDemo: false,
    });
    expect(readPlatformEnv({ ...idp, NODE_ENV: "production" }, ["--demo"])).toMatchObject({
      production: true,
      seedDemo: true,
    });
    expect(readPlatformEnv({ ...idp, NODE_ENV: "production", DEMO_DATA: "1" }, [])).toMatchObject({
      production: true,
      seedDemo: true,
    });
  });
});
