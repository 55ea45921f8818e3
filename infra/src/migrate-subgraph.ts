/**
 * The migration Job's container entry (infra/deploy/k8s): `node infra/dist/src/migrate-subgraph.js
 * <subgraph>` applies that one subgraph's committed migrations to DATABASE_URL and stops. A cluster
 * deployment gives each subgraph its own database, so `npm run migrate` (every subgraph against one
 * DATABASE_URL, or the embedded server) cannot be the Job's command; this is the same migration
 * step (`prepareSubgraphs`, no demo data) for one subgraph and its own URL.
 */
import { subgraphListing } from "@campus/contract";
import { prepareSubgraphs } from "./database";
import { subgraphModules } from "./subgraphs";

async function main() {
  const name = process.argv[2] ?? "";
  const problems: string[] = [];
  const module = subgraphModules.find((m) => m.definition.name === name);
  if (!module) {
    try {
      subgraphListing(name);
    } catch (error) {
      problems.push((error as Error).message);
    }
    if (!problems.length) problems.push(`${name} has no subgraph module in infra/src/subgraphs.ts`);
  }
  const url = process.env.DATABASE_URL;
  if (!url) problems.push("DATABASE_URL is not set");
  if (!module || !url || problems.length) {
    console.error(`migrate-subgraph configuration:\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  await prepareSubgraphs([module], url, { seedDemo: false }, console.log);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
