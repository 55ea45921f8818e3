import { graphqlEnum } from "@campus/subgraph/data";

/**
 * Duties a member of staff is assigned to: the community's own posts (grid and building leaders,
 * branch secretaries, administrators) and the three staff lines that sink into the community
 * (三支队伍下沉), each line's roles below.
 */
export enum StaffRole {
  COUNSELOR = "COUNSELOR",
  CLASS_ADVISER = "CLASS_ADVISER",
  GRID_LEADER = "GRID_LEADER",
  BUILDING_LEADER = "BUILDING_LEADER",
  BRANCH_SECRETARY = "BRANCH_SECRETARY",
  COLLEGE_ADMIN = "COLLEGE_ADMIN",
  SCHOOL_ADMIN = "SCHOOL_ADMIN",
  /** 本研导师: an undergraduate or graduate mentor. */
  MENTOR = "MENTOR",
  /** 心理教师 on community duty (a counselling station in a building). */
  PSYCHOLOGY_TEACHER = "PSYCHOLOGY_TEACHER",
  /** 组织员: party development's organiser of a branch. */
  ORGANISER = "ORGANISER",
  /** 教务员. */
  ACADEMIC_AFFAIRS = "ACADEMIC_AFFAIRS",
  /** 机关干部. */
  OFFICE_CADRE = "OFFICE_CADRE",
  /** 后勤. */
  LOGISTICS = "LOGISTICS",
  /** 保卫. */
  SECURITY = "SECURITY",
}
graphqlEnum(StaffRole, "StaffRole", {
  description:
    "辅导员 / 班主任 / 网格长 / 楼长 / 支部书记 / 书院管理员 / 学院管理员 / 本研导师 / 心理教师 / 组织员 / 教务员 / 机关干部 / 后勤 / 保卫",
});

/** The three staff lines sunk into the community (三支队伍下沉). */
export enum StaffLine {
  /** 教书育人: counselors, class advisers, mentors, psychology teachers. */
  TEACHING = "TEACHING",
  /** 管理服务: organisers, academic-affairs staff, office cadres. */
  MANAGEMENT = "MANAGEMENT",
  /** 后勤保障: logistics and security. */
  LOGISTICS = "LOGISTICS",
}
graphqlEnum(StaffLine, "StaffLine", {
  description: "三支队伍: 教书育人 (TEACHING) / 管理服务 (MANAGEMENT) / 后勤保障 (LOGISTICS).",
});

/** What an assignment covers. */
export enum AssignmentTarget {
  CLASS = "CLASS",
  GRID = "GRID",
  BUILDING = "BUILDING",
  BRANCH = "BRANCH",
  UNIT = "UNIT",
}
graphqlEnum(AssignmentTarget, "AssignmentTarget", {
  description:
    "A class (this subgraph), a grid, a building or a party branch (organisation), or a school or residential college (an OrgUnit).",
});

/** The caller roles (as @campus/auth names them) that duties give. */
export type DutyAuthRole =
  | "counselor"
  | "class_adviser"
  | "grid_leader"
  | "building_leader"
  | "branch_secretary"
  | "college_admin"
  | "school_admin"
  | "psychology_teacher"
  | "organiser"
  | "community_staff";

/**
 * One duty: its line (null for the community's own posts), what it may be assigned over, the caller
 * role it gives (whose purposes are in @campus/access ROLE_PURPOSES), and whether the role reaches
 * the students of its targets ("covered") or is held without them ("role-only"). SECURITY.md,
 * "The three staff lines", says why each is what it is.
 */
export interface DutyDefinition {
  line: StaffLine | null;
  targets: readonly AssignmentTarget[];
  authRole: DutyAuthRole;
  reach: "covered" | "role-only";
}

const { CLASS, GRID, BUILDING, BRANCH, UNIT } = AssignmentTarget;

export const DUTIES: Readonly<Record<StaffRole, DutyDefinition>> = {
  [StaffRole.COUNSELOR]: {
    line: StaffLine.TEACHING,
    targets: [CLASS, GRID],
    authRole: "counselor",
    reach: "covered",
  },
  [StaffRole.CLASS_ADVISER]: {
    line: StaffLine.TEACHING,
    targets: [CLASS],
    authRole: "class_adviser",
    reach: "covered",
  },
  [StaffRole.GRID_LEADER]: {
    line: null,
    targets: [GRID],
    authRole: "grid_leader",
    reach: "covered",
  },
  [StaffRole.BUILDING_LEADER]: {
    line: null,
    targets: [BUILDING],
    authRole: "building_leader",
    reach: "covered",
  },
  [StaffRole.BRANCH_SECRETARY]: {
    line: null,
    targets: [BRANCH],
    authRole: "branch_secretary",
    reach: "covered",
  },
  [StaffRole.COLLEGE_ADMIN]: {
    line: null,
    targets: [UNIT],
    authRole: "college_admin",
    reach: "covered",
  },
  [StaffRole.SCHOOL_ADMIN]: {
    line: null,
    targets: [UNIT],
    authRole: "school_admin",
    reach: "covered",
  },
  [StaffRole.MENTOR]: {
    line: StaffLine.TEACHING,
    targets: [CLASS, GRID],
    authRole: "community_staff",
    reach: "covered",
  },
  // MENTAL_HEALTH stays with referrals: a station in a building is no reason to read its residents' screening.
  [StaffRole.PSYCHOLOGY_TEACHER]: {
    line: StaffLine.TEACHING,
    targets: [GRID, BUILDING],
    authRole: "psychology_teacher",
    reach: "role-only",
  },
  [StaffRole.ORGANISER]: {
    line: StaffLine.MANAGEMENT,
    targets: [BRANCH],
    authRole: "organiser",
    reach: "covered",
  },
  [StaffRole.ACADEMIC_AFFAIRS]: {
    line: StaffLine.MANAGEMENT,
    targets: [GRID, BUILDING],
    authRole: "community_staff",
    reach: "covered",
  },
  [StaffRole.OFFICE_CADRE]: {
    line: StaffLine.MANAGEMENT,
    targets: [GRID, BUILDING],
    authRole: "community_staff",
    reach: "covered",
  },
  [StaffRole.LOGISTICS]: {
    line: StaffLine.LOGISTICS,
    targets: [GRID, BUILDING],
    authRole: "community_staff",
    reach: "covered",
  },
  [StaffRole.SECURITY]: {
    line: StaffLine.LOGISTICS,
    targets: [GRID, BUILDING],
    authRole: "community_staff",
    reach: "covered",
  },
};

/** What each duty may be assigned over; anything else is refused. */
export const TARGETS_OF: Readonly<Record<StaffRole, readonly AssignmentTarget[]>> =
  Object.fromEntries(Object.entries(DUTIES).map(([role, d]) => [role, d.targets])) as Record<
    StaffRole,
    readonly AssignmentTarget[]
  >;

/** The caller role (as @campus/auth names it) a duty gives: COUNSELOR → counselor, MENTOR → community_staff. */
export function authRoleOf(role: StaffRole): DutyAuthRole {
  return DUTIES[role].authRole;
}

/** Duties that may be put on a duty roster (值班): the three lines' and the community's own posts in grids and buildings. */
export function servesInPlaces(role: StaffRole): boolean {
  return DUTIES[role].targets.some((t) => t === GRID || t === BUILDING);
}
