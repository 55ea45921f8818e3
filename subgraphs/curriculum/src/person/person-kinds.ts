import { badUserInput, serviceUnavailable, type RequestContext } from "@campus/subgraph";

/** STUDENT or STAFF, as the people subgraph says (public on Person). */
export type PersonKind = "STUDENT" | "STAFF";
/** Most people one kind question names (a team and its mentor). */
export const MAX_KIND_IDS = 50;

/**
 * Each of these ids' kind, asked of the people subgraph through the gateway's relay
 * (`personKinds`), never by reading its tables; unknown ids are left out. SERVICE_UNAVAILABLE when
 * the graph cannot be asked, so nothing naming an unchecked person is written. A subgraph run
 * without the graph ("unchecked", unit tests) takes every id as the kind it expects.
 */
export async function personKinds(
  ctx: Pick<RequestContext, "graph" | "requestId">,
  ids: readonly string[],
  expected: PersonKind,
): Promise<Map<string, PersonKind>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  if (ctx.graph === "unchecked") return new Map(unique.map((id) => [id, expected]));
  if (!ctx.graph)
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
    );
  const data = await ctx.graph.call<{ personKinds: { id: string; kind: PersonKind }[] }>(
    "personKinds",
    { ids: unique },
    ctx.requestId,
  );
  return new Map(data.personKinds.map((row) => [row.id, row.kind]));
}

/** BAD_USER_INPUT on the first id that names no person of `kind`; one call for all of them. */
export async function assertKind(
  ctx: Pick<RequestContext, "graph" | "requestId">,
  references: { id: string; field: string }[],
  kind: PersonKind,
): Promise<void> {
  const kinds = await personKinds(
    ctx,
    references.map((r) => r.id),
    kind,
  );
  const wrong = references.find((r) => kinds.get(r.id) !== kind);
  if (wrong)
    throw badUserInput(
      kinds.has(wrong.id)
        ? `${wrong.id} is not ${kind === "STAFF" ? "a member of staff" : "a student"}`
        : `no person has the id ${wrong.id}`,
      wrong.field,
    );
}
