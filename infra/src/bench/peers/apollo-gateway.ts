/**
 * A peer to measure our gateway against: @apollo/gateway as its documentation sets it up and
 * nothing more (ApolloServer + ApolloGateway on the committed supergraph, Express), with a
 * RemoteGraphQLDataSource whose willSendRequest signs our internal credential and sends the
 * access scope's blob the first time a subgraph sees it. No limits, no caches beyond the
 * defaults, none of our plugins. A process of its own, started by `npm run bench`; see
 * peers/credential.ts for its environment.
 */
import { createServer } from "node:http";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import type { Caller } from "@campus/auth";
import express from "express";
import { GraphQLError } from "graphql";
import {
  CREDENTIAL_HEADER,
  REQUEST_ID_HEADER,
  SCOPE_EXTENSION,
  callerOf,
  newRequestId,
  readPeerConfig,
  type SubgraphCredentials,
} from "./credential";

interface PeerContext {
  caller?: Caller;
  requestId?: string;
}

class CredentialDataSource extends RemoteGraphQLDataSource<PeerContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly credentials: SubgraphCredentials,
  ) {
    super({ url });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<PeerContext>): Promise<void> {
    // Loading and health calls carry no caller.
    const { caller, requestId } = context as PeerContext;
    if (!caller || !requestId || !request.http) return;
    const sent = await this.credentials.forRequest(this.subgraph, caller, requestId);
    request.http.headers.set(CREDENTIAL_HEADER, sent.credential);
    request.http.headers.set(REQUEST_ID_HEADER, sent.requestId);
    if (sent.scopeBlob)
      request.extensions = { ...request.extensions, [SCOPE_EXTENSION]: sent.scopeBlob };
  }
}

async function main() {
  const config = await readPeerConfig();
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new CredentialDataSource(name, target, config.credentials);
    },
  });
  const apollo = new ApolloServer<PeerContext>({ gateway });
  await apollo.start();
  const app = express();
  // The gateway has loaded the supergraph once apollo.start() has returned.
  app.get("/ready", (_req, res) => {
    res.json({ ready: true });
  });
  app.use(
    "/graphql",
    express.json(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return { caller: await callerOf(config.verifyUser, req), requestId: newRequestId() };
        } catch (error) {
          throw new GraphQLError((error as Error).message, {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          });
        }
      },
    }),
  );
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, "127.0.0.1", resolve);
  });
  const stop = () => {
    void apollo.stop().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
