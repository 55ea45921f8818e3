import type { Role } from "@campus/auth";
/**
 * The shape in which data is seeded across the whole platform. Each subgraph's seed takes only
 * its own slice and keeps the others' ids as references, exactly as federation does at run time.
 */
export type OrgUnitKind =
  | "PARTY_COMMITTEE"
  | "GENERAL_BRANCH"
  | "JOINT_BRANCH"
  | "TEMPORARY_BRANCH"
  | "SCHOOL"
  | "RESIDENTIAL_COLLEGE";
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
export type CourseCategory =
  "FRESHMAN_FORMATION" | "PARTY_LECTURE" | "READING_CIRCLE" | "FORUM" | "SKILLS";
export type EnrolmentStatus = "ENROLLED" | "WAITING" | "CANCELLED";
export type WarningCategory = "ACADEMIC" | "BEHAVIOUR" | "MENTAL_HEALTH" | "FINANCIAL" | "SAFETY";
export type WarningLevel = "YELLOW" | "ORANGE" | "RED";
export type WarningStatus =
  "OPEN" | "ASSIGNED" | "ASSESSED" | "INTERVENING" | "TRACKING" | "CLOSED";
/** Duties a member of staff is assigned to, and what each covers (see StaffAssignmentSeed). */
export type StaffRole =
  | "COUNSELOR"
  | "CLASS_ADVISER"
  | "GRID_LEADER"
  | "BUILDING_LEADER"
  | "BRANCH_SECRETARY"
  | "COLLEGE_ADMIN"
  | "SCHOOL_ADMIN"
  | "MENTOR"
  | "PSYCHOLOGY_TEACHER"
  | "ORGANISER"
  | "ACADEMIC_AFFAIRS"
  | "OFFICE_CADRE"
  | "LOGISTICS"
  | "SECURITY";
/** What a staff assignment covers: a class (people), a grid, a building or a branch (organisation), or a school or college (OrgUnit). */
export type AssignmentTarget = "CLASS" | "GRID" | "BUILDING" | "BRANCH" | "UNIT";
export type MentalHealthCategory = "GENERAL" | "ATTENTION" | "PRIORITY" | "CRISIS";
export type ReferralStatus = "OPEN" | "CLOSED";
/** OPEN is the status before the case workflow: seeded as ASSISTING when the case has a task-force lead, else DISCOVERED. */
export type AssistanceCaseStatus =
  "OPEN" | "DISCOVERED" | "GRADED" | "ASSISTING" | "REVIEWED" | "CLOSED";
export type CaseSource = "WARNING" | "SELF_APPLICATION" | "COUNSELOR" | "PEER_REPORT";
export type CaseKind = "ECONOMIC" | "ACADEMIC" | "MENTAL_HEALTH" | "FAMILY" | "OTHER";
export type MeasureStatus = "PLANNED" | "IN_PROGRESS" | "DONE" | "CANCELLED";
export type GrowthDomain = "MORAL" | "INTELLECTUAL" | "PHYSICAL" | "AESTHETIC" | "LABOUR";

export interface OrgUnitSeed {
  id: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  /** A general branch's residential college (书院). */
  collegeId?: string | null;
}
export interface CampusSeed {
  id: string;
  name: string;
}
export interface BuildingSeed {
  id: string;
  name: string;
  campusId: string;
  floors: number;
  collegeId: string | null;
}
export interface GridSeed {
  id: string;
  name: string;
  buildingId: string;
  branchId: string;
}
/** A party-member post (党员示范岗) in a grid or a room (exactly one). */
export interface PartyPostSeed {
  id: string;
  holderId: string;
  title: string;
  duties: string;
  gridId: string | null;
  roomId: string | null;
  startsOn: string;
  endsOn: string;
}
/** A responsibility area (责任区) of a branch: a party member, rooms and whole grids. */
export interface ResponsibilityAreaSeed {
  id: string;
  branchId: string;
  memberId: string;
  name: string;
  roomIds: string[];
  gridIds: string[];
}
/** A vanguard team (党员先锋队) with its members and tasks (done ones with who). */
export interface VanguardTeamSeed {
  id: string;
  branchId: string;
  name: string;
  purpose: string;
  memberIds: string[];
  tasks: { id: string; title: string; dueOn: string | null; doneById: string | null }[];
}
/** 三张清单: 难题 (PROBLEM) → 举措 (MEASURE) → 责任 (RESPONSIBILITY), see organisation's governance. */
export type WorkItemList = "PROBLEM" | "MEASURE" | "RESPONSIBILITY";
/** 五级工作体系, from the top: 党委常委会 → 校长办公会 → 领导专题研究 → 牵头部门 → 责任单位. */
export type WorkLevel =
  | "STANDING_COMMITTEE"
  | "PRESIDENT_OFFICE"
  | "LEADER_STUDY"
  | "LEAD_DEPARTMENT"
  | "RESPONSIBLE_UNIT";
