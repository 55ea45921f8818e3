import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { signDevUserToken, DEV_ISSUER, DEFAULT_AUDIENCE, type Caller } from "@campus/auth";
import type { Dataset } from "@campus/demo-data";
import {
  USER_ROLES,
  composeSupergraph,
  repoRoot,
  startGateway,
  type DevUser,
  type GatewayOptions,
  type RunningGateway,
} from "@campus/gateway";
import type { SubgraphModule } from "@campus/subgraph";
import { printSubgraphSdl } from "@campus/subgraph/server";
import { parseLogLevel, type LogLevel } from "@campus/log";
import {
  callers,
  postGraphQL,
  startTestSubgraphs,
  testKeys,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";

/** Where a subgraph's address stands in a supergraph composed before the subgraphs have ports. */
const placeholderUrl = (name: string) => `http://${name}.subgraph.invalid/graphql`;
const composed = new Map<string, string>();
const cacheDir = join(repoRoot, "node_modules/.cache/campus-graph/supergraphs");

/**
 * The composed supergraph (placeholder addresses) for this SDL, read from the cache on disk or
 * composed and written there. The key holds the lockfile and the composing code, so an upgraded
 * composition library or a changed composeSupergraph never reads an old result.
 */
function composeCached(sdls: { name: string; sdl: string }[], key: string): string {
  const hash = createHash("sha256")
    .update(readFileSync(join(repoRoot, "package-lock.json")))
    .update(composeSupergraph.toString())
    .update(key)
    .digest("hex");
  const path = join(cacheDir, `${hash}.graphql`);
  try {
    return readFileSync(path, "utf8");
  } catch {
    const sdl = composeSupergraph(sdls.map((s) => ({ ...s, url: placeholderUrl(s.name) })));
    mkdirSync(cacheDir, { recursive: true });
    // Written whole under another name, then renamed: a concurrent reader sees all or nothing.
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, sdl);
    renameSync(partial, path);
    return sdl;
  }
}

/**
 * The supergraph of these subgraphs at these addresses. Composition takes seconds and depends only
 * on the SDL (and the composition library), so it is done once per set of subgraphs, with
 * placeholder addresses: kept in memory for the files a vitest worker runs after it (they share
 * one module graph, `isolate: false`), and on disk for the other workers and the next run (a
 * single test file run again starts without composing); each stack puts its own ports in (the
 * addresses appear only in `join__graph`).
 */
function composeOnce(sdls: { name: string; sdl: string; url: string }[]): string {
  const key = sdls.map((s) => `${s.name}\n${s.sdl}`).join("\n\n");
  let template = composed.get(key);
  if (!template) {
    template = composeCached(sdls, key);
    composed.set(key, template);
  }
  return sdls.reduce((sdl, s) => sdl.replaceAll(placeholderUrl(s.name), s.url), template);
}

export interface StackHarness extends SubgraphHarness {
  gateway: RunningGateway;
  /** The supergraph the gateway serves, composed from the subgraphs' current SDL. */
  supergraphSdl: string;
  /** Signs a user token as the development issuer would, for `caller`. */
  token(caller: Caller, expiresIn?: string): Promise<string>;
  /** Runs an operation through the gateway as `as` (default: an administrator). */
  query<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Caller,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

/**
 * The whole platform in one process, over real HTTP: subgraphs on a fresh database, a supergraph
 * composed from their current SDL, and a real gateway in front of them.
 */
export async function startTestStack(
  modules: SubgraphModule[],
  options: {
    dataset?: Dataset;
    webDir?: string;
    devUsers?: DevUser[];
    logWrite?: (line: string) => void;
    logLevel?: LogLevel;
    /** Jobs to run in the subgraphs, by name, and their seconds; none by default. */
    jobIntervals?: Record<string, number>;
    /** First retry delay of a failed job (and of an outbox event's delivery); the runtime's 30 s by default. */
    jobRetryDelaySeconds?: number;
    subgraphTimeoutMs?: number;
    /** Anything else the gateway takes: limits, scope reuse, production mode. */
    gateway?: Partial<GatewayOptions>;
  } = {},
): Promise<StackHarness> {
  const keys = testKeys();
  let gateway: RunningGateway;
  // Subgraphs start first; they ask the graph through the gateway that starts after them.
  const graph = { gatewayUrl: () => gateway.url, privateKeyPem: keys.graphClient.privateKeyPem };
  const harness = await startTestSubgraphs(modules, { ...options, graph });
  let supergraphSdl: string;
  try {
    const sdls = await Promise.all(
      modules.map(async (m) => ({
        name: m.definition.name,
        sdl: await printSubgraphSdl(m.definition),
        url: harness.subgraphs[m.definition.name].url,
      })),
    );
    supergraphSdl = composeOnce(sdls);
    gateway = await startGateway({
      supergraphSdl,
      subgraphUrls: Object.fromEntries(sdls.map((s) => [s.name, s.url])),
      port: 0,
      userTokens: {
        issuer: DEV_ISSUER,
        audience: DEFAULT_AUDIENCE,
        publicKeyPem: keys.issuer.publicKeyPem,
      },
      credentialPrivateKeyPem: keys.internal.privateKeyPem,
      graphClientPublicKeyPem: keys.graphClient.publicKeyPem,
      webDir: options.webDir,
      devSignIn: options.devUsers
        ? { privateKeyPem: keys.issuer.privateKeyPem, users: options.devUsers }
        : undefined,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      logLevel: options.logLevel ?? parseLogLevel(process.env.LOG_LEVEL, "warn"),
      logWrite: options.logWrite,
      // Tests name their callers by role, as a provider asserting every role would; the identity
      // tests set the production default (trusting only admin, auditor, developer) themselves.
      trustedRoles: USER_ROLES,
      ...options.gateway,
    });
  } catch (error) {
    await harness.stop();
    throw error;
  }
  const token = (caller: Caller, expiresIn?: string) =>
    signDevUserToken(
      keys.issuer.privateKeyPem,
      {
        subject: caller.subject,
        name: caller.name,
        personId: caller.personId,
        roles: caller.roles,
      },
      { expiresIn },
    );
  return {
    ...harness,
    gateway,
    supergraphSdl,
    token,
    async query(query, variables, as = callers.admin(), headers = {}) {
      return postGraphQL(
        gateway.graphqlUrl,
        { authorization: `Bearer ${await token(as)}`, ...headers },
        query,
        variables,
      );
    },
    async stop() {
      await gateway.stop();
      await harness.stop();
    },
  };
}
