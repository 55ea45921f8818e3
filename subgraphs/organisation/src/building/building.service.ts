import { assertId, type RequestContext } from "@campus/subgraph";
import type { Campus } from "../campus/campus.entity";
import type { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import type { OrgUnit } from "../org-unit/org-unit.entity";
import type { Room } from "../room/room.entity";
import type { Building } from "./building.entity";

export class BuildingService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async byId(id: string): Promise<Building | null> {
    assertId(id, "id");
    return this.ctx.loaders.building.load(id);
  }

  async campus(building: Building): Promise<Campus> {
    const campus = await this.ctx.loaders.campus.load(building.campus.id);
    // The foreign key makes this impossible; say so rather than answer a null for a non-null field.
    if (!campus)
      throw new Error(`campus ${building.campus.id} of building ${building.id} is missing`);
    return campus;
  }

  async college(building: Building): Promise<OrgUnit | null> {
    return building.college ? this.ctx.loaders.orgUnit.load(building.college.id) : null;
  }

  rooms(building: Building): Promise<Room[]> {
    return this.ctx.loaders.roomsByBuilding.load(building.id);
  }

  grids(building: Building): Promise<Grid[]> {
    return this.ctx.loaders.gridsByBuilding.load(building.id);
  }

  /**
   * Every person living in the building's rooms now, as ids, for other subgraphs' `@requires`
   * (Building.residentIds): never served to a client, see BuildingResidentsResolver.
   */
  async residentIds(building: Building): Promise<string[]> {
    const residences = await this.ctx.loaders.currentResidencesByBuilding.load(building.id);
    return residences.map((residence) => residence.personId);
  }
}
