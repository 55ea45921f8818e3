import { badUserInput, serviceUnavailable, type RequestContext } from "@campus/subgraph";

type GraphContext = Pick<RequestContext, "graph" | "requestId">;

function graphOf(ctx: GraphContext) {
  if (!ctx.graph || ctx.graph === "unchecked")
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
    );
  return ctx.graph;
}

/**
 * BAD_USER_INPUT on `field` unless `teamId` names a people Team: asked of people through the
 * gateway's relay (`knownTeams`), never by reading its tables. Alone ("unchecked") it passes.
 */
export async function assertTeamExists(
  ctx: GraphContext,
  teamId: string,
  field: string,
): Promise<void> {
  if (ctx.graph === "unchecked") return;
  const data = await graphOf(ctx).call<{ knownTeams: string[] }>(
    "knownTeams",
    { ids: [teamId] },
    ctx.requestId,
  );
  if (!data.knownTeams.includes(teamId)) throw badUserInput(`no team has the id ${teamId}`, field);
}

/**
 * The residential colleges the person administers today (their COLLEGE_ADMIN assignments
 * running), from people through the relay (`governedUnits`, which governance asks too).
 * "unchecked": none.
 */
export async function administeredColleges(
  ctx: GraphContext,
  personId: string | null,
): Promise<Set<string>> {
  if (ctx.graph === "unchecked" || !personId) return new Set();
  const data = await graphOf(ctx).call<{ governedUnits: { collegeUnitIds: string[] } }>(
    "governedUnits",
    { personId },
    ctx.requestId,
  );
  return new Set(data.governedUnits.collegeUnitIds);
}
