import * as curriculum from "@campus/curriculum";
import * as evaluation from "@campus/evaluation";
import * as organisation from "@campus/organisation";
import * as people from "@campus/people";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import type { SubgraphDefinition } from "@campus/subgraph";

export interface SubgraphModule {
  definition: SubgraphDefinition<any>;
  seed(em: EntityManager, data: Dataset, options?: { onlyIfEmpty?: boolean }): Promise<boolean>;
}

/** The four subgraphs, in the order the supergraph lists them. */
export const subgraphModules: SubgraphModule[] = [organisation, people, curriculum, evaluation];
