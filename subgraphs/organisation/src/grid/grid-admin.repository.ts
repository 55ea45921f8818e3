import type { EntityManager } from "@mikro-orm/postgresql";
import { selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { Room } from "../room/room.entity";

/** The SQL of grid administration: which rooms a grid takes, and taking them. */
export class GridRooms {
  constructor(private readonly em: EntityManager) {}

  /** The building's rooms on a floor, or all of them (floor null). */
  async ofBuilding(buildingId: string, floor: number | null): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      this.em,
      "organisation.gridRoomsOfBuilding",
      `select id from ?? where building_id = ? and (?::smallint is null or floor = ?::smallint) order by floor, number`,
      [tableName(this.em, Room), buildingId, floor, floor],
    );
    return rows.map((row) => row.id);
  }

  /** Of these room ids, those in the building (any other is unknown or elsewhere). */
  async inBuilding(buildingId: string, roomIds: string[]): Promise<Set<string>> {
    const rows = await selectRows<{ id: string }>(
      this.em,
      "organisation.gridRoomsInBuilding",
      `select id from ?? where building_id = ? and id = any(?::uuid[])`,
      [tableName(this.em, Room), buildingId, uuidArray(roomIds)],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Puts the rooms that are in no grid into this one, in one statement, and answers those it
   * took. A room another transaction is taking waits for it (row lock) and is then seen taken,
   * so of two grids claiming a room at once exactly one gets it.
   */
  async claim(gridId: string, roomIds: string[]): Promise<Set<string>> {
    const rows = await selectRows<{ id: string }>(
      this.em,
      "organisation.gridClaimRooms",
      `update ?? set grid_id = ?, updated_at = now() where id = any(?::uuid[]) and grid_id is null returning id`,
      [tableName(this.em, Room), gridId, uuidArray(roomIds)],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The numbers of these rooms, and the grid each is in, for a refusal that names them. */
  taken(roomIds: string[]): Promise<{ id: string; number: string; grid_id: string | null }[]> {
    return selectRows(
      this.em,
      "organisation.gridTakenRooms",
      `select id, number, grid_id from ?? where id = any(?::uuid[]) order by floor, number`,
      [tableName(this.em, Room), uuidArray(roomIds)],
    );
  }

  /** Takes every room out of the grid; answers how many. */
  async free(gridId: string): Promise<number> {
    const rows = await selectRows<{ id: string }>(
      this.em,
      "organisation.gridFreeRooms",
      `update ?? set grid_id = null, updated_at = now() where grid_id = ? returning id`,
      [tableName(this.em, Room), gridId],
    );
    return rows.length;
  }
}
