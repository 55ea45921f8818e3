import { describe, expect, it } from "vitest";
import { createCredentialSigner, createCredentialVerifier, createUserTokenVerifier, generateKeyPairPem, signDevUserToken, CredentialError, AuthenticationError, DEV_ISSUER, DEFAULT_AUDIENCE } from "../src";

const caller = { subject: "dev:counselor", personId: "3ea7562c-d7bb-57aa-94c1-2c285b6b8417", name: "陈晓燕", roles: ["counselor" as const] };

describe("internal credential", () => {
  it("carries the caller and request id from the gateway to a subgraph", async () => {
    const keys = generateKeyPairPem();
    const token = await (await createCredentialSigner(keys.privateKeyPem))({ caller, requestId: "r-1" });
    expect(await (await createCredentialVerifier(keys.publicKeyPem))(token)).toEqual({ caller, requestId: "r-1", scopeDigest: null, system: false });
  });

  it("carries the scope digest, the service client and the system flag when given", async () => {
    const keys = generateKeyPairPem();
    const token = await (await createCredentialSigner(keys.privateKeyPem))({ caller: { ...caller, client: "library" }, requestId: "r-2", scopeDigest: "abc", system: true });
    expect(await (await createCredentialVerifier(keys.publicKeyPem))(token)).toEqual({ caller: { ...caller, client: "library" }, requestId: "r-2", scopeDigest: "abc", system: true });
  });

  it("is refused when missing, tampered with, signed by another key or expired", async () => {
    const keys = generateKeyPairPem();
    const verify = await createCredentialVerifier(keys.publicKeyPem);
    await expect(verify(undefined)).rejects.toThrow(CredentialError);
    const token = await (await createCredentialSigner(keys.privateKeyPem))({ caller, requestId: "r" });
    const [h, p, s] = token.split(".");
    const payload = JSON.parse(Buffer.from(p!, "base64url").toString());
    const tampered = [h, Buffer.from(JSON.stringify({ ...payload, roles: ["admin"] })).toString("base64url"), s].join(".");
    await expect(verify(tampered)).rejects.toThrow("invalid gateway credential");
    const other = await (await createCredentialSigner(generateKeyPairPem().privateKeyPem))({ caller, requestId: "r" });
    await expect(verify(other)).rejects.toThrow("invalid gateway credential");
    const stale = await (await createCredentialSigner(keys.privateKeyPem, -5))({ caller, requestId: "r" });
    await expect(verify(stale)).rejects.toThrow("gateway credential expired");
  });

  it("drops role names it does not know", async () => {
    const keys = generateKeyPairPem();
    const token = await (await createCredentialSigner(keys.privateKeyPem))({ caller: { ...caller, roles: ["counselor", "superuser" as never] }, requestId: "r" });
    expect((await (await createCredentialVerifier(keys.publicKeyPem))(token)).caller.roles).toEqual(["counselor"]);
  });
});

describe("user tokens", () => {
  it("are verified against issuer, audience and key", async () => {
    const keys = generateKeyPairPem();
    const verify = await createUserTokenVerifier({ issuer: DEV_ISSUER, audience: DEFAULT_AUDIENCE, publicKeyPem: keys.publicKeyPem });
    const token = await signDevUserToken(keys.privateKeyPem, caller);
    expect(await verify(token)).toEqual(caller);
    await expect(verify(await signDevUserToken(keys.privateKeyPem, caller, { audience: "other" }))).rejects.toThrow(AuthenticationError);
    await expect(verify(await signDevUserToken(keys.privateKeyPem, caller, { expiresIn: "-1s" }))).rejects.toThrow("token expired");
    await expect(verify("not.a.token")).rejects.toThrow("invalid token");
  });

  it("need a key source", async () => {
    await expect(createUserTokenVerifier({ issuer: "x", audience: "y" })).rejects.toThrow(/JWKS URL or a public key/);
  });
});
