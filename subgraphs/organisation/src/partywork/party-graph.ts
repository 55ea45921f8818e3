import {
  badUserInput,
  serviceUnavailable,
  type GraphClient,
  type RequestContext,
} from "@campus/subgraph";

/** 预备党员 / 正式党员: the political statuses that may hold a post, an area or a team seat. */
export const PARTY_MEMBER_STATUSES: readonly string[] = ["PROBATIONARY_MEMBER", "FULL_MEMBER"];

/** Most people one check names: a vanguard team's members at once (the relay's limit). */
export const MAX_PARTY_CHECK = 50;

type GraphContext = Pick<RequestContext, "graph" | "requestId">;

function graphOf(ctx: GraphContext): GraphClient {
  if (!ctx.graph || ctx.graph === "unchecked")
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
    );
  return ctx.graph;
}

/**
 * BAD_USER_INPUT on the first of `references` that names nobody or someone who is not a
 * probationary or full party member: asked of people through the gateway's relay
 * (`partyStanding`), one call for all of them, never by reading people's tables. In a test that
 * runs this subgraph alone ("unchecked") there is no graph to ask and every reference passes.
 */
export async function assertPartyMembers(
  ctx: GraphContext,
  references: { id: string; field: string }[],
): Promise<void> {
  if (!references.length || ctx.graph === "unchecked") return;
  const graph = graphOf(ctx);
  const ids = [...new Set(references.map((r) => r.id))];
  const data = await graph.call<{ partyStanding: { id: string; politicalStatus: string }[] }>(
    "partyStanding",
    { ids },
    ctx.requestId,
  );
  const status = new Map(data.partyStanding.map((p) => [p.id, p.politicalStatus]));
  for (const reference of references) {
    const found = status.get(reference.id);
    if (!found) throw badUserInput(`no person has the id ${reference.id}`, reference.field);
    if (!PARTY_MEMBER_STATUSES.includes(found))
      throw badUserInput(
        `person ${reference.id} is ${found}, not a probationary or full party member (预备党员/正式党员)`,
        reference.field,
      );
  }
}

/**
 * The branches the caller is secretary of today, from people's staff assignments through the
 * relay (`secretaryBranches`). "unchecked" (a subgraph alone, no graph): a branch secretary is
 * taken at their role's word, as references go unchecked there.
 */
export async function secretaryBranches(
  ctx: GraphContext,
  personId: string,
): Promise<Set<string> | "unchecked"> {
  if (ctx.graph === "unchecked") return "unchecked";
  const graph = graphOf(ctx);
  const data = await graph.call<{ secretaryBranches: string[] }>(
    "secretaryBranches",
    { personId },
    ctx.requestId,
  );
  return new Set(data.secretaryBranches);
}
