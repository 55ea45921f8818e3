import type { EntityManager } from "@mikro-orm/postgresql";
import { groupConnectionLoader } from "@campus/subgraph/data";
import { AccessRecord } from "./access-record.entity";

export function accessRecordLoaders(em: EntityManager) {
  return {
    /** Pages of the reads about each person, newest first, with their totals, for all the people of a response in one statement. */
    accessRecordPage: groupConnectionLoader(em, AccessRecord, "subjectId", "readAt", "desc"),
  };
}
