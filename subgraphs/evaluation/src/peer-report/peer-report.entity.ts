import { Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { Sensitive } from "@campus/access";
import { VersionedCampusEntity } from "@campus/subgraph/data";
import { WarningCategory } from "../warning/warning.enums";
import { PeerReportOutcome, PeerReportStatus } from "./peer-report.enums";

/**
 * 同学反映: a student tells the staff who look after a classmate that something is wrong. Staff
 * whose duty gives them CARE for the classmate triage it (MENTAL_HEALTH ones only with
 * MENTAL_HEALTH, as warnings). The reporter is stored, so they can follow their own reports and a
 * flood can be stopped, but never shown to staff when the report is anonymous; the classmate never
 * sees the report at all.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({
  description:
    "同学反映: a student's report about a classmate, triaged by the staff who look after the classmate.",
})
@Entity({ tableName: "peer_report" })
@Index({ properties: ["personId", "submittedAt"] })
@Index({ properties: ["reporterId", "submittedAt"] })
@Index({ properties: ["status", "submittedAt"] })
// Optimistic lock (`version`): of two triage decisions at once, one applies and the other gets CONFLICT.
export class PeerReport extends VersionedCampusEntity {
  /** The classmate the report is about; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  /** Who reported; served only when not anonymous (PeerReportResolver.reporter). */
  @Property({ type: "uuid" })
  reporterId!: string;

  @Field(() => Boolean, { description: "The reporter asked not to be named to staff." })
  @Property({ type: "boolean" })
  anonymous!: boolean;

  @Field(() => WarningCategory)
  @Enum({ items: () => WarningCategory, nativeEnumName: "warning_category" })
  category!: WarningCategory;

  @Field(() => String, {
    nullable: true,
    description: "What the reporter saw, in their words. Needs CARE for the student.",
  })
  @Sensitive<PeerReport>({ level: "PERSONAL", purposes: ["CARE"], subject: (r) => r.personId })
  @Property({ type: "text" })
  concern!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  submittedAt: Date & Opt = new Date();

  @Field(() => PeerReportStatus)
  @Enum({ items: () => PeerReportStatus, nativeEnumName: "peer_report_status" })
  status: PeerReportStatus & Opt = PeerReportStatus.SUBMITTED;

  @Field(() => PeerReportOutcome, { nullable: true, description: "Null until CLOSED." })
  @Enum({
    items: () => PeerReportOutcome,
    nativeEnumName: "peer_report_outcome",
    nullable: true,
  })
  outcome: PeerReportOutcome | null = null;

  /** FOLLOW_UP: who decided to follow the report up, when, and why. */
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  followedUpAt: Date | null = null;

  @Property({ type: "uuid", nullable: true })
  followedUpById: string | null = null;

  @Field(() => String, { nullable: true, description: "Needs CARE for the student." })
  @Sensitive<PeerReport>({ level: "PERSONAL", purposes: ["CARE"], subject: (r) => r.personId })
  @Property({ type: "text", nullable: true })
  followUpNote: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  closedAt: Date | null = null;

  @Property({ type: "uuid", nullable: true })
  closedById: string | null = null;

  @Field(() => String, { nullable: true, description: "Needs CARE for the student." })
  @Sensitive<PeerReport>({ level: "PERSONAL", purposes: ["CARE"], subject: (r) => r.personId })
  @Property({ type: "text", nullable: true })
  closingNote: string | null = null;

  /** The assistance case OPEN_CASE opened. */
  @Property({ type: "uuid", nullable: true })
  caseId: string | null = null;
}
