import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "./context";
import type { InternalClient } from "./internal";
import { RecordSensitiveReads } from "./operations/people";

/**
 * Writes the request's sensitive reads to the audit log (people subgraph) before the answer
 * leaves. If the log cannot be written, the answer does not leave either: no unaudited disclosure.
 */
export function auditPlugin(internal: InternalClient): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          // One record per value disclosed: a plan may reach the same value in several subgraph calls
          // (aliases, a list and a nested path), each of which reports it once.
          const reads = [
            ...new Map(
              contextValue.sensitiveReads.map((read) => [
                `${read.subjectId}\u0000${read.field}`,
                read,
              ]),
            ).values(),
          ];
          if (!reads.length) return;
          const caller = contextValue.scope?.caller ?? contextValue.caller;
          try {
            await internal.query(
              "people",
              RecordSensitiveReads,
              {
                input: {
                  readerSubject: caller.subject,
                  readerPersonId: caller.personId,
                  readerName: caller.name,
                  client: caller.client ?? "api",
                  requestId: contextValue.requestId,
                  readAt: new Date().toISOString(),
                  reads,
                },
              },
              contextValue.requestId,
            );
          } catch (error) {
            contextValue.log.error("audit log not written; answer withheld", {
              error: (error as Error).message,
              reads: reads.length,
            });
            if (response.body.kind === "single") {
              response.body.singleResult = {
                data: null,
                errors: [
                  {
                    message:
                      "the audit log is unavailable, so sensitive data cannot be served; try again shortly",
                    extensions: { code: "AUDIT_UNAVAILABLE" },
                  },
                ],
              };
            }
          }
        },
      };
    },
  };
}
