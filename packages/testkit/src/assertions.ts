import { SENSITIVE_READS_EXTENSION, type AccessScope, type SensitiveRead } from "@campus/access";
import type { ExecuteOptions, GraphQLResponse, SubgraphHarness } from "./subgraphs";

type ScopedRole = keyof AccessScope["students"];

/** Options for a caller whose one role covers these students, as the gateway would resolve it. */
export function covering(role: ScopedRole, ids: string[]): ExecuteOptions {
  return { scope: { students: { [role]: ids } } };
}

const byStudentAndField = (x: SensitiveRead, y: SensitiveRead) =>
  `${x.subjectId}|${x.field}`.localeCompare(`${y.subjectId}|${y.field}`);

/** The sensitive reads a subgraph reported for one response, in a stable order. */
export function sensitiveReads(res: GraphQLResponse): SensitiveRead[] {
  const reads = ((res as { extensions?: Record<string, unknown> }).extensions?.[
    SENSITIVE_READS_EXTENSION
  ] ?? []) as SensitiveRead[];
  return [...reads].sort(byStudentAndField);
}

/** The same, for an expectation written out by hand. */
export function reads(
  ...list: [subjectId: string, field: string, purpose: string][]
): SensitiveRead[] {
  return list
    .map(([subjectId, field, purpose]) => ({ subjectId, field, purpose }) as SensitiveRead)
    .sort(byStudentAndField);
}

/** Error paths with their codes, sorted by path: fields resolve concurrently, so arrival order is no contract. */
export function errorsOf(
  res: GraphQLResponse,
): [path: (string | number)[] | undefined, code: string | undefined][] {
  const errors = (res.errors ?? []).map(
    (e) => [e.path, e.extensions?.code] as [(string | number)[] | undefined, string | undefined],
  );
  return errors.sort(([x], [y]) => JSON.stringify(x ?? []).localeCompare(JSON.stringify(y ?? [])));
}

/** SQL statements `subgraph` sends while `run` runs: how tests show a cost does not grow with rows. */
export async function statementsOf<T>(
  harness: SubgraphHarness,
  subgraph: string,
  run: () => Promise<T>,
): Promise<{ statements: number; result: T }> {
  const counter = harness.subgraphs[subgraph].statements;
  const before = counter.count;
  const result = await run();
  return { statements: counter.count - before, result };
}
