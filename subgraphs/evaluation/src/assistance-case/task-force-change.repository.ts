import { EntityRepository } from "@mikro-orm/postgresql";
import { selectRows, tableName } from "@campus/subgraph/data";
import { TaskForceChange } from "./task-force-change.entity";

export class TaskForceChangeRepository extends EntityRepository<TaskForceChange> {
  /** The last sequence number of a case's task-force changes; 0 before the first. */
  async lastSeq(caseId: string): Promise<number> {
    const em = this.getEntityManager();
    const rows = await selectRows<{ n: number }>(
      em,
      "evaluation.taskForceLastSeq",
      `select coalesce(max(seq), 0)::int as n from ?? where case_id = ?`,
      [tableName(em, TaskForceChange), caseId],
    );
    return rows[0]?.n ?? 0;
  }
}
