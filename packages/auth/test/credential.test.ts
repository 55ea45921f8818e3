import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SignJWT, exportJWK, generateKeyPair, importPKCS8 } from "jose";
import {
  createCredentialSigner,
  createCredentialVerifier,
  createUserTokenVerifier,
  generateKeyPairPem,
  signDevUserToken,
  CredentialError,
  AuthenticationError,
  DEV_ISSUER,
  DEFAULT_AUDIENCE,
  reusableCredential,
  type InternalCredential,
} from "../src";

const caller = {
  subject: "dev:counselor",
  personId: "3ea7562c-d7bb-57aa-94c1-2c285b6b8417",
  name: "陈晓燕",
  roles: ["counselor" as const],
};

describe("internal credential", () => {
  it("carries the caller and request id from the gateway to a subgraph", async () => {
    const keys = generateKeyPairPem();
    const token = await (
      await createCredentialSigner(keys.privateKeyPem)
    )({ caller, requestId: "r-1" });
    expect(await (await createCredentialVerifier(keys.publicKeyPem))(token)).toEqual({
      caller,
      requestId: "r-1",
      scopeDigest: null,
      system: false,
    });
  });

  it("carries the scope digest, the service client and the system flag when given", async () => {
    const keys = generateKeyPairPem();
    const token = await (
      await createCredentialSigner(keys.privateKeyPem)
    )({
      caller: { ...caller, client: "library" },
      requestId: "r-2",
      scopeDigest: "abc",
      system: true,
    });
    expect(await (await createCredentialVerifier(keys.publicKeyPem))(token)).toEqual({
      caller: { ...caller, client: "library" },
      requestId: "r-2",
      scopeDigest: "abc",
      system: true,
    });
  });

  it("is refused when missing, tampered with, signed by another key or expired", async () => {
    const keys = generateKeyPairPem();
    const verify = await createCredentialVerifier(keys.publicKeyPem);
    await expect(verify(undefined)).rejects.toThrow(CredentialError);
    const token = await (
      await createCredentialSigner(keys.privateKeyPem)
    )({ caller, requestId: "r" });
    const [h, p, s] = token.split(".");
    const payload = JSON.parse(Buffer.from(p, "base64url").toString()) as Record<string, unknown>;
    const tampered = [
      h,
      Buffer.from(JSON.stringify({ ...payload, roles: ["admin"] })).toString("base64url"),
      s,
    ].join(".");
    await expect(verify(tampered)).rejects.toThrow("invalid gateway credential");
    const other = await (
      await createCredentialSigner(generateKeyPairPem().privateKeyPem)
    )({ caller, requestId: "r" });
    await expect(verify(other)).rejects.toThrow("invalid gateway credential");
    const stale = await (
      await createCredentialSigner(keys.privateKeyPem, -5)
    )({ caller, requestId: "r" });
    await expect(verify(stale)).rejects.toThrow("gateway credential expired");
  });

  it("drops role names it does not know", async () => {
    const keys = generateKeyPairPem();
    const token = await (
      await createCredentialSigner(keys.privateKeyPem)
    )({ caller: { ...caller, roles: ["counselor", "superuser" as never] }, requestId: "r" });
    expect((await (await createCredentialVerifier(keys.publicKeyPem))(token)).caller.roles).toEqual(
      ["counselor"],
    );
  });
});

