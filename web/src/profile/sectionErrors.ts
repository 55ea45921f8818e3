import { Kind, type DocumentNode, type GraphQLFormattedError } from "graphql";

/** What a profile section can say about the part of the answer it could not show. */
export type SectionProblem = "forbidden" | "unavailable" | null;

/**
 * Names of the fields a fragment selects at its top level (its own fields on Person). With `on`,
 * only fragments on that type count: the fragments on other types a document brings along (a
 * TermEvaluation's, say) are not the section's fields.
 */
export function fragmentFields(fragment: DocumentNode, on?: string): Set<string> {
  const names = new Set<string>();
  for (const definition of fragment.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    if (on !== undefined && definition.typeCondition.name.value !== on) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.alias?.value ?? selection.name.value);
    }
  }
  return names;
}

/**
 * The errors of a federated answer that belong to one section: those whose path runs through
 * `root.<field>` for a field of the section's fragment (e.g. ["person","warnings"] or
 * ["person","residence","room","building"]).
 */
export function errorsForFields(
  errors: readonly GraphQLFormattedError[],
  root: string,
  fields: Set<string>,
): GraphQLFormattedError[] {
  return errors.filter(
    (e) => e.path?.[0] === root && typeof e.path[1] === "string" && fields.has(e.path[1]),
  );
}

/**
 * What each section receives: the errors on its own fields, and whether the answer also carried
 * errors without a usable path (the gateway reports a subgraph it could not reach that way), so
 * a section can tell "none" from "could not be fetched" when its fields came back null.
 */
export interface SectionErrors {
  errors: readonly GraphQLFormattedError[];
  unattributed: boolean;
}

export function problemOf(errors: readonly GraphQLFormattedError[]): SectionProblem {
  if (errors.length === 0) return null;
  return errors.some((e) => e.extensions?.code === "FORBIDDEN") ? "forbidden" : "unavailable";
}
