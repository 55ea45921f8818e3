import {
  SignJWT,
  jwtVerify,
  importPKCS8,
  importSPKI,
  createRemoteJWKSet,
  errors,
  type JWTVerifyGetKey,
  type KeyLike,
} from "jose";
import { type Caller, type Role, isRole } from "./caller";
import { VerifiedTokens } from "./verified-tokens";

export const DEV_ISSUER = "campus-graph-dev";
export const DEFAULT_AUDIENCE = "campus-graph";

export interface UserTokenConfig {
  issuer: string;
  audience: string;
  /** PEM public key of the identity provider (development issuer or a pinned campus key). */
  publicKeyPem?: string;
  /** JWKS URL of the campus identity provider (OIDC). */
  jwksUrl?: string;
  /** Signing algorithm of a pinned public key (default EdDSA; campus providers often use RS256). */
  algorithm?: string;
  /** Longest lifetime a token may have, from its `iat` or from now to its `exp` (default 8 hours). */
  maxLifetimeSeconds?: number;
  /**
   * How long a verified token is served from a cache (by its exact text, never past its exp)
   * instead of verified again: default 60 s, 0 verifies every request.
   */
  cacheSeconds?: number;
}

/** A user token is verified again at least this often, so a key withdrawn by the provider stops working. */
export const DEFAULT_USER_TOKEN_CACHE_SECONDS = 60;

/** A working day: the development issuer's tokens live exactly this long. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 8 * 3600;

/**
 * Asymmetric algorithms only: a provider's tokens are verified with its public key, and accepting
 * HS256 would let anyone holding that public key mint tokens.
 */
export const USER_TOKEN_ALGORITHMS = [
  "EdDSA",
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
];

export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthenticationError";
  }
}

export type UserTokenVerifier = (token: string) => Promise<Caller>;

export async function createUserTokenVerifier(config: UserTokenConfig): Promise<UserTokenVerifier> {
  let key: KeyLike | JWTVerifyGetKey;
  let algorithms = USER_TOKEN_ALGORITHMS;
  if (config.jwksUrl) key = createRemoteJWKSet(new URL(config.jwksUrl));
  else if (config.publicKeyPem) {
    const algorithm = config.algorithm ?? "EdDSA";
    if (!USER_TOKEN_ALGORITHMS.includes(algorithm))
      throw new Error(
        `user token algorithm ${algorithm} is not one of ${USER_TOKEN_ALGORITHMS.join(", ")}`,
      );
    key = await importSPKI(config.publicKeyPem, algorithm);
    algorithms = [algorithm];
  } else throw new Error("user token verification needs a JWKS URL or a public key");
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const cacheSeconds = config.cacheSeconds ?? DEFAULT_USER_TOKEN_CACHE_SECONDS;
  const verified =
    cacheSeconds > 0 ? new VerifiedTokens<Caller>({ maxAgeMs: cacheSeconds * 1000 }) : undefined;
  return async function verify(token) {
    const cached = verified?.get(token);
    if (cached) return { ...cached, roles: [...cached.roles] };
    try {
      const { payload } = await jwtVerify(token, key as KeyLike, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms,
        requiredClaims: ["exp"],
      });
      if (!payload.sub) throw new AuthenticationError("token has no subject");
      // A token that never expires, or lives for weeks, is a standing key to the platform if it leaks.
      const now = Math.floor(Date.now() / 1000);
      // `exp` is a required claim above: jose refused the token without it.
      const expires = payload.exp ?? 0;
      const lifetime =
        expires - (typeof payload.iat === "number" ? Math.min(payload.iat, now) : now);
      if (lifetime > maxLifetime)
        throw new AuthenticationError(
          `token lives longer than the ${maxLifetime} seconds this platform accepts`,
        );
      const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
      const caller: Caller = {
        subject: payload.sub,
        personId: typeof payload.person_id === "string" ? payload.person_id : null,
        name: typeof payload.name === "string" ? payload.name : payload.sub,
        roles,
      };
      verified?.set(token, { ...caller, roles: [...roles] }, expires);
      return caller;
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      if (error instanceof errors.JWTExpired) throw new AuthenticationError("token expired");
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === "exp")
        throw new AuthenticationError("token has no expiry (exp)");
      throw new AuthenticationError("invalid token");
    }
  };
}

export interface DevUserClaims {
  subject: string;
  name: string;
  personId: string | null;
  roles: Role[];
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

/** Seconds in a lifetime written as jose writes relative times: "8h", "20s", "-1s". */
function lifetimeSeconds(text: string): number {
  const match = /^(-?\d+)(s|m|h|d)$/.exec(text.trim());
  if (!match) throw new Error(`a token lifetime is written like "8h" or "20s", not "${text}"`);
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
}

/** Signs a user token as the development issuer does; never used with a campus identity provider. */
export async function signDevUserToken(
  privateKeyPem: string,
  claims: DevUserClaims,
  options: { issuer?: string; audience?: string; expiresIn?: string } = {},
): Promise<string> {
  const key = await importPKCS8(privateKeyPem, "EdDSA");
  // One reading of the clock for both claims: jose reads it once for iat and again for a relative
  // exp, and a second ticking in between made an "8h" token live 28,801 s, which the verifier's
  // 8-hour cap refused (a rare UNAUTHENTICATED in the authorisation matrix).
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({ name: claims.name, person_id: claims.personId, roles: claims.roles })
    .setProtectedHeader({ alg: "EdDSA" })
    .setSubject(claims.subject)
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds(options.expiresIn ?? "8h"))
    .sign(key);
}
