/**
 * vitest globalSetup: one PostgreSQL server per test run (shared by every project of the run). With DATABASE_URL set, that server is
 * used; otherwise a throwaway embedded one is started and removed afterwards. Each test file then
 * makes its own database on it (createTestDatabase).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startEmbeddedPostgres } from "@campus/db";

export const SERVER_URL_ENV = "CAMPUS_TEST_SERVER_URL";

export default async function setup(): Promise<() => Promise<void>> {
  // Several workspaces run in one vitest process (the root config's projects): each project's
  // global setup runs, and the first one's server serves them all.
  if (process.env[SERVER_URL_ENV]) return async () => {};
  if (process.env.DATABASE_URL) {
    process.env[SERVER_URL_ENV] = process.env.DATABASE_URL;
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), "campus-test-pg-"));
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
    // A throwaway cluster needs no durability (PostgreSQL's "non-durable settings"): without them
    // every commit and every `create database … template` waits on the disk. Locks, isolation and
    // constraints are untouched; only a crash of the machine would lose data, and it is thrown away.
    postgresFlags: [
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    ],
  });
  process.env[SERVER_URL_ENV] = pg.url;
  return async () => {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
