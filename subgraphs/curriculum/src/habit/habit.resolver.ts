import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { today, type RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { ProjectArgs } from "../project/project.input";
import { HabitCheckIn, HabitParticipation, HabitProject } from "./habit.entity";
import { HabitKind } from "./habit.enums";
import {
  CheckInHabitInput,
  CreateHabitProjectInput,
  HabitProjectIdInput,
  RecordHabitResultInput,
} from "./habit.input";
import { goalMet } from "./habit.rules";
import { HabitService } from "./habit.service";

type Ctx = RequestContext<Loaders>;

export const HabitProjectConnection = ConnectionType(HabitProject, "HabitProject");

@Resolver(() => HabitProject)
export class HabitProjectResolver {
  @Query(() => HabitProjectConnection, {
    description: "Habit projects (攀登计划第一层), latest start first; optionally of one kind.",
  })
  habitProjects(
    @Args(() => PageArgs) args: PageArgs,
    @Arg("kind", () => HabitKind, { nullable: true }) kind: HabitKind | null,
    @Ctx() ctx: Ctx,
  ) {
    return new HabitService(ctx).list(args, kind);
  }

  @Query(() => HabitProject, { description: "One habit project." })
  habitProject(@Args(() => ProjectArgs) args: ProjectArgs, @Ctx() ctx: Ctx) {
    return new HabitService(ctx).byId(args.id);
  }

  @Mutation(() => HabitProject, {
    description:
      "A member of staff starts a habit project (学业学风提升 / 体能习惯养成) with its period and goal; BAD_USER_INPUT for a goal the period cannot hold.",
  })
  createHabitProject(
    @Arg("input", () => CreateHabitProjectInput) input: CreateHabitProjectInput,
    @Ctx() ctx: Ctx,
  ) {
    return new HabitService(ctx).create(input);
  }

  @Mutation(() => HabitParticipation, {
    description:
      "A student joins a habit project before it ends; CONFLICT when already a participant.",
  })
  joinHabitProject(
    @Arg("input", () => HabitProjectIdInput) input: HabitProjectIdInput,
    @Ctx() ctx: Ctx,
  ) {
    return new HabitService(ctx).join(input);
  }

  @Mutation(() => HabitCheckIn, {
    description:
      "A participant checks in for today (打卡): BAD_USER_INPUT outside the project's period, CONFLICT for a second check-in the same day.",
  })
  checkInHabit(@Arg("input", () => CheckInHabitInput) input: CheckInHabitInput, @Ctx() ctx: Ctx) {
    return new HabitService(ctx).checkIn(input);
  }

  @Mutation(() => HabitParticipation, {
    description:
      "From the project's last day, its organiser or an administrator records a participant's result once, computed from the check-ins; a goal met reaches the growth record and counts for tier 2.",
  })
  recordHabitResult(
    @Arg("input", () => RecordHabitResultInput) input: RecordHabitResultInput,
    @Ctx() ctx: Ctx,
  ) {
    return new HabitService(ctx).recordResult(input);
  }

  @FieldResolver(() => Person, { description: "The member of staff who runs it." })
  organiser(@Root() project: HabitProject): Person {
    return { id: project.organiserId };
  }

  @FieldResolver(() => Int, { description: "Students who joined." })
  participantCount(@Root() project: HabitProject, @Ctx() ctx: Ctx) {
    return new HabitService(ctx).participantCount(project);
  }

  @FieldResolver(() => [HabitParticipation], {
    nullable: true,
    description:
      "The participants, first to join first: all of them for its organiser and administrators; for other staff, those their duty covers.",
  })
  participants(@Root() project: HabitProject, @Ctx() ctx: Ctx) {
    return new HabitService(ctx).participants(project);
  }

  @FieldResolver(() => HabitParticipation, {
    nullable: true,
    description: "The caller's own participation, if they joined.",
  })
  myParticipation(@Root() project: HabitProject, @Ctx() ctx: Ctx) {
    return new HabitService(ctx).mine(project);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller records its results." })
  canRecordResults(@Root() project: HabitProject, @Ctx() ctx: Ctx): boolean {
    return new HabitService(ctx).runs(project);
  }
}

@Resolver(() => HabitParticipation)
export class HabitParticipationResolver {
  @FieldResolver(() => Person)
  person(@Root() participation: HabitParticipation): Person {
    return { id: participation.personId };
  }

  @FieldResolver(() => HabitProject)
  project(@Root() participation: HabitParticipation, @Ctx() ctx: Ctx) {
    return new HabitService(ctx).projectOf(participation);
  }

  @FieldResolver(() => [HabitCheckIn], { description: "Every check-in, by day." })
  checkIns(@Root() participation: HabitParticipation, @Ctx() ctx: Ctx) {
    return new HabitService(ctx).checkIns(participation);
  }

  @FieldResolver(() => Int)
  async checkInCount(@Root() participation: HabitParticipation, @Ctx() ctx: Ctx) {
    return (await new HabitService(ctx).checkIns(participation)).length;
  }

  @FieldResolver(() => Boolean, { description: "Whether there is a check-in for today." })
  async checkedInToday(@Root() participation: HabitParticipation, @Ctx() ctx: Ctx) {
    const day = today();
    return (await new HabitService(ctx).checkIns(participation)).some((c) => c.day === day);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the check-ins so far meet the goal (the result, once recorded, is goalMet).",
  })
  async goalMetSoFar(@Root() participation: HabitParticipation, @Ctx() ctx: Ctx) {
    const service = new HabitService(ctx);
    const [project, checkIns] = await Promise.all([
      service.projectOf(participation),
      service.checkIns(participation),
    ]);
    return goalMet(
      project,
      checkIns.map((c) => c.day),
    );
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who recorded the result." })
  resultBy(@Root() participation: HabitParticipation): Person | null {
    return participation.resultById ? { id: participation.resultById } : null;
  }
}

@Resolver(() => Person)
export class PersonHabitResolver {
  @FieldResolver(() => [HabitParticipation], {
    nullable: true,
    description:
      "The student's habit projects (攀登计划第一层), newest first. The student themselves and staff whose duty covers them.",
  })
  habitParticipations(@Root() person: Person, @Ctx() ctx: Ctx) {
    return new HabitService(ctx).ofPerson(person);
  }
}
