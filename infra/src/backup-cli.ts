/** `npm run backup [-- <folder>]`: a backup of the platform's database (see backup.ts), by default in <data>/backups/<time>. */
import { join, resolve } from "node:path";
import { backupDatabase } from "./backup";
import { openToolDatabase } from "./database";
import { readPlatformEnv } from "./env";
import { subgraphModules } from "./subgraphs";

async function main() {
  const env = readPlatformEnv(process.env, []);
  const target = process.argv[2];
  const dir = target
    ? resolve(target)
    : join(env.dataDir, "backups", new Date().toISOString().replace(/[:.]/g, "-"));
  const db = await openToolDatabase(env, console.log);
  try {
    const manifest = await backupDatabase(
      db.url,
      subgraphModules.map((m) => m.definition.database.schema),
      dir,
    );
    for (const schema of manifest.schemas)
      console.log(
        `${schema.name}: ${schema.tables.reduce((n, t) => n + t.rows, 0)} rows in ${schema.tables.length} tables`,
      );
    console.log(`backup written to ${dir}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
