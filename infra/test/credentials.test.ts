import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT, importPKCS8 } from "jose";
import {
  CREDENTIAL_HEADER,
  createCredentialSigner,
  generateKeyPairPem,
  signDevUserToken,
} from "@campus/auth";
import { callers, postGraphQL, testKeys } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { campusSlice } from "./fixtures";

/** Subgraphs trust only the gateway; the gateway trusts only the identity provider. */
describe("credentials", () => {
  const slice = campusSlice(2, "credentials");
  let stack: StackHarness;
  const query = `{ _service { sdl } }`;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: slice.dataset });
  });
  afterAll(() => stack?.stop());

  const names = subgraphModules.map((m) => m.definition.name);

  it.each(names)("%s refuses a request without the gateway's credential", async (name) => {
    const res = await postGraphQL(stack.subgraphs[name].url, {}, query);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.data).toBeUndefined();
  });

  it.each(names)("%s refuses a credential signed with another key", async (name) => {
    const forge = await createCredentialSigner(generateKeyPairPem().privateKeyPem);
    const res = await postGraphQL(
      stack.subgraphs[name].url,
      { [CREDENTIAL_HEADER]: await forge({ caller: callers.admin(), requestId: "x" }) },
      query,
    );
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it.each(names)("%s refuses an expired credential", async (name) => {
    const key = await importPKCS8(testKeys().internal.privateKeyPem, "EdDSA");
    const expired = await new SignJWT({ roles: ["admin"], rid: "x" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setSubject("test:admin")
      .setIssuer("campus-gateway")
      .setAudience("campus-subgraph")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    const res = await postGraphQL(
      stack.subgraphs[name].url,
      { [CREDENTIAL_HEADER]: expired },
      query,
    );
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.message).toMatch(/expired/);
  });

  it.each(names)(
    "%s accepts the gateway's credential, and answers /health without one",
    async (name) => {
      const res = await stack.execute(name, `{ __typename }`);
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ __typename: "Query" });
      const health = await fetch(stack.subgraphs[name].url.replace(/\/graphql$/, "/health"));
      expect(health.status).toBe(200);
      const ready = await fetch(stack.subgraphs[name].url.replace(/\/graphql$/, "/ready"));
      expect(await ready.json()).toMatchObject({ status: "ready" });
    },
  );

  describe("at the gateway", () => {
    const ask = (authorization?: string) =>
      postGraphQL<{ people: { totalCount: number } }>(
        stack.gateway.graphqlUrl,
        authorization ? { authorization } : {},
        `{ people(first: 1) { totalCount } }`,
      );

    it("refuses a request without a token", async () => {
      const res = await ask();
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("refuses a token signed by someone else", async () => {
      const forged = await signDevUserToken(generateKeyPairPem().privateKeyPem, {
        subject: "x",
        name: "x",
        personId: null,
        roles: ["admin"],
      });
      const res = await ask(`Bearer ${forged}`);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("refuses an expired token", async () => {
      const key = await importPKCS8(testKeys().issuer.privateKeyPem, "EdDSA");
      const expired = await new SignJWT({ roles: ["admin"] })
        .setProtectedHeader({ alg: "EdDSA" })
        .setSubject("dev:admin")
        .setIssuer("campus-graph-dev")
        .setAudience("campus-graph")
        .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
        .sign(key);
      const res = await ask(`Bearer ${expired}`);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.message).toBe("token expired");
    });

    it("refuses a token for another audience or issuer", async () => {
      const wrongAudience = await signDevUserToken(
        testKeys().issuer.privateKeyPem,
        { subject: "x", name: "x", personId: null, roles: ["admin"] },
        { audience: "another-app" },
      );
      expect((await ask(`Bearer ${wrongAudience}`)).status).toBe(401);
      const wrongIssuer = await signDevUserToken(
        testKeys().issuer.privateKeyPem,
        { subject: "x", name: "x", personId: null, roles: ["admin"] },
        { issuer: "someone-else" },
      );
      expect((await ask(`Bearer ${wrongIssuer}`)).status).toBe(401);
    });

    it("accepts a valid token and vouches for the caller to the subgraphs", async () => {
      const res = await ask(`Bearer ${await stack.token(callers.admin())}`);
      expect(res.status).toBe(200);
      expect(res.data?.people.totalCount).toBe(3);
    });
  });
});
