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
  /** Bearer secret for /metrics (see @campus/metrics). */
  metricsToken?: string;
}

/** Reads and checks a subgraph process's configuration, reporting every problem at once. */
export function readSubgraphEnv(name: string, defaultPort: number, jobs: readonly SubgraphJob[] = [], env: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  const problems: string[] = [];
  const jobIntervals: Record<string, number> = {};
  for (const job of jobs) {
    const variable = `JOB_${job.name.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_SECONDS`;
    const text = env[variable];
    const seconds = text === undefined ? job.everySeconds : Number(text);
    if (!Number.isFinite(seconds) || seconds < 0) problems.push(`${variable} is not a number of seconds: ${text}`);
    else jobIntervals[job.name] = seconds;
  }
  const prefix = name.toUpperCase();
  const portText = env[`${prefix}_PORT`] ?? String(defaultPort);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`${prefix}_PORT is not a port: ${portText}`);
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
  if (problems.length) throw new Error(`${name} subgraph configuration:\n- ${problems.join("\n- ")}`);
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
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}
