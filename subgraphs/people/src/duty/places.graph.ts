import { serviceUnavailable, type RequestContext } from "@campus/subgraph";
import type { GraphClient } from "@campus/subgraph";

/**
 * Grids, buildings and rooms are organisation's; warnings and cases evaluation's. People asks for
 * them through the gateway's relay (lent operations), never by reading their tables. In a test that
 * runs this subgraph alone ("unchecked") there is no graph: the answers are null (unknown).
 */
type Ctx = Pick<RequestContext, "graph" | "requestId">;

function client(ctx: Ctx): GraphClient | null {
  if (ctx.graph === "unchecked") return null;
  if (!ctx.graph)
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
    );
  return ctx.graph;
}

/** Whether the id names a grid, a building or neither; null when there is no graph to ask. */
export async function placeKindOf(
  ctx: Ctx,
  id: string,
): Promise<"GRID" | "BUILDING" | "NONE" | null> {
  const graph = client(ctx);
  if (!graph) return null;
  const data = await graph.call<{ grid: { id: string } | null; building: { id: string } | null }>(
    "knownPlace",
    { id },
    ctx.requestId,
  );
  return data.grid ? "GRID" : data.building ? "BUILDING" : "NONE";
}

/** A room's building and grid (null grid: in none); null when the room does not exist or there is no graph. */
export async function roomPlaces(
  ctx: Ctx,
  id: string,
): Promise<{ exists: boolean; buildingId: string | null; gridId: string | null } | null> {
  const graph = client(ctx);
  if (!graph) return null;
  const data = await graph.call<{
    room: { id: string; building: { id: string }; grid: { id: string } | null } | null;
  }>("roomPlaces", { id }, ctx.requestId);
  if (!data.room) return { exists: false, buildingId: null, gridId: null };
  return { exists: true, buildingId: data.room.building.id, gridId: data.room.grid?.id ?? null };
}

/** The student a warning or an assistance case is about, or null when it does not exist. */
export async function careRecordStudent(
  ctx: Ctx,
  kind: "WARNING" | "CASE",
  id: string,
): Promise<string | null | undefined> {
  const graph = client(ctx);
  if (!graph) return undefined;
  const data = await graph.call<{ careRecordStudent: string | null }>(
    "careRecordStudent",
    { kind, id },
    ctx.requestId,
  );
  return data.careRecordStudent;
}
