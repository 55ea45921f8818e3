import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { PartnerOrganisation } from "../partner/partner.entity";
import { Person } from "../person/person.reference";
import { Placement, PlacementTransition } from "./placement.entity";
import { PlacementPhase } from "./placement.enums";
import {
  EvaluatePlacementInput,
  PlacementArgs,
  PlacementDecisionInput,
  PlacementsArgs,
  ProposePlacementInput,
  RecommendPlacementInput,
} from "./placement.input";
import { PlacementService } from "./placement.service";

type Ctx = RequestContext<Loaders>;

export const PlacementConnection = ConnectionType(Placement, "Placement");

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => Placement, {
    description:
      "One placement: for its student, their staff in scope, its supervisor, its host's contacts and organisers.",
  })
  placement(@Args(() => PlacementArgs) args: PlacementArgs, @Ctx() ctx: Ctx) {
    return new PlacementService(ctx).byId(args.id);
  }

  @Query(() => PlacementConnection, {
    description:
      "Every placement, newest proposal first, by status and phase: for organisers; for a college administrator, those of the students in their scope.",
  })
  placements(@Args(() => PlacementsArgs) args: PlacementsArgs, @Ctx() ctx: Ctx) {
    return new PlacementService(ctx).list(args);
  }

  @Query(() => PlacementConnection, {
    description: "The placements the caller supervises (指导教师), newest proposal first.",
  })
  supervisedPlacements(@Args(() => PlacementsArgs) args: PlacementsArgs, @Ctx() ctx: Ctx) {
    return new PlacementService(ctx).supervised(args);
  }

  @Mutation(() => Placement, {
    description:
      "A student on tier 3 of the climb plan, or who meets its rule, proposes a placement (an organiser names the student); BAD_USER_INPUT saying the rule otherwise.",
  })
  proposePlacement(
    @Arg("input", () => ProposePlacementInput) input: ProposePlacementInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PlacementService(ctx).propose(input);
  }

  @Mutation(() => Placement, {
    description:
      "The college recommends a PROPOSED placement (学院推荐): an administrator or the student's college administrator.",
  })
  recommendPlacement(
    @Arg("input", () => RecommendPlacementInput) input: RecommendPlacementInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PlacementService(ctx).recommend(input);
  }

  @Mutation(() => Placement, {
    description:
      "The host (its contacts, the supervisor) or an organiser accepts a RECOMMENDED placement; of two at once, one wins.",
  })
  acceptPlacement(
    @Arg("input", () => PlacementDecisionInput) input: PlacementDecisionInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PlacementService(ctx).accept(input);
  }

  @Mutation(() => Placement, {
    description:
      "The host, the supervisor or an organiser declines a RECOMMENDED placement, saying why.",
  })
  declinePlacement(
    @Arg("input", () => PlacementDecisionInput) input: PlacementDecisionInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PlacementService(ctx).decline(input);
  }

  @Mutation(() => Placement, {
    description:
      "The student or an organiser withdraws a placement before it is accepted, saying why.",
  })
  withdrawPlacement(
    @Arg("input", () => PlacementDecisionInput) input: PlacementDecisionInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PlacementService(ctx).withdraw(input);
  }

  @Mutation(() => Placement, {
    description:
      "The supervisor or an organiser evaluates an ACCEPTED placement after its period ends; a passing grade reaches the student's growth record.",
  })
  evaluatePlacement(
    @Arg("input", () => EvaluatePlacementInput) input: EvaluatePlacementInput,
    @Ctx() ctx: Ctx,
  ) {
    return new PlacementService(ctx).evaluate(input);
  }

  @FieldResolver(() => Person)
  student(@Root() placement: Placement): Person {
    return { id: placement.studentId };
  }

  @FieldResolver(() => Person, { description: "The staff supervisor (指导教师)." })
  supervisor(@Root() placement: Placement): Person {
    return { id: placement.supervisorId };
  }

  @FieldResolver(() => PartnerOrganisation, {
    nullable: true,
    description: "The host partner organisation; null for a research team named as text.",
  })
  partner(@Root() placement: Placement, @Ctx() ctx: Ctx) {
    return new PlacementService(ctx).host(placement);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who evaluated it." })
  evaluatedBy(@Root() placement: Placement): Person | null {
    return placement.evaluatedById ? { id: placement.evaluatedById } : null;
  }

  @FieldResolver(() => PlacementPhase, { description: "From the period and today's campus date." })
  phase(@Root() placement: Placement, @Ctx() ctx: Ctx): PlacementPhase {
    return new PlacementService(ctx).phase(placement);
  }

  @FieldResolver(() => [PlacementTransition], {
    description: "Every change of status, oldest first.",
  })
  history(@Root() placement: Placement, @Ctx() ctx: Ctx) {
    return new PlacementService(ctx).history(placement);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller recommends it." })
  canRecommend(@Root() placement: Placement, @Ctx() ctx: Ctx): boolean {
    return new PlacementService(ctx).recommends(placement);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller accepts or declines it for the host.",
  })
  canDecide(@Root() placement: Placement, @Ctx() ctx: Ctx): Promise<boolean> {
    return new PlacementService(ctx).decidesForHost(placement);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller evaluates it." })
  canEvaluate(@Root() placement: Placement, @Ctx() ctx: Ctx): boolean {
    return new PlacementService(ctx).evaluates(placement);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller withdraws it." })
  canWithdraw(@Root() placement: Placement, @Ctx() ctx: Ctx): boolean {
    return new PlacementService(ctx).withdraws(placement);
  }
}

@Resolver(() => PlacementTransition)
export class PlacementTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who made the change." })
  by(@Root() transition: PlacementTransition): Person | null {
    return transition.byId ? { id: transition.byId } : null;
  }
}

@Resolver(() => Person)
export class PersonPlacementResolver {
  @FieldResolver(() => [Placement], {
    nullable: true,
    description:
      "The student's placements (安置: research teams and long internships), latest period first. The student, their staff in scope and organisers.",
  })
  placements(@Root() person: Person, @Ctx() ctx: Ctx) {
    return new PlacementService(ctx).ofPerson(person);
  }
}
