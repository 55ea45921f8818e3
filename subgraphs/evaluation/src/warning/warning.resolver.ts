import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { ConnectionType, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Warning } from "./warning.entity";
import { AdvanceWarningArgs, WarningsArgs } from "./warning.input";
import { WarningService } from "./warning.service";
import { WarningTransition } from "./warning-transition.entity";

export const WarningConnection = ConnectionType(Warning, "Warning");

@Resolver(() => Warning)
export class WarningResolver {
  @Query(() => Warning, { nullable: true, description: "Null when no warning has this id; FORBIDDEN when the caller may not see it." })
  warning(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext<Loaders>): Promise<Warning | null> {
    return new WarningService(ctx).byId(id);
  }

  @Query(() => WarningConnection, { description: "The warnings the caller may see, ordered by raisedAt, oldest first, a page at a time. MENTAL_HEALTH warnings only with MENTAL_HEALTH for the student." })
  warnings(@Args(() => WarningsArgs) args: WarningsArgs, @Ctx() ctx: RequestContext<Loaders>) {
    return new WarningService(ctx).list(args);
  }

  @Mutation(() => Warning, { description: "Moves a warning one step along its workflow and records who and when. Needs CARE for the student as staff, and MENTAL_HEALTH too for a MENTAL_HEALTH warning." })
  advanceWarning(@Args(() => AdvanceWarningArgs) args: AdvanceWarningArgs, @Ctx() ctx: RequestContext<Loaders>): Promise<Warning> {
    return new WarningService(ctx).advance(args.warningId, args.to, args.note);
  }

  @FieldResolver(() => Person, { description: "The student the warning is about." })
  person(@Root() warning: Warning): Person {
    return { id: warning.personId };
  }

  @FieldResolver(() => [WarningTransition], { description: "The workflow history, oldest first." })
  transitions(@Root() warning: Warning, @Ctx() ctx: RequestContext<Loaders>): Promise<WarningTransition[]> {
    return new WarningService(ctx).transitions(warning);
  }
}

@Resolver(() => WarningTransition)
export class WarningTransitionResolver {
  @FieldResolver(() => Person, { description: "Who made the step." })
  by(@Root() transition: WarningTransition): Person {
    return { id: transition.byPersonId };
  }
}

@Resolver(() => Person)
export class PersonWarningsResolver {
  @FieldResolver(() => [Warning], {
    nullable: true,
    description:
      "The early warnings about this person the caller may see, newest first (MENTAL_HEALTH ones only with MENTAL_HEALTH). Null, with an error on this path, when the caller has no relationship to the person or this subgraph is unavailable.",
  })
  warnings(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<Warning[]> {
    return new WarningService(ctx).ofPerson(person.id);
  }
}
