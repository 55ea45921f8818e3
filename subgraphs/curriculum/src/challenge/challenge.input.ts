import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, ListSize, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { ChallengeStep, ClaimDecision } from "./challenge.enums";
import { MAX_TEAMS_WANTED, MAX_TEAM_SIZE } from "./challenge.workflow";

@InputType({ description: "A new challenge, saved as a DRAFT until published." })
export class PostChallengeInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The partner organisation posting it: required of a partner's contact (one they act for); an organiser may name any; other staff post in their own name (null).",
  })
  @IsId()
  partnerId?: string | null;

  @TextField(200)
  title!: string;

  @TextField(4000, { description: "The problem to solve" })
  problem!: string;

  @TextField(4000, { description: "What the team must bring" })
  requirements!: string;

  @TextField(4000, { description: "What the team delivers at conclusion" })
  deliverables!: string;

  @Field(() => ID, { description: "The mentor (指导教师): a member of staff." })
  @IsId()
  mentorId!: string;

  @Field(() => LocalDateResolver, { description: "The last day to claim; not before today." })
  deadline!: string;

  @Field(() => Int, {
    description: `Fewest students in a team, leader included; 1 to ${MAX_TEAM_SIZE}.`,
  })
  @Between(1, MAX_TEAM_SIZE, { integer: true })
  teamSizeMin!: number;

  @Field(() => Int, { description: `Most students in a team; teamSizeMin to ${MAX_TEAM_SIZE}.` })
  @Between(1, MAX_TEAM_SIZE, { integer: true })
  teamSizeMax!: number;

  @Field(() => Int, { description: `How many teams it takes; 1 to ${MAX_TEAMS_WANTED}.` })
  @Between(1, MAX_TEAMS_WANTED, { integer: true })
  teamsWanted!: number;
}

@InputType({ description: "A step of a challenge's life: publish, close or withdraw." })
export class MoveChallengeInput {
  @Field(() => ID)
  @IsId()
  challengeId!: string;

  @Field(() => ChallengeStep)
  step!: ChallengeStep;
}

@InputType({ description: "A student team's claim: the caller leads it." })
export class ClaimChallengeInput {
  @Field(() => ID)
  @IsId()
  challengeId!: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: "The team's other students (the caller, its leader, not among them).",
  })
  @IsId({ each: true })
  @ListSize(0, MAX_TEAM_SIZE)
  memberIds!: string[];

  @TextField(4000, { description: "How the team means to solve the problem" })
  proposal!: string;
}

@InputType({ description: "The poster's (or an organiser's) decision on a claim." })
export class DecideClaimInput {
  @Field(() => ID)
  @IsId()
  claimId!: string;

  @Field(() => ClaimDecision)
  decision!: ClaimDecision;

  @TextField(2000, { nullable: true, blank: true, description: "Why; required to reject" })
  note?: string | null;
}

@ArgsType()
export class ChallengeArgs {
  @Field(() => ID)
  @IsId()
  id!: string;
}

@ArgsType()
export class ChallengeBoardArgs extends PageArgs {}
