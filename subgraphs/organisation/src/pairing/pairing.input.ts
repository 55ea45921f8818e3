import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { PairingKind, PairingState } from "./pairing.enums";
import { MAX_PARTICIPANTS } from "./pairing.rules";

@InputType({
  description:
    "A new pairing (结对共建): its kind, its two units, its period and its plan; a teacher–student pairing may name a teacher and a student.",
})
export class CreatePairingInput {
  @Field(() => PairingKind)
  kind!: PairingKind;

  @Field(() => ID, {
    description:
      "The first side: a teachers' branch (TEACHER_STUDENT), the party committee or a general branch (OFFICE_BRANCH), a school (SCHOOL_BRANCH).",
  })
  @IsId()
  unitId!: string;

  @Field(() => ID, { description: "The branch it pairs with; not the first side." })
  @IsId()
  branchId!: string;

  @Field(() => LocalDateResolver)
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "The last day planned; not before startsOn." })
  endsOn!: string;

  @TextField(4000, { description: "The plan (共建计划)" })
  plan!: string;

  @Field(() => ID, { nullable: true, description: "TEACHER_STUDENT only: the teacher." })
  @IsId()
  teacherId?: string | null;

  @Field(() => ID, { nullable: true, description: "TEACHER_STUDENT only: the student." })
  @IsId()
  studentId?: string | null;
}

@ArgsType()
export class CreatePairingArgs {
  @Field(() => CreatePairingInput)
  input!: CreatePairingInput;
}

@InputType({ description: "An activity held by an active pairing, on a day inside its period." })
export class LogPairingActivityInput {
  @Field(() => ID)
  @IsId()
  pairingId!: string;

  @Field(() => LocalDateResolver, {
    description: "Inside the pairing's period, and not in the future.",
  })
  heldOn!: string;

  @TextField(200, { description: "e.g. 联合主题党日" })
  title!: string;

  @TextField(2000, { nullable: true, blank: true, description: "What was done" })
  summary?: string | null;

  @Field(() => Int, { description: `1 to ${MAX_PARTICIPANTS}.` })
  @Between(1, MAX_PARTICIPANTS, { integer: true })
  participantCount!: number;
}

@ArgsType()
export class LogPairingActivityArgs {
  @Field(() => LogPairingActivityInput)
  input!: LogPairingActivityInput;
}

@ArgsType()
export class EndPairingArgs {
  @Field(() => ID)
  @IsId()
  pairingId!: string;

  @TextField(500, { nullable: true, blank: true, description: "Why it ends" })
  note?: string | null;
}

@ArgsType()
export class PairingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Pairings with this unit on either side." })
  @IsId()
  unitId?: string | null;

  @Field(() => PairingKind, { nullable: true })
  kind?: PairingKind | null;

  @Field(() => PairingState, { nullable: true })
  state?: PairingState | null;
}
