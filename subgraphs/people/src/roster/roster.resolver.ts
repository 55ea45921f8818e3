import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { RosterArgs } from "./roster.input";
import { RosterService } from "./roster.service";
import { RosterPage } from "./roster.type";

@Resolver()
export class RosterResolver {
  @Query(() => RosterPage, {
    description:
      '花名册, "my students": the students the caller\'s duties cover (as `people` lists them; a student sees only themselves), filtered by class, school, college, cohort and a name, number or pinyin search, in pinyin or number order, one numbered page at a time with the total.',
  })
  roster(
    @Args(() => RosterArgs) args: RosterArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<RosterPage> {
    return new RosterService(ctx).page(args);
  }
}
