/**
 * `npm run demo:reset [-- --yes]`: the demo campus back as `npm start` first loaded it (demo-reset.ts).
 * Refuses while the platform runs on the embedded server; asks for `--yes` before dropping data in
 * DATABASE_URL's database or in production mode.
 */
import { embeddedPlatformRunning, openPlatformDatabase } from "./database";
import { resetDemo } from "./demo-reset";
import { readPlatformEnv } from "./env";
import { subgraphModules } from "./subgraphs";

async function main() {
  const argv = process.argv.slice(2);
  const env = readPlatformEnv(process.env, argv);
  if ((env.databaseUrl || env.production) && !argv.includes("--yes")) {
    console.error(
      `demo:reset drops every subgraph's data in ${env.databaseUrl ? "DATABASE_URL's database" : "a production deployment"} and loads the demo campus; run \`npm run demo:reset -- --yes\` if that is what you want`,
    );
    process.exit(2);
  }
  if (!env.databaseUrl && (await embeddedPlatformRunning(env))) {
    console.error(
      `the platform is running (its embedded PostgreSQL answers on port ${env.embeddedPort}): stop \`npm start\` first, reset, then start again`,
    );
    process.exit(2);
  }
  const db = await openPlatformDatabase(env, console.log);
  try {
    await resetDemo(db.url, subgraphModules, console.log);
    console.log("the demo campus is back as first loaded; `npm start` to use it");
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
