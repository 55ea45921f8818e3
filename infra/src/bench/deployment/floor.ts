/**
 * The floor: what an operation costs with no gateway at all. The benchmark's client plans the
 * operation once with @apollo/query-planner (as @apollo/gateway plans it, on the same supergraph)
 * and then, per request, calls the subgraphs itself in the plan's hops: the root fetch, then each
 * step's `_entities` fetches at once, merging the answers into one tree. No parsing, validation,
 * planning or result shaping per request; what is left is the subgraphs' own work and the hops.
 */
import { Supergraph, operationFromDocument } from "@apollo/federation-internals";
import {
  QueryPlanner,
  getResponseName,
  type FetchNode,
  type PlanNode,
  type QueryPlan,
  type QueryPlanSelectionNode,
} from "@apollo/query-planner";
import {
  execute,
  isAbstractType,
  isObjectType,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One subgraph request: the data (and errors) it answered. */
export type SubgraphCall = (
  subgraph: string,
  operation: string,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) => Promise<{ data?: JsonObject | null; errors?: unknown[] }>;

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Merges `source` into `target` as @apollo/gateway merges subgraph answers (arrays by index). */
function deepMerge(target: JsonObject, source: JsonObject): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isObject(existing) && isObject(value)) deepMerge(existing, value);
    else if (Array.isArray(existing) && Array.isArray(value))
      value.forEach((item, i) => {
        const into = existing[i];
        if (isObject(into) && isObject(item)) deepMerge(into, item);
        else existing[i] = item;
      });
    else target[key] = value;
  }
}

/** The objects at `path` ("@" walks into every element of a list). */
function objectsAt(value: Json | undefined, path: readonly (string | number)[]): JsonObject[] {
  if (value === undefined || value === null) return [];
  if (path.length === 0)
    return Array.isArray(value) ? value.filter(isObject) : isObject(value) ? [value] : [];
  const [head, ...rest] = path;
  if (head === "@") return Array.isArray(value) ? value.flatMap((v) => objectsAt(v, rest)) : [];
  return isObject(value) ? objectsAt(value[String(head)], rest) : [];
}

/** What a plan does, for the report: how many fetches, and how many of them follow one another. */
export function planShape(node: PlanNode | undefined): { fetches: number; hops: number } {
  if (!node) return { fetches: 0, hops: 0 };
  switch (node.kind) {
    case "Fetch":
      return { fetches: 1, hops: 1 };
    case "Flatten":
      return planShape(node.node);
    case "Sequence":
    case "Parallel": {
      const parts = node.nodes.map(planShape);
      const fetches = parts.reduce((n, p) => n + p.fetches, 0);
      const hops =
        node.kind === "Sequence"
          ? parts.reduce((n, p) => n + p.hops, 0)
          : Math.max(0, ...parts.map((p) => p.hops));
      return { fetches, hops };
    }
    case "Condition": {
      const a = planShape(node.ifClause);
      const b = planShape(node.elseClause);
      return { fetches: Math.max(a.fetches, b.fetches), hops: Math.max(a.hops, b.hops) };
    }
    case "Defer":
      throw new Error("@defer is not part of the benchmark's operations");
  }
}

/** An operation planned once, run against the subgraphs directly. */
export class FloorPlan {
  private constructor(
    readonly plan: QueryPlan,
    private readonly schema: GraphQLSchema,
    private readonly apiSchema: GraphQLSchema,
    private readonly document: DocumentNode,
  ) {}

  static build(supergraphSdl: string, document: DocumentNode, operationName: string): FloorPlan {
    const supergraph = Supergraph.build(supergraphSdl);
    const api = supergraph.apiSchema();
    const operation = operationFromDocument(api, document, { operationName });
    const plan = new QueryPlanner(supergraph).buildQueryPlan(operation);
    if (plan.node?.kind === "Subscription") throw new Error("subscriptions are not measured");
    const floor = new FloorPlan(
      plan,
      supergraph.schema.toGraphQLJSSchema(),
      api.toGraphQLJSSchema(),
      document,
    );
    floor.check(plan.node);
    return floor;
  }

  get shape(): { fetches: number; hops: number } {
    return planShape(this.plan.node?.kind === "Subscription" ? undefined : this.plan.node);
  }

  /** Refuses plan features this executor does not implement, so it never answers wrongly. */
  private check(node: PlanNode | undefined): void {
    if (!node) return;
    switch (node.kind) {
      case "Fetch":
        if (
          node.inputRewrites?.length ||
          node.outputRewrites?.length ||
          node.contextRewrites?.length
        )
          throw new Error(`the floor cannot run ${node.serviceName}'s fetch: it rewrites data`);
        return;
      case "Flatten":
        if (node.node.kind !== "Fetch")
          throw new Error("the floor runs only fetches under a flatten");
        return this.check(node.node);
      case "Sequence":
      case "Parallel":
        return node.nodes.forEach((n) => this.check(n));
      case "Condition":
        this.check(node.ifClause);
        return this.check(node.elseClause);
      case "Defer":
        throw new Error("@defer is not part of the benchmark's operations");
    }
  }

