import { randomUUID } from "node:crypto";
import { SignJWT, errors, importPKCS8, importSPKI, jwtVerify } from "jose";
import { CredentialError } from "./credential";

/**
 * A subgraph asking the graph (the gateway's relay) proves it is one of the platform's services
 * with a short assertion signed by the graph-client key (RFC 7523 style: a signed JWT per call,
 * no standing bearer secret on the wire). The gateway holds only the public half.
 */
export const GRAPH_ASSERTION_AUDIENCE = "campus-gateway-relay";
const ALG = "EdDSA";
const TTL_SECONDS = 30;

export async function createGraphAssertionSigner(privateKeyPem: string, service: string) {
  const key = await importPKCS8(privateKeyPem, ALG);
  return (requestId: string) =>
    new SignJWT({ rid: requestId })
      .setProtectedHeader({ alg: ALG })
      .setIssuer(`subgraph:${service}`)
      .setSubject(`subgraph:${service}`)
      .setAudience(GRAPH_ASSERTION_AUDIENCE)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${TTL_SECONDS}s`)
      .sign(key);
}

export interface GraphAssertion {
  /** The subgraph's name, e.g. evaluation. */
  service: string;
  requestId: string;
}

export async function createGraphAssertionVerifier(publicKeyPem: string) {
  const key = await importSPKI(publicKeyPem, ALG);
  return async (token: string | undefined): Promise<GraphAssertion> => {
    if (!token) throw new CredentialError("missing service assertion");
    try {
      const { payload } = await jwtVerify(token, key, {
        audience: GRAPH_ASSERTION_AUDIENCE,
        algorithms: [ALG],
        maxTokenAge: `${TTL_SECONDS}s`,
      });
      const subject = String(payload.sub ?? "");
      if (!subject.startsWith("subgraph:") || payload.iss !== subject)
        throw new CredentialError("invalid service assertion");
      return {
        service: subject.slice("subgraph:".length),
        requestId: typeof payload.rid === "string" ? payload.rid : "",
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new CredentialError("service assertion expired");
      throw new CredentialError("invalid service assertion");
    }
  };
}
