import { SUBGRAPHS, type SubgraphName } from "@campus/contract";
import * as curriculum from "@campus/curriculum";
import type { Dataset } from "@campus/demo-data";
import * as evaluation from "@campus/evaluation";
import * as organisation from "@campus/organisation";
import * as people from "@campus/people";
import type { SubgraphModule } from "@campus/subgraph";

const byName = { organisation, people, curriculum, evaluation } satisfies Record<
  SubgraphName,
  SubgraphModule<Dataset>
>;

/** The four subgraphs' code, in the order of the subgraph list (@campus/contract), which the supergraph keeps. */
export const subgraphModules: SubgraphModule<Dataset>[] = SUBGRAPHS.map((s) => byName[s.name]);
