/**
 * Hand-written TypeScript for the parts of the supergraph the app reads (no codegen here). Enum
 * unions follow the subgraphs' schema.graphql; keep them in step when a subgraph adds a value.
 */
export type PersonKind = "STUDENT" | "STAFF";
export type DegreeLevel = "UNDERGRADUATE" | "MASTER" | "DOCTORAL";
export type PoliticalStatus =
  | "MASSES"
  | "LEAGUE_MEMBER"
  | "APPLICANT"
  | "ACTIVIST"
  | "DEVELOPMENT_TARGET"
  | "PROBATIONARY_MEMBER"
  | "FULL_MEMBER";
export type OrgUnitKind =
  | "PARTY_COMMITTEE"
  | "GENERAL_BRANCH"
  | "JOINT_BRANCH"
  | "TEMPORARY_BRANCH"
  | "SCHOOL"
  | "RESIDENTIAL_COLLEGE";
export type CourseCategory =
  "FRESHMAN_FORMATION" | "PARTY_LECTURE" | "READING_CIRCLE" | "FORUM" | "SKILLS";
export type EnrolmentStatus = "ENROLLED" | "CANCELLED";
export type WarningCategory = "ACADEMIC" | "BEHAVIOUR" | "MENTAL_HEALTH" | "FINANCIAL" | "SAFETY";
export type WarningLevel = "YELLOW" | "ORANGE" | "RED";
export type WarningStatus =
  "OPEN" | "ASSIGNED" | "ASSESSED" | "INTERVENING" | "TRACKING" | "CLOSED";
export type WarningOutcome =
  | "RESOLVED"
  | "IMPROVED"
  | "REFERRED_TO_CASE"
  | "REFERRED_TO_PSYCHOLOGY"
  | "NO_CONCERN"
  | "LEFT_UNIVERSITY";
/** The level of the organisation an overdue warning has been escalated to. */
export type EscalationTier = "COUNSELOR" | "COLLEGE" | "UNIVERSITY";
export type WarningOrder = "RAISED_AT" | "DUE_AT";
export type AssistanceCaseStatus = "DISCOVERED" | "GRADED" | "ASSISTING" | "REVIEWED" | "CLOSED";
export type CaseSource = "WARNING" | "SELF_APPLICATION" | "COUNSELOR" | "PEER_REPORT";
export type CaseKind = "ECONOMIC" | "ACADEMIC" | "MENTAL_HEALTH" | "FAMILY" | "OTHER";
export type DifficultyGrade =
  "ESPECIALLY_DIFFICULT" | "DIFFICULT" | "GENERALLY_DIFFICULT" | "NOT_DIFFICULT";
export type CaseOutcome = "RESOLVED" | "IMPROVED" | "TRANSFERRED" | "LEFT_UNIVERSITY";
export type MeasureStatus = "PLANNED" | "IN_PROGRESS" | "DONE" | "CANCELLED";
export type ResourceKind =
  | "TUTORING"
  | "CAREER_GUIDANCE"
  | "MENTAL_HEALTH_EDUCATION"
  | "PARTY_LEAGUE_ACTIVITY"
  | "FINANCIAL_AID";
/** 加入 / 退出 / 任负责人 / 卸任负责人 */
export type TaskForceChangeKind = "JOINED" | "LEFT" | "MADE_LEAD" | "STEPPED_DOWN";
/** What an indicator record measures (evaluation's IndicatorKind). */
export type IndicatorKind =
  | "FAILED_CREDITS"
  | "GPA"
  | "CLASS_ABSENCES"
  | "LATE_RETURNS"
  | "DAYS_WITHOUT_DORM_ACCESS"
  | "CARD_SPENDING"
  | "COUNSELLING_REFERRALS";
export type RuleAggregate = "SUM" | "COUNT" | "AVG" | "MAX" | "MIN" | "LATEST";
export type RuleOperator = "GT" | "GTE" | "LT" | "LTE";
/** 德 / 智 / 体 / 美 / 劳 */
export type GrowthDomain = "MORAL" | "INTELLECTUAL" | "PHYSICAL" | "AESTHETIC" | "LABOUR";
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
  | "admin"
  | "auditor"
  | "developer"
  | "service";
/** Why a sensitive field may be read (packages/access); shown in the access log. */
/** Duties of staff assignments, as the people subgraph names them. */
export type StaffRole =
  | "COUNSELOR"
  | "CLASS_ADVISER"
  | "GRID_LEADER"
  | "BUILDING_LEADER"
  | "BRANCH_SECRETARY"
  | "COLLEGE_ADMIN"
  | "SCHOOL_ADMIN";

export type AccessPurpose = "CONTACT" | "CARE" | "FINANCIAL" | "MENTAL_HEALTH" | "RESIDENCE";

/** Every enum the UI labels, by the name its labels use in the dictionaries (`enum.<Name>.<VALUE>`). */
export interface LabelledEnums {
  PersonKind: PersonKind;
  DegreeLevel: DegreeLevel;
  PoliticalStatus: PoliticalStatus;
  OrgUnitKind: OrgUnitKind;
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
  IndicatorKind: IndicatorKind;
  RuleAggregate: RuleAggregate;
  RuleOperator: RuleOperator;
  Role: Role;
  AccessPurpose: AccessPurpose;
}

/** `YYYY-MM-DD`, a date without a time zone. */
export type LocalDate = string;
/** An ISO 8601 instant, e.g. `2024-09-10T10:00:00.000Z`. */
export type DateTimeISO = string;

export interface OrgUnitRef {
  id: string;
  name: string;
}
