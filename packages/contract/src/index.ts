export * from "./subgraphs";
export * from "./errors";
