/**
 * The four ways the benchmark gets the same answer: through our gateway, through the two peer
 * gateways on the same subgraphs, and with no gateway at all (the floor: the client calls the
 * subgraphs itself, in the query plan's hops). Each answers the web app's operation as the web
 * app sends it (bearer token, `x-campus-client: web`, `{ operationName, variables, query }`).
 */
import type { Caller } from "@campus/auth";
import {
  CREDENTIAL_HEADER,
  REQUEST_ID_HEADER,
  SCOPE_EXTENSION,
  SubgraphCredentials,
  newRequestId,
  type Sign,
} from "../peers/credential";
import { FloorPlan, type SubgraphCall } from "./floor";
import { postJson } from "./http";
import type { Operation } from "./operations";

export const VARIANTS = ["campus", "hive", "apollo", "floor"] as const;
export type VariantName = (typeof VARIANTS)[number];

export const VARIANT_LABELS: Record<VariantName, string> = {
  campus: "our gateway",
  hive: "Hive Gateway",
  apollo: "@apollo/gateway, untuned",
  floor: "floor (subgraphs direct)",
};

/** One answer: its data as the client sees it, and how many errors came with it. */
export interface Answer {
  data: unknown;
  errors: number;
}

export interface Variant {
  name: VariantName;
  /** Gets ready to send `operation` (the floor plans it here, once). */
  prepare(operation: Operation): void;
  /** One request, as timed; throws when no data came back. */
  send(operation: Operation, variables: Record<string, unknown>): Promise<Answer>;
  /** The same request with the answer shaped as a client gets it, for the data check. */
  answer(operation: Operation, variables: Record<string, unknown>): Promise<Answer>;
}

interface GraphQLBody {
  data?: unknown;
  errors?: unknown[];
}

/** A GraphQL answer with data (errors may come with it); anything else throws. */
async function postGraphQL(
  url: URL,
  headers: Record<string, string>,
  body: unknown,
): Promise<GraphQLBody> {
  const { status, text } = await postJson(url, headers, body);
  let parsed: GraphQLBody;
  try {
    parsed = JSON.parse(text) as GraphQLBody;
  } catch {
    throw new Error(`HTTP ${status}: ${text.slice(0, 300)}`);
  }
  if (parsed.data === undefined || parsed.data === null)
    throw new Error(`HTTP ${status}, no data: ${text.slice(0, 500)}`);
  return parsed;
}

/** A gateway over HTTP, called as the web app calls ours. */
export function gatewayVariant(name: VariantName, url: string, token: string): Variant {
  const target = new URL(url);
  const headers = { authorization: `Bearer ${token}`, "x-campus-client": "web" };
  const send = async (operation: Operation, variables: Record<string, unknown>) => {
    const body = await postGraphQL(target, headers, {
      operationName: operation.name,
      variables,
      query: operation.text,
    });
    return { data: body.data, errors: body.errors?.length ?? 0 };
  };
  return { name, prepare: () => {}, send, answer: send };
}

/** Calls one subgraph directly with a credential signed for `caller`, as a gateway would. */
export function subgraphCaller(
  subgraphUrls: Record<string, string>,
  sign: Sign,
  caller: Caller,
): SubgraphCall {
  const credentials = new SubgraphCredentials(sign);
  const urls = new Map(Object.entries(subgraphUrls).map(([name, url]) => [name, new URL(url)]));
  return async (subgraph, operation, operationName, variables) => {
    const url = urls.get(subgraph);
    if (!url) throw new Error(`no URL for subgraph ${subgraph}`);
    const sent = await credentials.forRequest(subgraph, caller, newRequestId());
    const { status, text } = await postJson(
      url,
      { [CREDENTIAL_HEADER]: sent.credential, [REQUEST_ID_HEADER]: sent.requestId },
      {
        query: operation,
        operationName,
        variables,
        ...(sent.scopeBlob ? { extensions: { [SCOPE_EXTENSION]: sent.scopeBlob } } : {}),
      },
    );
    if (status !== 200) throw new Error(`${subgraph}: HTTP ${status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as Awaited<ReturnType<SubgraphCall>>;
  };
}

/** No gateway: the operation's query plan, run by the client against the subgraphs. */
export function floorVariant(supergraphSdl: string, call: SubgraphCall): Variant {
  const plans = new Map<string, FloorPlan>();
  const planOf = (operation: Operation) => {
    const plan = plans.get(operation.name);
    if (!plan) throw new Error(`the floor has not planned ${operation.name}`);
    return plan;
  };
  return {
    name: "floor",
    prepare(operation) {
      if (!plans.has(operation.name))
        plans.set(
          operation.name,
          FloorPlan.build(supergraphSdl, operation.document, operation.name),
        );
    },
    async send(operation, variables) {
      const { data, errors } = await planOf(operation).run(variables, call);
      return { data, errors: errors.length };
    },
    async answer(operation, variables) {
      const plan = planOf(operation);
      const { data, errors } = await plan.run(variables, call);
      return { data: plan.shapeResult(data, variables), errors: errors.length };
    },
  };
}

/** The floor's plan for an operation, for the report (fetches and hops). */
export function floorShape(supergraphSdl: string, operation: Operation) {
  return FloorPlan.build(supergraphSdl, operation.document, operation.name).shape;
}
