import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { MikroORM } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { CREDENTIAL_HEADER, createCredentialVerifier, type InternalCredential } from "@campus/auth";
import {
  Access,
  AuditTrail,
  EMPTY_SCOPE,
  SCOPE_EXTENSION,
  SCOPE_UNKNOWN,
  SENSITIVE_READS_EXTENSION,
  ScopeCache,
  decodeScope,
  scopeDigest,
  type AccessScope,
} from "@campus/access";
import { migrateUp, openOrm, poolStats, StatementCounter } from "@campus/db";
import { createLogger, type Logger, type LogLevel } from "@campus/log";
import { createMetrics } from "@campus/metrics";
import { bodyOf, refuse } from "@campus/contract";
import type { RequestContext } from "./context";
import { maskErrors, requestIdOnMaskedErrors } from "./error-mask";
import type { SubgraphDefinition } from "./definition";
import { GraphClient, type GraphAccess, type GraphClientOptions } from "./graph";
import { buildFederatedSchema } from "./schema";
import { JobQueue } from "./job-queue";

export interface SubgraphServerOptions {
  databaseUrl: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Public key that verifies the gateway's credential. */
  credentialPublicKeyPem: string;
  /** Apply pending migrations before serving. */
  migrate?: boolean;
  production?: boolean;
  logLevel?: LogLevel;
  logSql?: boolean;
  logWrite?: (line: string) => void;
  /** Seconds between scheduled runs per job name (0: off). Jobs without an entry are not scheduled: tests schedule none. */
  jobIntervals?: Record<string, number>;
  /** Take jobs from the queue (default true); false for a replica that only serves the graph. */
  jobWorker?: boolean;
  /** First retry's delay of a failed job (default 30 s), doubling for each further attempt. */
  jobRetryDelaySeconds?: number;
  /** How often an idle job worker looks for jobs (default 2 s). */
  jobPollingSeconds?: number;
  /** How to ask the graph (existence of people, ...); "unchecked" only for a test of one subgraph alone. */
  graph?: GraphClientOptions | "unchecked";
  /** Bearer secret for /metrics; without it only loopback callers outside production may read them. */
  metricsToken?: string;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  orm: MikroORM;
  /** SQL statements sent since start; tests read it before and after an operation. */
  statements: StatementCounter;
  stop(): Promise<void>;
}

function requestLog(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            // Refusals are worth a line each: a run of them is how probing shows up in the logs.
            if (error.extensions?.code === "FORBIDDEN") {
              contextValue.log.info("access denied", {
                path: error.path,
                reason: error.message,
                subject: contextValue.caller.subject,
                roles: contextValue.caller.roles,
              });
              continue;
            }
            if (!error.extensions?.code || error.extensions.code === "INTERNAL_SERVER_ERROR") {
              contextValue.log.error("resolver failed", {
                error: error.message,
                path: error.path,
                stack: error.originalError?.stack,
              });
            }
          }
        },
        async willSendResponse({ operationName, response }) {
          // Sensitive reads go back to the gateway, which writes them to the audit log before the
          // caller gets the answer.
          const reads = contextValue.audit.reads;
          if (reads.length && response.body.kind === "single") {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, [SENSITIVE_READS_EXTENSION]: reads };
          }
          const errors =
            response.body.kind === "single" ? (response.body.singleResult.errors?.length ?? 0) : 0;
          contextValue.log.info("graphql request", {
            operationName,
            durationMs: Math.round(performance.now() - started),
            errors,
            sensitiveReads: reads.length,
          });
        },
      };
    },
    async serverWillStart() {
      log.debug("apollo server starting");
    },
  };
}

/**
 * Starts the subgraph's job queue (none for a subgraph without jobs). Each attempt runs with the
 * platform's own context (system, no person, no scope) and is logged; a throw fails the attempt
 * and the queue retries it.
 */
async function startJobQueue(
  definition: SubgraphDefinition,
  options: SubgraphServerOptions,
  orm: MikroORM,
  statements: StatementCounter,
  log: Logger,
  graph: GraphAccess,
): Promise<JobQueue | undefined> {
  const jobs = definition.jobs ?? [];
  if (!jobs.length) return undefined;
  const worker = options.jobWorker ?? true;
  const queue = await JobQueue.start({
    subgraph: definition.name,
    databaseUrl: options.databaseUrl,
    jobs,
    intervals: options.jobIntervals ?? {},
    worker,
    retryDelaySeconds: options.jobRetryDelaySeconds ?? 30,
    pollingSeconds: options.jobPollingSeconds ?? 2,
    log,
    execute: (job, info) =>
      statements.inBackground(async () => {
        const started = performance.now();
        const requestId = `job:${job.name}:${info.id}:${info.attempt}`;
        const em = orm.em.fork() as EntityManager;
        const caller = {
          subject: `system:${definition.name}:${job.name}`,
          personId: null,
          name: job.name,
          roles: [],
        };
        const ctx: RequestContext = {
          em,
          loaders: definition.createLoaders(em),
          caller,
          access: new Access(caller, EMPTY_SCOPE),
          audit: new AuditTrail(),
          system: true,
          requestId,
          log: log.child({ requestId }),
          graph,
        };
        const where = {
          job: job.name,
          runId: info.id,
          trigger: info.trigger,
          attempt: info.attempt,
        };
        try {
          const result = await job.run(ctx, new Date(), info);
          log.info("job ran", {
            ...where,
            durationMs: Math.round(performance.now() - started),
            ...result,
          });
          return result;
        } catch (error) {
          log.error("job failed", {
            ...where,
            maxAttempts: info.maxAttempts,
            error: (error as Error).message,
          });
          throw error;
        }
      }),
  });
  log.info("job queue started", { worker, jobs: jobs.map((j) => j.name) });
  return queue;
}