/** A work item on one of the three lists, OPEN unless said. */
export interface WorkItemSeed {
  id: string;
  list: WorkItemList;
  parentId: string | null;
  title: string;
  description: string;
  unitId: string;
  inChargeId: string;
  dueOn: string;
  level: WorkLevel;
  status: "OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED";
  meetingId: string | null;
  /** Dated follow-up notes, oldest first. */
  followUps: { on: string; note: string; byId: string }[];
}
/** 两级书记例会: a secretaries' meeting of a college-level organisation or a grassroots branch. */
export interface SecretaryMeetingSeed {
  id: string;
  level: "COLLEGE" | "BRANCH";
  unitId: string;
  heldOn: string;
  topic: string;
  chairId: string;
  attendeeIds: string[];
  minutes: string;
  /** Signed off (minutes locked) by the chair when true. */
  signedOff: boolean;
}
export interface RoomSeed {
  id: string;
  buildingId: string;
  gridId: string | null;
  floor: number;
  number: string;
  capacity: number;
}
export interface PersonSeed {
  id: string;
  name: string;
  kind: PersonKind;
  /** Student number for students, staff number for staff. */
  number: string;
  cohort: number | null;
  degreeLevel: DegreeLevel | null;
  schoolId: string | null;
  collegeId: string | null;
  politicalStatus: PoliticalStatus;
  /** 班级: a StudentClass id; null for staff. */
  classId: string | null;
  phone: string | null;
  /** Household income per year in yuan, as declared for financial aid; null when not declared. */
  familyAnnualIncome: number | null;
}
/** 班级: a class of students of one school and cohort. */
export interface StudentClassSeed {
  id: string;
  name: string;
  schoolId: string | null;
  cohort: number;
}
/** A member of staff's duty over a class, grid, building, branch or unit, for a period. */
export interface StaffAssignmentSeed {
  id: string;
  personId: string;
  role: StaffRole;
  targetKind: AssignmentTarget;
  targetId: string;
  startsOn: string;
  endsOn: string | null;
}
/** A student referred to a psychology teacher, with the category the referral was made under. */
export interface ReferralSeed {
  id: string;
  personId: string;
  category: MentalHealthCategory;
  referredToId: string;
  referredById: string;
  referredAt: string;
  status: ReferralStatus;
  note: string;
}
/** 同学反映: a student's report about a classmate, as submitted (triage goes through the API). */
export interface PeerReportSeed {
  id: string;
  personId: string;
  reporterId: string;
  anonymous: boolean;
  category: WarningCategory;
  concern: string;
  submittedAt: string;
}
/** 帮扶个案: a student's assistance case. */
export interface AssistanceCaseSeed {
  id: string;
  personId: string;
  summary: string;
  status: AssistanceCaseStatus;
  openedAt: string;
  openedById: string;
  /** Default COUNSELOR and ECONOMIC; warningId only with source WARNING. */
  source?: CaseSource;
  kind?: CaseKind;
  warningId?: string | null;
  /** 困难认定: condition codes met, who recommended; a confirmed grade and who confirmed it, if any. */
  grading?: {
    conditions: string[];
    recommendedById: string;
    recommendedAt: string;
    confirmedGrade?: string;
    confirmedById?: string;
    confirmedAt?: string;
    note?: string;
  };
  /** 复核 note, for a case seeded as REVIEWED or later. */
  reviewNote?: string;
}
/** A measure of a case's plan (一人一策). */
export interface CaseMeasureSeed {
  id: string;
  caseId: string;
  description: string;
  responsibleId: string;
  duty: string;
  dueOn: string;
  status: MeasureStatus;
  createdAt: string;
}
/** A member of a case's task force (专班). */
export interface TaskForceMemberSeed {
  id: string;
  caseId: string;
  memberId: string;
  duty: string;
  lead: boolean;
}
export interface ResidenceSeed {
  id: string;
  personId: string;
  roomId: string;
  bed: string;
  movedInOn: string;
  movedOutOn: string | null;
}
export interface CourseSeed {
  id: string;
  code: string;
  title: string;
  category: CourseCategory;
  description: string;
  /** Share of held sessions to attend to complete the course; curriculum's default (2/3) when absent. */
  completionThreshold?: number;
}
export interface CourseSessionSeed {
  id: string;
  courseId: string;
  startsAt: string;
  endsAt: string;
  location: string;
  instructorId: string | null;
  capacity: number;
}
export interface EnrolmentSeed {
  id: string;
  sessionId: string;
  personId: string;
  status: EnrolmentStatus;
  enrolledAt: string;
}
/** How a warning ended (a CLOSED one); see the evaluation subgraph's WarningOutcome. */
export type WarningOutcome =
  | "RESOLVED"
  | "IMPROVED"
  | "REFERRED_TO_CASE"
  | "REFERRED_TO_PSYCHOLOGY"
  | "NO_CONCERN"
  | "LEFT_UNIVERSITY";
