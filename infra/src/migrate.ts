/** `npm run migrate`: apply every subgraph's committed migrations, nothing else. */
import { readPlatformEnv } from "./env";
import { openPlatformDatabase, prepareSubgraphs } from "./database";
import { subgraphModules } from "./subgraphs";

async function main() {
  const env = readPlatformEnv();
  const db = await openPlatformDatabase(env, console.log);
  try {
    await prepareSubgraphs(subgraphModules, db.url, { seedDemo: false }, console.log);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
