import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { PlacementGrade, PlacementKind, PlacementPhase, PlacementStatus } from "./placement.enums";

@InputType({
  description:
    "A placement proposed for a tier-3 student: by the student themselves, or by an organiser naming the student.",
})
export class ProposePlacementInput {
  @Field(() => ID, { nullable: true, description: "The student; only an organiser names one." })
  @IsId()
  studentId?: string | null;

  @Field(() => PlacementKind)
  kind!: PlacementKind;

  @Field(() => ID, {
    nullable: true,
    description: "The host partner organisation; required for an internship.",
  })
  @IsId()
  partnerId?: string | null;

  @TextField(200, {
    nullable: true,
    description: "The research team, when the host is no partner organisation (e.g. 某院士团队).",
  })
  teamName?: string | null;

  @TextField(500, { description: "What the student will work on" })
  topic!: string;

  @Field(() => ID, { description: "The staff supervisor (指导教师)." })
  @IsId()
  supervisorId!: string;

  @Field(() => LocalDateResolver)
  startsOn!: string;

  @Field(() => LocalDateResolver)
  endsOn!: string;
}

@InputType({ description: "A change of a placement's status with a note." })
export class PlacementDecisionInput {
  @Field(() => ID)
  @IsId()
  placementId!: string;

  @TextField(1000, {
    nullable: true,
    blank: true,
    description: "Why (required to decline or withdraw)",
  })
  note?: string | null;
}

@InputType({ description: "The college's recommendation of a proposed placement (学院推荐)." })
export class RecommendPlacementInput {
  @Field(() => ID)
  @IsId()
  placementId!: string;

  @TextField(1000, { description: "The college's recommendation" })
  recommendation!: string;
}

@InputType({ description: "The evaluation of an accepted placement once its period has ended." })
export class EvaluatePlacementInput {
  @Field(() => ID)
  @IsId()
  placementId!: string;

  @Field(() => PlacementGrade)
  grade!: PlacementGrade;

  @TextField(1000, { description: "The evaluation's comment" })
  comment!: string;
}

@ArgsType()
export class PlacementsArgs extends PageArgs {
  @Field(() => PlacementStatus, { nullable: true })
  status?: PlacementStatus | null;

  @Field(() => PlacementPhase, { nullable: true })
  phase?: PlacementPhase | null;
}

@ArgsType()
export class PlacementArgs {
  @Field(() => ID)
  @IsId()
  id!: string;
}
