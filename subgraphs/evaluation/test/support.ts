import {
  expectData,
  subgraphQuery,
  type callerFor,
  type ExecuteOptions,
  type ResultOf,
  type SubgraphHarness,
} from "@campus/testkit";
import { graphql } from "./generated";

export { covering, errorsOf, reads, sensitiveReads } from "@campus/testkit";

export type Caller = ReturnType<typeof callerFor>;

/** The gateway's question (gateway/src/operations/evaluation.ts asks the same), from this subgraph's own schema. */
export const CARE_SCOPE = graphql(`
  query CareScopeOf($id: ID!) {
    careScope(personId: $id) {
      role
      studentIds
    }
  }
`);

/** The gateway's view of a person's care scope (careScope, called as the gateway itself). */
export async function careScopeOf(
  harness: SubgraphHarness,
  personId: string,
): Promise<ResultOf<typeof CARE_SCOPE>["careScope"]> {
  return expectData(
    await subgraphQuery(harness, "evaluation", CARE_SCOPE, { id: personId }, undefined, {
      system: true,
    }),
  ).careScope;
}

/** Options for a caller whose scope is what careScope says for them, as the gateway builds it. */
export async function careOptions(
  harness: SubgraphHarness,
  personId: string,
): Promise<ExecuteOptions> {
  const coverage = await careScopeOf(harness, personId);
  return { scope: { students: Object.fromEntries(coverage.map((c) => [c.role, c.studentIds])) } };
}
