import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { SUBGRAPHS, localSubgraphUrl, subgraphListing } from "@campus/contract";

// The list itself lives in @campus/contract; re-exported for the gateway's users.
export { SUBGRAPHS, localSubgraphUrl, type SubgraphName } from "@campus/contract";

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
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  return result.supergraphSdl + "\n";
}

/** The checkout's root, found from this file whether it runs built (dist/src) or as source (src). */
function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, "turbo.json"))) return dir;
  throw new Error(`no turbo.json above ${from}`);
}
export const repoRoot = findRepoRoot(__dirname);
export const supergraphPath = join(repoRoot, "gateway/supergraph.graphql");
/**
 * The copy the Kubernetes base mounts as a ConfigMap (kustomize reads files only from inside its
 * own directory), written beside the committed one so the two never differ.
 */
export const deployedSupergraphPath = join(repoRoot, "infra/deploy/k8s/base/supergraph.graphql");
export const subgraphSdlPath = (name: string) => join(repoRoot, subgraphListing(name).schemaPath);

/** The committed subgraph SDL files, as composition reads them. */
export function committedSubgraphSdls(): SubgraphSdl[] {
  return SUBGRAPHS.map((s) => ({
    name: s.name,
    sdl: readFileSync(join(repoRoot, s.schemaPath), "utf8"),
    url: localSubgraphUrl(s.defaultPort),
  }));
}

if (require.main === module) {
  try {
    const supergraph = composeSupergraph(committedSubgraphSdls());
    writeFileSync(supergraphPath, supergraph);
    writeFileSync(deployedSupergraphPath, supergraph);
    console.log(`wrote ${supergraphPath} and ${deployedSupergraphPath}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
