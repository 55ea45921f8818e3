import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Warning } from "./warning.entity";
import { WarningCategory, WarningLevel, WarningStatus } from "./warning.enums";

/** Seeded warnings start at their given status with an empty history. */
export async function seedWarnings(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.warnings) {
    em.create(Warning, {
      id: row.id,
      personId: row.personId,
      category: row.category as WarningCategory,
      level: row.level as WarningLevel,
      status: row.status as WarningStatus,
      summary: row.summary,
      raisedAt: new Date(row.raisedAt),
    });
  }
}
