import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { Enrolment } from "./enrolment.entity";
import { EnrolmentStatus } from "./enrolment.enums";

export interface EnrolmentCounts {
  enrolled: number;
  cancelled: number;
}

/** One page of a session's enrolments: the rows after `after` in (enrolledAt, id) order. */
export interface EnrolmentPageKey {
  sessionId: string;
  /** Rows to fetch; the service asks for one more than the page size to learn hasNextPage. */
  limit: number;
  after: { enrolledAt: string; id: string } | null;
}

function table(em: EntityManager, entity: string): string {
  const meta = em.getMetadata().get(entity);
  const schema = meta.schema && meta.schema !== "*" ? meta.schema : em.config.get("schema");
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}

/** `?, ?, ?`: one bound parameter per value (MikroORM binds `?` one value at a time). */
function placeholders(values: unknown[]): string {
  return values.map(() => "?").join(", ");
}

/** Counts per session and status, for any number of sessions, in one GROUP BY query. */
function countLoader(em: EntityManager): DataLoader<string, EnrolmentCounts> {
  return new DataLoader(async (sessionIds) => {
    const ids = sessionIds.filter(isId);
    const rows: { session_id: string; status: EnrolmentStatus; n: number }[] = ids.length
      ? await em
          .getConnection()
          .execute(
            `select session_id, status, count(*)::int as n from ${table(em, Enrolment.name)} where session_id in (${placeholders(ids)}) group by session_id, status`,
            ids,
          )
      : [];
    const counts = new Map<string, EnrolmentCounts>(sessionIds.map((id) => [id, { enrolled: 0, cancelled: 0 }]));
    for (const row of rows) {
      const c = counts.get(row.session_id);
      if (!c) continue;
      if (row.status === EnrolmentStatus.ENROLLED) c.enrolled = row.n;
      else c.cancelled = row.n;
    }
    return sessionIds.map((id) => counts.get(id)!);
  });
}

/**
 * Pages of enrolments for many sessions at once: one LATERAL query per distinct (limit, after)
 * in the batch (in practice one), each session's page read from the (session_id, enrolled_at, id)
 * index and cut at `limit`.
 */
function pageLoader(em: EntityManager): DataLoader<EnrolmentPageKey, Enrolment[], string> {
  return new DataLoader<EnrolmentPageKey, Enrolment[], string>(
    async (keys) => {
      const groups = new Map<string, { key: EnrolmentPageKey; sessionIds: string[] }>();
      for (const key of keys) {
        const groupKey = JSON.stringify([key.limit, key.after]);
        const group = groups.get(groupKey) ?? { key, sessionIds: [] };
        group.sessionIds.push(key.sessionId);
        groups.set(groupKey, group);
      }
      const rowsBySession = new Map<string, Enrolment[]>();
      for (const [groupKey, { key, sessionIds }] of groups) {
        const ids = sessionIds.filter(isId);
        if (!ids.length) continue;
        const params: unknown[] = [...ids];
        let after = "";
        if (key.after) {
          after = `and (x.enrolled_at, x.id) > (?::timestamptz, ?::uuid)`;
          params.push(key.after.enrolledAt, key.after.id);
        }
        params.push(key.limit);
        const rows: Record<string, unknown>[] = await em.getConnection().execute(
          `select e.* from (values ${ids.map(() => "(?::uuid)").join(", ")}) as s(id) cross join lateral ` +
            `(select x.* from ${table(em, Enrolment.name)} as x where x.session_id = s.id ${after} order by x.enrolled_at asc, x.id asc limit ?) as e`,
          params,
        );
        for (const row of rows) {
          const enrolment = em.map(Enrolment, row as any);
          const at = `${groupKey}|${row.session_id as string}`;
          const page = rowsBySession.get(at);
          if (page) page.push(enrolment);
          else rowsBySession.set(at, [enrolment]);
        }
      }
      return keys.map((key) => rowsBySession.get(`${JSON.stringify([key.limit, key.after])}|${key.sessionId}`) ?? []);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.sessionId, key.limit, key.after]) },
  );
}

export function enrolmentLoaders(em: EntityManager) {
  return {
    enrolment: entityLoader(em, Enrolment),
    /** A person's enrolments, newest session first: one query for all the people of a response. */
    enrolmentsByPerson: groupLoader(
      em,
      Enrolment,
      (personIds) => ({ personId: { $in: personIds.filter(isId) } }),
      (enrolment) => enrolment.personId,
      { orderBy: { session: { startsAt: "desc" }, enrolledAt: "desc", id: "desc" } },
    ),
    enrolmentCounts: countLoader(em),
    enrolmentPage: pageLoader(em),
  };
}