describe("user tokens", () => {
  it("are verified against issuer, audience and key", async () => {
    const keys = generateKeyPairPem();
    const verify = await createUserTokenVerifier({
      issuer: DEV_ISSUER,
      audience: DEFAULT_AUDIENCE,
      publicKeyPem: keys.publicKeyPem,
    });
    const token = await signDevUserToken(keys.privateKeyPem, caller);
    expect(await verify(token)).toEqual(caller);
    await expect(
      verify(await signDevUserToken(keys.privateKeyPem, caller, { audience: "other" })),
    ).rejects.toThrow(AuthenticationError);
    await expect(
      verify(await signDevUserToken(keys.privateKeyPem, caller, { expiresIn: "-1s" })),
    ).rejects.toThrow("token expired");
    await expect(verify("not.a.token")).rejects.toThrow("invalid token");
  });

  it("live exactly as long as asked: iat and exp come from one reading of the clock", async () => {
    const keys = generateKeyPairPem();
    // A second boundary between the two claims once made an "8h" token live 28,801 s.
    const claimsOf = (token: string) =>
      JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as {
        iat: number;
        exp: number;
      };
    for (const [expiresIn, seconds] of [
      ["8h", 28_800],
      ["20s", 20],
      ["2m", 120],
    ] as const) {
      const { iat, exp } = claimsOf(
        await signDevUserToken(keys.privateKeyPem, caller, { expiresIn }),
      );
      expect(exp - iat).toBe(seconds);
    }
    await expect(
      signDevUserToken(keys.privateKeyPem, caller, { expiresIn: "8 hours" }),
    ).rejects.toThrow(/written like/);
  });

  it("are verified with the identity provider's keys from its JWKS URL, served over HTTP", async () => {
    // A stand-in campus provider: an RS256 key pair, its public half published as a JWKS.
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const other = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "campus-1", alg: "RS256", use: "sig" };
    const server = createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const verify = await createUserTokenVerifier({
        issuer: "https://sso.campus.example",
        audience: "campus-graph",
        jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
      });
      const sign = (key: Parameters<SignJWT["sign"]>[0], kid: string, exp = "5m") =>
        new SignJWT({ person_id: caller.personId, name: caller.name, roles: caller.roles })
          .setProtectedHeader({ alg: "RS256", kid })
          .setSubject(caller.subject)
          .setIssuer("https://sso.campus.example")
          .setAudience("campus-graph")
          .setIssuedAt()
          .setExpirationTime(exp)
          .sign(key);
      expect(await verify(await sign(privateKey, "campus-1"))).toEqual(caller);
      await expect(verify(await sign(other.privateKey, "campus-1"))).rejects.toThrow(
        "invalid token",
      );
      await expect(verify(await sign(other.privateKey, "unknown-kid"))).rejects.toThrow(
        "invalid token",
      );
      await expect(verify(await sign(privateKey, "campus-1", "-1s"))).rejects.toThrow(
        "token expired",
      );
    } finally {
      server.close();
    }
  });

  it("refuse a symmetric algorithm for a pinned key", async () => {
    const keys = generateKeyPairPem();
    await expect(
      createUserTokenVerifier({
        issuer: "x",
        audience: "y",
        publicKeyPem: keys.publicKeyPem,
        algorithm: "HS256",
      }),
    ).rejects.toThrow(/not one of/);
  });

  it("must expire, within the configured maximum lifetime", async () => {
    const keys = generateKeyPairPem();
    const verify = await createUserTokenVerifier({
      issuer: DEV_ISSUER,
      audience: DEFAULT_AUDIENCE,
      publicKeyPem: keys.publicKeyPem,
      maxLifetimeSeconds: 3600,
    });
    const key = await importPKCS8(keys.privateKeyPem, "EdDSA");
    const now = Math.floor(Date.now() / 1000);
    const token = (times: { iat?: number; exp?: number }) => {
      const jwt = new SignJWT({})
        .setProtectedHeader({ alg: "EdDSA" })
        .setSubject("sso:1")
        .setIssuer(DEV_ISSUER)
        .setAudience(DEFAULT_AUDIENCE);
      if (times.iat !== undefined) jwt.setIssuedAt(now + times.iat);
      if (times.exp !== undefined) jwt.setExpirationTime(now + times.exp);
      return jwt.sign(key);
    };
    await expect(verify(await token({ iat: 0 }))).rejects.toThrow("token has no expiry (exp)");
    await expect(verify(await token({ exp: 7200 }))).rejects.toThrow(
      "token lives longer than the 3600 seconds this platform accepts",
    );
    await expect(verify(await token({ iat: -3000, exp: 1200 }))).rejects.toThrow(/lives longer/);
    expect((await verify(await token({ iat: 0, exp: 3600 }))).subject).toBe("sso:1");
    expect((await verify(await token({ exp: 60 }))).subject).toBe("sso:1");
    // The development issuer's 8-hour tokens fit the default maximum exactly.
    const byDefault = await createUserTokenVerifier({
      issuer: DEV_ISSUER,
      audience: DEFAULT_AUDIENCE,
      publicKeyPem: keys.publicKeyPem,
    });
    expect(await byDefault(await signDevUserToken(keys.privateKeyPem, caller))).toEqual(caller);
    await expect(
      byDefault(await signDevUserToken(keys.privateKeyPem, caller, { expiresIn: "9h" })),
    ).rejects.toThrow(/lives longer/);
  });

  it("need a key source", async () => {
    await expect(createUserTokenVerifier({ issuer: "x", audience: "y" })).rejects.toThrow(
      /JWKS URL or a public key/,
    );
  });
});

describe("reusableCredential", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("signs once for all of a request's calls, and again near the end of its validity", async () => {
    const keys = generateKeyPairPem();
    const sign = await createCredentialSigner(keys.privateKeyPem);
    const signed: InternalCredential[] = [];
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);
    const credential = reusableCredential(
      (c) => {
        signed.push(c);
        return sign(c);
      },
      { caller, requestId: "r-1", scopeDigest: "abc" },
    );
    const tokens = await Promise.all([credential(), credential(), credential()]);
    expect(new Set(tokens).size).toBe(1);
    expect(signed).toHaveLength(1);
    advance(19_000);
    expect(await credential()).toBe(tokens[0]);
    advance(1_000); // 20 s in: 10 s of its 30 left, so a fresh one
    const renewed = await credential();
    expect(signed).toHaveLength(2);
    const verified = await (await createCredentialVerifier(keys.publicKeyPem))(renewed);
    expect(verified).toEqual({ caller, requestId: "r-1", scopeDigest: "abc", system: false });
  });

  it("signs again after a failed signature", async () => {
    let calls = 0;
    const credential = reusableCredential(
      async () => {
        if (++calls === 1) throw new Error("key unavailable");
        return "token";
      },
      { caller, requestId: "r-1" },
    );
    await expect(credential()).rejects.toThrow("key unavailable");
    expect(await credential()).toBe("token");
  });
});
