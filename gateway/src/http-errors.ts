import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "@campus/log";
import type { NextFunction, Request, Response } from "express";
import { GraphQLError } from "graphql";
import { refuse, type ErrorCode } from "@campus/contract";

/**
 * Largest /graphql body: a batch of 5,000 indicator records (ingestIndicators' own limit) is about
 * 550 kB of variables. The document itself is held to LIMIT_TOKENS separately.
 */
export const GRAPHQL_BODY_LIMIT = "1mb";

/** What body-parser (http-errors) reports, by its `type`, said to the client. */
const BODY_ERRORS: Record<string, { code: ErrorCode; message: string; oauth: string }> = {
  "entity.too.large": {
    code: "PAYLOAD_TOO_LARGE",
    message: `the request body is larger than ${GRAPHQL_BODY_LIMIT}; send fewer records per call`,
    oauth: "invalid_request",
  },
  "entity.parse.failed": {
    code: "BAD_REQUEST",
    message: "the request body is not valid JSON",
    oauth: "invalid_request",
  },
  "charset.unsupported": {
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "send the body in UTF-8",
    oauth: "invalid_request",
  },
  "encoding.unsupported": {
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "unsupported Content-Encoding; send gzip, deflate, br or none",
    oauth: "invalid_request",
  },
  "entity.verify.failed": {
    code: "BAD_REQUEST",
    message: "the request body was refused",
    oauth: "invalid_request",
  },
  "request.aborted": {
    code: "BAD_REQUEST",
    message: "the request body ended early",
    oauth: "invalid_request",
  },
  "request.size.invalid": {
    code: "BAD_REQUEST",
    message: "the request body does not match its Content-Length",
    oauth: "invalid_request",
  },
  "parameters.too.many": {
    code: "BAD_REQUEST",
    message: "too many form parameters",
    oauth: "invalid_request",
  },
};

function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; statusCode?: unknown };
  const status =
    typeof e?.status === "number"
      ? e.status
      : typeof e?.statusCode === "number"
        ? e.statusCode
        : undefined;
  return status !== undefined && status >= 400 && status <= 599 ? status : undefined;
}

/** The OAuth endpoints answer in RFC 6749's shape, everything else as a GraphQL response. */
function send(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  oauth: string,
) {
  if (req.path.startsWith("/auth/"))
    res.status(status).json({ error: oauth, error_description: message });
  else refuse(res, status, code, message);
}

/**
 * The last error handler: any error from a parser or a route becomes coded JSON, never Express's
 * HTML page. Client mistakes (http-errors with a 4xx status, such as a body in latin1 or an
 * unknown Content-Encoding) keep their status; anything else is logged and answered 500 with no detail.
 */
export function httpErrorHandler(log: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    const type = (error as { type?: unknown })?.type;
    const known = typeof type === "string" ? BODY_ERRORS[type] : undefined;
    if (status !== undefined && status < 500) {
      if (known) return send(req, res, status, known.code, known.message, known.oauth);
      return send(
        req,
        res,
        status,
        status === 413
          ? "PAYLOAD_TOO_LARGE"
          : status === 415
            ? "UNSUPPORTED_MEDIA_TYPE"
            : "BAD_REQUEST",
        "the request could not be read",
        "invalid_request",
      );
    }
    // Decompression of a body that is not what its Content-Encoding says: the client's mistake.
    if (
      (error as { code?: unknown })?.code === "Z_DATA_ERROR" ||
      (error as { errno?: unknown })?.errno === -3
    ) {
      return send(
        req,
        res,
        400,
        "BAD_REQUEST",
        "the request body does not match its Content-Encoding",
        "invalid_request",
      );
    }
    log.error("request failed", { path: req.path, error: (error as Error)?.message });
    send(req, res, 500, "INTERNAL_SERVER_ERROR", "internal error", "server_error");
  };
}

/** Unknown paths: a coded 404 rather than Express's HTML "Cannot GET". */
export function notFound(req: Request, res: Response) {
  send(
    req,
    res,
    404,
    "NOT_FOUND",
    `no such endpoint: ${req.method} ${req.path.slice(0, 100)}`,
    "invalid_request",
  );
}

/**
 * Apollo Server's own client-error paths, mapped to 4xx: an operation it cannot pick (unknown
 * operationName, several anonymous ones) and errors it raises with a 4xx status but no code
 * (such as a persisted-query hash that does not match the query).
 */
export function clientErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? `the document has no operation named "${String(request.operationName).slice(0, 100)}"`
            : "the document has several operations; name one in operationName";
          throw new GraphQLError(message, {
            extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } },
          });
        },
        async willSendResponse({ response }) {
          const status = response.http.status;
          if (
            response.body.kind !== "single" ||
            status === undefined ||
            status < 400 ||
            status >= 500
          )
            return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (!error.extensions || error.extensions.code === "INTERNAL_SERVER_ERROR") {
              (error as { extensions: Record<string, unknown> }).extensions = {
                ...error.extensions,
                code: "BAD_REQUEST",
              };
            }
          }
        },
      };
    },
  };
}
