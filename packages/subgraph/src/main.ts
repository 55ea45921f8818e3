import { subgraphListing } from "@campus/contract";
import type { SubgraphDefinition } from "./definition";
import { readSubgraphEnv } from "./env";
import { startSubgraph } from "./server";

/** The whole of a subgraph's `main`: read configuration, serve, stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraphProcess(definition: SubgraphDefinition): Promise<void> {
  const env = readSubgraphEnv(
    definition.name,
    subgraphListing(definition.name).defaultPort,
    definition.jobs,
  );
  const running = await startSubgraph(definition, {
    databaseUrl: env.databaseUrl,
    port: env.port,
    host: env.host,
    credentialPublicKeyPem: env.credentialPublicKeyPem,
    migrate: env.migrate,
    production: env.production,
    logLevel: env.logLevel,
    logSql: env.logSql,
    jobIntervals: env.jobIntervals,
    jobWorker: env.jobWorker,
    graph: env.graph,
    metricsToken: env.metricsToken,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // On a terminal's Ctrl-C PostgreSQL stops at the same moment, and closing the pool can then
    // wait forever; in-flight requests get 5 seconds, then the process goes regardless.
    const graceful = await Promise.race([
      running.stop().then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), 5_000)),
    ]);
    process.exit(graceful ? 0 : 1);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}
