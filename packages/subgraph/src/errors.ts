import { GraphQLError } from "graphql";

/** Error codes the platform uses in `extensions.code`; clients branch on these, never on messages. */
export type ErrorCode = "BAD_USER_INPUT" | "FORBIDDEN" | "UNAUTHENTICATED" | "NOT_FOUND" | "CONFLICT" | "SERVICE_UNAVAILABLE" | "INTERNAL_SERVER_ERROR";

export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badUserInput = (message: string, field?: string) =>
  codedError("BAD_USER_INPUT", message, field ? { field } : {});
export const forbidden = (message = "not allowed") => codedError("FORBIDDEN", message);
export const notFound = (what: string, id: string) => codedError("NOT_FOUND", `${what} ${id} not found`, { id });
