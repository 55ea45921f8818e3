export * from "./compose";
export * from "./context";
export * from "./data-source";
export * from "./server";
export * from "./env";
