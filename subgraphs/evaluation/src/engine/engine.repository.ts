import { EntityRepository } from "@mikro-orm/postgresql";
import { selectRows, table } from "@campus/subgraph/data";
import { Warning } from "../warning/warning.entity";
import { dueAtOpenSql } from "../warning/warning.deadlines";
import { WarningRule } from "../warning-rule/warning-rule.entity";
import { WarningRuleVersion } from "../warning-rule/warning-rule-version.entity";
import type { ValidVersion } from "../warning-rule/warning-rule.service";
import { BACKTEST_STUDENTS, type BacktestReport } from "./engine.input";
import { evidenceCte, filledTemplate, firingCtes, Params } from "./rule.sql";
import type { WarningEngineRun } from "./warning-engine-run.entity";

/** What one engine pass counted: rules evaluated, (rule, student) pairs that fired, warnings raised. */
export interface EngineCounts {
  rules: number;
  fired: number;
  raised: number;
}

/** One statement of the engine's, with its positional (`?`) parameters. */
export interface EngineStatement {
  sql: string;
  params: unknown[];
}

/** A backtest's counts, and the first students it names with which versions warn them. */
export type BacktestRow = Omit<BacktestReport, "students"> & {
  students: { personId: string; candidate: boolean; current: boolean }[];
};

/** The warning engine's two statements; the rules of who may run them are WarningEngineService's. */
export class WarningEngineRepository extends EntityRepository<WarningEngineRun> {
  /**
   * Every active rule's current version over every student on `at`'s campus date, raising a
   * warning for each (rule, student) that fires and has no open warning from that rule yet: one
   * INSERT ... SELECT whatever the number of students. The partial unique index on warning
   * (person_id, rule_id) and ON CONFLICT DO NOTHING make that hold for concurrent runs too.
   */
  async raiseFiring(at: Date, asOf: string): Promise<EngineCounts> {
    const em = this.getEntityManager();
    const { sql, params } = this.raiseFiringStatement(at, asOf);
    const [counts] = await selectRows<EngineCounts>(em, "evaluation.runWarningEngine", sql, params);
    return counts;
  }

  /** raiseFiring's statement and its parameters, as it runs (`npm run bench:evaluation` EXPLAINs it). */
  raiseFiringStatement(at: Date, asOf: string): EngineStatement {
    const em = this.getEntityManager();
    const params = new Params();
    const rules = `select r.id::text as rule_key, r.id as rule_id, v.id as version_id, r.category, r.level, v.window_days, v.conditions, v.summary_template
      from ${table(em, WarningRule)} r join ${table(em, WarningRuleVersion)} v on v.rule_id = r.id and v.version = r.current_version_number
      where r.active`;
    const ctes = firingCtes(em, params, rules, asOf);
    const raisedAt = params.add(at.toISOString(), "timestamptz");
    // Pairs with an open warning from their rule are set aside before any evidence is written
    // (the partial unique index on warning answers each in one probe): a pass that raises nothing
    // costs the reading and the aggregation only. ON CONFLICT still decides between concurrent passes.
    const sql = `with ${ctes},
      fresh as (
        select f.*
        from fired f join rules on rules.rule_key = f.rule_key
        where not exists (
          select 1 from ${table(em, Warning)} w
          where w.person_id = f.person_id and w.rule_id = rules.rule_id and w.status <> 'CLOSED'
        )
      ),
      ${evidenceCte("fresh")},
      raised as (
        insert into ${table(em, Warning)} (id, person_id, category, level, status, summary, evidence, raised_at, due_at, rule_id, rule_version_id)
        select gen_random_uuid(), e.person_id, rules.category, rules.level, 'OPEN',
               coalesce(${filledTemplate("rules.summary_template", "e.vals")}, rules.summary_template), e.evidence,
               asof.at, ${dueAtOpenSql("rules.level", "asof.at")}, rules.rule_id, rules.version_id
        from evidence e join rules on rules.rule_key = e.rule_key cross join (select ${raisedAt} as at) asof
        on conflict (person_id, rule_id) where status <> 'CLOSED' do nothing
        returning 1
      )
      select (select count(*) from rules)::int as rules, (select count(*) from passing)::int as fired, (select count(*) from raised)::int as raised`;
    return { sql, params: params.values };
  }

  /**
   * Whom `candidate` would warn on `asOf` against the rule's current version, over the stored
   * history: one SELECT, nothing written.
   */
  async backtest(
    rule: Pick<WarningRule, "id" | "currentVersionNumber">,
    candidate: Pick<ValidVersion, "windowDays" | "conditions">,
    asOf: string,
  ): Promise<BacktestRow> {
    const em = this.getEntityManager();
    const params = new Params();
    const rules = `select 'current' as rule_key, v.window_days, v.conditions
        from ${table(em, WarningRuleVersion)} v where v.rule_id = ${params.add(rule.id, "uuid")} and v.version = ${params.add(rule.currentVersionNumber, "int")}
      union all
      select 'candidate', ${params.add(candidate.windowDays, "int")}, ${params.add(JSON.stringify(candidate.conditions), "jsonb")}`;
    const ctes = firingCtes(em, params, rules, asOf);
    const sql = `with ${ctes},
      students as (
        select person_id, bool_or(rule_key = 'candidate') as candidate, bool_or(rule_key = 'current') as current
        from passing group by person_id
      )
      select
        (count(*) filter (where candidate))::int as "candidateCount",
        (count(*) filter (where current))::int as "currentCount",
        (count(*) filter (where candidate and current))::int as both,
        (count(*) filter (where candidate and not current))::int as "onlyCandidate",
        (count(*) filter (where current and not candidate))::int as "onlyCurrent",
        coalesce((select jsonb_agg(jsonb_build_object('personId', s.person_id, 'candidate', s.candidate, 'current', s.current) order by s.person_id)
          from (select * from students order by person_id limit ${BACKTEST_STUDENTS}) s), '[]') as students
      from students`;
    const [row] = await selectRows<BacktestRow>(
      em,
      "evaluation.backtestWarningRule",
      sql,
      params.values,
    );
    return row;
  }
}