export interface WarningSeed {
  id: string;
  personId: string;
  category: WarningCategory;
  level: WarningLevel;
  status: WarningStatus;
  summary: string;
  raisedAt: string;
  outcome?: WarningOutcome | null;
}

export interface Dataset {
  orgUnits: OrgUnitSeed[];
  campuses: CampusSeed[];
  buildings: BuildingSeed[];
  grids: GridSeed[];
  rooms: RoomSeed[];
  people: PersonSeed[];
  residences: ResidenceSeed[];
  courses: CourseSeed[];
  sessions: CourseSessionSeed[];
  enrolments: EnrolmentSeed[];
  warnings: WarningSeed[];
  classes: StudentClassSeed[];
  staffAssignments: StaffAssignmentSeed[];
  referrals: ReferralSeed[];
  assistanceCases: AssistanceCaseSeed[];
  taskForceMembers: TaskForceMemberSeed[];
  /** Optional so datasets written before the growth record still type-check. */
  growthEvents?: GrowthEventSeed[];
  /** Optional so datasets written before plans still type-check. */
  caseMeasures?: CaseMeasureSeed[];
  /** Optional so datasets written before peer reports still type-check. */
  peerReports?: PeerReportSeed[];
  /** Party work in the grids; optional so older datasets still type-check. */
  partyPosts?: PartyPostSeed[];
  responsibilityAreas?: ResponsibilityAreaSeed[];
  vanguardTeams?: VanguardTeamSeed[];
  /** Governance (三张清单, 两级书记例会); optional so older datasets still type-check. */
  workItems?: WorkItemSeed[];
  secretaryMeetings?: SecretaryMeetingSeed[];
  /** Optional so datasets written before teams still type-check. */
  teams?: TeamSeed[];
  /** The climb plan (curriculum); optional so older datasets still type-check. */
  partners?: PartnerSeed[];
  challenges?: ChallengeSeed[];
  /** Science and technology competitions (科创竞赛) with their entries; optional as above. */
  competitions?: CompetitionSeed[];
  /** Habit projects (攀登计划第一层) with participants and their check-in days; optional as above. */
  habitProjects?: HabitProjectSeed[];
  /** Practice visits (实践见习) with sign-ups and reflections; optional as above. */
  practiceVisits?: PracticeVisitSeed[];
  /** Optional so datasets written before the freshman formation programme still type-check. */
  formationProgrammes?: FormationProgrammeSeed[];
  /** Placements of tier-3 students (安置) with their history; optional as above. */
  placements?: PlacementSeed[];
  /** The community's duty roster (值班); optional so older datasets still type-check. */
  dutyShifts?: DutyShiftSeed[];
  /** Dorm visits and talks (走访, 谈心谈话); optional so older datasets still type-check. */
  visits?: VisitSeed[];
  /** Student governance posts (学生自治岗位); optional so older datasets still type-check. */
  governancePosts?: GovernancePostSeed[];
  /** Temporary branches (临时党支部) an administrator sets up through organisation's service. */
  temporaryBranches?: TemporaryBranchSeed[];
  /** Pairings (结对共建) an administrator records through organisation's service, with their activities. */
  pairings?: PairingSeed[];
}

