import { join, resolve } from "node:path";
import { SUBGRAPHS, repoRoot } from "@campus/gateway";

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
}


/** The configuration `npm start`, `npm run migrate` and `npm run token` share. */
export function readPlatformEnv(env: NodeJS.ProcessEnv = process.env): PlatformEnv {
  const problems: string[] = [];
  const port = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value <= 0 || value > 65535) problems.push(`${name} is not a port: ${env[name]}`);
    return value;
  };
  const result = {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.CAMPUS_DATA_DIR ?? join(repoRoot, ".data")),
    embeddedPort: port("EMBEDDED_PG_PORT", 54329),
    gatewayPort: port("GATEWAY_PORT", 4000),
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, port(`${s.name.toUpperCase()}_PORT`, s.defaultPort)])),
    logLevel: env.LOG_LEVEL ?? "info",
  };
  if (problems.length) throw new Error(`configuration:\n- ${problems.join("\n- ")}`);
  return result;
}
