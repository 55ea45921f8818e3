import type { EntityManager } from "@mikro-orm/postgresql";
import { Access, AuditTrail } from "@campus/access";
import type { Dataset } from "@campus/demo-data";
import type { GraphClient, RequestContext } from "@campus/subgraph";
import { createLoaders, type Loaders } from "../loaders";
import type { GovernancePostKind } from "./governance-post.enums";
import { GovernancePostService } from "./governance-post.service";

const quiet: RequestContext["log"] = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quiet,
};

/**
 * What the service asks organisation (`placeResident`), answered from the dataset organisation
 * seeds from the same rows: the seed runs before the gateway exists, so there is no relay to ask.
 */
function datasetGraph(data: Dataset): GraphClient {
  const call = (operation: string, variables: Record<string, unknown>): Promise<unknown> => {
    if (operation !== "placeResident")
      return Promise.reject(new Error(`the seed cannot answer ${operation}`));
    const { placeKind, placeId, personId } = variables as Record<string, string>;
    const grid = placeKind === "GRID" ? data.grids.find((g) => g.id === placeId) : undefined;
    const room = placeKind === "ROOM" ? data.rooms.find((r) => r.id === placeId) : undefined;
    const rooms = grid ? data.rooms.filter((r) => r.gridId === grid.id) : room ? [room] : [];
    const resident = data.residences.some(
      (r) => r.personId === personId && rooms.some((rm) => rm.id === r.roomId),
    );
    const placeResident = grid
      ? { gridId: grid.id, buildingId: grid.buildingId, resident }
      : room
        ? { gridId: room.gridId ?? null, buildingId: room.buildingId, resident }
        : null;
    return Promise.resolve({ placeResident });
  };
  return { call } as unknown as GraphClient;
}

/**
 * Student governance posts through the service the app uses: each appointed by the grid leader the
 * dataset names (their assignment lets them), so the demo's posts
 * pass the same rules (a resident student, one holder per kind and place).
 */
export async function seedGovernancePosts(em: EntityManager, data: Dataset): Promise<void> {
  const graph = datasetGraph(data);
  for (const row of data.governancePosts ?? []) {
    const personId = row.appointedById;
    const caller = {
      subject: `seed:${personId}`,
      personId,
      name: "seed",
      roles: ["grid_leader" as const],
    };
    const fork = em.fork();
    const ctx: RequestContext<Loaders> = {
      em: fork,
      loaders: createLoaders(fork),
      caller,
      access: new Access(caller),
      audit: new AuditTrail(),
      system: false,
      requestId: "seed",
      log: quiet,
      graph,
    };
    await new GovernancePostService(ctx).appoint({
      kind: row.kind as GovernancePostKind,
      holderId: row.holderId,
      gridId: row.gridId,
      roomId: row.roomId,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
    });
  }
}
