import { EntityRepository } from "@mikro-orm/postgresql";
import { paginateOrdered, type Connection, type PageArgs } from "@campus/subgraph/data";
import { Visit } from "./visit.entity";

export class VisitRepository extends EntityRepository<Visit> {
  /** Visits a member of staff recorded, latest day first, a page at a time. */
  byAuthor(personId: string, args: PageArgs): Promise<Connection<Visit>> {
    return paginateOrdered(
      this.getEntityManager(),
      Visit,
      { byPersonId: personId },
      args,
      "visitedOn",
      "desc",
    );
  }
}
