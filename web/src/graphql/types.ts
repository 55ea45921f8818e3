/**
 * What the app labels but the API does not type as an enum. GraphQL results and enums are
 * generated from the supergraph (web/src/generated, `npm run codegen`).
 */
import type {
  AssistanceCaseStatus,
  CaseKind,
  CaseOutcome,
  CaseSource,
  CourseCategory,
  DegreeLevel,
  DifficultyGrade,
  EnrolmentStatus,
  EscalationTier,
  GrowthDomain,
  IndicatorKind,
  MeasureStatus,
  OrgUnitChangeKind,
  OrgUnitKind,
  PersonKind,
  PoliticalStatus,
  ResourceKind,
  StaffRole,
  VisitKind,
  GovernancePostKind,
  RuleAggregate,
  RuleOperator,
  TaskForceChangeKind,
  PeerReportStatus,
  PeerReportOutcome,
  PeerReportDecision,
  WarningCategory,
  WarningLevel,
  WarningOutcome,
  WarningStatus,
} from "../generated/graphql";

/** Roles carried in a user token (packages/auth). */
export type Role =
  | "student"
  | "counselor"
  | "class_adviser"
  | "grid_leader"
  | "building_leader"
  | "branch_secretary"
  | "college_admin"
  | "school_admin"
  | "psychology_teacher"
  | "task_force_member"
  | "organiser"
  | "community_staff"
  | "admin"
  | "auditor"
  | "developer"
  | "service";

/** Why a sensitive field may be read (packages/access); shown in the access log. */
export type AccessPurpose =
  "CONTACT" | "CARE" | "FINANCIAL" | "MENTAL_HEALTH" | "RESIDENCE" | "PARTY";

/** Every enum the UI labels, by the name its labels use in the dictionaries (`enum.<Name>.<VALUE>`). */
export interface LabelledEnums {
  PersonKind: PersonKind;
  DegreeLevel: DegreeLevel;
  PoliticalStatus: PoliticalStatus;
  OrgUnitKind: OrgUnitKind;
  OrgUnitChangeKind: OrgUnitChangeKind;
  CourseCategory: CourseCategory;
  EnrolmentStatus: EnrolmentStatus;
  WarningCategory: WarningCategory;
  WarningLevel: WarningLevel;
  WarningStatus: WarningStatus;
  WarningOutcome: WarningOutcome;
  EscalationTier: EscalationTier;
  AssistanceCaseStatus: AssistanceCaseStatus;
  CaseSource: CaseSource;
  CaseKind: CaseKind;
  DifficultyGrade: DifficultyGrade;
  CaseOutcome: CaseOutcome;
  MeasureStatus: MeasureStatus;
  ResourceKind: ResourceKind;
  GrowthDomain: GrowthDomain;
  TaskForceChangeKind: TaskForceChangeKind;
  PeerReportStatus: PeerReportStatus;
  PeerReportOutcome: PeerReportOutcome;
  PeerReportDecision: PeerReportDecision;
  IndicatorKind: IndicatorKind;
  RuleAggregate: RuleAggregate;
  RuleOperator: RuleOperator;
  Role: Role;
  AccessPurpose: AccessPurpose;
  StaffRole: StaffRole;
  VisitKind: VisitKind;
  GovernancePostKind: GovernancePostKind;
}
