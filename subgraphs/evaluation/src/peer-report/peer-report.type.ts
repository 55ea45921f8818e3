import { Field, ID, ObjectType } from "type-graphql";
import { WarningCategory } from "../warning/warning.enums";
import { PeerReportStatus } from "./peer-report.enums";

/** What a reporter sees of their own report: what they wrote and where it stands, nothing of staff's work. */
@ObjectType({ description: "A peer report as its author sees it." })
export class SubmittedPeerReport {
  @Field(() => ID)
  id!: string;

  @Field(() => WarningCategory)
  category!: WarningCategory;

  @Field(() => String, { description: "What the author wrote." })
  concern!: string;

  @Field(() => Boolean)
  anonymous!: boolean;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => PeerReportStatus)
  status!: PeerReportStatus;
}
