import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import express, { type Request, type Response, type NextFunction } from "express";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import {
  AuthenticationError,
  REQUEST_ID_HEADER,
  createCredentialSigner,
  createUserTokenVerifier,
  reusableCredential,
  signDevUserToken,
  type Role,
  type UserTokenConfig,
} from "@campus/auth";
import { createLogger, type LogLevel } from "@campus/log";
import { createMetrics } from "@campus/metrics";
import { bodyOf, fieldOf, refuse } from "@campus/contract";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { auditPlugin } from "./audit";
import type { GatewayContext } from "./context";
import { SubgraphDataSource } from "./data-source";
import { scrubError } from "./error-scrub";
import { InternalClient } from "./internal";
import { documentGate, INTROSPECTION_REFUSED, mayIntrospect } from "./document-gate";
import { clientErrorsPlugin, GRAPHQL_BODY_LIMIT, httpErrorHandler, notFound } from "./http-errors";
import {
  DEFAULT_LIMITS,
  mentionsIntrospection,
  operationLimitsPlugin,
  type OperationLimits,
} from "./limits";
import { readinessCheck, unlessGatewayPath } from "./readiness";
import { webApp } from "./web-app";
import { RELAY_PATH, graphRelay } from "./relay";
import { IdentityResolver, DEFAULT_TRUSTED_ROLES } from "./identity";
import { RateLimiter, refuseIfOverLimit, type RateLimits } from "./rate-limits";
import { ScopeResolver } from "./scope";
import { ServiceClients } from "./service-clients";
import { HttpTransport } from "./transport";

export interface DevUser {
  key: string;
  name: string;
  personId: string | null;
  roles: Role[];
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens, by name; overrides the routing URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  userTokens: UserTokenConfig;
  credentialPrivateKeyPem: string;
  subgraphTimeoutMs?: number;
  /** Built web app (index.html, graphiql.html, assets/); omitted in API-only tests. */
  webDir?: string;
  /** Development sign-in: issue tokens for demo users. Never configured in production. */
  devSignIn?: { privateKeyPem: string; users: DevUser[] };
  production?: boolean;
  logLevel?: LogLevel;
  logWrite?: (line: string) => void;
  /** Depth, alias, cost and token limits per operation. */
  limits?: Partial<OperationLimits>;
  /** How long a caller's resolved scope is reused (default 30 s). */
  scopeTtlMs?: number;
  /** Lifetime of a service client's access token (default 15 minutes). */
  serviceTokenTtlSeconds?: number;
  /** How long a client's registration is reused; a revocation takes effect within it (default 10 s). */
  serviceClientCacheMs?: number;
  /** Public half of the key subgraphs sign their relay assertions with; no relay without it. */
  graphClientPublicKeyPem?: string;
  /** Token roles taken as the identity provider asserts them (default admin, auditor, developer). */
  trustedRoles?: readonly Role[];
  /** Requests per caller, per address and wrong secrets per client before a lockout. */
  rateLimits?: Partial<RateLimits>;
  /** Bearer secret for /metrics; without it only loopback callers outside production may read them. */
  metricsToken?: string;
}

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function unauthenticated(res: Response, message: string) {
  if (refuseIfOverLimit(res)) return;
  refuse(res, 401, "UNAUTHENTICATED", message);
}

/** Application names a client may give in `x-campus-client`, kept in the audit log. */
const CLIENT_NAME = /^[A-Za-z0-9._-]{1,40}$/;
const CLIENT_HEADER = "x-campus-client";

function requestLog(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, response }) {
          const errors =
            response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          contextValue.log.info("graphql request", {
            operationName,
            caller: contextValue.caller.subject,
            durationMs: Math.round(performance.now() - started),
            errors: errors.length,
            errorCodes: [...new Set(errors.map((e) => e.extensions?.code))],
          });
        },
      };
    },
  };
}

/**
 * In production the schema is not public: introspection (what GraphiQL needs) is for signed-in
 * developers and administrators only. In development anyone signed in may introspect.
 */
