import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, IsText, MAX_TEXT_LENGTH, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { CaseKind } from "../assistance-case/assistance-case.enums";
import { WarningCategory } from "../warning/warning.enums";
import { PeerReportDecision, PeerReportStatus } from "./peer-report.enums";

/** Longest student number or name a report names a classmate by. */
export const MAX_NAMING_LENGTH = 50;

@InputType({
  description:
    "A classmate named by student number and name (both must match: there is no directory to look them up in).",
})
export class SubmitPeerReportInput {
  @Field(() => String, { description: "The classmate's student number (学号)." })
  @IsText(MAX_NAMING_LENGTH)
  number!: string;

  @Field(() => String, { description: "The classmate's name, as the student number has it." })
  @IsText(MAX_NAMING_LENGTH)
  name!: string;

  @Field(() => WarningCategory)
  category!: WarningCategory;

  @TextField(MAX_TEXT_LENGTH, { description: "What you saw and when" })
  concern!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Do not tell staff who reported (the platform still keeps it, for your own list).",
  })
  anonymous: boolean = false;
}

@ArgsType()
export class SubmitPeerReportArgs {
  @Field(() => SubmitPeerReportInput)
  input!: SubmitPeerReportInput;
}

@InputType()
export class TriagePeerReportInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field(() => PeerReportDecision)
  decision!: PeerReportDecision;

  @TextField(MAX_TEXT_LENGTH, { description: "What was found or done (研判意见)" })
  note!: string;

  @Field(() => CaseKind, {
    nullable: true,
    description:
      "OPEN_CASE only: the case's kind; by default MENTAL_HEALTH for a MENTAL_HEALTH report, ACADEMIC for an ACADEMIC one, OTHER otherwise.",
  })
  caseKind?: CaseKind | null;
}

@ArgsType()
export class TriagePeerReportArgs {
  @Field(() => TriagePeerReportInput)
  input!: TriagePeerReportInput;
}

@ArgsType()
export class PeerReportsArgs extends PageArgs {
  @Field(() => PeerReportStatus, {
    nullable: true,
    description: "Only reports in this state; all when absent.",
  })
  status?: PeerReportStatus | null;
}
