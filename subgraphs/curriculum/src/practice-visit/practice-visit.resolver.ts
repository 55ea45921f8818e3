import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { PartnerOrganisation } from "../partner/partner.entity";
import { Person } from "../person/person.reference";
import { ProjectArgs } from "../project/project.input";
import {
  PracticeReflectionTransition,
  PracticeVisit,
  PracticeVisitSignUp,
} from "./practice-visit.entity";
import {
  CreatePracticeVisitInput,
  PracticeVisitIdInput,
  ReviewPracticeReflectionInput,
  SubmitPracticeReflectionInput,
} from "./practice-visit.input";
import { PracticeVisitService } from "./practice-visit.service";

type Ctx = RequestContext<Loaders>;

export const PracticeVisitConnection = ConnectionType(PracticeVisit, "PracticeVisit");

@Resolver(() => PracticeVisit)
export class PracticeVisitResolver {
  @Query(() => PracticeVisitConnection, {
    description: "Practice visits (实践见习), latest first.",
  })
  practiceVisits(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Ctx) {
    return new PracticeVisitService(ctx).list(args);
  }

  @Query(() => PracticeVisit, { description: "One practice visit." })
  practiceVisit(@Args(() => ProjectArgs) args: ProjectArgs, @Ctx() ctx: Ctx) {
    return new PracticeVisitService(ctx).byId(args.id);
  }

  @Mutation(() => PracticeVisit, {
    description:
      "A member of staff schedules a practice visit with its host (a partner organisation or named in words), guiding problem, places and capacity.",
  })
  createPracticeVisit(
    @Arg("input", () => CreatePracticeVisitInput) input: CreatePracticeVisitInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PracticeVisitService(ctx).create(input);
  }

  @Mutation(() => PracticeVisitSignUp, {
    description:
      "A student signs up before the visit starts; CONFLICT when full (capacity held under concurrent sign-ups) or already signed up.",
  })
  signUpForPracticeVisit(
    @Arg("input", () => PracticeVisitIdInput) input: PracticeVisitIdInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PracticeVisitService(ctx).signUp(input);
  }

  @Mutation(() => PracticeVisit, {
    description:
      "A student cancels their own sign-up before the visit starts, freeing the place; BAD_USER_INPUT once it started or without a sign-up. Returns the visit.",
  })
  cancelPracticeVisitSignUp(
    @Arg("input", () => PracticeVisitIdInput) input: PracticeVisitIdInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PracticeVisitService(ctx).cancelSignUp(input);
  }

  @Mutation(() => PracticeVisitSignUp, {
    description:
      "After the visit the student submits their reflection (心得), or submits a returned one again.",
  })
  submitPracticeReflection(
    @Arg("input", () => SubmitPracticeReflectionInput) input: SubmitPracticeReflectionInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PracticeVisitService(ctx).submitReflection(input);
  }

  @Mutation(() => PracticeVisitSignUp, {
    description:
      "The visit's organiser or an administrator accepts a submitted reflection (it counts for tier 2) or returns it with a comment.",
  })
  reviewPracticeReflection(
    @Arg("input", () => ReviewPracticeReflectionInput) input: ReviewPracticeReflectionInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PracticeVisitService(ctx).review(input);
  }

  @FieldResolver(() => PartnerOrganisation, {
    nullable: true,
    description: "The host, when it is a registered partner organisation.",
  })
  hostPartner(@Root() visit: PracticeVisit, @Ctx() ctx: Ctx) {
    return new PracticeVisitService(ctx).host(visit);
  }

  @FieldResolver(() => Person, { description: "The member of staff who runs it." })
  organiser(@Root() visit: PracticeVisit): Person {
    return { id: visit.organiserId };
  }

  @FieldResolver(() => Int, { description: "Places taken." })
  taken(@Root() visit: PracticeVisit, @Ctx() ctx: Ctx) {
    return new PracticeVisitService(ctx).taken(visit);
  }

  @FieldResolver(() => [PracticeVisitSignUp], {
    nullable: true,
    description:
      "Who signed up, first come first: all of them for its organiser and administrators; for other staff, those their duty covers.",
  })
  signUps(@Root() visit: PracticeVisit, @Ctx() ctx: Ctx) {
    return new PracticeVisitService(ctx).signUps(visit);
  }

  @FieldResolver(() => PracticeVisitSignUp, {
    nullable: true,
    description: "The caller's own sign-up, if any.",
  })
  mySignUp(@Root() visit: PracticeVisit, @Ctx() ctx: Ctx) {
    return new PracticeVisitService(ctx).mine(visit);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller reviews its reflections." })
  canReview(@Root() visit: PracticeVisit, @Ctx() ctx: Ctx): boolean {
    return new PracticeVisitService(ctx).runs(visit);
  }
}

@Resolver(() => PracticeVisitSignUp)
export class PracticeVisitSignUpResolver {
  @FieldResolver(() => Person)
  person(@Root() signUp: PracticeVisitSignUp): Person {
    return { id: signUp.personId };
  }

  @FieldResolver(() => PracticeVisit)
  visit(@Root() signUp: PracticeVisitSignUp, @Ctx() ctx: Ctx) {
    return new PracticeVisitService(ctx).byId(signUp.visit.id);
  }

  @FieldResolver(() => [PracticeReflectionTransition], {
    description: "Every change of the reflection's status, oldest first.",
  })
  history(@Root() signUp: PracticeVisitSignUp, @Ctx() ctx: Ctx) {
    return new PracticeVisitService(ctx).history(signUp);
  }
}

@Resolver(() => PracticeReflectionTransition)
export class PracticeReflectionTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who made the change." })
  by(@Root() transition: PracticeReflectionTransition): Person | null {
    return transition.byId ? { id: transition.byId } : null;
  }
}

@Resolver(() => Person)
export class PersonPracticeVisitResolver {
  @FieldResolver(() => [PracticeVisitSignUp], {
    nullable: true,
    description:
      "The student's practice visits (实践见习), newest sign-up first. The student themselves and staff whose duty covers them.",
  })
  practiceVisitSignUps(@Root() person: Person, @Ctx() ctx: Ctx) {
    return new PracticeVisitService(ctx).ofPerson(person);
  }
}
