import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Campus } from "./campus.entity";

export async function seedCampuses(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.campuses) em.create(Campus, { id: row.id, name: row.name });
}
