import { EntityRepository, LockMode, type FilterQuery } from "@mikro-orm/postgresql";
import { label, paginateOrdered, type Connection, type PageArgs } from "@campus/subgraph/data";
import { AssistanceCase } from "./assistance-case.entity";

export class AssistanceCaseRepository extends EntityRepository<AssistanceCase> {
  /** Cases matching `where`, newest first, a page at a time. */
  page(where: FilterQuery<AssistanceCase>, args: PageArgs): Promise<Connection<AssistanceCase>> {
    return paginateOrdered(
      this.getEntityManager(),
      AssistanceCase,
      where,
      args,
      "openedAt",
      "desc",
    );
  }

  /** The case as it is now, for casework to check and change; locked (FOR UPDATE) with `lock`. */
  forWork(id: string, lock: boolean): Promise<AssistanceCase | null> {
    return this.findOne(
      { id },
      {
        refresh: true,
        ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}),
        comments: label("evaluation.caseForWork"),
      },
    );
  }
}
