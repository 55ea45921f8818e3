import { graphqlEnum } from "@campus/subgraph/data";

/** Duties a member of staff is assigned to. */
export enum StaffRole {
  COUNSELOR = "COUNSELOR",
  CLASS_ADVISER = "CLASS_ADVISER",
  GRID_LEADER = "GRID_LEADER",
  BUILDING_LEADER = "BUILDING_LEADER",
  BRANCH_SECRETARY = "BRANCH_SECRETARY",
  COLLEGE_ADMIN = "COLLEGE_ADMIN",
  SCHOOL_ADMIN = "SCHOOL_ADMIN",
}
graphqlEnum(StaffRole, "StaffRole", {
  description: "辅导员 / 班主任 / 网格长 / 楼长 / 支部书记 / 书院管理员 / 学院管理员",
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

/** What each duty may be assigned over; anything else is refused. */
export const TARGETS_OF: Readonly<Record<StaffRole, readonly AssignmentTarget[]>> = {
  [StaffRole.COUNSELOR]: [AssignmentTarget.CLASS, AssignmentTarget.GRID],
  [StaffRole.CLASS_ADVISER]: [AssignmentTarget.CLASS],
  [StaffRole.GRID_LEADER]: [AssignmentTarget.GRID],
  [StaffRole.BUILDING_LEADER]: [AssignmentTarget.BUILDING],
  [StaffRole.BRANCH_SECRETARY]: [AssignmentTarget.BRANCH],
  [StaffRole.COLLEGE_ADMIN]: [AssignmentTarget.UNIT],
  [StaffRole.SCHOOL_ADMIN]: [AssignmentTarget.UNIT],
};

/** The caller role (as @campus/auth names it) a duty gives: COUNSELOR → counselor. */
export function authRoleOf(role: StaffRole): string {
  return role.toLowerCase();
}
