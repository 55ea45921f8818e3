import { createHash, createPublicKey } from "node:crypto";
import { SignJWT, decodeJwt, importPKCS8, jwtVerify } from "jose";
import { isPurpose, type Purpose } from "@campus/access";
import { AuthenticationError, type Caller } from "@campus/auth";
import type { InternalClient } from "./internal";
import type { ServiceClientGrantQuery } from "./generated/people/graphql";
import { ServiceClientGrant as GRANT } from "./operations/people";

/** A departmental app as the registry (people subgraph) knows it: what it may run and read. */
export type ServiceClientGrant = Omit<
  NonNullable<ServiceClientGrantQuery["serviceClientGrant"]>,
  "purposes"
> & { purposes: Purpose[] };
const ISSUER = "campus-gateway";
/** Not the audience of user tokens nor of subgraph credentials: a service token is good only here. */
export const SERVICE_TOKEN_AUDIENCE = "campus-graph-clients";

export interface ServiceClientsOptions {
  internal: InternalClient;
  /** The gateway's signing key (Ed25519); service tokens are verified with its public half. */
  privateKeyPem: string;
  tokenTtlSeconds: number;
  /** How long a client's registration is reused; revocation takes effect within it. */
  registryCacheMs: number;
}

export interface ServiceSession {
  caller: Caller;
  grant: ServiceClientGrant;
}

export function operationHash(document: string): string {
  return createHash("sha256").update(document).digest("hex");
}

/**
 * Client credentials for departmental apps: the registry holds each client's secret hash, its
 * purposes and its registered (persisted) operations; the gateway exchanges a secret for a short
 * token and, on every request, lets the client run only its registered operations.
 */
export class ServiceClients {
  private readonly grants = new Map<
    string,
    { grant: Promise<ServiceClientGrant | null>; expires: number }
  >();
  private signingKey?: ReturnType<typeof importPKCS8>;
  private readonly publicKey;

  constructor(private readonly options: ServiceClientsOptions) {
    this.publicKey = createPublicKey(options.privateKeyPem);
  }

  private async fetchGrant(
    clientId: string,
    secret: string | null,
  ): Promise<ServiceClientGrant | null> {
    const data = await this.options.internal.query("people", GRANT, { clientId, secret });
    const grant = data.serviceClientGrant;
    return grant ? { ...grant, purposes: grant.purposes.filter(isPurpose) } : null;
  }

  /** The client's current registration; null once revoked. */
  grant(clientId: string): Promise<ServiceClientGrant | null> {
    const now = Date.now();
    const cached = this.grants.get(clientId);
    if (cached && cached.expires > now) return cached.grant;
    const grant = this.fetchGrant(clientId, null);
    grant.catch(() => this.grants.delete(clientId));
    this.grants.set(clientId, { grant, expires: now + this.options.registryCacheMs });
    return grant;
  }

  /** OAuth 2.0 client credentials: a token for a client whose secret matches, else null. */
  async issueToken(
    clientId: string,
    secret: string,
  ): Promise<{ access_token: string; token_type: "Bearer"; expires_in: number } | null> {
    if (!/^[0-9a-f-]{36}$/i.test(clientId) || !secret) return null;
    const grant = await this.fetchGrant(clientId, secret);
    if (!grant) return null;
    this.signingKey ??= importPKCS8(this.options.privateKeyPem, "EdDSA");
    const token = await new SignJWT({ name: grant.name })
      .setProtectedHeader({ alg: "EdDSA" })
      .setSubject(`client:${grant.id}`)
      .setIssuer(ISSUER)
      .setAudience(SERVICE_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.options.tokenTtlSeconds}s`)
      .sign(await this.signingKey);
    return { access_token: token, token_type: "Bearer", expires_in: this.options.tokenTtlSeconds };
  }

  /** Whether a bearer token claims to be one of ours, before verifying it. */
  static isServiceToken(token: string): boolean {
    try {
      const claims = decodeJwt(token);
      return (
        claims.iss === ISSUER &&
        (claims.aud === SERVICE_TOKEN_AUDIENCE ||
          (Array.isArray(claims.aud) && claims.aud.includes(SERVICE_TOKEN_AUDIENCE)))
      );
    } catch {
      return false;
    }
  }

  async verify(token: string): Promise<ServiceSession> {
    let subject: string;
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        issuer: ISSUER,
        audience: SERVICE_TOKEN_AUDIENCE,
        algorithms: ["EdDSA"],
      });
      subject = String(payload.sub ?? "");
    } catch (error) {
      throw new AuthenticationError(
        (error as Error).name === "JWTExpired" ? "token expired" : "invalid token",
      );
    }
    const clientId = subject.replace(/^client:/, "");
    const grant = await this.grant(clientId);
    if (!grant) throw new AuthenticationError("this service client is unknown or revoked");
    return {
      grant,
      caller: {
        subject,
        personId: null,
        name: grant.name,
        roles: ["service"],
        client: `service:${grant.id}`,
      },
    };
  }

  /**
   * The document a service request may run: its own query if registered, or the registered
   * document for a persisted-query hash. Null: the operation is not this client's to run.
   */
  static registeredDocument(
    grant: ServiceClientGrant,
    body: { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } },
  ): string | null {
    if (typeof body.query === "string") {
      const hash = operationHash(body.query);
      return grant.operations.some((op) => op.sha256 === hash) ? body.query : null;
    }
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    return grant.operations.find((op) => op.sha256 === hash)?.document ?? null;
  }
}
