import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { CREDENTIAL_HEADER, REQUEST_ID_HEADER, type InternalCredential } from "@campus/auth";
import type { GatewayContext } from "./context";

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  sign(credential: InternalCredential): Promise<string>;
}

/**
 * Calls one subgraph: every request carries a fresh credential the gateway signed for this caller
 * and the gateway's request id. Node's fetch keeps connections alive; the abort signal bounds how
 * long one slow subgraph can hold a request.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly signCredential: SubgraphDataSourceOptions["sign"];

  constructor(options: SubgraphDataSourceOptions) {
    super({
      url: options.url,
      fetcher: async (url, init) => {
        try {
          return (await fetch(url, { ...(init as RequestInit), signal: AbortSignal.timeout(options.timeoutMs) })) as any;
        } catch (error) {
          // Down or too slow: say which service, so clients can show which part is missing.
          const reason = (error as Error).name === "TimeoutError" ? `no answer within ${options.timeoutMs} ms` : "not reachable";
          throw new GraphQLError(`the ${options.name} service is unavailable (${reason})`, {
            extensions: { code: "SUBGRAPH_UNAVAILABLE", service: options.name },
          });
        }
      },
    });
    this.signCredential = options.sign;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // Composition-time and health calls have no caller; a subgraph refuses them, as it should.
    if (!context?.caller || !request.http) return;
    request.http.headers.set(CREDENTIAL_HEADER, await this.signCredential({ caller: context.caller, requestId: context.requestId }));
    request.http.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}
