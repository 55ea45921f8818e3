// `npm test` runs every workspace's tests in one vitest process: one pool of workers across all
// files (no core idles while one workspace's last long file finishes), one PostgreSQL server for
// the run (see @campus/testkit's global setup), vitest started once. Each workspace keeps its own
// config (vitest.config.mjs beside its package.json), so `npx vitest run` inside one still works.
import { defineConfig } from "vitest/config";
import { BaseSequencer } from "vitest/node";

/**
 * The longest files first, whatever their project: `npm start`'s own test (it starts the whole
 * platform four times), then the browser tests, then the rest in vitest's order. A fresh clone
 * has no timing cache, so vitest would order by project name and file size, leaving the browser
 * tests (the web project sorts last) and the start test to finish alone at the end of the run
 * while the other workers idle; started first, the short files fill in around them.
 */
class LongestFirst extends BaseSequencer {
  async sort(files) {
    const sorted = await super.sort(files);
    const rank = (file) =>
      file.moduleId.endsWith("infra/test/start.test.ts")
        ? 0
        : file.moduleId.endsWith(".e2e.test.ts")
          ? 1
          : 2;
    return sorted
      .map((file, index) => ({ file, index }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
      .map(({ file }) => file);
  }
}

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
    sequence: { sequencer: LongestFirst },
  },
});
