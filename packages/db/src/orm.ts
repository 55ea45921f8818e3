import { AsyncLocalStorage } from "node:async_hooks";
import {
  MikroORM,
  DefaultLogger,
  type LoggerOptions,
  type LogContext,
  type EntityClass,
  type MigrationObject,
  type Options,
} from "@mikro-orm/core";
import { PostgreSqlDriver } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";

/** What a subgraph tells the shared runtime about its storage. */
export interface SubgraphDatabase {
  /** The PostgreSQL schema this subgraph owns; no other subgraph reads it. */
  schema: string;
  entities: EntityClass<object>[];
  /** Committed migrations, oldest first. */
  migrations: MigrationObject[];
}

/**
 * Counts the SQL statements an ORM sends, so tests can prove that batching holds. What the
 * subgraph's own jobs send (the job queue's runs, the outbox relay among them) is counted apart:
 * a relay that happens to run while a test measures a request is not that request's cost.
 */
export class StatementCounter {
  /** Statements sent outside background work: serving requests, seeding, migrating. */
  count = 0;
  /** Statements sent by work run through `inBackground`. */
  background = 0;
  private readonly backgroundWork = new AsyncLocalStorage<true>();

  /** Runs `work` (and everything it awaits) as background work. */
  inBackground<T>(work: () => Promise<T>): Promise<T> {
    return this.backgroundWork.run(true, work);
  }

  record(): void {
    if (this.backgroundWork.getStore()) this.background++;
    else this.count++;
  }
}

class CountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly counter: StatementCounter,
  ) {
    super(options);
  }
  override logQuery(context: { query: string } & LogContext): void {
    this.counter.record();
    super.logQuery(context);
  }
}

/** The planner's cost of a page read out of order, against 1 for one read in order (SSD, cached). */
export const RANDOM_PAGE_COST = 1.1;

export interface OrmOptions {
  /** Print every statement (LOG_SQL=1). */
  logSql?: boolean;
  counter?: StatementCounter;
  pool?: { min?: number; max?: number };
}

export function ormConfig(
  db: SubgraphDatabase,
  clientUrl: string,
  options: OrmOptions = {},
): Options<PostgreSqlDriver> {
  const counter = options.counter ?? new StatementCounter();
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    schema: db.schema,
    entities: db.entities,
    extensions: [Migrator],
    // Off: the subgraphs batch through their own loaders (packages/subgraph/src/loaders.ts), one mechanism.
    dataloader: false,
    debug: options.logSql ? ["query", "query-params"] : false,
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions, counter),
    pool: { min: 0, max: options.pool?.max ?? 10 },
    // Each connection tells the planner that reading a page out of order costs about what reading
    // it in order does (PostgreSQL's default, 4×, is for spinning disks): a campus's working set
    // sits in memory or on SSD. With the default, a grid of 500 residents was read by scanning all
    // 40,000 residences (6 ms) instead of its 125 rooms' index entries (docs/BENCHMARKS.md).
    driverOptions: { connection: { options: `-c random_page_cost=${RANDOM_PAGE_COST}` } },
    // The subgraph's job queue (pg-boss, `<schema>_queue`) creates and migrates its own tables.
    schemaGenerator: { ignoreSchema: [`${db.schema}_queue`] },
    migrations: {
      migrationsList: db.migrations,
      tableName: "mikro_orm_migrations",
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: "ts",
    },
    // Catch any use of the global EntityManager: each request works in its own fork.
    allowGlobalContext: false,
  };
}

export async function openOrm(
  db: SubgraphDatabase,
  clientUrl: string,
  options: OrmOptions = {},
): Promise<MikroORM<PostgreSqlDriver>> {
  return MikroORM.init(ormConfig(db, clientUrl, options));
}

/** Applies pending migrations; returns the names applied. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Reverts every applied migration (tests prove down undoes up with it). */
export async function migrateDownAll(orm: MikroORM): Promise<string[]> {
  const reverted = await orm.getMigrator().down({ to: 0 });
  return reverted.map((m) => m.name);
}

/** SQL that would bring the database to the entities' shape; empty when migrations are complete. */
export async function pendingSchemaDiff(orm: MikroORM): Promise<string> {
  return (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false })).trim();
}
