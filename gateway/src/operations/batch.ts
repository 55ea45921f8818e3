import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  Kind,
  visit,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type VariableNode,
} from "graphql";

export interface AliasedBatch<TResult> {
  document: TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
  variables: Record<string, unknown>;
  /** The answer split back into one result per item, in the order given. */
  results(data: Record<string, unknown>): TResult[];
}

/**
 * One request for many items of a one-field operation: copy `i` of the field is aliased `r<i>` and
 * its variables end in `_<i>`. The field and its arguments stay those of the generated, checked document.
 */
export function aliasedBatch<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  items: readonly TVariables[],
): AliasedBatch<TResult> {
  const operation = document.definitions[0] as OperationDefinitionNode | undefined;
  const field = operation?.selectionSet.selections[0];
  if (
    document.definitions.length !== 1 ||
    operation?.kind !== Kind.OPERATION_DEFINITION ||
    operation.selectionSet.selections.length !== 1 ||
    field?.kind !== Kind.FIELD
  ) {
    throw new Error("aliasedBatch takes an operation of one field");
  }
  const numbered = <T extends object>(node: T, i: number): T =>
    visit(node as unknown as DocumentNode, {
      Variable: (v: VariableNode) => ({ ...v, name: { ...v.name, value: `${v.name.value}_${i}` } }),
    }) as unknown as T;
  const batch: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...operation,
        variableDefinitions: items.flatMap((_, i) =>
          (operation.variableDefinitions ?? []).map((definition) => numbered(definition, i)),
        ),
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: items.map((_, i): FieldNode => ({
            ...numbered(field, i),
            alias: { kind: Kind.NAME, value: `r${i}` },
          })),
        },
      },
    ],
  };
  const name = field.name.value;
  return {
    document: batch,
    variables: Object.fromEntries(
      items.flatMap((item, i) =>
        Object.entries(item).map(([key, value]) => [`${key}_${i}`, value]),
      ),
    ),
    results: (data) => items.map((_, i) => ({ [name]: data[`r${i}`] }) as TResult),
  };
}
