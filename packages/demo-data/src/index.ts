export * from "./dataset";
export * from "./ids";
export * from "./builder";
export * from "./demo";
