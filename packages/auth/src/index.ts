export * from "./caller";
export * from "./keys";
export * from "./credential";
export * from "./user-token";
export * from "./graph-assertion";
export * from "./verified-tokens";
