import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Sensitive } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { MentalHealthReferral } from "./referral.entity";
import { MentalHealthCategory } from "./referral.enums";
import { CloseReferralArgs, ReferToPsychologyArgs } from "./referral.input";
import { ReferralService } from "./referral.service";

@Resolver(() => MentalHealthReferral)
export class ReferralResolver {
  @Query(() => [MentalHealthReferral], {
    description:
      "The psychology teacher's worklist: OPEN referrals made to the caller, oldest first (at most 200). Empty for callers who are not a person.",
  })
  myReferrals(@Ctx() ctx: RequestContext<Loaders>): Promise<MentalHealthReferral[]> {
    return new ReferralService(ctx).mine();
  }

  @Mutation(() => MentalHealthReferral, {
    description:
      "Refers a student to a psychology teacher. Needs MENTAL_HEALTH for the student as staff.",
  })
  referToPsychology(
    @Args(() => ReferToPsychologyArgs) args: ReferToPsychologyArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<MentalHealthReferral> {
    return new ReferralService(ctx).refer(args.input);
  }

  @Mutation(() => MentalHealthReferral, {
    description:
      "Closes an OPEN referral, recording who and when: the psychology teacher it was made to, or staff with MENTAL_HEALTH for the student.",
  })
  closeReferral(
    @Args(() => CloseReferralArgs) args: CloseReferralArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<MentalHealthReferral> {
    return new ReferralService(ctx).close(args.id, args.note);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The student referred." })
  person(@Root() referral: MentalHealthReferral): Person {
    return { id: referral.personId };
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The psychology teacher the student is referred to.",
  })
  referredTo(@Root() referral: MentalHealthReferral): Person {
    return { id: referral.referredToId };
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who made the referral." })
  referredBy(@Root() referral: MentalHealthReferral): Person {
    return { id: referral.referredById };
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who closed it; null while OPEN or when not recorded.",
  })
  closedBy(@Root() referral: MentalHealthReferral): Person | null {
    return referral.closedById ? { id: referral.closedById } : null;
  }
}

@Resolver(() => Person)
export class PersonReferralsResolver {
  @FieldResolver(() => [MentalHealthReferral], {
    nullable: true,
    description:
      "Referrals of this student to psychology teachers, newest first. Null, with FORBIDDEN on this path, without MENTAL_HEALTH for the student.",
  })
  referrals(
    @Root() person: Person,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<MentalHealthReferral[]> {
    return new ReferralService(ctx).ofPerson(person.id);
  }

  @FieldResolver(() => MentalHealthCategory, {
    nullable: true,
    description:
      "The category of the student's latest OPEN referral; null when none. Needs MENTAL_HEALTH, so never shown to the student themselves.",
  })
  @Sensitive<Person>({
    level: "SENSITIVE",
    purposes: ["MENTAL_HEALTH"],
    subject: (person) => person.id,
  })
  mentalHealthCategory(
    @Root() person: Person,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<MentalHealthCategory | null> {
    return new ReferralService(ctx).currentCategory(person.id);
  }
}
