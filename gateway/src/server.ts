import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import express, { type Request, type Response, type NextFunction } from "express";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import {
  AuthenticationError,
  REQUEST_ID_HEADER,
  createCredentialSigner,
  createUserTokenVerifier,
  signDevUserToken,
  type Role,
  type UserTokenConfig,
} from "@campus/auth";
import { createLogger, type Logger, type LogLevel } from "@campus/log";
import type { GatewayContext } from "./context";
import { SubgraphDataSource } from "./data-source";

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
}

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function unauthenticated(res: Response, message: string) {
  res.status(401).json({ errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] });
}

function requestLog(): ApolloServerPlugin<GatewayContext & { log: Logger }> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors ?? [] : [];
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

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const log = createLogger("gateway", { level: options.logLevel ?? "info", write: options.logWrite });
  const verifyUserToken = await createUserTokenVerifier(options.userTokens);
  const sign = await createCredentialSigner(options.credentialPrivateKeyPem);
  const timeoutMs = options.subgraphTimeoutMs ?? 10_000;

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new SubgraphDataSource({ name, url: target, timeoutMs, sign });
    },
  });

  const app = express();
  app.disable("x-powered-by");
  const httpServer: Server = createServer(app);
  const production = options.production ?? false;
  const apollo = new ApolloServer<GatewayContext & { log: Logger }>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), requestLog()],
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

  if (options.devSignIn && !production) {
    const { privateKeyPem, users } = options.devSignIn;
    app.get("/auth/dev-users", (_req, res) => {
      res.json(users.map(({ key, name, roles }) => ({ key, name, roles })));
    });
    app.post("/auth/dev-token", express.json(), async (req, res) => {
      const user = users.find((u) => u.key === req.body?.user);
      if (!user) {
        res.status(400).json({ errors: [{ message: "unknown demo user", extensions: { code: "BAD_USER_INPUT" } }] });
        return;
      }
      const token = await signDevUserToken(
        privateKeyPem,
        { subject: `dev:${user.key}`, name: user.name, personId: user.personId, roles: user.roles },
        { issuer: options.userTokens.issuer, audience: options.userTokens.audience },
      );
      res.json({ token, user: { key: user.key, name: user.name, personId: user.personId, roles: user.roles } });
    });
  }

  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    async (req: Request, res: Response, next: NextFunction) => {
      const header = req.get("authorization");
      const match = header?.match(/^Bearer\s+(\S+)$/i);
      if (!match) return unauthenticated(res, "sign in first: send Authorization: Bearer <token>");
      try {
        res.locals.caller = await verifyUserToken(match[1]!);
        next();
      } catch (error) {
        if (error instanceof AuthenticationError) return unauthenticated(res, error.message);
        next(error);
      }
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => ({
        caller: res.locals.caller,
        requestId: res.locals.requestId,
        log: log.child({ requestId: res.locals.requestId }),
      }),
    }),
  );

  const webDir = options.webDir;
  if (webDir && existsSync(join(webDir, "index.html"))) {
    app.get("/graphiql", (_req, res) => res.sendFile(join(webDir, "graphiql.html")));
    app.use(express.static(webDir, { index: false, maxAge: "1h" }));
    // Client-side routes of the single-page app all load index.html.
    app.get("/{*path}", (_req, res) => res.sendFile(join(webDir, "index.html")));
  }

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
    },
  };
}
