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
export type CourseCategory = "FRESHMAN_FORMATION" | "PARTY_LECTURE" | "READING_CIRCLE" | "FORUM" | "SKILLS";
export type EnrolmentStatus = "ENROLLED" | "CANCELLED";
export type WarningCategory = "ACADEMIC" | "BEHAVIOUR" | "MENTAL_HEALTH" | "FINANCIAL" | "SAFETY";
export type WarningLevel = "YELLOW" | "ORANGE" | "RED";
export type WarningStatus = "OPEN" | "ASSIGNED" | "ASSESSED" | "INTERVENING" | "TRACKING" | "CLOSED";

export interface OrgUnitSeed { id: string; name: string; kind: OrgUnitKind; parentId: string | null }
export interface CampusSeed { id: string; name: string }
export interface BuildingSeed { id: string; name: string; campusId: string; floors: number; collegeId: string | null }
export interface GridSeed { id: string; name: string; buildingId: string; branchId: string }
export interface RoomSeed { id: string; buildingId: string; gridId: string | null; floor: number; number: string; capacity: number }
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
}
export interface ResidenceSeed { id: string; personId: string; roomId: string; bed: string; movedInOn: string; movedOutOn: string | null }
export interface CourseSeed { id: string; code: string; title: string; category: CourseCategory; description: string }
export interface CourseSessionSeed { id: string; courseId: string; startsAt: string; endsAt: string; location: string; instructorId: string | null; capacity: number }
export interface EnrolmentSeed { id: string; sessionId: string; personId: string; status: EnrolmentStatus; enrolledAt: string }
export interface WarningSeed { id: string; personId: string; category: WarningCategory; level: WarningLevel; status: WarningStatus; summary: string; raisedAt: string }

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
}

export function emptyDataset(): Dataset {
  return {
    orgUnits: [], campuses: [], buildings: [], grids: [], rooms: [], people: [],
    residences: [], courses: [], sessions: [], enrolments: [], warnings: [],
  };
}
