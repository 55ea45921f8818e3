import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { notFound, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { organises } from "../climb/organisers";
import { ProjectArgs } from "../project/project.input";
import { Competition, CompetitionEntry } from "./competition.entity";

type Ctx = RequestContext<Loaders>;

/** Most entries Competition.entries lists. */
export const MAX_COMPETITION_ENTRIES = 100;

@Resolver(() => Competition)
export class CompetitionEntriesResolver {
  @Query(() => Competition, { description: "One competition, for any signed-in caller." })
  async competition(@Args(() => ProjectArgs) args: ProjectArgs, @Ctx() ctx: Ctx) {
    const competition = await ctx.loaders.competition.load(args.id);
    if (!competition) throw notFound("competition", args.id);
    return competition;
  }

  @FieldResolver(() => [CompetitionEntry], {
    description:
      "The competition's entries, newest first, at most 100: all of them for organisers; for anyone else those they mentor or are on.",
  })
  async entries(@Root() competition: Competition, @Ctx() ctx: Ctx): Promise<CompetitionEntry[]> {
    const rows = await ctx.loaders.competitionEntriesByCompetition.load(competition.id);
    if (organises(ctx) || ctx.access.hasRole("service"))
      return rows.slice(0, MAX_COMPETITION_ENTRIES);
    const me = ctx.caller.personId;
    if (!me) return [];
    const mine = new Set(
      (await ctx.loaders.competitionMembershipsByPerson.load(me)).map((m) => m.entry.id),
    );
    return rows
      .filter((entry) => entry.mentorId === me || mine.has(entry.id))
      .slice(0, MAX_COMPETITION_ENTRIES);
  }
}
