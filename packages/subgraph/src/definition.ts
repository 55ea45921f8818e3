import type { EntityManager } from "@mikro-orm/postgresql";
import type { SubgraphDatabase } from "@campus/db";
import type { RequestContext } from "./context";

export type ReferenceResolver = (reference: { id: string } & Record<string, unknown>, context: RequestContext<any>) => unknown;

/** Everything the shared runtime needs to know about one subgraph. */
export interface SubgraphDefinition<Loaders = unknown> {
  /** Short name: the composition's service name and the PostgreSQL schema. */
  name: string;
  database: SubgraphDatabase;
  /** type-graphql resolver classes. */
  resolvers: [Function, ...Function[]];
  /** Types the schema must include although no resolver returns them directly. */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type this subgraph resolves by key; batch through loaders. */
  references: Record<string, ReferenceResolver>;
  createLoaders(em: EntityManager): Loaders;
}
