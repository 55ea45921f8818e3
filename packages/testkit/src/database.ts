import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase, withDatabase } from "@campus/db";
import { SERVER_URL_ENV } from "./global-setup";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  const url = process.env[SERVER_URL_ENV];
  if (!url)
    throw new Error(
      `${SERVER_URL_ENV} is not set: add @campus/testkit's global setup to the vitest config`,
    );
  return url;
}

/** A new, empty database for one test file: no test sees another's rows. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = `test_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(server, name);
  return { url: withDatabase(server, name), drop: () => dropDatabase(server, name) };
}
