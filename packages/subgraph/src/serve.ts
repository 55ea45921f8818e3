// @campus/subgraph/server: building, printing and serving a subgraph (its process, configuration, error masking).
import "reflect-metadata";
export * from "./server";
export * from "./job-queue";
export * from "./main";
export * from "./env";
export * from "./schema";
export * from "./error-mask";
export * from "./input-guard";
