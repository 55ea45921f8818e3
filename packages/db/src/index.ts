export * from "./embedded";
export * from "./admin";
export * from "./orm";
export * from "./free-port";
export * from "./pool";
