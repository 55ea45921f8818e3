/**
 * A peer to measure our gateway against: The Guild's Hive Gateway (@graphql-hive/gateway) on the
 * committed supergraph, with its defaults, and one small plugin that does what our subgraphs
 * require of any caller: verify the user's token, then sign our internal credential for each
 * subgraph request and send the access scope's blob the first time a subgraph sees it. Nothing
 * else of ours (no operation limits, rate limits, audit log, scope resolution beyond campus-wide
 * roles). A process of its own, started by `npm run bench`; see peers/credential.ts for its
 * environment.
 */
import { createServer } from "node:http";
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway";
import type { Caller } from "@campus/auth";
import { GraphQLError, parse } from "graphql";
import {
  CREDENTIAL_HEADER,
  REQUEST_ID_HEADER,
  SCOPE_EXTENSION,
  callerOf,
  newRequestId,
  readPeerConfig,
  type PeerConfig,
} from "./credential";
import { withSubgraphUrls } from "./supergraph";

interface CallerContext {
  caller: Caller;
  requestId: string;
}

function credentialPlugin(config: PeerConfig): GatewayPlugin<CallerContext> {
  return {
    // Once per client request: who is asking (a refused token ends the request with 401).
    async onContextBuilding({ context, extendContext }) {
      let caller: Caller;
      try {
        caller = await callerOf(config.verifyUser, context.request.headers);
      } catch (error) {
        throw new GraphQLError((error as Error).message, {
          extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
        });
      }
      extendContext({ caller, requestId: newRequestId() });
    },
    // Per subgraph request: a fresh credential, and the scope when this subgraph has not had it.
    async onSubgraphExecute(payload) {
      const { subgraphName, executionRequest } = payload;
      const context = executionRequest.context as Partial<CallerContext> | undefined;
      if (!context?.caller || !context.requestId) return;
      const sent = await config.credentials.forRequest(
        subgraphName,
        context.caller,
        context.requestId,
      );
      const extensions: Record<string, unknown> = executionRequest.extensions ?? {};
      const headers = (extensions.headers ?? {}) as Record<string, string>;
      payload.setExecutionRequest({
        ...executionRequest,
        extensions: {
          ...extensions,
          // Hive's HTTP executor takes request headers from here and sends the rest as the body's extensions.
          headers: {
            ...headers,
            [CREDENTIAL_HEADER]: sent.credential,
            [REQUEST_ID_HEADER]: sent.requestId,
          },
          ...(sent.scopeBlob ? { [SCOPE_EXTENSION]: sent.scopeBlob } : {}),
        },
      });
    },
  };
}

async function main() {
  const config = await readPeerConfig();
  const gateway = createGatewayRuntime<CallerContext>({
    supergraph: parse(withSubgraphUrls(config.supergraphSdl, config.subgraphUrls)),
    logging: "error",
    graphiql: false,
    landingPage: false,
    plugins: () => [credentialPlugin(config)],
  });
  const server = createServer((req, res) => void gateway(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, "127.0.0.1", resolve);
  });
  const stop = () => {
    server.close();
    void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
