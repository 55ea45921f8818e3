import { statementsOf as statementsIn, type SubgraphHarness } from "@campus/testkit";

export { covering, errorsOf, reads, sensitiveReads } from "@campus/testkit";

/** SQL statements the people subgraph sends while `run` runs. */
export async function statementsOf<T>(
  harness: SubgraphHarness,
  run: () => Promise<T>,
): Promise<{ statements: number; result: T }> {
  return statementsIn(harness, "people", run);
}

/** Runs an internal field as the gateway itself; fails the test on any error. */
export async function asGateway<T = any>(
  harness: SubgraphHarness,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await harness.execute("people", query, variables, undefined, { system: true });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
