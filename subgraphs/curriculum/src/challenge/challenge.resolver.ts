import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { PartnerOrganisation } from "../partner/partner.entity";
import { Person } from "../person/person.reference";
import { Project } from "../project/project.entity";
import { ChallengeClaim } from "./challenge-claim.entity";
import { Challenge } from "./challenge.entity";
import {
  ChallengeArgs,
  ChallengeBoardArgs,
  ClaimChallengeInput,
  DecideClaimInput,
  MoveChallengeInput,
  PostChallengeInput,
} from "./challenge.input";
import { ChallengeService } from "./challenge.service";
import { ClaimService } from "./claim.service";

type Ctx = RequestContext<Loaders>;

export const ChallengeConnection = ConnectionType(Challenge, "Challenge");

@Resolver(() => Challenge)
export class ChallengeResolver {
  @Mutation(() => Challenge, {
    description:
      "Posts a challenge (揭榜立项) as a DRAFT: a partner's contact for their organisation, an organiser for any, other staff in their own name. The mentor must be a member of staff.",
  })
  postChallenge(
    @Arg("input", () => PostChallengeInput) input: PostChallengeInput,
    @Ctx() ctx: Ctx,
  ) {
    return new ChallengeService(ctx).post(input);
  }

  @Mutation(() => Challenge, {
    description:
      "Publishes a draft to the board, closes a published challenge to new claims, or withdraws it: its poster, its partner's contacts or an organiser.",
  })
  moveChallenge(
    @Arg("input", () => MoveChallengeInput) input: MoveChallengeInput,
    @Ctx() ctx: Ctx,
  ) {
    return new ChallengeService(ctx).move(input);
  }

  @Query(() => ChallengeConnection, {
    description:
      "The board (揭榜大厅): published challenges still open to claims, nearest deadline first.",
  })
  challengeBoard(@Args(() => ChallengeBoardArgs) args: ChallengeBoardArgs, @Ctx() ctx: Ctx) {
    return new ChallengeService(ctx).board(args);
  }

  @Query(() => ChallengeConnection, {
    description:
      "The challenges the caller runs (posted, or of a partner they act for; all for an organiser), newest first.",
  })
  myChallenges(@Args(() => ChallengeBoardArgs) args: ChallengeBoardArgs, @Ctx() ctx: Ctx) {
    return new ChallengeService(ctx).mine(args);
  }

  @Query(() => Challenge, {
    description:
      "One challenge: published and closed ones for everyone, others for those who run them.",
  })
  challenge(@Args(() => ChallengeArgs) args: ChallengeArgs, @Ctx() ctx: Ctx) {
    return new ChallengeService(ctx).byId(args.id);
  }

  @FieldResolver(() => PartnerOrganisation, {
    nullable: true,
    description: "Null when staff posted it in their own name.",
  })
  partner(@Root() challenge: Challenge, @Ctx() ctx: Ctx) {
    return new ChallengeService(ctx).partner(challenge);
  }

  @FieldResolver(() => Person, {
    description: "The staff mentor (指导教师) of the projects it becomes.",
  })
  mentor(@Root() challenge: Challenge, @Ctx() ctx: Ctx): Person {
    return new ChallengeService(ctx).mentor(challenge);
  }

  @FieldResolver(() => [ChallengeClaim], {
    description:
      "Claims, oldest first: all of them for those who run it, its mentor and staff; a student sees their own teams' claims.",
  })
  claims(@Root() challenge: Challenge, @Ctx() ctx: Ctx) {
    return new ChallengeService(ctx).claims(challenge);
  }

  @FieldResolver(() => Int, { description: "How many teams' claims are approved so far." })
  approvedTeams(@Root() challenge: Challenge, @Ctx() ctx: Ctx) {
    return new ChallengeService(ctx).approvedCount(challenge);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller may publish, close or withdraw it and decide its claims.",
  })
  canManage(@Root() challenge: Challenge, @Ctx() ctx: Ctx) {
    return new ChallengeService(ctx).runs(challenge);
  }
}

@Resolver(() => ChallengeClaim)
export class ChallengeClaimResolver {
  @Mutation(() => ChallengeClaim, {
    description:
      "A student claims a published challenge (揭榜) for a team they lead, with a proposal: BAD_USER_INPUT for a team of the wrong size or not of students, after the deadline or on a challenge not published; CONFLICT once it has approved all the teams it takes, or when a team member is on another claim of it.",
  })
  claimChallenge(
    @Arg("input", () => ClaimChallengeInput) input: ClaimChallengeInput,
    @Ctx() ctx: Ctx,
  ) {
    return new ClaimService(ctx).claim(input);
  }

  @Mutation(() => ChallengeClaim, {
    description:
      "The challenge's poster, its partner's contacts or an organiser approves a claim, making it a project (立项), or rejects it with a note; CONFLICT when the challenge has approved all the teams it takes.",
  })
  decideChallengeClaim(
    @Arg("input", () => DecideClaimInput) input: DecideClaimInput,
    @Ctx() ctx: Ctx,
  ) {
    return new ClaimService(ctx).decide(input);
  }

  @FieldResolver(() => Challenge)
  challenge(@Root() claim: ChallengeClaim, @Ctx() ctx: Ctx) {
    return new ClaimService(ctx).challenge(claim);
  }

  @FieldResolver(() => Person, { description: "The student who claimed it and leads the team." })
  leader(@Root() claim: ChallengeClaim, @Ctx() ctx: Ctx): Person {
    return new ClaimService(ctx).leader(claim);
  }

  @FieldResolver(() => [Person], { description: "The whole team, leader first." })
  members(@Root() claim: ChallengeClaim, @Ctx() ctx: Ctx): Person[] {
    return new ClaimService(ctx).members(claim);
  }

  @FieldResolver(() => Int, { description: "Students in the team, leader included." })
  teamSize(@Root() claim: ChallengeClaim): number {
    return claim.memberIds.length + 1;
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description: "The project it became; null unless approved.",
  })
  project(@Root() claim: ChallengeClaim, @Ctx() ctx: Ctx) {
    return new ClaimService(ctx).project(claim);
  }
}
