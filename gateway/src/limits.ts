import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  validate,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/** What one operation may ask of the platform; every limit has a clear error naming it. */
export interface OperationLimits {
  /** Nested selection depth (fields within fields), fragments expanded. */
  maxDepth: number;
  /** Aliased fields in one operation: many aliases of one field are a way round the cost limit. */
  maxAliases: number;
  /** Estimated rows the plan may touch: each field costs 1 times the list sizes above it. */
  maxCost: number;
  /** Lexical tokens in the document; the parser stops beyond it, before any work is done. */
  maxTokens: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 12, maxAliases: 30, maxCost: 20_000, maxTokens: 4_000 };

/** A list field with no `first` argument is assumed to return this many items. */
const ASSUMED_LIST_SIZE = 10;
/** The subgraphs' page size cap (MAX_PAGE_SIZE in @campus/subgraph). */
const LARGEST_PAGE = 100;

export function limitError(limit: string, max: number, actual: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "OPERATION_LIMIT_EXCEEDED", limit, max, actual } });
}

/**
 * The limits as a plugin: Apollo Server would relabel a validation rule's errors
 * GRAPHQL_VALIDATION_FAILED, and a client should be able to tell "too big" from "malformed".
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  const rule = operationLimitsRule(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema }) {
          const [error] = validate(schema, document, [rule]);
          if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}

function isList(type: GraphQLOutputType | { ofType?: unknown }): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/**
 * Depth, aliases and cost, measured over the whole operation with fragments expanded. Cost is the
 * objects an operation can make the platform fetch: `people(first: 100)` fetches 100 people, a list
 * without `first` is assumed to hold 10, and each multiplies whatever is inside it.
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        let aliases = 0;
        let maxDepth = 0;
        let cost = 0;
        const schema = context.getSchema();
        const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
        const walk = (set: SelectionSetNode, parentType: ReturnType<typeof getNamedType> | null | undefined, depth: number, multiplier: number, seen: Set<string>) => {
          for (const selection of set.selections) {
            if (selection.kind === Kind.FIELD) {
              visitField(selection, parentType, depth, multiplier, seen);
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
              const typeName = selection.typeCondition?.name.value;
              walk(selection.selectionSet, typeName ? schema.getType(typeName) : parentType, depth, multiplier, seen);
            } else {
              const fragment = fragments.get(selection.name.value);
              // A fragment spread inside itself is reported by the standard rules; don't loop here.
              if (!fragment || seen.has(fragment.name.value)) continue;
              walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), depth, multiplier, new Set([...seen, fragment.name.value]));
            }
          }
        };
        const visitField = (field: FieldNode, parentType: ReturnType<typeof getNamedType> | null | undefined, depth: number, multiplier: number, seen: Set<string>) => {
          if (field.name.value.startsWith("__")) return;
          if (field.alias) aliases++;
          if (!field.selectionSet) {
            maxDepth = Math.max(maxDepth, depth);
            return;
          }
          const definition = parentType && "getFields" in parentType ? parentType.getFields()[field.name.value] : undefined;
          let next = multiplier;
          const first = field.arguments?.find((a) => a.name.value === "first" || a.name.value === "last");
          if (first?.value.kind === Kind.INT) next *= Math.max(1, Number(first.value.value));
          // Variables are unknown at validation time: `first: $n` is costed at the largest page.
          else if (first?.value.kind === Kind.VARIABLE) next *= LARGEST_PAGE;
          else if (definition && isList(definition.type as GraphQLOutputType) && !isConnectionEdges(field, parentType)) next *= ASSUMED_LIST_SIZE;
          // Cost counts the objects fetched; their scalar fields come with them.
          cost += next;
          walk(field.selectionSet, definition ? getNamedType(definition.type) : null, depth + 1, next, seen);
        };
        if (root) walk(operation.selectionSet, root, 1, 1, new Set());
        if (maxDepth > limits.maxDepth) {
          context.reportError(limitError("depth", limits.maxDepth, maxDepth, `operation is ${maxDepth} levels deep; the limit is ${limits.maxDepth}`));
        }
        if (aliases > limits.maxAliases) {
          context.reportError(limitError("aliases", limits.maxAliases, aliases, `operation uses ${aliases} aliases; the limit is ${limits.maxAliases}`));
        }
        if (cost > limits.maxCost) {
          context.reportError(limitError("cost", limits.maxCost, cost, `operation may read about ${cost} items; the limit is ${limits.maxCost}. Ask for smaller pages.`));
        }
      },
    };
  };
}

/** `edges` of a connection is already sized by the connection's `first`; don't count it twice. */
function isConnectionEdges(field: FieldNode, parentType: unknown): boolean {
  return (field.name.value === "edges" || field.name.value === "nodes") && String((parentType as { name?: string })?.name ?? "").endsWith("Connection");
}
