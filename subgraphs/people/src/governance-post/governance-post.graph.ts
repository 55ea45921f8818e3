import { serviceUnavailable, type RequestContext } from "@campus/subgraph";

type Ctx = Pick<RequestContext, "graph" | "requestId">;

/** A governance post's place as organisation knows it, and whether the student lives there today. */
export interface PlaceOfPost {
  gridId: string | null;
  buildingId: string | null;
  resident: boolean;
}

/**
 * Asks organisation, through the gateway's relay (`placeResident`), whether a grid in use or a room
 * exists, its grid and building, and whether this student lives there today: a yes or no about one
 * student, never the residents. Undefined in a test that runs this subgraph alone ("unchecked");
 * null when there is no such place.
 */
export async function placeOfPost(
  ctx: Ctx,
  placeKind: "GRID" | "ROOM",
  placeId: string,
  personId: string,
): Promise<PlaceOfPost | null | undefined> {
  if (ctx.graph === "unchecked") return undefined;
  if (!ctx.graph)
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
    );
  const data = await ctx.graph.call<{ placeResident: PlaceOfPost | null }>(
    "placeResident",
    { placeKind, placeId, personId },
    ctx.requestId,
  );
  return data.placeResident;
}
