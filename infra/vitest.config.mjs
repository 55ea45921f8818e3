import { campusVitestConfig } from "../vitest.shared.mjs";

export default campusVitestConfig({ testTimeout: 60_000 });
