// @campus/subgraph/data: what entities, loaders and services build on.
import "reflect-metadata";
export * from "./entity";
export * from "./enums";
export * from "./pagination";
export * from "./loaders";
export * from "./sql";
