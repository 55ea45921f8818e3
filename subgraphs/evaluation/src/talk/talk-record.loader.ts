import type { EntityManager } from "@mikro-orm/postgresql";
import { groupLoader } from "@campus/subgraph/data";
import { TalkRecord } from "./talk-record.entity";

export function talkRecordLoaders(em: EntityManager) {
  return {
    /** A warning's talk records, oldest first. */
    talksByWarning: groupLoader(
      em,
      TalkRecord,
      (ids) => ({ warningId: { $in: ids } }),
      (t) => t.warningId ?? "",
      { orderBy: { talkedAt: "asc", id: "asc" } },
    ),
    /** A case's talk records, oldest first. */
    talksByCase: groupLoader(
      em,
      TalkRecord,
      (ids) => ({ caseId: { $in: ids } }),
      (t) => t.caseId ?? "",
      { orderBy: { talkedAt: "asc", id: "asc" } },
    ),
  };
}
