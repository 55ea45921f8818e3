import { assertId, type RequestContext } from "@campus/subgraph";
import type { Building } from "../building/building.entity";
import type { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import type { Person } from "../residence/person.reference";
import { ResidenceService } from "../residence/residence.service";
import type { Room } from "./room.entity";

export class RoomService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async byId(id: string): Promise<Room | null> {
    assertId(id, "id");
    return this.ctx.loaders.room.load(id);
  }

  async building(room: Room): Promise<Building> {
    const building = await this.ctx.loaders.building.load(room.building.id);
    // The foreign key makes this impossible; say so rather than answer a null for a non-null field.
    if (!building) throw new Error(`building ${room.building.id} of room ${room.id} is missing`);
    return building;
  }

  async grid(room: Room): Promise<Grid | null> {
    return room.grid ? this.ctx.loaders.grid.load(room.grid.id) : null;
  }

  /** The people living in the room now whom the caller may know to live there, by bed; see ResidenceService. */
  residents(room: Room): Promise<Person[]> {
    return new ResidenceService(this.ctx).visibleResidents("room", room.id);
  }
}
