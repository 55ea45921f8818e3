import { join, resolve } from "node:path";
import { SUBGRAPHS } from "@campus/contract";
import { repoRoot } from "@campus/gateway";
import { portProblems } from "./ports";

export { repoRoot };

export interface PlatformEnv {
  /** A real PostgreSQL server; unset means the embedded one. */
  databaseUrl: string | undefined;
  /** Project-local folder for the embedded cluster, development keys and demo users (git-ignored). */
  dataDir: string;
  embeddedPort: number;
  gatewayPort: number;
  /** Port of each subgraph, by name (ORGANISATION_PORT, PEOPLE_PORT, ...). */
  subgraphPorts: Record<string, number>;
  logLevel: string;
  /** NODE_ENV=production or `--production`: no development sign-in, keys or demo data unless asked. */
  production: boolean;
  /** Load the demo campus into empty subgraphs: always in development, with `--demo` or DEMO_DATA=1 in production. */
  seedDemo: boolean;
}

/** The configuration `npm start`, `npm run migrate`, `npm run backup` and `npm run token` share; every problem at once. */
export function readPlatformEnv(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
): PlatformEnv {
  const production = env.NODE_ENV === "production" || argv.includes("--production");
  const databaseUrl = env.DATABASE_URL || undefined;
  const { values, problems } = portProblems([
    { variable: "GATEWAY_PORT", text: env.GATEWAY_PORT, fallback: 4000, http: true },
    ...SUBGRAPHS.map((s) => ({
      variable: `${s.name.toUpperCase()}_PORT`,
      text: env[`${s.name.toUpperCase()}_PORT`],
      fallback: s.defaultPort,
      http: true,
    })),
    // PostgreSQL's port only has to differ from the others, and only when it is ours.
    ...(databaseUrl
      ? []
      : [
          {
            variable: "EMBEDDED_PG_PORT",
            text: env.EMBEDDED_PG_PORT,
            fallback: 54329,
            http: false,
          },
        ]),
  ]);
  if (production) {
    // Development sign-in is off in production: the gateway can only trust a real identity provider.
    if (!env.AUTH_JWKS_URL && !env.AUTH_PUBLIC_KEY) {
      problems.push(
        "production needs the identity provider's keys: set AUTH_JWKS_URL (its JWKS address) or AUTH_PUBLIC_KEY (PEM text or file)",
      );
    }
    if (!env.AUTH_ISSUER)
      problems.push(
        "production needs AUTH_ISSUER: the `iss` the identity provider puts in its tokens",
      );
    if (env.DEV_SIGN_IN_USERS) problems.push("DEV_SIGN_IN_USERS must not be set in production");
  }
  if (problems.length) throw new Error(`configuration:\n- ${problems.join("\n- ")}`);
  const [gatewayPort, ...rest] = values;
  return {
    databaseUrl,
    dataDir: resolve(env.CAMPUS_DATA_DIR ?? join(repoRoot, ".data")),
    embeddedPort: databaseUrl ? 54329 : rest[SUBGRAPHS.length],
    gatewayPort: gatewayPort,
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, rest[i]])),
    logLevel: env.LOG_LEVEL ?? "info",
    production,
    seedDemo:
      !production || argv.includes("--demo") || env.DEMO_DATA === "1" || env.DEMO_DATA === "true",
  };
}
