import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { Residence } from "../residence/residence.entity";
import type { ResidenceRepository } from "../residence/residence.repository";
import { GridBranchChange } from "./grid-branch-change.entity";
import { Grid } from "./grid.entity";

const GRID_ORDER = { orderBy: { name: "asc", id: "asc" } } as const;

/** Current residents per grid, counted in one GROUP BY query for all the grids of a tick. */
function residentCountLoader(em: EntityManager): DataLoader<string, number> {
  return new DataLoader(async (gridIds) => {
    const counts = await em
      .getRepository<Residence, ResidenceRepository>(Residence)
      .residentCountsByGrid(gridIds);
    return gridIds.map((id) => counts.get(id) ?? 0);
  });
}

export function gridLoaders(em: EntityManager) {
  return {
    grid: entityLoader(em, Grid),
    /** A building's grids by name: one query for all the buildings of a tick. */
    gridsByBuilding: groupLoader(
      em,
      Grid,
      (buildingIds) => ({ building: { $in: buildingIds }, closedOn: null }),
      (grid) => grid.building.id,
      GRID_ORDER,
    ),
    /** The grids each branch is responsible for, by name: one query for all the branches of a tick. */
    gridsByBranch: groupLoader(
      em,
      Grid,
      (branchIds) => ({ branch: { $in: branchIds }, closedOn: null }),
      // Grids are loaded here by their branch, so each has one.
      (grid) => grid.branch?.id ?? "",
      GRID_ORDER,
    ),
    residentCountByGrid: residentCountLoader(em),
    /** Each grid's changes of branch, oldest first: one query for all the grids of a tick. */
    branchHistoryByGrid: groupLoader(
      em,
      GridBranchChange,
      (gridIds) => ({ grid: { $in: gridIds } }),
      (change) => change.grid.id,
      { orderBy: { createdAt: "asc", id: "asc" } },
    ),
  };
}
