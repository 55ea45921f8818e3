import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Project } from "../project/project.entity";
import { ProjectService } from "../project/project.service";
import { ClimbTier } from "./climb-tier.entity";
import { SetClimbTierInput } from "./climb-tier.input";
import { ClimbTierService } from "./climb-tier.service";

type Ctx = RequestContext<Loaders>;

@Resolver(() => ClimbTier)
export class ClimbTierResolver {
  @Mutation(() => ClimbTier, {
    description:
      "An organiser places a student on a climb-plan tier with its basis. Moving up is one tier at a time; tier 2 needs a habit goal met, an accepted practice-visit reflection, a project or a competition result; tier 3 needs a concluded tier-2 project or an award: BAD_USER_INPUT saying which rule otherwise.",
  })
  setClimbTier(@Arg("input", () => SetClimbTierInput) input: SetClimbTierInput, @Ctx() ctx: Ctx) {
    return new ClimbTierService(ctx).set(input);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The organiser who set it." })
  setBy(@Root() tier: ClimbTier): Person | null {
    return tier.setById ? { id: tier.setById } : null;
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description: "The project the basis names, if any.",
  })
  basisProject(@Root() tier: ClimbTier, @Ctx() ctx: Ctx) {
    return new ClimbTierService(ctx).basisProject(tier);
  }
}

@Resolver(() => Person)
export class PersonClimbResolver {
  @FieldResolver(() => ClimbTier, {
    nullable: true,
    description:
      "The student's climb-plan tier (攀登计划) with its basis; null while none was set (tier 1). The student themselves and staff.",
  })
  climbTier(@Root() person: Person, @Ctx() ctx: Ctx) {
    return new ClimbTierService(ctx).current(person);
  }

  @FieldResolver(() => [Project], {
    nullable: true,
    description:
      "The climb-plan projects the student is on, newest first. The student themselves and staff.",
  })
  projects(@Root() person: Person, @Ctx() ctx: Ctx) {
    return new ProjectService(ctx).ofPerson(person);
  }
}
