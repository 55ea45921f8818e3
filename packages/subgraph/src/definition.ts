import type { EntityManager } from "@mikro-orm/postgresql";
import type { NonEmptyArray } from "type-graphql";
import type { SubgraphDatabase } from "@campus/db";
import type { Dataset } from "@campus/demo-data";
import type { RequestContext } from "./context";

// type-graphql takes resolver and type classes as plain constructors.
type ResolverClass = new (...args: any[]) => object;

export type ReferenceResolver = (reference: { id: string } & Record<string, unknown>, context: RequestContext<any>) => unknown;

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
  references: Record<string, ReferenceResolver>;
  createLoaders(em: EntityManager): Loaders;
}

/** What a subgraph package exports: its definition and the seed for its slice of a dataset. */
export interface SubgraphModule {
  definition: SubgraphDefinition<any>;
  /** Loads the subgraph's slice; with onlyIfEmpty, does nothing (and says false) when it holds data. */
  seed(em: EntityManager, data: Dataset, options?: { onlyIfEmpty?: boolean }): Promise<boolean>;
}
