import type { FilterQuery } from "@mikro-orm/core";
import { assertId, type RequestContext } from "@campus/subgraph";
import { label, type Connection } from "@campus/subgraph/data";
import type { Building } from "../building/building.entity";
import type { Loaders } from "../loaders";
import type { OrgUnit } from "../org-unit/org-unit.entity";
import type { Person } from "../residence/person.reference";
import { ResidenceService } from "../residence/residence.service";
import type { Room } from "../room/room.entity";
import { Grid } from "./grid.entity";
import type { GridRepository } from "./grid.repository";
import type { GridFilter, GridsArgs } from "./grid.input";

export class GridService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * One grid, its building and branch joined in (one statement where the grid, building and unit
   * loaders would be three) and handed to those loaders for the fields below it.
   */
  async byId(id: string): Promise<Grid | null> {
    assertId(id, "id");
    const { grid: grids, building: buildings, orgUnit: units } = this.ctx.loaders;
    const grid = await this.ctx.em.findOne(
      Grid,
      { id },
      {
        populate: ["building", "branch"],
        strategy: "joined",
        comments: label("organisation.gridWithPlace"),
      },
    );
    if (!grid) return null;
    grids.prime(grid.id, grid);
    buildings.prime(grid.building.id, grid.building.getEntity());
    if (grid.branch) units.prime(grid.branch.id, grid.branch.getEntity());
    return grid;
  }

  list(args: GridsArgs): Promise<Connection<Grid>> {
    return this.ctx.em
      .getRepository<Grid, GridRepository>(Grid)
      .page(this.where(args.filter), args);
  }

  async building(grid: Grid): Promise<Building> {
    const building = await this.ctx.loaders.building.load(grid.building.id);
    // The foreign key makes this impossible; say so rather than answer a null for a non-null field.
    if (!building) throw new Error(`building ${grid.building.id} of grid ${grid.id} is missing`);
    return building;
  }

  /** Null until a branch is assigned (assignGridBranch), and once the grid is closed. */
  async branch(grid: Grid): Promise<OrgUnit | null> {
    if (!grid.branch) return null;
    const branch = await this.ctx.loaders.orgUnit.load(grid.branch.id);
    if (!branch) throw new Error(`branch ${grid.branch.id} of grid ${grid.id} is missing`);
    return branch;
  }

  rooms(grid: Grid): Promise<Room[]> {
    return this.ctx.loaders.roomsByGrid.load(grid.id);
  }

  /** The distinct floors of the grid's rooms, lowest first; from the same batched rooms load. */
  async floors(grid: Grid): Promise<number[]> {
    const rooms = await this.rooms(grid);
    return [...new Set(rooms.map((room) => room.floor))].sort((a, b) => a - b);
  }

  /** The people living in the grid's rooms now whom the caller may know to live there; see ResidenceService. */
  residents(grid: Grid): Promise<Person[]> {
    return new ResidenceService(this.ctx).visibleResidents("grid", grid.id);
  }

  /**
   * Every person living in the grid's rooms now, as ids, for other subgraphs' `@requires`
   * (Grid.residentIds): never served to a client, see GridResidentsResolver.
   */
  residentIds(grid: Grid): Promise<string[]> {
    return this.ctx.loaders.currentResidentIdsByGrid.load(grid.id);
  }

  residentCount(grid: Grid): Promise<number> {
    return this.ctx.loaders.residentCountByGrid.load(grid.id);
  }

  private where(filter: GridFilter | null | undefined): FilterQuery<Grid> {
    const where: FilterQuery<Grid> & Record<string, unknown> = {};
    if (!filter?.includeClosed) where.closedOn = null;
    if (!filter) return where;
    if (filter.buildingId) where.building = filter.buildingId;
    if (filter.branchId) where.branch = filter.branchId;
    return where;
  }
}
