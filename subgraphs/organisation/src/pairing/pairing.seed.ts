import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { asAdmin } from "../org-unit/org-unit-admin.seed";
import { PairingKind } from "./pairing.enums";
import { PairingService } from "./pairing.service";

/**
 * Pairings (结对共建) through the service the app uses, as an administrator: each is created with
 * the dataset's id, its activities logged (so each is inside the period and counted in its term),
 * and then ended when the dataset says so.
 */
export async function seedPairings(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.pairings ?? []) {
    const service = new PairingService(asAdmin(em.fork()));
    await service.create(
      {
        kind: row.kind as PairingKind,
        unitId: row.unitId,
        branchId: row.branchId,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        plan: row.plan,
        teacherId: row.teacherId,
        studentId: row.studentId,
      },
      row.id,
    );
    for (const activity of row.activities)
      await service.logActivity({ pairingId: row.id, ...activity });
    if (row.ended) await service.end(row.id, "共建期满");
  }
}
