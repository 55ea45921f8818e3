import { Args, ArgsType, Ctx, Field, Query, Resolver } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { AssistanceCaseStatistics } from "./assistance-case-statistics.type";
import { AssistanceCaseStatisticsService } from "./assistance-case-statistics.service";

@ArgsType()
export class AssistanceCaseStatisticsArgs {
  @Field(() => Date, { description: "Start of the range, inclusive." })
  from!: Date;

  @Field(() => Date, {
    description: "End of the range, exclusive: after from, and at most 10 years after it.",
  })
  to!: Date;
}

@Resolver(() => AssistanceCaseStatistics)
export class AssistanceCaseStatisticsResolver {
  @Query(() => AssistanceCaseStatistics, {
    description:
      "帮扶 statistics (一人一策一专班) for cases opened in [from, to), over exactly the cases assistanceCases lists for the caller: " +
      "each figure equals that list's totalCount filtered alike (openedFrom: from, openedBefore: to, kind, grade, status, graded, reachedAssisting). " +
      "Anyone may ask; a caller who sees no case gets zeros. Figures of a cell of 1–4 students are withheld (suppressed) from a caller who does not hold CARE for all of them. " +
      "BAD_USER_INPUT (field to) unless from < to and the range is at most 10 years.",
  })
  assistanceCaseStatistics(
    @Args(() => AssistanceCaseStatisticsArgs) args: AssistanceCaseStatisticsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCaseStatistics> {
    return new AssistanceCaseStatisticsService(ctx).statistics(args.from, args.to);
  }
}
