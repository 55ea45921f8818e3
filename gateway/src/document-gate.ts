import type { NextFunction, Request, Response } from "express";
import { parse, type DocumentNode, type GraphQLError, type GraphQLSchema } from "graphql";
import { isJsonObject, refuse } from "@campus/contract";
import { checkOperationLimits, mentionsIntrospection, type OperationLimits } from "./limits";

/** Who may introspect in production: the roles that run GraphiQL. */
export function mayIntrospect(roles: readonly string[]): boolean {
  return roles.some((r) => r === "developer" || r === "admin");
}

export const INTROSPECTION_REFUSED =
  "introspection is for developers; sign in with a developer account";

function coded(error: GraphQLError) {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return { message: error.message, extensions };
}

/** Parsed documents kept, least recently used dropped first. */
const PARSED_DOCUMENTS = 500;
/** Limits verdicts kept, one per document text, least recently used dropped first. */
const VERDICTS = 500;

/**
 * A document's limits verdict, for the schema it was measured against and the values of the
 * variables the measure read (page sizes, list-size arguments): the same text with other values
 * for those is measured again.
 */
interface Verdict {
  schema: GraphQLSchema;
  reads: [string, unknown][];
  errors: GraphQLError[];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A least-recently-used map of at most `max` entries (a Map keeps insertion order). */
function touch<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  if (map.size >= max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}

/** A GET request's variables and extensions arrive as JSON text in the query string. */
function jsonParam(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return Symbol.for("invalid");
  }
}

/**
 * Everything the gateway can refuse about a GraphQL request before Apollo Server parses and
 * validates it: the request's shape, then, on the parsed document, introspection in production
 * and the operation limits. Standard validation (OverlappingFieldsCanBeMerged in particular) and
 * query planning work on the operation with its fragments expanded, and are super-linear in it;
 * a document that would make them expensive is refused here, in time linear in its size.
 */
export function documentGate(options: {
  limits: OperationLimits;
  production: boolean;
  schema: () => GraphQLSchema | undefined;
}) {
  // Clients send the same few documents again and again: parse each once (Apollo Server caches its own parse too).
  const parsed = new Map<string, DocumentNode>();
  const parseOnce = (query: string): DocumentNode => {
    let document = parsed.get(query);
    if (document) {
      parsed.delete(query);
    } else {
      document = parse(query, { maxTokens: options.limits.maxTokens });
      const oldest = parsed.keys().next();
      if (parsed.size >= PARSED_DOCUMENTS && !oldest.done) parsed.delete(oldest.value);
    }
    parsed.set(query, document);
    return document;
  };
  // Clients send the same documents with other ids: measure a text once while the variables the
  // measure reads (usually none) keep their values.
  const verdicts = new Map<string, Verdict>();
  const limitsVerdict = (
    schema: GraphQLSchema,
    query: string,
    document: DocumentNode,
    variables: Record<string, unknown>,
  ): GraphQLError[] => {
    const held = verdicts.get(query);
    if (
      held &&
      held.schema === schema &&
      held.reads.every(([name, value]) => sameValue(variables[name], value))
    ) {
      touch(verdicts, query, held, VERDICTS);
      return held.errors;
    }
    const reads = new Map<string, unknown>();
    const recorded = new Proxy(variables, {
      get(target, name) {
        const value: unknown = Reflect.get(target, name);
        if (typeof name === "string") reads.set(name, value);
        return value;
      },
    });
    const errors = checkOperationLimits(schema, document, options.limits, recorded);
    touch(verdicts, query, { schema, reads: [...reads], errors }, VERDICTS);
    return errors;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "POST") {
      res.setHeader("allow", "GET, POST");
      return refuse(
        res,
        405,
        "METHOD_NOT_ALLOWED",
        "send GraphQL operations with POST (or GET for queries)",
      );
    }
    let request: Record<string, unknown>;
    if (req.method === "POST") {
      if (!req.is("application/json")) {
        return refuse(res, 415, "UNSUPPORTED_MEDIA_TYPE", "send the operation as application/json");
      }
      if (Array.isArray(req.body))
        return refuse(
          res,
          400,
          "BAD_REQUEST",
          "batched operations are not supported; send one operation per request",
        );
      if (!isJsonObject(req.body))
        return refuse(
          res,
          400,
          "BAD_REQUEST",
          "the request body must be a JSON object with a query",
        );
      request = req.body;
    } else {
      const query = req.query as Record<string, unknown>;
      request = {
        query: query.query,
        operationName: query.operationName,
        variables: jsonParam(query.variables),
        extensions: jsonParam(query.extensions),
      };
    }
    const { query, operationName, variables, extensions } = request;
    const shapeProblem =
      query !== undefined && typeof query !== "string"
        ? "query must be a string"
        : operationName !== undefined && operationName !== null && typeof operationName !== "string"
          ? "operationName must be a string"
          : variables !== undefined && variables !== null && !isJsonObject(variables)
            ? "variables must be a JSON object"
            : extensions !== undefined && extensions !== null && !isJsonObject(extensions)
              ? "extensions must be a JSON object"
              : isJsonObject(extensions) &&
                  extensions.persistedQuery !== undefined &&
                  !isJsonObject(extensions.persistedQuery)
                ? "extensions.persistedQuery must be a JSON object"
                : query === undefined && !isJsonObject(extensions)
                  ? "send the operation's text in query"
                  : null;
    if (shapeProblem) return refuse(res, 400, "BAD_REQUEST", shapeProblem);
    const schema = options.schema();
    if (typeof query !== "string" || !schema) return next();
    let document: DocumentNode;
    try {
      document = parseOnce(query);
    } catch {
      return next(); // Apollo Server answers syntax errors with GRAPHQL_PARSE_FAILED.
    }
    const caller = res.locals.caller as { roles: string[] } | undefined;
    if (
      options.production &&
      mentionsIntrospection(document) &&
      !mayIntrospect(caller?.roles ?? [])
    ) {
      return refuse(res, 403, "FORBIDDEN", INTROSPECTION_REFUSED);
    }
    const errors = limitsVerdict(schema, query, document, isJsonObject(variables) ? variables : {});
    // Every limit an operation passes is named at once, so this one answer carries several errors.
    if (errors.length > 0) return void res.status(400).json({ errors: errors.map(coded) });
    res.locals.limitsCheckedQuery = query;
    next();
  };
}

/** The public (API) schema of a supergraph, as the gateway serves it: for tools and benchmarks. */
export async function apiSchemaOf(supergraphSdl: string): Promise<GraphQLSchema> {
  const { ApolloGateway } = await import("@apollo/gateway");
  const gateway = new ApolloGateway({ supergraphSdl });
  const { schema } = await gateway.load();
  await gateway.stop();
  return schema;
}
