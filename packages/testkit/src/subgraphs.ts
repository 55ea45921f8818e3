import type { EntityManager } from "@mikro-orm/postgresql";
import { CREDENTIAL_HEADER, createCredentialSigner, type Caller } from "@campus/auth";
import { CAMPUS_WIDE_ROLES, SCOPE_EXTENSION, encodeScope, type AccessScope } from "@campus/access";
import type { Dataset } from "@campus/demo-data";
import type { GraphClientOptions, SubgraphModule } from "@campus/subgraph";
import { startSubgraph, type RunningSubgraph } from "@campus/subgraph/server";
import { parseLogLevel, type LogLevel } from "@campus/log";
import { createTestDatabase, migratedTemplate, type TestDatabase } from "./database";
import { testKeys } from "./keys";
import { callers } from "./callers";

export interface GraphQLResponse<T = unknown> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
}

export interface SubgraphHarness {
  database: TestDatabase;
  subgraphs: Record<string, RunningSubgraph>;
  /**
   * Runs an operation against one subgraph over HTTP, with a credential minted for `as`. The scope
   * stands in for the one the gateway would resolve; by default campus-wide roles cover everyone
   * and other roles no one. `system` calls as the gateway itself (internal fields).
   */
  execute<T = unknown>(
    subgraph: string,
    query: string,
    variables?: Record<string, unknown>,
    as?: Caller,
    options?: ExecuteOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Loads each subgraph's slice of a dataset. */
  seed(data: Dataset): Promise<void>;
  stop(): Promise<void>;
}

export interface ExecuteOptions {
  scope?: AccessScope;
  system?: boolean;
}

/** The scope a caller has when a test names none: campus-wide roles see everyone, others no one. */
export function defaultScope(caller: Caller): AccessScope {
  return {
    students: Object.fromEntries(
      caller.roles.filter((r) => CAMPUS_WIDE_ROLES.includes(r)).map((r) => [r, "all" as const]),
    ),
  };
}

export async function postGraphQL<T>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
  extensions?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables, extensions }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: response.status, ...body };
}

/** Starts the given subgraphs on a fresh database with their real migrations, on free ports. */
export async function startTestSubgraphs(
  modules: SubgraphModule[],
  options: {
    dataset?: Dataset;
    logWrite?: (line: string) => void;
    logLevel?: LogLevel;
    /** Jobs to schedule, by name, and their seconds; none by default ("run now" works regardless). */
    jobIntervals?: Record<string, number>;
    /** First retry's delay of a failed job; the runtime's 30 s by default. */
    jobRetryDelaySeconds?: number;
    /** false: the subgraphs take no jobs from their queues (a replica that only serves). */
    jobWorker?: boolean;
    /** How subgraphs ask the graph; alone (no gateway) they have none, and references go unchecked. */
    graph?: GraphClientOptions;
  } = {},
): Promise<SubgraphHarness> {
  const database = await createTestDatabase({
    template: await migratedTemplate(modules.map((m) => m.definition.database)),
  });
  const keys = testKeys();
  const sign = await createCredentialSigner(keys.internal.privateKeyPem);
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    for (const module of modules) {
      subgraphs[module.definition.name] = await startSubgraph(module.definition, {
        databaseUrl: database.url,
        port: 0,
        credentialPublicKeyPem: keys.internal.publicKeyPem,
        migrate: true,
        logLevel: options.logLevel ?? parseLogLevel(process.env.LOG_LEVEL, "warn"),
        logWrite: options.logWrite,
        jobIntervals: options.jobIntervals,
        jobRetryDelaySeconds: options.jobRetryDelaySeconds,
        jobWorker: options.jobWorker,
        graph: options.graph ?? "unchecked",
        // LOG_SQL=1 prints every statement, as it does for `npm start`.
        logSql: process.env.LOG_SQL === "1",
      });
    }
  } catch (error) {
    await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    await database.drop();
    throw error;
  }
  const harness: SubgraphHarness = {
    database,
    subgraphs,
    async execute(name, query, variables, as = callers.admin(), options = {}) {
      const subgraph = subgraphs[name];
      if (!subgraph) throw new Error(`subgraph ${name} was not started`);
      const scope = encodeScope(options.scope ?? defaultScope(as));
      const credential = await sign({
        caller: as,
        requestId: "test",
        scopeDigest: scope.digest,
        system: options.system,
      });
      return postGraphQL(subgraph.url, { [CREDENTIAL_HEADER]: credential }, query, variables, {
        [SCOPE_EXTENSION]: scope.blob,
      });
    },
    async seed(data) {
      for (const module of modules) {
        await module.seed(subgraphs[module.definition.name].orm.em.fork() as EntityManager, data);
      }
    },
    async stop() {
      await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
      await database.drop();
    },
  };
  if (options.dataset) await harness.seed(options.dataset);
  return harness;
}