/** A partner organisation of the climb plan (合作单位) and the people who act for it. */
export interface PartnerSeed {
  id: string;
  name: string;
  kind: "ENTERPRISE" | "INSTITUTION" | "RESEARCH_TEAM";
  description: string;
  contactIds: string[];
}
/** A habit project (学业学风提升 / 体能习惯养成) run by a member of staff. */
export interface HabitProjectSeed {
  id: string;
  kind: "STUDY_STYLE" | "FITNESS";
  title: string;
  description: string;
  goalCheckIns: number;
  perWeek: number | null;
  startsOn: string;
  endsOn: string;
  audience: string | null;
  organiserId: string;
  participants: HabitParticipationSeed[];
}
/** A participant's check-in days (inside the period); `recorded`: the organiser recorded the result. */
export interface HabitParticipationSeed {
  id: string;
  personId: string;
  days: string[];
  recorded: boolean;
  resultNote: string | null;
}
/** A practice visit (实践见习): a partner host or one in words, and who signed up. */
export interface PracticeVisitSeed {
  id: string;
  title: string;
  hostPartnerId: string | null;
  hostName: string | null;
  guidingProblem: string;
  places: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  organiserId: string;
  signUps: PracticeVisitSignUpSeed[];
}
/** A sign-up and its reflection's state (SUBMITTED and on carry the reflection). */
export interface PracticeVisitSignUpSeed {
  id: string;
  personId: string;
  reflection: string | null;
  status: "NOT_SUBMITTED" | "SUBMITTED" | "ACCEPTED" | "RETURNED";
  reviewComment: string | null;
}
/** A cohort's freshman formation programme (新生养成教育), its modules and the courses counted in them. */
export interface FormationProgrammeSeed {
  id: string;
  cohort: number;
  title: string;
  modules: {
    id: string;
    order: number;
    nameZh: string;
    nameEn: string;
    requiredHours: number;
  }[];
  courses: { moduleId: string; courseId: string; hours: number }[];
}
/**
 * A placement (安置) of a tier-3 student in a research team or a long internship, in a status: the
 * seed writes the history the service would (proposed by the student, recommended by
 * `recommendedById`, accepted, evaluated or declined by the supervisor, withdrawn by the student).
 */
export interface PlacementSeed {
  id: string;
  studentId: string;
  supervisorId: string;
  kind: "RESEARCH_TEAM" | "INTERNSHIP";
  partnerId: string | null;
  teamName: string | null;
  topic: string;
  startsOn: string;
  endsOn: string;
  status: "PROPOSED" | "RECOMMENDED" | "ACCEPTED" | "EVALUATED" | "DECLINED" | "WITHDRAWN";
  recommendedById: string | null;
  recommendation: string | null;
  grade: null | "EXCELLENT" | "GOOD" | "PASS" | "FAIL";
  evaluation: string | null;
}
/** A competition (科创竞赛) and the student teams' entries in it. */
export interface CompetitionSeed {
  id: string;
  name: string;
  organiser: string;
  level: "SCHOOL" | "PROVINCIAL" | "NATIONAL" | "INTERNATIONAL";
  year: number;
  entries: CompetitionEntrySeed[];
}
/** An entry; with a result it is RESULT_RECORDED, recorded by its mentor. */
export interface CompetitionEntrySeed {
  id: string;
  title: string;
  leaderId: string;
  memberIds: string[];
  mentorId: string;
  projectId: string | null;
  result:
    | null
    | "NONE"
    | "PARTICIPATION"
    | "THIRD_PRIZE"
    | "SECOND_PRIZE"
    | "FIRST_PRIZE"
    | "GRAND_PRIZE";
  resultNote: string | null;
}
/** A challenge (揭榜立项) in a state, with its claims. */
export interface ChallengeSeed {
  id: string;
  partnerId: string | null;
  title: string;
  problem: string;
  requirements: string;
  deliverables: string;
  mentorId: string;
  postedById: string;
  deadline: string;
  teamSizeMin: number;
  teamSizeMax: number;
  teamsWanted: number;
  status: "DRAFT" | "PUBLISHED" | "CLOSED" | "WITHDRAWN";
  claims: ChallengeClaimSeed[];
}
/** A team's claim; an APPROVED one carries the project it became. */
export interface ChallengeClaimSeed {
  id: string;
  leaderId: string;
  memberIds: string[];
  proposal: string;
  status: "PENDING" | "APPROVED" | "REJECTED";
  decisionNote: string | null;
  project: ProjectSeed | null;
}
/** An ACTIVE project (立项) and its milestones in their states. */
export interface ProjectSeed {
  id: string;
  milestones: MilestoneSeed[];
}
export interface MilestoneSeed {
  id: string;
  title: string;
  dueOn: string;
  /** SUBMITTED and ACCEPTED carry one submission (by the leader), ACCEPTED its review. */
  status: "OPEN" | "SUBMITTED" | "ACCEPTED";
}

/**
 * A weekly duty shift: `personId` serves as `role` in a grid or building on an ISO weekday between
 * two HH:MM times. Seeded through people's DutyShiftService, as an administrator adds it.
 */
export interface DutyShiftSeed {
  /** The row's key in the dataset; the service gives the shift its own id. */
  id: string;
  personId: string;
  role: StaffRole;
  placeKind: "GRID" | "BUILDING";
  placeId: string;
  weekday: number;
  startTime: string;
  endTime: string;
  validFrom: string;
}

