import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Building } from "../building/building.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Grid } from "./grid.entity";

export async function seedGrids(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.grids) {
    em.create(Grid, {
      id: row.id,
      name: row.name,
      building: em.getReference(Building, row.buildingId),
      branch: em.getReference(OrgUnit, row.branchId),
    });
  }
}
