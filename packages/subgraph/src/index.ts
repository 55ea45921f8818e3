// @campus/subgraph: what a domain's resolvers and services use (errors, ids, the request context,
// the definition, the campus calendar, text checks, asking the graph). Entities, loaders and
// pagination are in @campus/subgraph/data; serving a subgraph is @campus/subgraph/server.
import "reflect-metadata";
export * from "./errors";
export * from "./ids";
export * from "./context";
export * from "./definition";
export * from "./jobs";
export * from "./calendar";
export * from "./dates";
export * from "./text";
export * from "./graph";
export * from "./validation";
