/**
 * `npm run demo:reset` (demo-reset-cli.ts): puts the demo campus back as `npm start` first loaded it. Every subgraph's
 * schema is dropped, its migrations applied again and the demo set loaded through each subgraph's
 * own seed, so whatever was done in the demo since (warnings advanced, people moved, rules
 * published) is gone.
 *
 * It refuses while `npm start` is running on the embedded server (the running services would keep
 * serving what they cached and their jobs would write into the half-loaded campus: stop it, reset,
 * start again), and it asks for `--yes` before dropping anything in a database it did not create
 * (DATABASE_URL) or in production mode.
 */
import { Client } from "pg";
import type { SubgraphModule } from "@campus/subgraph";
import { prepareSubgraphs } from "./database";

/** Drops every subgraph's schema and prepares the subgraphs again with the demo set. */
export async function resetDemo(
  url: string,
  modules: SubgraphModule[],
  log: (line: string) => void = () => {},
): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // One transaction: either every schema is gone or none is.
    await client.query("begin");
    for (const module of modules) {
      const schema = module.definition.database.schema;
      await client.query(`drop schema if exists "${schema.replaceAll('"', '""')}" cascade`);
    }
    await client.query("commit");
    log(`dropped ${modules.map((m) => m.definition.database.schema).join(", ")}`);
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  await prepareSubgraphs(modules, url, { seedDemo: true }, log);
}
