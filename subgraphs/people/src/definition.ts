import type { SubgraphDefinition } from "@campus/subgraph";
import { migrations } from "../migrations";
import { createLoaders, type Loaders } from "./loaders";
import { Person } from "./person/person.entity";
import { PersonResolver } from "./person/person.resolver";

/** people: who is who. Owns Person; every other subgraph extends it by key. */
export const people: SubgraphDefinition<Loaders> = {
  name: "people",
  database: { schema: "people", entities: [Person], migrations },
  resolvers: [PersonResolver],
  references: {
    Person: (reference, ctx) => ctx.loaders.person.load(reference.id),
  },
  createLoaders,
};
