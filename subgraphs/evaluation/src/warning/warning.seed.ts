import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Warning } from "./warning.entity";
import { dueAtFor } from "./warning.deadlines";
import { WarningCategory, WarningLevel, WarningOutcome, WarningStatus } from "./warning.enums";

/**
 * Seeded warnings start at their given status with an empty history, unassigned, their stage's
 * clock started when they were raised (the dataset does not say when they reached their status).
 */
export async function seedWarnings(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.warnings) {
    const raisedAt = new Date(row.raisedAt);
    em.create(Warning, {
      id: row.id,
      personId: row.personId,
      category: row.category as WarningCategory,
      level: row.level as WarningLevel,
      status: row.status as WarningStatus,
      summary: row.summary,
      raisedAt,
      dueAt: dueAtFor(row.status as WarningStatus, row.level as WarningLevel, raisedAt),
      // A CLOSED row without an outcome stays without one: the dataset did not say how it ended.
      outcome: row.status === "CLOSED" ? ((row.outcome ?? null) as WarningOutcome | null) : null,
    });
  }
}
