import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { Room } from "./room.entity";

const ROOM_ORDER = { orderBy: { floor: "asc", number: "asc", id: "asc" } } as const;

export function roomLoaders(em: EntityManager) {
  return {
    room: entityLoader(em, Room),
    /** A building's rooms by floor and number: one query for all the buildings of a tick. */
    roomsByBuilding: groupLoader(
      em,
      Room,
      (buildingIds) => ({ building: { $in: buildingIds } }),
      (room) => room.building.id,
      ROOM_ORDER,
    ),
    /** A grid's rooms by floor and number: one query for all the grids of a tick. */
    roomsByGrid: groupLoader(
      em,
      Room,
      (gridIds) => ({ grid: { $in: gridIds } }),
      // Rooms are loaded here by their grid, so each has one.
      (room) => room.grid?.id ?? "",
      ROOM_ORDER,
    ),
  };
}