/**
 * A visit or talk a member of staff recorded, through people's VisitService as that person, holding
 * `authorRole` over the student (the duty the dataset gives them).
 */
export interface VisitSeed {
  /** The row's key in the dataset; the service gives the visit its own id. */
  id: string;
  byPersonId: string;
  authorRole: Role;
  kind: "DORM_VISIT" | "TALK";
  visitedOn: string;
  studentId: string | null;
  roomId: string | null;
  notes: string;
  warningId: string | null;
}

/**
 * A student governance post (学生自治岗位), appointed through people's service by `appointedById`
 * (a grid leader of the place, acting with that role): a floor head or safety officer in a grid, a
 * dorm head in a room, held by a student living there.
 */
export interface GovernancePostSeed {
  /** The row's key in the dataset; the service gives the post its own id. */
  id: string;
  kind: "FLOOR_HEAD" | "DORM_HEAD" | "SAFETY_OFFICER";
  holderId: string;
  gridId: string | null;
  roomId: string | null;
  startsOn: string;
  endsOn: string;
  appointedById: string;
}

/** 志愿服务团 / 宣讲团 / 学生自管会 / 班委 / 学生组织; see the people subgraph's TeamKind. */
export type TeamKind =
  | "VOLUNTEER_CORPS"
  | "LECTURE_GROUP"
  | "SELF_GOVERNANCE"
  | "CLASS_COMMITTEE"
  | "STUDENT_ORGANISATION";
/**
 * A team with its leader, members and the volunteer service they logged. The people subgraph
 * loads it through its own services (create, admit, log, verify or reject), so the demo's records
 * pass the same rules and carry the same history as those made in the app.
 */
export interface TemporaryBranchSeed {
  name: string;
  parentId: string;
  purpose: string;
  startsOn: string;
  endsOn: string;
}
/**
 * A pairing (结对共建) of two units, recorded by an administrator through organisation's service,
 * so it passes the same rules as one made in the app; its activities are logged the same way
 * (inside the period, not in the future), and it is ended after them when `ended`.
 */
export interface PairingSeed {
  id: string;
  kind: "TEACHER_STUDENT" | "OFFICE_BRANCH" | "SCHOOL_BRANCH";
  unitId: string;
  branchId: string;
  startsOn: string;
  endsOn: string;
  plan: string;
  teacherId: string | null;
  studentId: string | null;
  activities: { heldOn: string; title: string; summary: string; participantCount: number }[];
  ended: boolean;
}
export interface TeamSeed {
  id: string;
  name: string;
  kind: TeamKind;
  leaderId: string;
  members: { personId: string; role: "CADRE" | "MEMBER"; joinedOn: string }[];
  service: VolunteerServiceSeed[];
  /** Optional so datasets written before activities still type-check. */
  activities?: VolunteerActivitySeed[];
}
/**
 * A volunteer activity (志愿活动) the team's leader announces, the students who sign up for it and
 * those the leader checks in (their hours then await the leader's verification).
 */
export interface VolunteerActivitySeed {
  title: string;
  place: string;
  startsAt: string;
  endsAt: string;
  slots: number;
  openToAllStudents: boolean;
  signUps: string[];
  /** Of those signed up, the ones checked in: the activity must have started when seeded. */
  checkedIn: string[];
}
/** Hours a member logged; `decision` is the leader's (null: still awaiting it). */
export interface VolunteerServiceSeed {
  personId: string;
  activity: string;
  place: string | null;
  startsAt: string;
  endsAt: string;
  decision: "VERIFIED" | "REJECTED" | null;
  /** The reason of a rejection (or a note on a verification). */
  reason?: string | null;
}

export function emptyDataset(): Dataset {
  return {
    orgUnits: [],
    campuses: [],
    buildings: [],
    grids: [],
    rooms: [],
    people: [],
    residences: [],
    courses: [],
    sessions: [],
    enrolments: [],
    warnings: [],
    classes: [],
    staffAssignments: [],
    referrals: [],
    assistanceCases: [],
    taskForceMembers: [],
    growthEvents: [],
    caseMeasures: [],
    peerReports: [],
    teams: [],
  };
}
/** A fact in a student's growth record (成长档案); `domain` is one of MORAL, INTELLECTUAL, PHYSICAL, AESTHETIC, LABOUR. */
export interface GrowthEventSeed {
  id: string;
  personId: string;
  domain: GrowthDomain;
  kind: string;
  title: string;
  points: number;
  occurredOn: string;
  source: string;
  sourceKey: string;
}
