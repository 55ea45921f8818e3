import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { VisitKind } from "./visit.enums";

@InputType({
  description:
    "A dorm visit or talk (走访, 谈心谈话) to record: about a student, a room or both, on a day not in the future.",
})
export class RecordVisitInput {
  @Field(() => VisitKind)
  kind!: VisitKind;

  @Field(() => LocalDateResolver, { description: "The day; not after today (campus time)." })
  visitedOn!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The student; one whose duty the caller holds. A student, a room or both.",
  })
  @IsId()
  studentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The room visited: in a grid or building the caller serves (assignment or roster).",
  })
  @IsId()
  roomId?: string | null;

  @TextField(2000, { description: "What was seen and said (sensitive, CARE)" })
  notes!: string;

  @Field(() => ID, {
    nullable: true,
    description: "A warning about the same student that the visit served.",
  })
  @IsId()
  warningId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "An assistance case of the same student that the visit served.",
  })
  @IsId()
  caseId?: string | null;
}

@ArgsType()
export class RecordVisitArgs {
  @Field(() => RecordVisitInput)
  input!: RecordVisitInput;
}

@ArgsType()
export class VisitsArgs extends PageArgs {}
