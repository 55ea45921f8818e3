export * from "./database";
export * from "./callers";
export * from "./keys";
export * from "./subgraphs";
export { default as startTestPostgres } from "./global-setup";
export * from "./assertions";
export * from "./typed";
