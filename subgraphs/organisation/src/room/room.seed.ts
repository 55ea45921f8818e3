import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Building } from "../building/building.entity";
import { Grid } from "../grid/grid.entity";
import { Room } from "./room.entity";

export async function seedRooms(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.rooms) {
    em.create(Room, {
      id: row.id,
      building: em.getReference(Building, row.buildingId),
      grid: row.gridId ? em.getReference(Grid, row.gridId) : null,
      floor: row.floor,
      number: row.number,
      capacity: row.capacity,
    });
  }
}
