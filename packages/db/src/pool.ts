import type { MikroORM } from "@mikro-orm/core";

/** The ORM's connection pool right now (knex's tarn pool), for metrics; undefined once closed. */
export function poolStats(
  orm: MikroORM,
): { used: number; free: number; pending: number; max: number } | undefined {
  const pool = (
    orm.em.getConnection() as unknown as { getKnex?(): { client?: { pool?: TarnPool } } }
  ).getKnex?.().client?.pool;
  if (!pool) return undefined;
  return {
    used: pool.numUsed(),
    free: pool.numFree(),
    pending: pool.numPendingAcquires(),
    max: pool.max,
  };
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}
