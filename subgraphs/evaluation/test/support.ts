import {
  expectData,
  subgraphQuery,
  type callerFor,
  type ExecuteOptions,
  type ResultOf,
  type SubgraphHarness,
} from "@campus/testkit";
import type { RunningSubgraph } from "@campus/subgraph/server";
import type { EntityManager } from "@mikro-orm/postgresql";
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

/** The ids and count of the warnings the caller may see: a page of `first` (20 unless told) after `after`, filtered. */
export const WARNING_IDS = graphql(`
  query WarningIds($first: Int! = 20, $after: String, $filter: WarningFilter) {
    warnings(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** An assistance case by id, only its id: whether the caller may see it at all. */
export const CASE_ID = graphql(`
  query CaseId($id: ID!) {
    assistanceCase(id: $id) {
      id
    }
  }
`);

/** ingestIndicators, answering the batch's counts and each rejected row. */
export const INGEST_INDICATORS = graphql(`
  mutation IngestIndicators($input: IngestIndicatorsInput!) {
    ingestIndicators(input: $input) {
      batch {
        accepted
        rejected
        rows {
          index
          message
        }
      }
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

/** The harness's running evaluation subgraph (its ORM, its statement counter). */
export function evaluationSubgraph(harness: SubgraphHarness): RunningSubgraph {
  const running = harness.subgraphs.evaluation;
  if (!running) throw new Error("the harness runs no evaluation subgraph");
  return running;
}

/** A fork of the evaluation subgraph's entity manager, for reads and writes below the API. */
export function evaluationEm(harness: SubgraphHarness): EntityManager {
  return evaluationSubgraph(harness).orm.em.fork() as EntityManager;
}

/** Knex on the evaluation subgraph's connection (tables are in the `evaluation` schema). */
export function evaluationKnex(harness: SubgraphHarness) {
  return (evaluationSubgraph(harness).orm.em as EntityManager).getKnex();
}

/** The value, which the test needs to be there: narrows instead of a non-null assertion. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined)
    throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}
