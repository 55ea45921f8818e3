import type { Purpose } from "@campus/access";
import { serviceUnavailable, type RequestContext } from "@campus/subgraph";

/**
 * The purposes a member of staff's duty gives them for one student, asked of the gateway through
 * its relay (`staffDuty`): the same scope resolution the gateway signs for that person's own
 * requests, so "may this colleague be handed the warning" is decided by the rule that would let
 * them work it. "unchecked" only in a test that runs this subgraph alone (no graph to ask).
 */
export async function staffPurposes(
  ctx: Pick<RequestContext, "graph" | "requestId">,
  personId: string,
  studentId: string,
): Promise<Set<Purpose> | "unchecked"> {
  if (ctx.graph === "unchecked") return "unchecked";
  if (!ctx.graph)
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
    );
  const data = await ctx.graph.call<{ staffDuty: { purposes: Purpose[] } }>(
    "staffDuty",
    { personId, studentId },
    ctx.requestId,
  );
  return new Set(data.staffDuty.purposes);
}
