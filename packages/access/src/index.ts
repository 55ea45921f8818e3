export * from "./policy";
export * from "./scope";
export * from "./access";
export * from "./audit";
export * from "./schema";
