import { GraphQLError } from "graphql";

/**
 * Every `extensions.code` a client of the platform can see; clients branch on these, never on
 * messages. The subgraphs raise the first group, the gateway adds the second (HTTP refusals,
 * limits, a subgraph that did not answer).
 */
export const ERROR_CODES = [
  // Subgraphs (and the gateway where it answers for itself).
  "BAD_USER_INPUT",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "NOT_FOUND",
  "CONFLICT",
  /** With `retryable: true`: a database or the graph a subgraph must ask is away. */
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
  /** A subgraph asks the gateway to send the access scope a signed digest names. */
  "SCOPE_UNKNOWN",
  // The gateway.
  "BAD_REQUEST",
  "METHOD_NOT_ALLOWED",
  "UNSUPPORTED_MEDIA_TYPE",
  "PAYLOAD_TOO_LARGE",
  "RATE_LIMITED",
  "OPERATION_LIMIT_EXCEEDED",
  "OPERATION_RESOLUTION_FAILURE",
  "SUBGRAPH_UNAVAILABLE",
  "AUDIT_UNAVAILABLE",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function codedError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badUserInput = (message: string, field?: string) =>
  codedError("BAD_USER_INPUT", message, field ? { field } : {});
export const forbidden = (message = "not allowed", extensions: Record<string, unknown> = {}) =>
  codedError("FORBIDDEN", message, extensions);
export const notFound = (what: string, id: string) =>
  codedError("NOT_FOUND", `${what} ${id} not found`, { id });

/** The GraphQL-shaped body of an HTTP-level refusal (before any operation runs). */
export interface RefusalBody {
  errors: { message: string; extensions: { code: ErrorCode } & Record<string, unknown> }[];
}

export function refusalBody(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): RefusalBody {
  return { errors: [{ message, extensions: { ...extensions, code } }] };
}

/** The part of an HTTP response a refusal needs (Express's `Response` fits). */
export interface RefusalResponse {
  status(code: number): { json(body: unknown): unknown };
}

/**
 * Answers an HTTP request with a status and `{errors: [{message, extensions: {code}}]}`, the shape
 * a GraphQL client reads. The gateway and the subgraph server refuse through this one helper.
 */
export function refuse(
  res: RefusalResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res.status(status).json(refusalBody(code, message, extensions));
}
