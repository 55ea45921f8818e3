import { EntityRepository } from "@mikro-orm/postgresql";
import { selectRows, table } from "@campus/subgraph/data";
import { JobRun } from "./job-run.entity";

export class JobRunRepository extends EntityRepository<JobRun> {
  /** The latest run of each job, in one statement. */
  async latest(): Promise<Map<string, JobRun>> {
    const em = this.getEntityManager();
    const rows = await selectRows<{ id: string }>(
      em,
      "evaluation.latestJobRuns",
      `select distinct on (job) id from ${table(em, JobRun)} order by job, started_at desc, id`,
    );
    const runs = rows.length ? await this.find({ id: { $in: rows.map((r) => r.id) } }) : [];
    return new Map(runs.map((run) => [run.job, run]));
  }

  /** The latest failed attempts of each job (up to `perJob`), newest first, in one statement. */
  async recentFailures(perJob: number): Promise<Map<string, JobRun[]>> {
    const em = this.getEntityManager();
    const rows = await selectRows<{ id: string }>(
      em,
      "evaluation.recentJobFailures",
      `select id from (
         select id, row_number() over (partition by job order by started_at desc, id) as n
           from ${table(em, JobRun)} where not succeeded
       ) failed where n <= ?`,
      [perJob],
    );
    const runs = rows.length
      ? await this.find(
          { id: { $in: rows.map((r) => r.id) } },
          { orderBy: { startedAt: "desc", id: "asc" } },
        )
      : [];
    const byJob = new Map<string, JobRun[]>();
    for (const run of runs) byJob.set(run.job, [...(byJob.get(run.job) ?? []), run]);
    return byJob;
  }

  /**
   * Takes the job's lock for the rest of the transaction `em` is in; false when another run (on
   * any instance of the subgraph) holds it. A transaction-level advisory lock is let go at commit
   * or rollback, so a crashed run cannot keep it.
   */
  async tryLock(job: string): Promise<boolean> {
    const [row] = await selectRows<{ locked: boolean }>(
      this.getEntityManager(),
      "evaluation.lockJob",
      `select pg_try_advisory_xact_lock(hashtext('evaluation.job'), hashtext(?)) as locked`,
      [job],
    );
    return row?.locked === true;
  }
}
