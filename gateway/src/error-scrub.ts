import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** Codes a subgraph answers with an HTTP 4xx: the caller's mistake, passed on in the subgraph's words. */
const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "NOT_FOUND",
]);

/** Anything that reads like a statement: never a client's business, whoever put it in a message. */
const SQL =
  /\bselect\b[\s\S]*\bfrom\b|\binsert\s+into\b|\bdelete\s+from\b|\bupdate\s+"?\w+"?(\."?\w+"?)?\s+set\b/i;
/** Loopback and private addresses, with or without a scheme: where our services listen. */
const INTERNAL_ADDRESS =
  /\b(https?:\/\/)?(127\.\d+\.\d+\.\d+|localhost|0\.0\.0\.0|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|\[::1?\])(:\d+)?(\/[^\s"')]*)?/gi;

const GENERIC = "internal error; quote the request id to the operators";

interface ErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

/**
 * The error for a subgraph that answered with an HTTP error status, in place of the gateway's
 * default (which carries the subgraph's URL and its whole response): a client mistake keeps the
 * subgraph's message and code, anything else names the service only.
 */
export async function subgraphResponseError(
  service: string,
  response: { status: number; json(): Promise<unknown> },
): Promise<GraphQLError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const first = body?.errors?.[0];
  const code = typeof first?.extensions?.code === "string" ? first.extensions.code : undefined;
  if (
    response.status >= 400 &&
    response.status < 500 &&
    code &&
    CLIENT_CODES.has(code) &&
    typeof first?.message === "string"
  ) {
    // Validation failures in a subgraph are always about the values the client sent (a date that does not exist).
    return new GraphQLError(first.message, {
      extensions: { code: code === "GRAPHQL_VALIDATION_FAILED" ? "BAD_USER_INPUT" : code, service },
    });
  }
  return new GraphQLError(`the ${service} service could not answer (HTTP ${response.status})`, {
    extensions: { code: "SUBGRAPH_UNAVAILABLE", service },
  });
}

/**
 * The gateway's formatError: whatever reaches a client carries no SQL, no internal address, no
 * subgraph's stack or raw response. Development mode keeps the gateway's own stack for errors the
 * gateway raised itself, nothing else.
 */
export function scrubError(options: {
  production: boolean;
}): (formatted: GraphQLFormattedError) => GraphQLFormattedError {
  return (formatted) => {
    const extensions: Record<string, unknown> = { ...formatted.extensions };
    const fromSubgraph = "serviceName" in extensions || "service" in extensions;
    delete extensions.response;
    delete extensions.exception;
    if (fromSubgraph || options.production) delete extensions.stacktrace;
    let message = formatted.message;
    if (SQL.test(message) || (options.production && extensions.code === "INTERNAL_SERVER_ERROR")) {
      message = GENERIC;
      delete extensions.stacktrace;
    }
    message = message.replace(INTERNAL_ADDRESS, "<internal>");
    if (Array.isArray(extensions.stacktrace)) {
      const stack = (extensions.stacktrace as unknown[]).map((line) =>
        String(line).replace(INTERNAL_ADDRESS, "<internal>"),
      );
      if (stack.some((line) => SQL.test(line))) delete extensions.stacktrace;
      else extensions.stacktrace = stack;
    }
    if (!extensions.code) extensions.code = "INTERNAL_SERVER_ERROR";
    return { ...formatted, message, extensions };
  };
}
