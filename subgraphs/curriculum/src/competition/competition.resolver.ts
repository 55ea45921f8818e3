import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Project } from "../project/project.entity";
import {
  Competition,
  CompetitionEntry,
  CompetitionEntryMember,
  CompetitionEntryTransition,
} from "./competition.entity";
import {
  CreateCompetitionInput,
  EnterCompetitionInput,
  RecordCompetitionResultInput,
  WithdrawCompetitionEntryInput,
} from "./competition.input";
import { CompetitionService } from "./competition.service";
import { ProjectArgs } from "../project/project.input";

type Ctx = RequestContext<Loaders>;

export const CompetitionConnection = ConnectionType(Competition, "Competition");

@Resolver(() => CompetitionEntry)
export class CompetitionEntryResolver {
  @Query(() => CompetitionConnection, { description: "Competitions, newest year first." })
  competitions(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Ctx) {
    return new CompetitionService(ctx).competitions(args);
  }

  @Query(() => CompetitionEntry, {
    description: "One entry: for its team, its mentor, organisers and staff.",
  })
  competitionEntry(@Args(() => ProjectArgs) args: ProjectArgs, @Ctx() ctx: Ctx) {
    return new CompetitionService(ctx).byId(args.id);
  }

  @Mutation(() => Competition, {
    description:
      "An organiser (administrator) registers a competition; CONFLICT for a name already registered that year.",
  })
  createCompetition(
    @Arg("input", () => CreateCompetitionInput) input: CreateCompetitionInput,
    @Ctx() ctx: Ctx,
  ) {
    return new CompetitionService(ctx).create(input);
  }

  @Mutation(() => CompetitionEntry, {
    description:
      "A student team enters a competition (the caller leads it; an organiser names a leader), with a staff mentor and optionally one of the leader's projects.",
  })
  enterCompetition(
    @Arg("input", () => EnterCompetitionInput) input: EnterCompetitionInput,
    @Ctx() ctx: Ctx,
  ) {
    return new CompetitionService(ctx).enter(input);
  }

  @Mutation(() => CompetitionEntry, {
    description:
      "The entry's mentor or an organiser (administrator) records its result once (ENTERED → RESULT_RECORDED); a prize reaches every team member's growth record and counts for tier 3.",
  })
  recordCompetitionResult(
    @Arg("input", () => RecordCompetitionResultInput) input: RecordCompetitionResultInput,
    @Ctx() ctx: Ctx,
  ) {
    return new CompetitionService(ctx).recordResult(input);
  }

  @Mutation(() => CompetitionEntry, {
    description: "The leader, the mentor or an organiser withdraws an ENTERED entry, saying why.",
  })
  withdrawCompetitionEntry(
    @Arg("input", () => WithdrawCompetitionEntryInput) input: WithdrawCompetitionEntryInput,
    @Ctx() ctx: Ctx,
  ) {
    return new CompetitionService(ctx).withdraw(input);
  }

  @FieldResolver(() => Competition)
  competition(@Root() entry: CompetitionEntry, @Ctx() ctx: Ctx) {
    return new CompetitionService(ctx).competitionOf(entry);
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project the work comes from." })
  project(@Root() entry: CompetitionEntry, @Ctx() ctx: Ctx) {
    return entry.project ? ctx.loaders.project.load(entry.project.id) : null;
  }

  @FieldResolver(() => Person)
  leader(@Root() entry: CompetitionEntry): Person {
    return { id: entry.leaderId };
  }

  @FieldResolver(() => Person, { description: "The staff mentor (指导教师)." })
  mentor(@Root() entry: CompetitionEntry): Person {
    return { id: entry.mentorId };
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who recorded the result." })
  resultBy(@Root() entry: CompetitionEntry): Person | null {
    return entry.resultById ? { id: entry.resultById } : null;
  }

  @FieldResolver(() => [CompetitionEntryMember], { description: "The team, leader first." })
  members(@Root() entry: CompetitionEntry, @Ctx() ctx: Ctx) {
    return new CompetitionService(ctx).members(entry);
  }

  @FieldResolver(() => [CompetitionEntryTransition], {
    description: "Every change of status, oldest first.",
  })
  history(@Root() entry: CompetitionEntry, @Ctx() ctx: Ctx) {
    return new CompetitionService(ctx).history(entry);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller records the result." })
  canRecordResult(@Root() entry: CompetitionEntry, @Ctx() ctx: Ctx): boolean {
    return new CompetitionService(ctx).recordsResult(entry);
  }
}

@Resolver(() => CompetitionEntryMember)
export class CompetitionEntryMemberResolver {
  @FieldResolver(() => Person)
  person(@Root() member: CompetitionEntryMember): Person {
    return { id: member.personId };
  }
}

@Resolver(() => CompetitionEntryTransition)
export class CompetitionEntryTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who made the change." })
  by(@Root() transition: CompetitionEntryTransition): Person | null {
    return transition.byId ? { id: transition.byId } : null;
  }
}

@Resolver(() => Person)
export class PersonCompetitionResolver {
  @FieldResolver(() => [CompetitionEntry], {
    nullable: true,
    description:
      "The student's competition entries (科创竞赛), newest first. The student themselves, organisers and staff.",
  })
  competitionEntries(@Root() person: Person, @Ctx() ctx: Ctx) {
    return new CompetitionService(ctx).ofPerson(person);
  }
}
