import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import type { WarningCategory } from "../warning/warning.enums";
import { PeerReport } from "./peer-report.entity";

/** Reports as submitted; triage goes through PeerReportService, never the seed. */
export function seedPeerReports(em: EntityManager, data: Dataset): void {
  for (const row of data.peerReports ?? []) {
    em.create(PeerReport, {
      id: row.id,
      personId: row.personId,
      reporterId: row.reporterId,
      anonymous: row.anonymous,
      category: row.category as WarningCategory,
      concern: row.concern,
      submittedAt: new Date(row.submittedAt),
    });
  }
}
