import type { EntityManager } from "@mikro-orm/postgresql";
import { groupCountLoader, groupPageLoader } from "@campus/subgraph/data";
import { Visit } from "./visit.entity";

export function visitLoaders(em: EntityManager) {
  return {
    /** A page of each student's visits, latest day first: one statement for every student of a response. */
    visitPageByStudent: groupPageLoader(em, Visit, "studentId", "visitedOn", "desc"),
    /** Each student's number of visits: one statement for every student of a response. */
    visitCountByStudent: groupCountLoader(em, Visit, "studentId"),
  };
}
