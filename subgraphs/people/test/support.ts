import {
  expectData,
  statementsOf as statementsIn,
  type GraphQLResponse,
  type SubgraphHarness,
  type TypedDocumentNode,
} from "@campus/testkit";
import { print } from "graphql";
import { graphql } from "./generated";

export { covering, errorsOf, reads, sensitiveReads } from "@campus/testkit";

/** SQL statements the people subgraph sends while `run` runs. */
export async function statementsOf<T>(
  harness: SubgraphHarness,
  run: () => Promise<T>,
): Promise<{ statements: number; result: T }> {
  return statementsIn(harness, "people", run);
}

/** Runs an internal field as the gateway itself; fails the test on any error. */
export async function asGateway<TResult, TVariables>(
  harness: SubgraphHarness,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return expectData(
    await harness.execute<TResult>(
      "people",
      print(document),
      variables as Record<string, unknown>,
      undefined,
      { system: true },
    ),
  );
}

/**
 * Federation's `_entities`, as the gateway asks other subgraphs' references: not part of
 * schema.graphql, so no typed document; the test names the shape its fragment selects.
 */
export type EntitiesResponse<T> = GraphQLResponse<{ _entities: (T | null)[] }>;

/** The page info every connection in these tests asks for. */
export const PeoplePageInfo = graphql(`
  fragment PeoplePageInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);
