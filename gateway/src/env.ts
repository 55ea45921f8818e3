import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEFAULT_AUDIENCE,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  DEV_ISSUER,
  readPem,
  type Role,
  type UserTokenConfig,
} from "@campus/auth";
import { parseLogLevel, type LogLevel } from "@campus/log";
import { SUBGRAPHS, localSubgraphUrl, repoRoot, supergraphPath } from "./compose";
import { parseTrustedRoles } from "./identity";
import { DEFAULT_LIMITS, type OperationLimits } from "./limits";
import { readRateLimits, type RateLimits } from "./rate-limits";
import type { DevUser } from "./server";

export interface GatewayEnv {
  port: number;
  host: string;
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  userTokens: UserTokenConfig;
  credentialPrivateKeyPem: string;
  subgraphTimeoutMs: number;
  webDir: string;
  devSignIn?: { privateKeyPem: string; users: DevUser[] };
  production: boolean;
  logLevel: LogLevel;
  scopeTtlMs: number;
  limits: OperationLimits;
  graphClientPublicKeyPem?: string;
  trustedRoles: Role[];
  rateLimits: RateLimits;
  metricsToken?: string;
}

/** Reads and checks the gateway's configuration, reporting every problem at once. */
export function readGatewayEnv(env: NodeJS.ProcessEnv = process.env): GatewayEnv {
  const problems: string[] = [];
  const number = (name: string, fallback: number) => {
    const text = env[name] ?? String(fallback);
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0)
      problems.push(`${name} is not a whole number: ${text}`);
    return value;
  };
  const pem = (name: string, required: boolean) => {
    const value = env[name];
    if (!value) {
      if (required) problems.push(`${name} is not set (PEM text or a file path)`);
      return "";
    }
    try {
      return readPem(value);
    } catch (error) {
      problems.push(`${name} cannot be read: ${(error as Error).message}`);
      return "";
    }
  };
  const jwksUrl = env.AUTH_JWKS_URL;
  const publicKeyPem = pem("AUTH_PUBLIC_KEY", !jwksUrl);
  const credentialPrivateKeyPem = pem("INTERNAL_CREDENTIAL_PRIVATE_KEY", true);
  const graphClientPublicKeyPem = pem("GRAPH_CLIENT_PUBLIC_KEY", false);
  const port = number("GATEWAY_PORT", 4000);
  const subgraphTimeoutMs = number("SUBGRAPH_TIMEOUT_MS", 10_000);
  const scopeTtlMs = number("SCOPE_TTL_SECONDS", 30) * 1000;
  const limits: OperationLimits = {
    maxDepth: number("LIMIT_DEPTH", DEFAULT_LIMITS.maxDepth),
    maxAliases: number("LIMIT_ALIASES", DEFAULT_LIMITS.maxAliases),
    maxCost: number("LIMIT_COST", DEFAULT_LIMITS.maxCost),
    maxTokens: number("LIMIT_TOKENS", DEFAULT_LIMITS.maxTokens),
    maxSelections: number("LIMIT_SELECTIONS", DEFAULT_LIMITS.maxSelections),
  };
  const maxLifetimeSeconds = number(
    "AUTH_MAX_TOKEN_LIFETIME_SECONDS",
    DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  );
  const trustedRoles = parseTrustedRoles(env.AUTH_TRUSTED_ROLES, problems);
  const rateLimits = readRateLimits(number, problems);
  let supergraphSdl = "";
  const path = env.SUPERGRAPH_PATH ?? supergraphPath;
  try {
    supergraphSdl = readFileSync(path, "utf8");
  } catch {
    problems.push(`SUPERGRAPH_PATH cannot be read: ${path}`);
  }
  // Development sign-in stands in for campus SSO; it is refused in production.
  let devSignIn: GatewayEnv["devSignIn"];
  if (env.DEV_SIGN_IN_USERS) {
    if (env.NODE_ENV === "production")
      problems.push("DEV_SIGN_IN_USERS must not be set in production");
    const privateKeyPem = pem("DEV_ISSUER_PRIVATE_KEY", true);
    try {
      devSignIn = {
        privateKeyPem,
        users: JSON.parse(readFileSync(env.DEV_SIGN_IN_USERS, "utf8")) as DevUser[],
      };
    } catch (error) {
      problems.push(`DEV_SIGN_IN_USERS cannot be read: ${(error as Error).message}`);
    }
  }
  if (problems.length) throw new Error(`gateway configuration:\n- ${problems.join("\n- ")}`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    supergraphSdl,
    subgraphUrls: Object.fromEntries(
      SUBGRAPHS.map((s) => [
        s.name,
        env[`${s.name.toUpperCase()}_URL`] ?? localSubgraphUrl(s.defaultPort),
      ]),
    ),
    userTokens: {
      issuer: env.AUTH_ISSUER ?? DEV_ISSUER,
      audience: env.AUTH_AUDIENCE ?? DEFAULT_AUDIENCE,
      jwksUrl,
      publicKeyPem: publicKeyPem || undefined,
      algorithm: env.AUTH_KEY_ALGORITHM,
      maxLifetimeSeconds,
    },
    credentialPrivateKeyPem,
    subgraphTimeoutMs,
    webDir: env.WEB_DIR ?? join(repoRoot, "web/dist"),
    devSignIn,
    production: env.NODE_ENV === "production",
    logLevel: parseLogLevel(env.LOG_LEVEL),
    scopeTtlMs,
    limits,
    graphClientPublicKeyPem: graphClientPublicKeyPem || undefined,
    trustedRoles,
    rateLimits,
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}
