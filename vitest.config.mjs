// `npm test` runs every workspace's tests in one vitest process: one pool of workers across all
// files (no core idles while one workspace's last long file finishes), one PostgreSQL server for
// the run (see @campus/testkit's global setup), vitest started once. Each workspace keeps its own
// config (vitest.config.mjs beside its package.json), so `npx vitest run` inside one still works.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.mjs",
      "subgraphs/*/vitest.config.mjs",
      "gateway/vitest.config.mjs",
      "web/vitest.config.mjs",
      "infra/vitest.config.mjs",
    ],
    // Each end-to-end file starts its own servers (and a browser). Three at a time on a 2-core
    // machine: with two, the fresh-clone CI kept the cores busy only about half of the time (26
    // CPU-minutes in a 25-minute run), as browser steps wait on pages and servers on each other.
    maxWorkers: 3,
  },
});
