export * from "./subgraphs";
export * from "./env";
export * from "./database";
