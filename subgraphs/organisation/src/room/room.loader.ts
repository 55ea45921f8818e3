import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { today } from "@campus/subgraph";
import { entityLoader, groupLoader, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { Residence } from "../residence/residence.entity";
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
    /**
     * Beds in use per room: residences current today or starting later (a count, no one named),
     * one statement for all the rooms of a tick.
     */
    bedsInUseByRoom: new DataLoader<string, number>(async (roomIds) => {
      const rows = await selectRows<{ room_id: string; n: number }>(
        em,
        "organisation.bedsInUseByRoom",
        `select room_id, count(*)::int as n from ?? where room_id = any(?::uuid[]) and (moved_out_on is null or moved_out_on > ?::date) group by room_id`,
        [tableName(em, Residence), uuidArray([...roomIds]), today()],
      );
      const counts = new Map(rows.map((row) => [row.room_id, row.n]));
      return roomIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}
