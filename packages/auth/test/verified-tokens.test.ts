import { afterEach, describe, expect, it, vi } from "vitest";
import {
  VerifiedTokens,
  createCredentialSigner,
  createCredentialVerifier,
  createUserTokenVerifier,
  generateKeyPairPem,
  signDevUserToken,
  DEV_ISSUER,
  DEFAULT_AUDIENCE,
} from "../src";

const caller = {
  subject: "dev:counselor",
  personId: "3ea7562c-d7bb-57aa-94c1-2c285b6b8417",
  name: "陈晓燕",
  roles: ["counselor" as const],
};

/** The same token with one character of its signature changed. */
function tampered(token: string): string {
  const [h, p, s] = token.split(".");
  const flipped = s[5] === "A" ? "B" : "A";
  return [h, p, s.slice(0, 5) + flipped + s.slice(6)].join(".");
}

function withClock() {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
  return (ms: number) => vi.setSystemTime(Date.now() + ms);
}

afterEach(() => {
  vi.useRealTimers();
});

describe("VerifiedTokens", () => {
  it("serves an entry until the token's exp and not after", () => {
    const advance = withClock();
    const tokens = new VerifiedTokens<string>();
    tokens.set("t", "verified", Math.floor(Date.now() / 1000) + 30);
    expect(tokens.get("t")).toBe("verified");
    advance(29_000);
    expect(tokens.get("t")).toBe("verified");
    advance(1_500);
    expect(tokens.get("t")).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it("serves an entry no longer than maxAgeMs, even for a token that lives longer", () => {
    const advance = withClock();
    const tokens = new VerifiedTokens<string>({ maxAgeMs: 60_000 });
    tokens.set("t", "verified", Math.floor(Date.now() / 1000) + 8 * 3600);
    advance(59_000);
    expect(tokens.get("t")).toBe("verified");
    advance(1_000);
    expect(tokens.get("t")).toBeUndefined();
  });

  it("never keeps a token without an expiry or already expired", () => {
    const tokens = new VerifiedTokens<string>();
    tokens.set("none", "x", undefined);
    tokens.set("past", "x", Math.floor(Date.now() / 1000) - 1);
    expect(tokens.get("none")).toBeUndefined();
    expect(tokens.get("past")).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it("holds at most maxEntries (1000 by default), dropping the oldest first", () => {
    const exp = Math.floor(Date.now() / 1000) + 300;
    const tokens = new VerifiedTokens<number>();
    for (let i = 0; i < 1500; i++) tokens.set(`t${i}`, i, exp);
    expect(tokens.size).toBe(1000);
    expect(tokens.get("t0")).toBeUndefined();
    expect(tokens.get("t499")).toBeUndefined();
    expect(tokens.get("t500")).toBe(500);
    expect(tokens.get("t1499")).toBe(1499);
    const small = new VerifiedTokens<number>({ maxEntries: 3 });
    for (let i = 0; i < 10; i++) small.set(`t${i}`, i, exp);
    expect(small.size).toBe(3);
  });
});

describe("the credential verifier's cache", () => {
  it("serves a verified credential again, and a copy a caller cannot change", async () => {
    const keys = generateKeyPairPem();
    const verify = await createCredentialVerifier(keys.publicKeyPem);
    const token = await (
      await createCredentialSigner(keys.privateKeyPem)
    )({ caller, requestId: "r-1" });
    const first = await verify(token);
    first.caller.roles.push("admin");
    first.caller.name = "changed";
    expect(await verify(token)).toEqual({
      caller,
      requestId: "r-1",
      scopeDigest: null,
      system: false,
    });
  });

  it("never serves a tampered token, however often the genuine one was verified", async () => {
    const keys = generateKeyPairPem();
    const verify = await createCredentialVerifier(keys.publicKeyPem);
    const token = await (
      await createCredentialSigner(keys.privateKeyPem)
    )({ caller, requestId: "r-1" });
    await verify(token);
    await verify(token);
    await expect(verify(tampered(token))).rejects.toThrow("invalid gateway credential");
    const [h, p, s] = token.split(".");
    const payload = JSON.parse(Buffer.from(p, "base64url").toString()) as Record<string, unknown>;
    const raised = [
      h,
      Buffer.from(JSON.stringify({ ...payload, roles: ["admin"] })).toString("base64url"),
      s,
    ].join(".");
    await expect(verify(raised)).rejects.toThrow("invalid gateway credential");
  });

  it("refuses a cached credential once it has expired", async () => {
    const keys = generateKeyPairPem();
    const advance = withClock();
    const verify = await createCredentialVerifier(keys.publicKeyPem);
    const token = await (
      await createCredentialSigner(keys.privateKeyPem)
    )({ caller, requestId: "r-1" });
    expect((await verify(token)).requestId).toBe("r-1");
    advance(31_000);
    await expect(verify(token)).rejects.toThrow("gateway credential expired");
  });
});

describe("the user token verifier's cache", () => {
  it("refuses a cached token once it has expired", async () => {
    const keys = generateKeyPairPem();
    const advance = withClock();
    const verify = await createUserTokenVerifier({
      issuer: DEV_ISSUER,
      audience: DEFAULT_AUDIENCE,
      publicKeyPem: keys.publicKeyPem,
    });
    const token = await signDevUserToken(keys.privateKeyPem, caller, { expiresIn: "20s" });
    expect(await verify(token)).toEqual(caller);
    expect(await verify(token)).toEqual(caller);
    advance(21_000);
    await expect(verify(token)).rejects.toThrow("token expired");
  });

  it("never serves a tampered token, and serves copies", async () => {
    const keys = generateKeyPairPem();
    const verify = await createUserTokenVerifier({
      issuer: DEV_ISSUER,
      audience: DEFAULT_AUDIENCE,
      publicKeyPem: keys.publicKeyPem,
    });
    const token = await signDevUserToken(keys.privateKeyPem, caller);
    (await verify(token)).roles.push("admin");
    expect(await verify(token)).toEqual(caller);
    await expect(verify(tampered(token))).rejects.toThrow("invalid token");
  });
});
