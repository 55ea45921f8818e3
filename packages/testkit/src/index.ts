export * from "./database";
export * from "./callers";
export * from "./keys";
export * from "./subgraphs";
export * from "./stack";
