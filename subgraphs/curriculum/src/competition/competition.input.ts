import { Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, ListSize, TextField } from "@campus/subgraph";
import { AwardLevel } from "../project/project.enums";
import { CompetitionResult } from "./competition.enums";

/** Most students on an entry's team, leader included. */
export const MAX_ENTRY_TEAM = 10;

@InputType({ description: "An organiser registers a competition." })
export class CreateCompetitionInput {
  @TextField(200)
  name!: string;

  @TextField(200, { description: "Who holds it (主办方)" })
  organiser!: string;

  @Field(() => AwardLevel)
  level!: AwardLevel;

  @Field(() => Int)
  @Between(2000, 2100, { integer: true })
  year!: number;
}

@InputType({
  description:
    "A team enters a competition: the caller is the leader (an organiser or administrator names one).",
})
export class EnterCompetitionInput {
  @Field(() => ID)
  @IsId()
  competitionId!: string;

  @TextField(200, { description: "The work entered (作品名称)" })
  title!: string;

  @Field(() => ID, { nullable: true, description: "The leader; only an organiser names one." })
  @IsId()
  leaderId?: string | null;

  @Field(() => [ID], { description: "The other students of the team, leader not included." })
  @IsId({ each: true })
  @ListSize(0, MAX_ENTRY_TEAM - 1)
  memberIds!: string[];

  @Field(() => ID, { description: "The staff mentor (指导教师), who records the result." })
  @IsId()
  mentorId!: string;

  @Field(() => ID, { nullable: true, description: "The leader's project the work comes from." })
  @IsId()
  projectId?: string | null;
}

@InputType({ description: "The result of an entry, recorded once." })
export class RecordCompetitionResultInput {
  @Field(() => ID)
  @IsId()
  entryId!: string;

  @Field(() => CompetitionResult)
  result!: CompetitionResult;

  @TextField(500, { nullable: true, blank: true, description: "The award's name as given" })
  note?: string | null;
}

@InputType({ description: "A team withdraws an entry before its result." })
export class WithdrawCompetitionEntryInput {
  @Field(() => ID)
  @IsId()
  entryId!: string;

  @TextField(500, { description: "Why" })
  note!: string;
}
