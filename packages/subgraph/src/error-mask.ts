import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { RequestContext } from "./context";

/** What a client sees of a failure it did not cause; the full error is in the subgraph's log. */
export const INTERNAL_MESSAGE = "internal error; quote the request id to the operators";

/** Node's socket errors and PostgreSQL's connection classes (08, 57P01–57P03, 53300): the database is away, not the query wrong. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);
const UNAVAILABLE_MESSAGES =
  /connection terminated|timeout acquiring a connection|terminating connection|database system is (shutting down|starting up)|connect ECONNREFUSED|Connection ended|Client was closed/i;

/** True when an error (or anything it wraps) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current = error as
    | {
        code?: unknown;
        message?: unknown;
        cause?: unknown;
        originalError?: unknown;
        name?: unknown;
      }
    | undefined;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const code = typeof current.code === "string" ? current.code : "";
    if (UNAVAILABLE_CODES.has(code) || code.startsWith("08")) return true;
    if (current.name === "ConnectionException") return true;
    if (typeof current.message === "string" && UNAVAILABLE_MESSAGES.test(current.message))
      return true;
    current = (current.cause ?? current.originalError) as typeof current;
  }
  return false;
}

/**
 * Errors with a code are the platform's own words and pass as they are. Anything else (a driver
 * error with its SQL, an ORM error, a bug) reaches the client as a generic message with the request
 * id, in every mode: its text is for the operators' log. A database that cannot be reached is
 * SERVICE_UNAVAILABLE, which clients may retry.
 */
export function maskErrors(
  service: string,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const { path, locations } = formatted;
    if (isDatabaseUnavailable(unwrapResolverError(error))) {
      return {
        message: `the ${service} service cannot reach its database; try again shortly`,
        path,
        locations,
        extensions: { code: "SERVICE_UNAVAILABLE", retryable: true, service },
      };
    }
    const code = formatted.extensions?.code;
    if (code && code !== "INTERNAL_SERVER_ERROR") return formatted;
    return {
      message: INTERNAL_MESSAGE,
      path,
      locations,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** Puts the request id on every masked error, so a caller can quote it and an operator find the log line. */
export function requestIdOnMaskedErrors(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          response.body.singleResult.errors = errors.map((e) =>
            e.extensions?.code === "INTERNAL_SERVER_ERROR" ||
            e.extensions?.code === "SERVICE_UNAVAILABLE"
              ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }
              : e,
          );
        },
      };
    },
  };
}
