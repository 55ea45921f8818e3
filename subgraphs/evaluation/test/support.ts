import type { callerFor, ExecuteOptions, SubgraphHarness } from "@campus/testkit";

export { covering, errorsOf, reads, sensitiveReads } from "@campus/testkit";

export type Caller = ReturnType<typeof callerFor>;

/** The gateway's view of a person's care scope (careScope, called as the gateway itself). */
export async function careScopeOf(harness: SubgraphHarness, personId: string): Promise<{ role: string; studentIds: string[] }[]> {
  const res = await harness.execute("evaluation", `query($id: ID!) { careScope(personId: $id) { role studentIds } }`, { id: personId }, undefined, { system: true });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.careScope;
}

/** Options for a caller whose scope is what careScope says for them, as the gateway builds it. */
export async function careOptions(harness: SubgraphHarness, personId: string): Promise<ExecuteOptions> {
  const coverage = await careScopeOf(harness, personId);
  return { scope: { students: Object.fromEntries(coverage.map((c) => [c.role, c.studentIds])) } };
}
