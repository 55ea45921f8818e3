import type { EntityManager } from "@mikro-orm/postgresql";
import type { NonEmptyArray } from "type-graphql";
import type { SubgraphDatabase } from "@campus/db";
import type { RequestContext } from "./context";
import type { InputFieldNaming } from "./validation";
import type { JobRunInfo } from "./jobs";

// type-graphql takes resolver and type classes as plain constructors, whatever they inject.
type ResolverClass = new (...args: never[]) => object;

/**
 * `__resolveReference` for one entity type, with the subgraph's own loaders on the context. Declared
 * as a method so a definition with its own loaders is still a `SubgraphDefinition` to the runtime,
 * which passes the context it built from that same definition (the idiom @types/react uses).
 */
export type ReferenceResolver<Loaders = unknown> = {
  resolve(
    reference: { id: string } & Record<string, unknown>,
    context: RequestContext<Loaders>,
  ): unknown;
}["resolve"];

/**
 * Work a subgraph does on its own clock (the warning engine, escalating overdue items), run from
 * the subgraph's job queue (job-queue.ts): each scheduled period's run once across every worker,
 * a failed attempt retried with backoff, an administrator's "run now" through the same queue.
 * Jobs should still be idempotent: a run may overlap a mutation doing the same work on request.
 */
export interface SubgraphJob<Loaders = unknown> {
  name: string;
  /** Default interval; `JOB_<NAME>_SECONDS` overrides it, 0 turns the schedule off. */
  everySeconds: number;
  /** Attempts before a failed run is given up (the first and its retries); default 3. */
  maxAttempts?: number;
  /**
   * One attempt of a run; returns what it did (for the log line and the queue), throws when it
   * failed (the queue retries it). `ctx` is the platform's own (system, no person, no scope), so a
   * job calls the same services as the mutations that do the work on request.
   */
  run(ctx: RequestContext<Loaders>, now: Date, info: JobRunInfo): Promise<Record<string, unknown>>;
}

/** Everything the shared runtime needs to know about one subgraph. */
export interface SubgraphDefinition<Loaders = unknown> {
  /** Short name: the composition's service name and the PostgreSQL schema. */
  name: string;
  database: SubgraphDatabase;
  /** type-graphql resolver classes. */
  resolvers: NonEmptyArray<ResolverClass>;
  /** Types the schema must include although no resolver returns them directly. */
  orphanedTypes?: ResolverClass[];
  /** `__resolveReference` per entity type this subgraph resolves by key; batch through loaders. */
  references: Record<string, ReferenceResolver<Loaders>>;
  createLoaders(em: EntityManager): Loaders;
  jobs?: SubgraphJob<Loaders>[];
  /** How `extensions.field` names a field inside an input that breaks a declared constraint; default "path". */
  inputFieldNaming?: InputFieldNaming;
}

/**
 * What a subgraph package exports: its definition and the seed for its slice of a dataset. The
 * dataset's shape (`Dataset` of @campus/demo-data) is the subgraphs' and the test kit's business,
 * not the runtime's.
 */
// The dataset is the subgraphs' and the test kit's type (Dataset of @campus/demo-data), which this
// runtime must not depend on; a list of modules leaves it open.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface SubgraphModule<Data = any> {
  definition: SubgraphDefinition;
  /** Loads the subgraph's slice; with onlyIfEmpty, does nothing (and says false) when it holds data. */
  seed(em: EntityManager, data: Data, options?: { onlyIfEmpty?: boolean }): Promise<boolean>;
}