/** Starts one subgraph: HTTP server, /health, /ready, /graphql behind the gateway's credential. */
export async function startSubgraph<L>(
  definition: SubgraphDefinition<L>,
  options: SubgraphServerOptions,
): Promise<RunningSubgraph> {
  const log = createLogger(definition.name, {
    level: options.logLevel ?? "info",
    write: options.logWrite,
  });
  const statements = new StatementCounter();
  const orm = await openOrm(definition.database, options.databaseUrl, {
    counter: statements,
    logSql: options.logSql,
  });
  if (options.migrate) {
    const applied = await migrateUp(orm);
    if (applied.length) log.info("migrations applied", { applied });
  }
  const schema = await buildFederatedSchema(definition);
  const verify = await createCredentialVerifier(options.credentialPublicKeyPem);
  const scopes = new ScopeCache<AccessScope>();
  const graph: GraphAccess =
    options.graph === "unchecked"
      ? "unchecked"
      : options.graph && (await GraphClient.create(definition.name, options.graph));
  const jobs = await startJobQueue(definition, options, orm, statements, log, graph);
  const metrics = createMetrics(definition.name);
  metrics.observeDatabasePool(() => poolStats(orm));
  metrics.observeDatabaseStatements(() => statements.count + statements.background);

  const app = express();
  app.disable("x-powered-by");
  const httpServer: Server = createServer(app);
  // Longer than the gateway's idle socket timeout, so the gateway closes idle sockets first.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const production = options.production ?? false;
  const apollo = new ApolloServer<RequestContext<L>>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: maskErrors(definition.name),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // No landing page loading Apollo Sandbox from a CDN; a subgraph answers GraphQL only.
      ApolloServerPluginLandingPageDisabled(),
      requestLog(log),
      requestIdOnMaskedErrors(),
      metrics.graphqlPlugin(),
    ],
  });
  await apollo.start();

  // Liveness: the process answers. No credential: orchestrators probe it.
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: definition.name });
  });
  app.get("/metrics", metrics.endpoint({ token: options.metricsToken, production }));
  // Readiness: the database answers too.
  app.get("/ready", async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute("select 1");
      res.json({ status: "ready", service: definition.name });
    } catch (error) {
      res.status(503).json({
        status: "unavailable",
        service: definition.name,
        reason: (error as Error).message,
      });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: "4mb" }),
    async (req, res, next) => {
      let credential: InternalCredential;
      try {
        credential = await verify(req.get(CREDENTIAL_HEADER));
      } catch (error) {
        log.warn("request refused", {
          reason: (error as Error).message,
          remote: req.socket.remoteAddress,
        });
        refuse(res, 401, "UNAUTHENTICATED", (error as Error).message);
        return;
      }
      res.locals.credential = credential;
      // The scope is trusted because its digest is signed; the blob only has to match it.
      const digest = credential.scopeDigest;
      const extensions = bodyOf(bodyOf(req.body)?.extensions);
      const blob = extensions?.[SCOPE_EXTENSION];
      if (extensions) delete extensions[SCOPE_EXTENSION];
      if (!digest) {
        res.locals.scope = EMPTY_SCOPE;
        return next();
      }
      if (typeof blob === "string") {
        if (scopeDigest(blob) !== digest) {
          log.warn("request refused", { reason: "scope does not match its signed digest" });
          refuse(res, 401, "UNAUTHENTICATED", "access scope does not match the credential");
          return;
        }
        try {
          scopes.set(digest, decodeScope(blob));
        } catch (error) {
          refuse(res, 400, "BAD_REQUEST", (error as Error).message);
          return;
        }
      }
      const scope = scopes.get(digest);
      if (!scope) {
        refuse(res, 409, SCOPE_UNKNOWN, "send the access scope for this digest");
        return;
      }
      res.locals.scope = scope;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const credential = res.locals.credential as InternalCredential;
        const em = orm.em.fork() as EntityManager;
        return {
          em,
          loaders: definition.createLoaders(em),
          caller: credential.caller,
          access: new Access(credential.caller, res.locals.scope as AccessScope),
          audit: new AuditTrail(),
          system: credential.system === true,
          requestId: credential.requestId,
          log: log.child({ requestId: credential.requestId }),
          graph,
          jobs,
        };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host ?? "127.0.0.1", resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}/graphql`;
  log.info("subgraph listening", { url });

  return {
    name: definition.name,
    url,
    orm,
    statements,
    async stop() {
      // The HTTP server drains while the queue stops taking jobs and finishes its runs.
      await Promise.all([apollo.stop(), jobs?.stop()]);
      await orm.close();
    },
  };
}
