import { campusVitestConfig } from "../vitest.shared.mjs";

const config = campusVitestConfig({ testTimeout: 90_000 });
// A page answers through four subgraphs and a real browser: on a loaded 2-core machine a step can
// take longer than vitest's default 1 s of polling, which would fail a test for no fault of the app.
config.test.expect = { poll: { timeout: 10_000 } };
// i18next-icu's ESM build default-imports intl-messageformat, a CommonJS package in Node (its ESM
// build is only under "module", which bundlers read and Node does not): let Vite load i18next-icu,
// as it does for the app, so that import gets the class and not the CommonJS exports object.
config.test.server = { deps: { inline: ["i18next-icu"] } };
export default config;
