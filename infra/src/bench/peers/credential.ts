/**
 * What a peer gateway (and the benchmark's direct "floor" calls) must do so our subgraphs answer
 * it as they answer our gateway: verify the user's token, sign the same internal credential (the
 * caller, a request id, the digest of the caller's access scope) for every subgraph request, and
 * send the scope itself in the request's extensions the first time a subgraph sees it. The scope
 * is the one our gateway gives campus-wide roles (every student); other roles would need our
 * gateway's scope resolution, which a peer does not have, so they get none.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { CAMPUS_WIDE_ROLES, encodeScope, type EncodedScope } from "@campus/access";
import {
  createCredentialSigner,
  createUserTokenVerifier,
  DEFAULT_AUDIENCE,
  DEV_ISSUER,
  readPem,
  type Caller,
  type InternalCredential,
  type UserTokenVerifier,
} from "@campus/auth";
import { SUBGRAPHS } from "@campus/contract";

export { CREDENTIAL_HEADER, REQUEST_ID_HEADER } from "@campus/auth";
export { SCOPE_EXTENSION } from "@campus/access";

/** How long a subgraph is taken to remember a scope it was sent: our gateway's figure (5 minutes). */
const SENT_SCOPE_TTL_MS = 5 * 60_000;
/** The application name a client gives, as our gateway reads it for the audit log. */
const CLIENT_HEADER = "x-campus-client";
const CLIENT_NAME = /^[A-Za-z0-9._-]{1,40}$/;

export type Sign = (credential: InternalCredential) => Promise<string>;

/** What a subgraph request carries: the signed credential, and the scope blob when it is news. */
export interface SubgraphCredential {
  credential: string;
  requestId: string;
  scopeBlob?: string;
}

/** Signs credentials for subgraph requests and remembers which subgraph has seen which scope. */
export class SubgraphCredentials {
  private readonly scopes = new Map<string, EncodedScope>();
  private readonly sent = new Map<string, number>();

  constructor(private readonly sign: Sign) {}

  /** The scope our gateway resolves for a caller holding only campus-wide roles. */
  scopeOf(caller: Caller): EncodedScope {
    const roles = caller.roles.filter((role) => CAMPUS_WIDE_ROLES.includes(role)).sort();
    const key = roles.join(",");
    let encoded = this.scopes.get(key);
    if (!encoded) {
      encoded = encodeScope({
        students: Object.fromEntries(roles.map((role) => [role, "all" as const])),
      });
      this.scopes.set(key, encoded);
    }
    return encoded;
  }

  async forRequest(
    subgraph: string,
    caller: Caller,
    requestId: string,
  ): Promise<SubgraphCredential> {
    const scope = this.scopeOf(caller);
    const credential = await this.sign({ caller, requestId, scopeDigest: scope.digest });
    const key = `${subgraph}\u0000${scope.digest}`;
    const now = Date.now();
    if ((this.sent.get(key) ?? 0) > now) return { credential, requestId };
    this.sent.set(key, now + SENT_SCOPE_TTL_MS);
    return { credential, requestId, scopeBlob: scope.blob };
  }
}

/** A peer gateway's configuration, from the environment the benchmark gives its process. */
export interface PeerConfig {
  port: number;
  supergraphSdl: string;
  /** Where each subgraph listens, by name (the supergraph's routing URLs are the default ports). */
  subgraphUrls: Record<string, string>;
  verifyUser: UserTokenVerifier;
  credentials: SubgraphCredentials;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/**
 * PEER_PORT, SUPERGRAPH_PATH (the supergraph file), ORGANISATION_URL and the other
 * subgraphs' URLs, AUTH_PUBLIC_KEY and AUTH_ISSUER (the user tokens' issuer), and
 * INTERNAL_CREDENTIAL_PRIVATE_KEY (what our gateway signs credentials with).
 */
export async function readPeerConfig(env: NodeJS.ProcessEnv = process.env): Promise<PeerConfig> {
  const port = Number(required(env, "PEER_PORT"));
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PEER_PORT is not a port: ${env.PEER_PORT}`);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, required(env, `${s.name.toUpperCase()}_URL`)]),
  );
  return {
    port,
    supergraphSdl: readFileSync(required(env, "SUPERGRAPH_PATH"), "utf8"),
    subgraphUrls,
    verifyUser: await createUserTokenVerifier({
      issuer: env.AUTH_ISSUER ?? DEV_ISSUER,
      audience: env.AUTH_AUDIENCE ?? DEFAULT_AUDIENCE,
      publicKeyPem: readPem(required(env, "AUTH_PUBLIC_KEY")),
    }),
    credentials: new SubgraphCredentials(
      await createCredentialSigner(readPem(required(env, "INTERNAL_CREDENTIAL_PRIVATE_KEY"))),
    ),
  };
}

/** The caller of a client request, as our gateway names it: the token's user and the client app. */
export async function callerOf(
  verifyUser: UserTokenVerifier,
  headers: { get(name: string): string | null | undefined },
): Promise<Caller> {
  const match = headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i);
  if (!match) throw new Error("sign in first: send Authorization: Bearer <token>");
  const client = headers.get(CLIENT_HEADER);
  return {
    ...(await verifyUser(match[1])),
    client: client && CLIENT_NAME.test(client) ? client : "api",
  };
}

/** A request id for a client request, as our gateway makes one. */
export const newRequestId = (): string => randomUUID();
