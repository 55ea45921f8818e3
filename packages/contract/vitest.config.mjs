import { campusVitestConfig } from "../../vitest.shared.mjs";

export default campusVitestConfig({ database: false });
