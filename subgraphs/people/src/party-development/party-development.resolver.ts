import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.reference";
import { Person } from "../person/person.entity";
import { PartyBoardService } from "./party-board.service";
import { PartyPipelineBoard } from "./party-board.type";
import { PartyDevelopment } from "./party-development.entity";
import {
  MovePartyStageInput,
  PartyBoardArgs,
  RecordPartyApplicationInput,
  RecordPartyCheckInput,
  RecordThoughtReportInput,
  SetPartySponsorsInput,
} from "./party-development.input";
import { PartyDevelopmentService } from "./party-development.service";
import { PartyRecord } from "./party-record";
import { PartySponsor } from "./party-sponsor.entity";
import { PartyTransition } from "./party-transition.entity";
import { ThoughtReport } from "./thought-report.entity";

type Context = RequestContext<Loaders>;

async function personOf(ctx: Context, id: string): Promise<Person> {
  const person = await ctx.loaders.person.load(id);
  if (!person) throw new Error(`person ${id} is missing`);
  return person;
}

@Resolver(() => PartyDevelopment)
export class PartyDevelopmentResolver {
  @Mutation(() => PartyDevelopment, {
    description:
      "Records a student's application to join the party (递交入党申请书): their development starts at APPLICANT. The secretary of the student's branch or an organiser.",
  })
  recordPartyApplication(
    @Arg("input", () => RecordPartyApplicationInput) input: RecordPartyApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<PartyDevelopment> {
    return new PartyDevelopmentService(ctx).recordApplication(input);
  }

  @Mutation(() => PartyDevelopment, {
    description:
      "Names a student's two cultivation contacts (培养联系人) or two introducers (入党介绍人), full party members; replaces those named before. The branch's secretary or an organiser.",
  })
  setPartySponsors(
    @Arg("input", () => SetPartySponsorsInput) input: SetPartySponsorsInput,
    @Ctx() ctx: Context,
  ): Promise<PartyDevelopment> {
    return new PartyDevelopmentService(ctx).setSponsors(input);
  }

  @Mutation(() => PartyDevelopment, {
    description:
      "Records an activist's training passed, or a development target's political review (政审) passed or public notice (公示) completed. The branch's secretary or an organiser.",
  })
  recordPartyCheck(
    @Arg("input", () => RecordPartyCheckInput) input: RecordPartyCheckInput,
    @Ctx() ctx: Context,
  ): Promise<PartyDevelopment> {
    return new PartyDevelopmentService(ctx).recordCheck(input);
  }

  @Mutation(() => PartyDevelopment, {
    description:
      "Moves a student one step (activist, development target, probationary, full member, extension or cancellation of probation) on a branch decision, when the step's rules hold; the political status follows. The branch's secretary or an organiser.",
  })
  movePartyStage(
    @Arg("input", () => MovePartyStageInput) input: MovePartyStageInput,
    @Ctx() ctx: Context,
  ): Promise<PartyDevelopment> {
    return new PartyDevelopmentService(ctx).move(input);
  }

  @Mutation(() => ThoughtReport, {
    description:
      "Records a thought report (思想汇报) handed in; the next is due a quarter later. The branch's secretary, an organiser, or the student's contact or introducer.",
  })
  recordThoughtReport(
    @Arg("input", () => RecordThoughtReportInput) input: RecordThoughtReportInput,
    @Ctx() ctx: Context,
  ): Promise<ThoughtReport> {
    return new PartyDevelopmentService(ctx).recordThoughtReport(input);
  }

  @Query(() => PartyPipelineBoard, {
    description:
      "A branch's party development board: students per stage, thought reports overdue, probations ending and activists reaching a year within 30 days. The branch's secretary or an organiser.",
  })
  partyPipelineBoard(
    @Args(() => PartyBoardArgs) args: PartyBoardArgs,
    @Ctx() ctx: Context,
  ): Promise<PartyPipelineBoard> {
    return new PartyBoardService(ctx).board(args.branchId);
  }

  @Query(() => [PartyDevelopment], {
    description:
      "The applicants and activists the caller cultivates as contact (培养联系人), longest-standing first (at most 200).",
  })
  myCultivatedActivists(@Ctx() ctx: Context): Promise<PartyDevelopment[]> {
    return new PartyBoardService(ctx).worklist();
  }

  @FieldResolver(() => Person)
  person(@Root() development: PartyDevelopment, @Ctx() ctx: Context): Promise<Person> {
    return personOf(ctx, development.personId);
  }

  @FieldResolver(() => OrgUnit, { description: "The party branch that runs it." })
  branch(@Root() development: PartyDevelopment): OrgUnit {
    return { id: development.branchId };
  }

  @FieldResolver(() => [PartyTransition], {
    description: "The timeline: every step from the application on, oldest first.",
  })
  transitions(@Root() development: PartyDevelopment, @Ctx() ctx: Context) {
    return ctx.loaders.partyTransitionsByDevelopment.load(development.id);
  }

  @FieldResolver(() => [PartySponsor], {
    description: "Cultivation contacts and introducers.",
  })
  sponsors(@Root() development: PartyDevelopment, @Ctx() ctx: Context) {
    return ctx.loaders.partySponsorsByDevelopment.load(development.id);
  }

  @FieldResolver(() => [ThoughtReport], {
    description: "Thought reports handed in, the 40 newest first.",
  })
  thoughtReports(@Root() development: PartyDevelopment, @Ctx() ctx: Context) {
    return ctx.loaders.thoughtReportsByDevelopment
      .load(development.id)
      .then((reports) => reports.slice(0, 40));
  }
}

@Resolver(() => PartySponsor)
export class PartySponsorResolver {
  @FieldResolver(() => Person)
  person(@Root() sponsor: PartySponsor, @Ctx() ctx: Context): Promise<Person> {
    return personOf(ctx, sponsor.personId);
  }
}

@Resolver(() => PartyTransition)
export class PartyTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who recorded it." })
  recordedBy(
    @Root() transition: PartyTransition,
    @Ctx() ctx: Context,
  ): Promise<Person | null> | null {
    return transition.recordedById ? ctx.loaders.person.load(transition.recordedById) : null;
  }
}

@Resolver(() => Person)
export class PersonPartyDevelopmentResolver {
  @FieldResolver(() => PartyDevelopment, {
    nullable: true,
    description:
      "The person's party development (党员发展) and its timeline; null when none is recorded. Needs PARTY for this person (or being their contact or introducer).",
  })
  @PartyRecord<Person>((person) => person.id)
  partyDevelopment(@Root() person: Person, @Ctx() ctx: Context): Promise<PartyDevelopment | null> {
    return ctx.loaders.partyDevelopmentByPerson.load(person.id);
  }
}
