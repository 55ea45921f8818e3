import { SignJWT, jwtVerify, importPKCS8, importSPKI, errors } from "jose";
import { type Caller, isRole } from "./caller";
import { VerifiedTokens } from "./verified-tokens";

/** Header that carries the gateway's signed credential to a subgraph. */
export const CREDENTIAL_HEADER = "x-campus-credential";
/** Header that carries the request id from the gateway to subgraphs and back to clients. */
export const REQUEST_ID_HEADER = "x-request-id";

const ISSUER = "campus-gateway";
const AUDIENCE = "campus-subgraph";
const ALG = "EdDSA";
/** Long enough for one federated query plan, short enough that a leaked header is useless. */
export const CREDENTIAL_TTL_SECONDS = 30;

export interface InternalCredential {
  caller: Caller;
  requestId: string;
  /**
   * Digest of the caller's access scope (see `@campus/access`). The scope itself travels in the
   * request body the first time a subgraph sees it; the signed digest is what makes it trustworthy.
   */
  scopeDigest?: string | null;
  /** The gateway calling for itself (scope resolution, audit): the only caller of internal fields. */
  system?: boolean;
}

export class CredentialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CredentialError";
  }
}

export async function createCredentialSigner(
  privateKeyPem: string,
  ttlSeconds = CREDENTIAL_TTL_SECONDS,
) {
  const key = await importPKCS8(privateKeyPem, ALG);
  return async function sign(credential: InternalCredential): Promise<string> {
    return new SignJWT({
      name: credential.caller.name,
      pid: credential.caller.personId,
      roles: credential.caller.roles,
      rid: credential.requestId,
      cli: credential.caller.client ?? null,
      scp: credential.scopeDigest ?? null,
      sys: credential.system === true,
    })
      .setProtectedHeader({ alg: ALG })
      .setSubject(credential.caller.subject)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(key);
  };
}

/**
 * How long before its expiry a reused credential is signed afresh: any subgraph call sent with it
 * still has at least this long (less the second `iat` is rounded by) to be verified.
 */
export const CREDENTIAL_RENEW_MARGIN_SECONDS = 10;

/**
 * One request's credential, signed on first use and reused for every subgraph call of the request
 * (its contents are the request's: caller, request id, scope digest), signed again only when the
 * request outlives all but the last `CREDENTIAL_RENEW_MARGIN_SECONDS` of its validity.
 */
export function reusableCredential(
  sign: (credential: InternalCredential) => Promise<string>,
  credential: InternalCredential,
  ttlSeconds = CREDENTIAL_TTL_SECONDS,
): () => Promise<string> {
  let token: Promise<string> | undefined;
  let renewAt = 0;
  return () => {
    const now = Date.now();
    if (!token || now >= renewAt) {
      renewAt = now + (ttlSeconds - CREDENTIAL_RENEW_MARGIN_SECONDS) * 1000;
      const signed = sign(credential);
      token = signed;
      // A failed signature is not kept: the next call tries again.
      signed.catch(() => {
        if (token === signed) token = undefined;
      });
    }
    return token;
  };
}

export type CredentialVerifier = (token: string | undefined) => Promise<InternalCredential>;

/** A copy of a cached credential, so that no caller can change what the next one is served. */
function copy(credential: InternalCredential): InternalCredential {
  return { ...credential, caller: { ...credential.caller, roles: [...credential.caller.roles] } };
}

/**
 * Verifies the gateway's credentials. A credential verified once is served from a small cache by
 * its exact text until it expires (one request's credential reaches several subgraph calls); pass
 * `cache: false` to verify every time.
 */
export async function createCredentialVerifier(
  publicKeyPem: string,
  options: { cache?: boolean } = {},
): Promise<CredentialVerifier> {
  const key = await importSPKI(publicKeyPem, ALG);
  const verified = options.cache === false ? undefined : new VerifiedTokens<InternalCredential>();
  return async function verify(token) {
    if (!token) throw new CredentialError("missing gateway credential");
    const cached = verified?.get(token);
    if (cached) return copy(cached);
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: [ALG],
      });
      const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
      const credential: InternalCredential = {
        caller: {
          subject: String(payload.sub),
          personId: typeof payload.pid === "string" ? payload.pid : null,
          name: typeof payload.name === "string" ? payload.name : "",
          roles,
          client: typeof payload.cli === "string" ? payload.cli : undefined,
        },
        requestId: typeof payload.rid === "string" ? payload.rid : "",
        scopeDigest: typeof payload.scp === "string" ? payload.scp : null,
        system: payload.sys === true,
      };
      verified?.set(token, copy(credential), payload.exp);
      return credential;
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new CredentialError("gateway credential expired");
      throw new CredentialError("invalid gateway credential");
    }
  };
}
