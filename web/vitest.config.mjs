import { campusVitestConfig } from "../vitest.shared.mjs";

const config = campusVitestConfig({ testTimeout: 60000 });
// A page answers through four subgraphs and a real browser: on a loaded 2-core machine a step can
// take longer than vitest's default 1 s of polling, which would fail a test for no fault of the app.
config.test.expect = { poll: { timeout: 5_000 } };
export default config;