  /** Runs the plan: the merged answers of every fetch (with the keys the plan needed), and the subgraphs' errors. */
  async run(
    variables: Record<string, unknown>,
    call: SubgraphCall,
  ): Promise<{ data: JsonObject; errors: unknown[] }> {
    const data: JsonObject = {};
    const errors: unknown[] = [];
    const run = async (node: PlanNode | undefined): Promise<void> => {
      if (!node) return;
      switch (node.kind) {
        case "Sequence":
          for (const n of node.nodes) await run(n);
          return;
        case "Parallel":
          await Promise.all(node.nodes.map(run));
          return;
        case "Condition":
          return run(variables[node.condition] ? node.ifClause : node.elseClause);
        case "Fetch":
          return this.fetchRoot(node, data, variables, call, errors);
        case "Flatten":
          if (node.node.kind !== "Fetch") throw new Error("unreachable: checked when built");
          return this.fetchEntities(node.node, objectsAt(data, node.path), variables, call, errors);
        case "Defer":
          throw new Error("unreachable: checked when built");
      }
    };
    await run(this.plan.node?.kind === "Subscription" ? undefined : this.plan.node);
    return { data, errors };
  }

  /** The operation's answer as a client gets it, shaped from run()'s tree (for the data check). */
  shapeResult(tree: JsonObject, variables: Record<string, unknown>): unknown {
    const byResponseKey: GraphQLFieldResolver<unknown, unknown> = (source, _args, _ctx, info) =>
      typeof source === "object" && source !== null
        ? (source as Record<string, unknown>)[info.path.key]
        : undefined;
    const result = execute({
      schema: this.apiSchema,
      document: this.document,
      rootValue: tree,
      variableValues: variables,
      fieldResolver: byResponseKey,
    });
    if (result instanceof Promise) throw new Error("unreachable: resolvers are synchronous");
    if (result.errors?.length)
      throw new Error(`the floor's answer does not fit the operation: ${result.errors[0].message}`);
    return result.data;
  }

  private usedVariables(fetch: FetchNode, variables: Record<string, unknown>) {
    return Object.fromEntries(
      (fetch.variableUsages ?? []).filter((v) => v in variables).map((v) => [v, variables[v]]),
    );
  }

  private async fetchRoot(
    fetch: FetchNode,
    data: JsonObject,
    variables: Record<string, unknown>,
    call: SubgraphCall,
    errors: unknown[],
  ): Promise<void> {
    const answer = await call(
      fetch.serviceName,
      fetch.operation,
      fetch.operationName,
      this.usedVariables(fetch, variables),
    );
    if (answer.errors) errors.push(...answer.errors);
    if (answer.data) deepMerge(data, answer.data);
  }

  private async fetchEntities(
    fetch: FetchNode,
    entities: JsonObject[],
    variables: Record<string, unknown>,
    call: SubgraphCall,
    errors: unknown[],
  ): Promise<void> {
    // Each distinct representation once (a gateway would send duplicates; the floor does not).
    const representations: JsonObject[] = [];
    const indexOf = new Map<string, number>();
    const targets: number[] = [];
    for (const entity of entities) {
      const representation = this.select(entity, fetch.requires ?? []);
      if (!representation || typeof representation.__typename !== "string") {
        targets.push(-1);
        continue;
      }
      const key = JSON.stringify(representation);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = representations.push(representation) - 1;
        indexOf.set(key, index);
      }
      targets.push(index);
    }
    if (representations.length === 0) return;
    const answer = await call(fetch.serviceName, fetch.operation, fetch.operationName, {
      ...this.usedVariables(fetch, variables),
      representations,
    });
    if (answer.errors) errors.push(...answer.errors);
    const received = answer.data?._entities;
    if (!Array.isArray(received)) return;
    const merged = new Set<number>();
    entities.forEach((entity, i) => {
      const got = targets[i] < 0 ? undefined : received[targets[i]];
      if (!isObject(got)) return;
      // A shared representation's answer is copied into its second and later places.
      deepMerge(entity, merged.has(targets[i]) ? structuredClone(got) : got);
      merged.add(targets[i]);
    });
  }

  /** The fields `selections` asks of `source` (the plan's `requires`), or null when one is missing. */
  private select(
    source: JsonObject,
    selections: readonly QueryPlanSelectionNode[],
  ): JsonObject | null {
    const result: JsonObject = {};
    for (const selection of selections) {
      if (selection.kind === "Field") {
        const name = getResponseName(selection);
        const value = source[name];
        if (value === undefined) return null;
        const sub = selection.selections;
        if (!sub || value === null) result[name] = value;
        else if (Array.isArray(value))
          result[name] = value.map((v) => (isObject(v) ? this.select(v, sub) : v));
        else result[name] = isObject(value) ? this.select(value, sub) : value;
      } else if (!selection.typeCondition || this.isOfType(source, selection.typeCondition)) {
        const inner = this.select(source, selection.selections);
        if (inner) deepMerge(result, inner);
      }
    }
    return result;
  }

  private isOfType(source: JsonObject, typeCondition: string): boolean {
    const name = source.__typename;
    if (typeof name !== "string") return false;
    if (name === typeCondition) return true;
    const condition = this.schema.getType(typeCondition);
    const type = this.schema.getType(name);
    return (
      !!condition &&
      isAbstractType(condition) &&
      isObjectType(type) &&
      this.schema.isSubType(condition, type)
    );
  }
}
