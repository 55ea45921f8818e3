// @campus/subgraph/outbox: events between subgraphs (the transactional outbox); see outbox.ts.
import "reflect-metadata";
export * from "./outbox-event.entity";
export * from "./outbox";
export * from "./outbox.graphql";
export * from "./growth-record";
