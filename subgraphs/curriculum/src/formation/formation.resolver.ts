import {
  Arg,
  Ctx,
  Directive,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Course } from "../course/course.entity";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { FormationModule, FormationModuleCourse, FormationProgramme } from "./formation.entity";
import {
  AssignFormationCourseInput,
  CreateFormationModuleInput,
  CreateFormationProgrammeInput,
  UnassignFormationCourseInput,
  UpdateFormationModuleInput,
} from "./formation.input";
import { FormationService } from "./formation.service";
import { FormationCohortProgress, FormationProgress } from "./formation.types";

type Ctx = RequestContext<Loaders>;

@Resolver(() => FormationProgramme)
export class FormationProgrammeResolver {
  @Query(() => FormationProgramme, {
    nullable: true,
    description:
      "The freshman formation programme (新生养成教育) of a cohort; null when it has none.",
  })
  formationProgramme(@Arg("cohort", () => Int) cohort: number, @Ctx() ctx: Ctx) {
    return new FormationService(ctx).programmeOf(cohort);
  }

  @Query(() => [FormationProgramme], {
    description: "The formation programmes, newest cohort first (at most 50).",
  })
  formationProgrammes(@Ctx() ctx: Ctx) {
    return new FormationService(ctx).programmes();
  }

  @Query(() => FormationCohortProgress, {
    nullable: true,
    description:
      "How a cohort's participants stand in its formation programme, overall and per module; null when the cohort has no programme. Organisers (administrators) only.",
  })
  formationCohortProgress(@Arg("cohort", () => Int) cohort: number, @Ctx() ctx: Ctx) {
    return new FormationService(ctx).cohortProgress(cohort);
  }

  @Mutation(() => FormationProgramme, {
    description:
      "An organiser creates a cohort's programme, with the nine standard modules unless told not to. CONFLICT when the cohort has one.",
  })
  createFormationProgramme(
    @Arg("input", () => CreateFormationProgrammeInput) input: CreateFormationProgrammeInput,
    @Ctx() ctx: Ctx,
  ) {
    return new FormationService(ctx).createProgramme(input);
  }

  @Mutation(() => FormationModule, {
    description: "An organiser adds a module. CONFLICT when its position is taken.",
  })
  createFormationModule(
    @Arg("input", () => CreateFormationModuleInput) input: CreateFormationModuleInput,
    @Ctx() ctx: Ctx,
  ) {
    return new FormationService(ctx).createModule(input);
  }

  @Mutation(() => FormationModule, { description: "An organiser renames or re-weighs a module." })
  updateFormationModule(
    @Arg("input", () => UpdateFormationModuleInput) input: UpdateFormationModuleInput,
    @Ctx() ctx: Ctx,
  ) {
    return new FormationService(ctx).updateModule(input);
  }

  @Mutation(() => FormationModule, {
    description:
      "An organiser counts a freshman-formation course in a module with its hours (moved from another module of the programme if there).",
  })
  assignFormationCourse(
    @Arg("input", () => AssignFormationCourseInput) input: AssignFormationCourseInput,
    @Ctx() ctx: Ctx,
  ) {
    return new FormationService(ctx).assignCourse(input);
  }

  @Mutation(() => FormationModule, {
    description: "An organiser stops counting a course in a module.",
  })
  unassignFormationCourse(
    @Arg("input", () => UnassignFormationCourseInput) input: UnassignFormationCourseInput,
    @Ctx() ctx: Ctx,
  ) {
    return new FormationService(ctx).unassignCourse(input);
  }

  @FieldResolver(() => [FormationModule], { description: "In order." })
  modules(@Root() programme: FormationProgramme, @Ctx() ctx: Ctx) {
    return new FormationService(ctx).modules(programme);
  }
}

@Resolver(() => FormationModule)
export class FormationModuleResolver {
  @FieldResolver(() => [FormationModuleCourse], { description: "The courses counted in it." })
  courses(@Root() module: FormationModule, @Ctx() ctx: Ctx) {
    return new FormationService(ctx).courses(module);
  }

  @FieldResolver(() => FormationProgramme)
  programme(@Root() module: FormationModule, @Ctx() ctx: Ctx) {
    return new FormationService(ctx).programmeOfModule(module);
  }
}

@Resolver(() => FormationModuleCourse)
export class FormationModuleCourseResolver {
  @FieldResolver(() => Course)
  course(@Root() link: FormationModuleCourse, @Ctx() ctx: Ctx) {
    return ctx.loaders.course.load(link.course.id);
  }
}

@Resolver(() => Person)
export class PersonFormationResolver {
  @Directive(`@requires(fields: "cohort")`)
  @FieldResolver(() => FormationProgress, {
    nullable: true,
    description:
      "The student's progress in their cohort's freshman formation programme (新生养成教育): hours per module and overall; null for a person with no cohort or whose cohort has no programme. The student themselves and staff.",
  })
  formationProgress(@Root() person: Person, @Ctx() ctx: Ctx) {
    return new FormationService(ctx).progress(person);
  }
}
