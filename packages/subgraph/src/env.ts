import { readPem } from "@campus/auth";
import { parseLogLevel, type LogLevel } from "@campus/log";
import type { SubgraphJob } from "./definition";

export interface SubgraphEnv {
  port: number;
  host: string;
  databaseUrl: string;
  credentialPublicKeyPem: string;
  migrate: boolean;
  production: boolean;
  logLevel: LogLevel;
  logSql: boolean;
  /** Seconds between runs per job: the job's default, or `JOB_<NAME>_SECONDS` (0 turns it off). */
  jobIntervals: Record<string, number>;
  /** Whether this instance takes jobs from the queue: `JOB_WORKER=false` for a replica that only serves. */
  jobWorker: boolean;
  /** How this subgraph asks the graph through the gateway's relay; see graph.ts. */
  graph: { gatewayUrl: string; privateKeyPem: string } | undefined;
  /** Bearer secret for /metrics (see @campus/metrics). */
  metricsToken?: string;
}

/** Reads and checks a subgraph process's configuration, reporting every problem at once. */
export function readSubgraphEnv(
  name: string,
  defaultPort: number,
  jobs: readonly SubgraphJob[] = [],
  env: NodeJS.ProcessEnv = process.env,
): SubgraphEnv {
  const problems: string[] = [];
  const jobIntervals: Record<string, number> = {};
  for (const job of jobs) {
    const variable = `JOB_${job.name.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_SECONDS`;
    const text = env[variable];
    const seconds = text === undefined ? job.everySeconds : Number(text);
    if (!Number.isFinite(seconds) || seconds < 0)
      problems.push(`${variable} is not a number of seconds: ${text}`);
    else jobIntervals[job.name] = seconds;
  }
  // Read only where there are jobs, so a manifest setting it on another subgraph is caught.
  let jobWorker = false;
  if (jobs.length) {
    const text = env.JOB_WORKER ?? "true";
    if (text !== "true" && text !== "false")
      problems.push(`JOB_WORKER is not true or false: ${text}`);
    jobWorker = text !== "false";
  }
  const prefix = name.toUpperCase();
  const portText = env[`${prefix}_PORT`] ?? String(defaultPort);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`${prefix}_PORT is not a port: ${portText}`);
  const databaseUrl = env.DATABASE_URL ?? "";
  if (!databaseUrl) problems.push("DATABASE_URL is not set");
  let credentialPublicKeyPem = "";
  const key = env.INTERNAL_CREDENTIAL_PUBLIC_KEY;
  if (!key) problems.push("INTERNAL_CREDENTIAL_PUBLIC_KEY is not set (PEM text or a file path)");
  else {
    try {
      credentialPublicKeyPem = readPem(key);
    } catch (error) {
      problems.push(`INTERNAL_CREDENTIAL_PUBLIC_KEY cannot be read: ${(error as Error).message}`);
    }
  }
  const graph = readGraphClientEnv(env, problems);
  if (problems.length)
    throw new Error(`${name} subgraph configuration:\n- ${problems.join("\n- ")}`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databaseUrl,
    credentialPublicKeyPem,
    migrate: env.MIGRATE_ON_START !== "false",
    production: env.NODE_ENV === "production",
    logLevel: parseLogLevel(env.LOG_LEVEL),
    logSql: env.LOG_SQL === "1",
    jobIntervals,
    jobWorker,
    graph,
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}

/**
 * GRAPH_CLIENT_PRIVATE_KEY (and GATEWAY_URL, default the local gateway): without the key the
 * subgraph cannot ask the graph, and whatever needs to (checking people exist) refuses with
 * SERVICE_UNAVAILABLE instead of writing unchecked rows.
 */
function readGraphClientEnv(env: NodeJS.ProcessEnv, problems: string[]): SubgraphEnv["graph"] {
  const key = env.GRAPH_CLIENT_PRIVATE_KEY;
  if (!key) return undefined;
  const gatewayUrl = env.GATEWAY_URL ?? "http://127.0.0.1:4000";
  if (!URL.canParse(gatewayUrl)) problems.push(`GATEWAY_URL is not a URL: ${gatewayUrl}`);
  try {
    return { gatewayUrl, privateKeyPem: readPem(key) };
  } catch (error) {
    problems.push(`GRAPH_CLIENT_PRIVATE_KEY cannot be read: ${(error as Error).message}`);
    return undefined;
  }
}
