export * from "./subgraphs";
export * from "./errors";
export * from "./body";
