import { pushResourcesFor } from "../resource/resource-push.run";
import { forbidden, notFound, today, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { validVersion } from "../warning-rule/warning-rule.service";
import { WarningRule } from "../warning-rule/warning-rule.entity";
import type { BacktestReport, BacktestWarningRuleInput } from "./engine.input";
import type { WarningEngineRepository } from "./engine.repository";
import { WarningEngineRun } from "./warning-engine-run.entity";

export class WarningEngineService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * One pass over every active rule's current version and every student (one statement, see
   * WarningEngineRepository.raiseFiring), logged as a WarningEngineRun. A rule that fires for a
   * student who already has an open (not CLOSED) warning from it raises nothing.
   */
  async run(asOf: Date | null | undefined): Promise<WarningEngineRun> {
    const { access, system, em } = this.ctx;
    if (!system && !access.hasRole("admin"))
      throw forbidden("the warning engine is run by administrators or the platform's scheduler");
    const at = asOf ?? new Date();
    const startedAt = new Date();
    const counts = await em
      .getRepository<WarningEngineRun, WarningEngineRepository>(WarningEngineRun)
      .raiseFiring(at, today(at));
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
    const row = await em
      .getRepository<WarningEngineRun, WarningEngineRepository>(WarningEngineRun)
      .backtest(rule, candidate, today(input.asOf));
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
