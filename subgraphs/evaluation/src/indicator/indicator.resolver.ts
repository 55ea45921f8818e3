import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { IngestIndicatorsArgs, IngestionReport } from "./indicator.input";
import { IndicatorService } from "./indicator.service";

@Resolver()
export class IndicatorResolver {
  @Mutation(() => IngestionReport, {
    description:
      "Delivers a batch of indicator records. Idempotent by clientKey per client: resending a key returns the stored report (replayed: true) and writes nothing. Invalid records are rejected and listed; the rest are stored. Service clients registered for CARE, and administrators.",
  })
  ingestIndicators(
    @Args(() => IngestIndicatorsArgs) args: IngestIndicatorsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<IngestionReport> {
    return new IndicatorService(ctx).ingest(args.input);
  }
}
