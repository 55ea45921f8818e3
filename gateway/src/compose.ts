import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";

/** The subgraphs in composition order; names are also their folder names under subgraphs/. */
export const SUBGRAPHS = [
  { name: "organisation", defaultPort: 4001 },
  { name: "people", defaultPort: 4002 },
  { name: "curriculum", defaultPort: 4003 },
  { name: "evaluation", defaultPort: 4004 },
] as const;
export const localSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];

export interface SubgraphSdl {
  name: string;
  sdl: string;
  /** Routing URL written into the supergraph; the gateway can override it at run time. */
  url: string;
}

export class CompositionError extends Error {
  constructor(readonly messages: string[]) {
    super(`supergraph composition failed:\n- ${messages.join("\n- ")}`);
  }
}

/** Composes subgraph SDLs into a supergraph SDL, or throws with every composition error. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  return result.supergraphSdl + "\n";
}



/** The checkout's root, found from this file whether it runs built (dist/src) or as source (src). */
function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, "turbo.json"))) return dir;
  throw new Error(`no turbo.json above ${from}`);
}
export const repoRoot = findRepoRoot(__dirname);
export const supergraphPath = join(repoRoot, "gateway/supergraph.graphql");
export const subgraphSdlPath = (name: string) => join(repoRoot, "subgraphs", name, "schema.graphql");

/** The committed subgraph SDL files, as composition reads them. */
export function committedSubgraphSdls(): SubgraphSdl[] {
  return SUBGRAPHS.map((s) => ({ name: s.name, sdl: readFileSync(subgraphSdlPath(s.name), "utf8"), url: localSubgraphUrl(s.defaultPort) }));
}

if (require.main === module) {
  try {
    writeFileSync(supergraphPath, composeSupergraph(committedSubgraphSdls()));
    console.log(`wrote ${supergraphPath}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
