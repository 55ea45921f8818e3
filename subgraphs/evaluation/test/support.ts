import { SENSITIVE_READS_EXTENSION, type AccessScope, type SensitiveRead } from "@campus/access";
import type { callerFor, ExecuteOptions, GraphQLResponse, SubgraphHarness } from "@campus/testkit";

export type Caller = ReturnType<typeof callerFor>;

type ScopedRole = keyof AccessScope["students"];

/** Options for a caller whose one role covers these students, as the gateway would resolve it. */
export function covering(role: ScopedRole, ids: string[]): ExecuteOptions {
  return { scope: { students: { [role]: ids } } };
}

/** The sensitive reads a subgraph reported for one response, in a stable order. */
export function sensitiveReads(res: GraphQLResponse): SensitiveRead[] {
  const reads = ((res as { extensions?: Record<string, unknown> }).extensions?.[SENSITIVE_READS_EXTENSION] ?? []) as SensitiveRead[];
  return [...reads].sort((x, y) => `${x.subjectId}|${x.field}`.localeCompare(`${y.subjectId}|${y.field}`));
}

/** The same, for an expectation written out by hand. */
export function reads(...list: [subjectId: string, field: string, purpose: string][]): SensitiveRead[] {
  return list.map(([subjectId, field, purpose]) => ({ subjectId, field, purpose }) as SensitiveRead).sort((x, y) => `${x.subjectId}|${x.field}`.localeCompare(`${y.subjectId}|${y.field}`));
}

/**
 * Error codes with their paths, sorted by path: fields and entities resolve concurrently, so the
 * order errors arrive in is not part of the contract.
 */
export function errorsOf(res: GraphQLResponse): [path: (string | number)[] | undefined, code: string | undefined][] {
  const errors = (res.errors ?? []).map((e) => [e.path, e.extensions?.code] as [(string | number)[] | undefined, string | undefined]);
  return errors.sort(([x], [y]) => JSON.stringify(x ?? []).localeCompare(JSON.stringify(y ?? [])));
}

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
