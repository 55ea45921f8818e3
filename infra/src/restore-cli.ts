/**
 * `npm run restore -- <backup folder> [--database <name>]`: restores a backup made by
 * `npm run backup` into the platform's database, or into another database on the same server
 * (created when missing), which must be empty.
 */
import { resolve } from "node:path";
import { ensureDatabase, withDatabase } from "@campus/db";
import { restoreDatabase } from "./backup";
import { openToolDatabase } from "./database";
import { readPlatformEnv } from "./env";
import { subgraphModules } from "./subgraphs";

async function main() {
  const args = process.argv.slice(2);
  const named = args.indexOf("--database");
  const database = named >= 0 ? args[named + 1] : undefined;
  const source = args.find((a, i) => !a.startsWith("--") && !(named >= 0 && i === named + 1));
  if (!source || (named >= 0 && !database)) {
    console.error("usage: npm run restore -- <backup folder> [--database <name>]");
    process.exit(2);
  }
  const env = readPlatformEnv(process.env, []);
  const db = await openToolDatabase(env, console.log);
  try {
    let url = db.url;
    if (database) {
      await ensureDatabase(db.url, database);
      url = withDatabase(db.url, database);
    }
    await restoreDatabase(url, subgraphModules, resolve(source), console.log);
    console.log(`restored ${resolve(source)}${database ? ` into database ${database}` : ""}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
