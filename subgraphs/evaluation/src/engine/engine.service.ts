import { pushResourcesFor } from "../resource/resource-push.run";
import { forbidden, notFound, today, type RequestContext } from "@campus/subgraph";
import { selectRows, table } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Warning } from "../warning/warning.entity";
import { dueAtOpenSql } from "../warning/warning.deadlines";
import { validVersion } from "../warning-rule/warning-rule.service";
import { WarningRule } from "../warning-rule/warning-rule.entity";
import { WarningRuleVersion } from "../warning-rule/warning-rule-version.entity";
import {
  BACKTEST_STUDENTS,
  type BacktestReport,
  type BacktestWarningRuleInput,
} from "./engine.input";
import { filledTemplate, firingCtes, Params } from "./rule.sql";
import { WarningEngineRun } from "./warning-engine-run.entity";

export class WarningEngineService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * One pass over every active rule's current version and every student, in one INSERT ... SELECT:
   * the statements a run takes do not depend on the number of students. A rule that fires for a
   * student who already has an open (not CLOSED) warning from it raises nothing: the partial unique
   * index on warning (person_id, rule_id) and ON CONFLICT DO NOTHING make that hold for concurrent
   * runs too.
   */
  async run(asOf: Date | null | undefined): Promise<WarningEngineRun> {
    const { access, system, em } = this.ctx;
    if (!system && !access.hasRole("admin"))
      throw forbidden("the warning engine is run by administrators or the platform's scheduler");
    const at = asOf ?? new Date();
    const startedAt = new Date();
    const params = new Params();
    const rules = `select r.id::text as rule_key, r.id as rule_id, v.id as version_id, r.category, r.level, v.window_days, v.conditions, v.summary_template
      from ${table(em, WarningRule)} r join ${table(em, WarningRuleVersion)} v on v.rule_id = r.id and v.version = r.current_version_number
      where r.active`;
    const ctes = firingCtes(em, params, rules, today(at));
    const raisedAt = params.add(at.toISOString(), "timestamptz");
    const sql = `with ${ctes},
      raised as (
        insert into ${table(em, Warning)} (id, person_id, category, level, status, summary, evidence, raised_at, due_at, rule_id, rule_version_id)
        select gen_random_uuid(), f.person_id, rules.category, rules.level, 'OPEN',
               coalesce(${filledTemplate("rules.summary_template", "f.vals")}, rules.summary_template), f.evidence,
               asof.at, ${dueAtOpenSql("rules.level", "asof.at")}, rules.rule_id, rules.version_id
        from fired f join rules on rules.rule_key = f.rule_key cross join (select ${raisedAt} as at) asof
        on conflict (person_id, rule_id) where status <> 'CLOSED' do nothing
        returning 1
      )
      select (select count(*) from rules)::int as rules, (select count(*) from fired)::int as fired, (select count(*) from raised)::int as raised`;
    const [counts] = await selectRows<{ rules: number; fired: number; raised: number }>(
      em,
      "evaluation.runWarningEngine",
      sql,
      params.values,
    );
    const run = em.create(WarningEngineRun, {
      asOf: at,
      rulesEvaluated: counts.rules,
      raised: counts.raised,
      alreadyOpen: counts.fired - counts.raised,
      startedAt,
      finishedAt: new Date(),
      startedById: system ? null : access.caller.personId,
    });
    await em.flush();
    // The students just warned get the resources that fit, in the same pass (one more statement).
    if (counts.raised > 0) await pushResourcesFor(em, undefined, at);
    return run;
  }

  /**
   * Whom a candidate version would warn on `asOf`, against the rule's current version, over the
   * stored history; one SELECT, nothing written. It names students, so it is for administrators.
   */
  async backtest(input: BacktestWarningRuleInput): Promise<BacktestReport> {
    const { access, em } = this.ctx;
    if (!access.hasRole("admin"))
      throw forbidden("backtesting names students, so it is for administrators");
    const candidate = validVersion(input.candidate);
    const rule = await em.findOne(WarningRule, { id: input.ruleId });
    if (!rule) throw notFound("WarningRule", input.ruleId);
    const params = new Params();
    const rules = `select 'current' as rule_key, v.window_days, v.conditions
        from ${table(em, WarningRuleVersion)} v where v.rule_id = ${params.add(rule.id, "uuid")} and v.version = ${params.add(rule.currentVersionNumber, "int")}
      union all
      select 'candidate', ${params.add(candidate.windowDays, "int")}, ${params.add(JSON.stringify(candidate.conditions), "jsonb")}`;
    const ctes = firingCtes(em, params, rules, today(input.asOf));
    const sql = `with ${ctes},
      students as (
        select person_id, bool_or(rule_key = 'candidate') as candidate, bool_or(rule_key = 'current') as current
        from fired group by person_id
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
    const [row] = await selectRows<
      Omit<BacktestReport, "students"> & {
        students: { personId: string; candidate: boolean; current: boolean }[];
      }
    >(em, "evaluation.backtestWarningRule", sql, params.values);
    return {
      ...row,
      students: row.students.map((s) => ({
        person: { id: s.personId },
        candidate: s.candidate,
        current: s.current,
      })),
    };
  }
}
