import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Client } from "pg";
import {
  dropDatabase,
  ensureDatabase,
  freePort,
  startEmbeddedPostgres,
  withDatabase,
} from "../src";

describe("embedded PostgreSQL", () => {
  it("keeps its data across a restart when persistent", async () => {
    const parent = mkdtempSync(join(tmpdir(), "campus-db-test-"));
    // As root, PostgreSQL runs as an unprivileged user that must be able to reach the folder.
    chmodSync(parent, 0o755);
    const dataDir = join(parent, "pg");
    const port = await freePort();
    try {
      const first = await startEmbeddedPostgres({ dataDir, port, persistent: true });
      await ensureDatabase(first.url, "campus");
      await ensureDatabase(first.url, "campus"); // idempotent
      const client = new Client({ connectionString: first.databaseUrl("campus") });
      await client.connect();
      await client.query("create table kept (v int); insert into kept values (42)");
      await client.end();
      await first.stop();

      const second = await startEmbeddedPostgres({ dataDir, port, persistent: true });
      const again = new Client({ connectionString: withDatabase(second.url, "campus") });
      await again.connect();
      expect((await again.query("select v from kept")).rows).toEqual([{ v: 42 }]);
      await again.end();
      await dropDatabase(second.url, "campus");
      await second.stop();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it("refuses database names it would have to quote", async () => {
    await expect(ensureDatabase("postgresql://x@127.0.0.1:1/postgres", 'x"; drop')).rejects.toThrow(
      /unsafe database name/,
    );
  });
});