function introspectionGate(production: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (
            !production ||
            !mentionsIntrospection(document) ||
            mayIntrospect(contextValue.caller.roles)
          )
            return;
          throw new GraphQLError(INTROSPECTION_REFUSED, {
            extensions: { code: "FORBIDDEN", http: { status: 403 } },
          });
        },
      };
    },
  };
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const log = createLogger("gateway", {
    level: options.logLevel ?? "info",
    write: options.logWrite,
  });
  const verifyUserToken = await createUserTokenVerifier(options.userTokens);
  const sign = await createCredentialSigner(options.credentialPrivateKeyPem);
  const timeoutMs = options.subgraphTimeoutMs ?? 10_000;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const metrics = createMetrics("gateway");
  // One keep-alive pool for every call to a subgraph, the query plans' and the gateway's own.
  const transport = new HttpTransport({ timeoutMs });
  const internal = new InternalClient({
    subgraphUrls: options.subgraphUrls,
    sign,
    timeoutMs,
    transport,
  });
  const scopes = new ScopeResolver({ internal, ttlMs: options.scopeTtlMs ?? 30_000, log });
  const identities = new IdentityResolver({
    internal,
    trustedRoles: options.trustedRoles ?? DEFAULT_TRUSTED_ROLES,
    ttlMs: options.scopeTtlMs ?? 30_000,
    log,
  });
  const rateLimits = new RateLimiter(options.rateLimits, log);
  const serviceClients = new ServiceClients({
    internal,
    privateKeyPem: options.credentialPrivateKeyPem,
    tokenTtlSeconds: options.serviceTokenTtlSeconds ?? 900,
    registryCacheMs: options.serviceClientCacheMs ?? 10_000,
  });

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new SubgraphDataSource({
        name,
        url: target,
        timeoutMs,
        sign,
        scopeBlob: (digest) => scopes.blob(digest),
        metrics,
        transport,
      });
    },
  });

  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => {
    apiSchema = loaded;
  });

  const app = express();
  app.disable("x-powered-by");
  rateLimits.install(app);
  const httpServer: Server = createServer(app);
  const production = options.production ?? false;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Introspection is decided per caller by introspectionGate.
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    formatError: scrubError({ production }),
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's own landing page loads Sandbox from its CDN; our explorer is /graphiql, served locally.
      ApolloServerPluginLandingPageDisabled(),
      requestLog(),
      operationLimitsPlugin(limits),
      clientErrorsPlugin(),
      introspectionGate(production),
      auditPlugin(internal),
      metrics.graphqlPlugin(),
    ],
  });
  await apollo.start();

  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get(REQUEST_ID_HEADER);
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    next();
  });

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.get(
    "/ready",
    readinessCheck({
      subgraphUrls: options.subgraphUrls,
      schemaLoaded: () => apiSchema !== undefined,
      log,
    }),
  );

  // Subgraphs ask the graph here (people exist?), with their own signed assertion, never a user's token.
  if (options.graphClientPublicKeyPem)
    app.use(
      RELAY_PATH,
      await graphRelay({ internal, scopes, publicKeyPem: options.graphClientPublicKeyPem, log }),
    );
  app.get("/metrics", metrics.endpoint({ token: options.metricsToken, production }));

  if (options.devSignIn && !production) {
    const { privateKeyPem, users } = options.devSignIn;
    app.get("/auth/dev-users", (_req, res) => {
      res.json(users.map(({ key, name, roles }) => ({ key, name, roles })));
    });
    app.post("/auth/dev-token", express.json(), async (req, res) => {
      const user = users.find((u) => u.key === fieldOf(req.body, "user"));
      if (!user) {
        refuse(res, 400, "BAD_USER_INPUT", "unknown demo user");
        return;
      }
      const token = await signDevUserToken(
        privateKeyPem,
        { subject: `dev:${user.key}`, name: user.name, personId: user.personId, roles: user.roles },
        { issuer: options.userTokens.issuer, audience: options.userTokens.audience },
      );
      res.json({
        token,
        user: { key: user.key, name: user.name, personId: user.personId, roles: user.roles },
      });
    });
  }

  // OAuth 2.0 client credentials for departmental apps (RFC 6749 §4.4): id and secret in, token out.
  app.post(
    "/auth/token",
    rateLimits.tokenEndpoint,
    express.urlencoded({ extended: false, limit: "10kb" }),
    express.json({ limit: "10kb" }),
    async (req, res) => {
      let clientId = fieldOf(req.body, "client_id");
      let secret = fieldOf(req.body, "client_secret");
      const basic = req.get("authorization")?.match(/^Basic\s+(\S+)$/i);
      if (basic) [clientId, secret] = Buffer.from(basic[1], "base64").toString("utf8").split(":");
      if (fieldOf(req.body, "grant_type") !== "client_credentials") {
        res.status(400).json({
          error: "unsupported_grant_type",
          error_description: "only client_credentials is supported",
        });
        return;
      }
      if (await rateLimits.refuseLockedOut(req, res, clientId)) return;
      try {
        const token =
          typeof clientId === "string" && typeof secret === "string"
            ? await serviceClients.issueToken(clientId, secret)
            : null;
        if (!token) {
          await rateLimits.secretRefused(req, clientId);
          log.warn("service token refused", { clientId: String(clientId).slice(0, 64) });
          res.status(401).json({ error: "invalid_client" });
          return;
        }
        await rateLimits.secretAccepted(clientId);
        res.setHeader("cache-control", "no-store");
        res.json(token);
      } catch (error) {
        log.error("service token failed", { error: (error as Error).message });
        res.status(503).json({ error: "temporarily_unavailable" });
      }
    },
  );

  app.use(
    "/graphql",
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    rateLimits.unauthenticated,
    async (req: Request, res: Response, next: NextFunction) => {
      const header = req.get("authorization");
      const match = header?.match(/^Bearer\s+(\S+)$/i);
      if (!match) return unauthenticated(res, "sign in first: send Authorization: Bearer <token>");
      const token = match[1];
      try {
        if (ServiceClients.isServiceToken(token)) {
          // A departmental app runs only its registered operations, nothing typed ad hoc.
          const session = await serviceClients.verify(token);
          const body = bodyOf(req.body);
          const document =
            req.method === "POST" && body
              ? ServiceClients.registeredDocument(session.grant, body)
              : null;
          if (!document || !body) {
            log.warn("unregistered operation refused", { client: session.caller.client });
            refuse(res, 403, "FORBIDDEN", "this operation is not registered for this client");
            return;
          }
          body.query = document;
          res.locals.caller = session.caller;
          res.locals.scope = scopes.forClient(session.caller, session.grant.purposes);
        } else {
          const client = req.get(CLIENT_HEADER);
          const caller = await identities.resolve(
            await verifyUserToken(token),
            res.locals.requestId,
          );
          res.locals.caller = {
            ...caller,
            client: client && CLIENT_NAME.test(client) ? client : "api",
          };
        }
        next();
      } catch (error) {
        if (error instanceof AuthenticationError) return unauthenticated(res, error.message);
        next(error);
      }
    },
    rateLimits.perCaller,
    documentGate({ limits, production, schema: () => apiSchema }),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const requestId = res.locals.requestId;
        const caller = res.locals.caller;
        // Once per request, and reused for a short while: every subgraph decides from the same scope.
        const scope = res.locals.scope ?? (await scopes.resolve(caller, requestId));
        return {
          caller,
          requestId,
          scope,
          // Signed once for all of this request's subgraph calls, not once per call.
          credential: reusableCredential(sign, {
            caller: scope?.caller ?? caller,
            requestId,
            scopeDigest: scope?.encoded?.digest ?? null,
          }),
          sensitiveReads: [],
          log: log.child({ requestId }),
          limitsCheckedQuery: res.locals.limitsCheckedQuery,
        };
      },
    }),
  );

  const webDir = options.webDir;
  if (webDir && existsSync(join(webDir, "index.html"))) app.use(unlessGatewayPath(webApp(webDir)));
  app.use(notFound);
  app.use(httpErrorHandler(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host ?? "127.0.0.1", resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  log.info("gateway listening", { url });
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    async stop() {
      await apollo.stop();
      transport.close();
    },
  };
}
