import type { Role } from "@campus/auth";

/**
 * Why a sensitive field may be read. Every sensitive field names the purposes that justify reading
 * it; every role is granted purposes for the students its duty covers. A read is allowed when the
 * two meet for that student.
 */
export const PURPOSES = [
  /** Reaching a student: phone, emergency contact. */
  "CONTACT",
  /** Following a student's difficulties: warning summaries and evidence, casework. */
  "CARE",
  /** Deciding financial aid: family income, difficulty grade. */
  "FINANCIAL",
  /** Mental-health work: screening categories, referrals. */
  "MENTAL_HEALTH",
  /**
   * Finding a student where they live: their room, bed, move-in date, grid and branch, and their
   * name on a grid's or room's list of residents. Held by the duties that work in the residences.
   */
  "RESIDENCE",
  /**
   * Party development (党员发展): a student's stage, its decisions, sponsors, reviews and thought
   * reports. Held by the secretary of the student's branch and by organisers (administrators); a
   * student's cultivation contacts and introducers read the records of those they sponsor (granted
   * by the people subgraph from the sponsorship itself, not by a role).
   */
  "PARTY",
] as const;
export type Purpose = (typeof PURPOSES)[number];

export function isPurpose(value: unknown): value is Purpose {
  return typeof value === "string" && (PURPOSES as readonly string[]).includes(value);
}

/**
 * How sensitive a field is, in the terms of China's Personal Information Protection Law:
 * PERSONAL is personal information; SENSITIVE is sensitive personal information (health,
 * financial accounts, minors' data), which needs a specific purpose and strict protection.
 */
export const SENSITIVITIES = ["PERSONAL", "SENSITIVE"] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/**
 * Purposes each role holds for the students in its scope (its assigned classes, grids, building,
 * branch, unit, cases or referrals; all students for a university-wide role). A service client
 * holds the purposes it was registered for, not these.
 */
export const ROLE_PURPOSES: Readonly<Record<Role, readonly Purpose[]>> = {
  student: [],
  counselor: ["CONTACT", "CARE", "FINANCIAL", "MENTAL_HEALTH", "RESIDENCE"],
  // Class advisers and schools teach and advise; the residential college runs the residences.
  class_adviser: ["CONTACT", "CARE", "FINANCIAL"],
  grid_leader: ["CONTACT", "RESIDENCE"],
  building_leader: ["CONTACT", "RESIDENCE"],
  branch_secretary: ["CONTACT", "RESIDENCE", "PARTY"],
  college_admin: ["CONTACT", "CARE", "FINANCIAL", "RESIDENCE"],
  school_admin: ["CONTACT", "CARE", "FINANCIAL"],
  // Counselling happens at the centre; a crisis visit goes through the counselor, who holds RESIDENCE.
  psychology_teacher: ["CONTACT", "MENTAL_HEALTH"],
  // A task force's life assistance (生活帮扶) visits the student, only while the case is open.
  task_force_member: ["CONTACT", "CARE", "FINANCIAL", "RESIDENCE"],
  // 组织员 of a branch: the branch secretary's reach, for party development (SECURITY.md).
  organiser: ["CONTACT", "RESIDENCE", "PARTY"],
  // The three lines' staff on community duty in a grid or building (mentors, academic-affairs
  // staff, office cadres, logistics, security): they find and reach the residents they serve.
  // Their own visit and talk notes they read as authors, not through CARE (SECURITY.md).
  community_staff: ["CONTACT", "RESIDENCE"],
  // University administrators keep the housing records (moveIn, moveOut).
  // Administrators also act as organisers (组织员) campus-wide, as in curriculum: PARTY everywhere.
  admin: ["CONTACT", "CARE", "FINANCIAL", "RESIDENCE", "PARTY"],
  auditor: [],
  developer: [],
  service: [],
};

/**
 * What everyone may read about themselves (the right of access). Mental-health categories are
 * left out on purpose: they are a professional's working judgement, shared with the student in
 * counselling, not a label shown on a screen.
 */
export const SELF_PURPOSES: readonly Purpose[] = [
  "CONTACT",
  "CARE",
  "FINANCIAL",
  "RESIDENCE",
  "PARTY",
];

/** Roles whose scope is every student; the gateway does not list them. */
export const CAMPUS_WIDE_ROLES: readonly Role[] = ["admin"];
