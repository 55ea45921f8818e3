/**
 * The subgraphs, in composition order: the one list composition, `npm start`, the test kit and
 * each subgraph's `main` read. A name is also the folder under subgraphs/, the PostgreSQL schema
 * and the prefix of its variables (`<NAME>_PORT`, `<NAME>_URL`).
 */
export const SUBGRAPHS = [
  { name: "organisation", defaultPort: 4001, schemaPath: "subgraphs/organisation/schema.graphql" },
  { name: "people", defaultPort: 4002, schemaPath: "subgraphs/people/schema.graphql" },
  { name: "curriculum", defaultPort: 4003, schemaPath: "subgraphs/curriculum/schema.graphql" },
  { name: "evaluation", defaultPort: 4004, schemaPath: "subgraphs/evaluation/schema.graphql" },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];
export type SubgraphListing = (typeof SUBGRAPHS)[number];

export function subgraphListing(name: string): SubgraphListing {
  const listing = SUBGRAPHS.find((s) => s.name === name);
  if (!listing) throw new Error(`${name} is not in the subgraph list (@campus/contract)`);
  return listing;
}

export const localSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
