import { badUserInput, serviceUnavailable, type RequestContext } from "@campus/subgraph";

/**
 * BAD_USER_INPUT unless `id` names a room, asked of organisation through the gateway's relay
 * (`knownRoom`), never by reading its tables; SERVICE_UNAVAILABLE when the graph cannot be asked,
 * so nothing naming an unchecked room is written.
 */
export async function assertRoomExists(
  ctx: Pick<RequestContext, "graph" | "requestId">,
  id: string,
  field: string,
): Promise<void> {
  if (ctx.graph === "unchecked") return;
  if (!ctx.graph)
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
    );
  const data = await ctx.graph.call<{ room: { id: string } | null }>(
    "knownRoom",
    { id },
    ctx.requestId,
  );
  if (!data.room) throw badUserInput(`no room has the id ${id}`, field);
}
