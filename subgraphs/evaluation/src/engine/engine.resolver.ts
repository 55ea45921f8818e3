import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { BacktestReport, BacktestWarningRuleArgs, RunWarningEngineArgs } from "./engine.input";
import { WarningEngineService } from "./engine.service";
import { WarningEngineRun } from "./warning-engine-run.entity";

@Resolver()
export class WarningEngineResolver {
  @Mutation(() => WarningEngineRun, {
    description:
      "Evaluates every active rule's current version for every student in one set-based pass and raises the new warnings; never a second open warning from the same rule for a student. Administrators, or the platform's scheduler.",
  })
  runWarningEngine(
    @Args(() => RunWarningEngineArgs) args: RunWarningEngineArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningEngineRun> {
    return new WarningEngineService(ctx).run(args.asOf);
  }

  @Query(() => BacktestReport, {
    description:
      "Compares a candidate version of a rule with its current version on the stored indicator history, without raising warnings. Administrators only (it names students).",
  })
  backtestWarningRule(
    @Args(() => BacktestWarningRuleArgs) args: BacktestWarningRuleArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<BacktestReport> {
    return new WarningEngineService(ctx).backtest(args.input);
  }
}
