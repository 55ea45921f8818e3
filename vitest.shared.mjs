// One vitest setup for every workspace (imported by each workspace's vitest.config.mjs).
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export function campusVitestConfig({
  database = true,
  include = ["test/**/*.test.ts"],
  testTimeout = 30_000,
} = {}) {
  return defineConfig({
    resolve: {
      // Vite would load graphql's ESM build while the CommonJS Apollo packages load the CJS one:
      // two copies, and "Cannot use GraphQLObjectType from another module or realm". Pin one.
      alias: { graphql: require.resolve("graphql") },
    },
    test: {
      include,
      globalSetup: database ? [require.resolve("@campus/testkit/dist/src/global-setup.js")] : [],
      testTimeout,
      hookTimeout: 60_000,
      // Each file starts its own servers; three at a time (see the root vitest.config.mjs).
      maxWorkers: 3,
      // A worker runs its files one after another in the same process, keeping what they
      // imported: loading the platform (MikroORM, Apollo, type-graphql, every subgraph) costs
      // seconds, and re-loading it for each of ~130 files was a quarter of the run. Every file
      // still starts its own servers on its own database. Set it to true to give each file a fresh
      // module graph again, to rule out one file leaking state into the next.
      isolate: false,
    },
  });
}
