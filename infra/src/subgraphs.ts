import * as curriculum from "@campus/curriculum";
import * as evaluation from "@campus/evaluation";
import * as organisation from "@campus/organisation";
import * as people from "@campus/people";
import type { SubgraphModule } from "@campus/subgraph";

/** The four subgraphs, in the order the supergraph lists them. */
export const subgraphModules: SubgraphModule[] = [organisation, people, curriculum, evaluation];
