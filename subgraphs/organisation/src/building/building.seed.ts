import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Campus } from "../campus/campus.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Building } from "./building.entity";

export async function seedBuildings(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.buildings) {
    em.create(Building, {
      id: row.id,
      name: row.name,
      campus: em.getReference(Campus, row.campusId),
      floors: row.floors,
      college: row.collegeId ? em.getReference(OrgUnit, row.collegeId) : null,
    });
  }
}
