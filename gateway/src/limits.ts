import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { listSize } from "./list-sizes";

/** What one operation may ask of the platform; every limit has a clear error naming it. */
export interface OperationLimits {
  /** Nested selection depth (fields within fields), fragments expanded. */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` included): many aliases of one field are a way round the cost limit. */
  maxAliases: number;
  /** Estimated objects the plan may fetch: each field costs 1 times the list sizes above it. */
  maxCost: number;
  /** Lexical tokens in the document; the parser stops beyond it, before any work is done. */
  maxTokens: number;
  /**
   * Fields once every fragment is expanded. Validation, query planning and execution all work on
   * the expanded operation, so this bounds their work however small the document is.
   */
  maxSelections: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20_000,
  maxTokens: 4_000,
  maxSelections: 5_000,
};

/** The subgraphs' page size cap (MAX_PAGE_SIZE in @campus/subgraph): a page of unknown size is costed at it. */
const LARGEST_PAGE = 100;
/**
 * Steps the walk may take for one document. Fragments are measured once per (multiplier, distinctness),
 * so real documents take a few hundred; this bounds whatever a hostile one finds beyond that.
 */
const WALK_BUDGET = 100_000;

export function limitError(
  limit: string,
  max: number,
  actual: number,
  message: string,
  status = 400,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "OPERATION_LIMIT_EXCEEDED", limit, max, actual, http: { status } },
  });
}

/** `__schema` or `__type` anywhere in the document: operations, fragments, inline fragments. */
export function mentionsIntrospection(document: DocumentNode): boolean {
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) =>
      s.kind === Kind.FIELD
        ? s.name.value === "__schema" || s.name.value === "__type" || inSet(s.selectionSet)
        : s.kind === Kind.INLINE_FRAGMENT
          ? inSet(s.selectionSet)
          : false,
    );
  return document.definitions.some(
    (d) =>
      (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) &&
      inSet(d.selectionSet),
  );
}

interface Largest {
  coordinate: string;
  items: number;
  /** Some field from the operation's root down to this one takes first/last. */
  pageable: boolean;
}

/** One selection set measured relative to where it stands: depth 1 is its own fields. */
interface Measure {
  depth: number;
  aliases: number;
  selections: number;
  cost: number;
  largest: Largest | null;
}

const EMPTY: Measure = { depth: 0, aliases: 0, selections: 0, cost: 0, largest: null };

class WalkBudgetExceeded extends Error {}

function bigger(a: Largest | null, b: Largest | null): Largest | null {
  if (!a) return b;
  if (!b) return a;
  return b.items > a.items ? b : a;
}

function add(a: Measure, b: Measure): Measure {
  return {
    depth: Math.max(a.depth, b.depth),
    aliases: a.aliases + b.aliases,
    selections: a.selections + b.selections,
    cost: a.cost + b.cost,
    largest: bigger(a.largest, b.largest),
  };
}

function fieldOf(
  type: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;
}

function returnsList(field: GraphQLField<unknown, unknown>): boolean {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(type);
}

/** A connection's `edges`, `nodes`, `node`: already sized by the connection's `first`. */
function isConnectionStep(parentType: GraphQLNamedType | undefined): boolean {
  return (
    !!parentType && (parentType.name.endsWith("Connection") || parentType.name.endsWith("Edge"))
  );
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  selections: number;
  cost: number;
  largest: Largest | null;
}

/**
 * Depth, aliases, expanded fields and cost of every operation in the document, in time linear in the
 * document: each fragment is measured once per (multiplier, distinctness) and its figures reused at
 * every spread. Cost is the objects the platform may fetch: `people(first: 100)` is 100 people, an
 * unpaged list holds what list-sizes.ts says it can, and each list multiplies whatever is inside it.
 */
export function measureDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): OperationMeasure[] | "budget" {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();
  let steps = 0;

  const sliceOf = (
    field: FieldNode,
    definition: GraphQLField<unknown, unknown>,
  ): number | undefined => {
    let slice: number | undefined;
    for (const argument of definition.args) {
      if (argument.name !== "first" && argument.name !== "last") continue;
      const given = field.arguments?.find((a) => a.name.value === argument.name)?.value;
      let size: number;
      if (given?.kind === Kind.INT) size = Number(given.value);
      else if (given?.kind === Kind.VARIABLE) {
        const value = variables[given.name.value];
        size = typeof value === "number" && Number.isInteger(value) ? value : LARGEST_PAGE;
      } else if (!given && typeof argument.defaultValue === "number") size = argument.defaultValue;
      else if (given?.kind === Kind.NULL || !given) continue;
      else size = LARGEST_PAGE;
      slice = Math.max(slice ?? 0, Math.max(1, size));
    }
    return slice;
  };

  /** An argument's value as given: an enum, string or number literal, or a variable's value. */
  const argumentValue = (field: FieldNode, name: string): unknown => {
    const given = field.arguments?.find((a) => a.name.value === name)?.value;
    if (!given) return undefined;
    if (given.kind === Kind.VARIABLE) return variables[given.name.value];
    if (given.kind === Kind.ENUM || given.kind === Kind.STRING) return given.value;
    return undefined;
  };

  const measureSet = (
    set: SelectionSetNode,
    parentType: GraphQLNamedType | undefined,
    multiplier: number,
    distinct: boolean,
  ): Measure => {
    let total = EMPTY;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total = add(total, measureField(selection, parentType, multiplier, distinct));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        total = add(
          total,
          measureSet(
            selection.selectionSet,
            typeName ? (schema.getType(typeName) ?? undefined) : parentType,
            multiplier,
            distinct,
          ),
        );
      } else {
        total = add(total, measureSpread(selection.name.value, multiplier, distinct));
      }
    }
    return total;
  };

  const measureSpread = (name: string, multiplier: number, distinct: boolean): Measure => {
    if (++steps > WALK_BUDGET) throw new WalkBudgetExceeded();
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are refused by standard validation; they add nothing here.
    if (!fragment || inProgress.has(name)) return EMPTY;
    const key = `${name}|${multiplier}|${distinct}`;
    const known = memo.get(key);
    if (known) return known;
    inProgress.add(name);
    const measure = measureSet(
      fragment.selectionSet,
      schema.getType(fragment.typeCondition.name.value) ?? undefined,
      multiplier,
      distinct,
    );
    inProgress.delete(name);
    memo.set(key, measure);
    return measure;
  };

  const measureField = (
    field: FieldNode,
    parentType: GraphQLNamedType | undefined,
    multiplier: number,
    distinct: boolean,
  ): Measure => {
    if (++steps > WALK_BUDGET) throw new WalkBudgetExceeded();
    const name = field.name.value;
    const aliases = field.alias ? 1 : 0;
    // Introspection is gated by role; its standard query is deeper than any data operation.
    if (!field.selectionSet || name === "__schema" || name === "__type")
      return {
        depth: name.startsWith("__") ? 0 : 1,
        aliases,
        selections: 1,
        cost: 0,
        largest: null,
      };
    const definition = fieldOf(parentType, name);
    const coordinate = `${parentType?.name ?? "?"}.${name}`;
    let next = multiplier;
    let childDistinct: boolean;
    const slice = definition ? sliceOf(field, definition) : undefined;
    const pageable = slice !== undefined;
    if (slice !== undefined) {
      next = multiplier * slice;
      childDistinct = multiplier === 1 || distinct;
    } else if (isConnectionStep(parentType)) {
      childDistinct = distinct;
    } else if (definition && returnsList(definition)) {
      const size = listSize(coordinate, (argument) => argumentValue(field, argument));
      next = multiplier * size.each;
      // Items of a partition under distinct parents are distinct, and there are at most `total` of them.
      if (size.total !== undefined && (distinct || multiplier === 1))
        next = Math.min(next, size.total);
      childDistinct = multiplier === 1 || (distinct && size.total !== undefined);
    } else {
      childDistinct = multiplier === 1;
    }
    const inner = measureSet(
      field.selectionSet,
      definition ? getNamedType(definition.type) : undefined,
      next,
      childDistinct,
    );
    const innerLargest =
      inner.largest && pageable ? { ...inner.largest, pageable: true } : inner.largest;
    return {
      depth: 1 + inner.depth,
      aliases: aliases + inner.aliases,
      selections: 1 + inner.selections,
      cost: next + inner.cost,
      largest: bigger({ coordinate, items: next, pageable }, innerLargest),
    };
  };

  try {
    const measures: OperationMeasure[] = [];
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const root =
        definition.operation === OperationTypeNode.MUTATION
          ? schema.getMutationType()
          : definition.operation === OperationTypeNode.SUBSCRIPTION
            ? schema.getSubscriptionType()
            : schema.getQueryType();
      measures.push(root ? measureSet(definition.selectionSet, root, 1, true) : EMPTY);
    }
    return measures;
  } catch (error) {
    if (error instanceof WalkBudgetExceeded) return "budget";
    throw error;
  }
}

/** The limits a document breaks, each as a coded error (HTTP 400); empty when it keeps them all. */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: OperationLimits,
  variables?: Record<string, unknown>,
): GraphQLError[] {
  const measures = measureDocument(schema, document, variables);
  if (measures === "budget") {
    return [
      limitError(
        "selections",
        limits.maxSelections,
        WALK_BUDGET,
        "operation is too complex to measure (fragments spread too many ways); send a smaller document",
      ),
    ];
  }
  const errors: GraphQLError[] = [];
  for (const m of measures) {
    if (m.depth > limits.maxDepth)
      errors.push(
        limitError(
          "depth",
          limits.maxDepth,
          m.depth,
          `operation is ${m.depth} levels deep; the limit is ${limits.maxDepth}`,
        ),
      );
    if (m.aliases > limits.maxAliases)
      errors.push(
        limitError(
          "aliases",
          limits.maxAliases,
          m.aliases,
          `operation uses ${m.aliases} aliases; the limit is ${limits.maxAliases}`,
        ),
      );
    if (m.selections > limits.maxSelections) {
      errors.push(
        limitError(
          "selections",
          limits.maxSelections,
          m.selections,
          `operation has ${m.selections} fields once fragments are expanded; the limit is ${limits.maxSelections}`,
        ),
      );
    }
    if (m.cost > limits.maxCost) {
      const where = m.largest
        ? ` The largest part is ${m.largest.coordinate} (about ${m.largest.items}).`
        : "";
      // Only advise what the schema allows: smaller pages exist only where a field takes first/last.
      const advice = m.largest?.pageable
        ? " Ask for smaller pages."
        : " Select fewer nested lists, or split it into several operations.";
      errors.push(
        limitError(
          "cost",
          limits.maxCost,
          m.cost,
          `operation may read about ${m.cost} items; the limit is ${limits.maxCost}.${where}${advice}`,
        ),
      );
    }
  }
  return errors;
}

/**
 * The same limits after Apollo has resolved the operation: a backstop for documents that reach
 * Apollo without passing the gateway's document gate (automatic persisted queries sent by hash).
 */
export function operationLimitsPlugin(
  limits: OperationLimits,
): ApolloServerPlugin<{ limitsCheckedQuery?: string }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, contextValue }) {
          // The gate measured this text already; only a document it never saw (a persisted query
          // sent by hash) is measured here.
          if (request.query !== undefined && request.query === contextValue.limitsCheckedQuery)
            return;
          const [error] = checkOperationLimits(schema, document, limits, request.variables ?? {});
          if (error) throw error;
        },
      };
    },
  };
}
