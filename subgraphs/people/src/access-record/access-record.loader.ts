import type { EntityManager } from "@mikro-orm/postgresql";
import { groupCountLoader, groupPageLoader } from "@campus/subgraph/data";
import { AccessRecord } from "./access-record.entity";

export function accessRecordLoaders(em: EntityManager) {
  return {
    /** Pages of the reads about each person, newest first, for all the people of a response at once. */
    accessRecordPage: groupPageLoader(em, AccessRecord, "subjectId", "readAt", "desc"),
    accessRecordCount: groupCountLoader(em, AccessRecord, "subjectId"),
  };
}
