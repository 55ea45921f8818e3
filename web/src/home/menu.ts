/**
 * 主导航 per duty: which entries each role's menu offers, in the order shown. A person with several
 * roles gets every entry any of them offers, in the order of NAV_ITEMS. To add a page to the menu:
 * one entry in NAV_ITEMS (with its `current` test), then its key on each role's line below.
 * Whether the person may do what the page offers stays the server's decision; the menu only leaves
 * out what the role never does.
 */
import type { Role } from "../graphql/types";
import type { MessageKey } from "../i18n/zh";
import { paths } from "../router";

export interface NavItem {
  to: string;
  label: MessageKey;
  /** A full page load (GraphiQL is its own page), not an in-app link. */
  external?: boolean;
  /** Whether the page at this path belongs to this entry (marks it as the current one). */
  current(pathname: string): boolean;
}

export const NAV_ITEMS = {
  home: { to: paths.home(), label: "home.nav", current: (p) => p === "/" },
  students: {
    to: paths.students(),
    label: "nav.students",
    current: (p) => p === "/students" || p.startsWith("/people/"),
  },
  roster: { to: paths.roster(), label: "nav.roster", current: (p) => p === "/roster" },
  warnings: { to: paths.warnings(), label: "nav.warnings", current: (p) => p === "/warnings" },
  cases: { to: paths.cases(), label: "nav.cases", current: (p) => p.startsWith("/cases") },
  referrals: { to: paths.referrals(), label: "nav.referrals", current: (p) => p === "/referrals" },
  peerReports: {
    to: paths.peerReports(),
    label: "peerReports.nav",
    current: (p) => p === "/peer-reports",
  },
  reportClassmate: {
    to: paths.reportClassmate(),
    label: "peerReports.reportNav",
    current: (p) => p === "/report-classmate",
  },
  courses: {
    to: paths.myCourses(),
    label: "courses.nav",
    current: (p) => p === "/courses" || p.startsWith("/courses/"),
  },
  rules: { to: paths.rules(), label: "nav.rules", current: (p) => p === "/rules" },
  dashboards: {
    to: paths.dashboards(),
    label: "nav.dashboards",
    current: (p) =>
      p === "/dashboards" || p.startsWith("/dashboards/") || p.startsWith("/reports/"),
  },
  party: { to: paths.party(), label: "party.nav", current: (p) => p === "/party" },
  partywork: { to: paths.partywork(), label: "partywork.nav", current: (p) => p === "/partywork" },
  governance: {
    to: paths.governance(),
    label: "governance.nav",
    current: (p) => p === "/governance" || p.startsWith("/governance/items/"),
  },
  meetings: {
    to: paths.meetings(),
    label: "governance.meetings.nav",
    current: (p) => p.startsWith("/governance/meetings"),
  },
  teams: {
    to: paths.teams(),
    label: "teams.nav",
    current: (p) => p === "/teams" || p.startsWith("/teams/"),
  },
  climb: {
    to: paths.climb(),
    label: "climb.nav",
    current: (p) => p === "/climb" || p.startsWith("/climb/"),
  },
  habits: {
    to: paths.habits(),
    label: "habits.nav",
    current: (p) => p === "/habits" || p.startsWith("/habits/"),
  },
  placements: {
    to: paths.placements(),
    label: "placements.nav",
    current: (p) => p === "/placements",
  },
  formation: {
    to: paths.formation(),
    label: "formation.nav",
    current: (p) => p === "/formation",
  },
  competitions: {
    to: paths.competitions(),
    label: "competitions.nav",
    current: (p) => p === "/competitions" || p.startsWith("/competitions/"),
  },
  audit: { to: paths.audit(), label: "nav.audit", current: (p) => p === "/audit" },
  admin: { to: paths.admin(), label: "nav.admin", current: (p) => p === "/admin" },
  org: { to: paths.org(), label: "org.nav", current: (p) => p === "/org" },
  coverage: { to: paths.coverage(), label: "coverage.nav", current: (p) => p === "/coverage" },
  duty: {
    to: paths.duty(),
    label: "duty.nav",
    current: (p) => p === "/duty" || p.startsWith("/duty/"),
  },
  rosterImport: {
    to: paths.rosterImport(),
    label: "peopleAdmin.nav",
    current: (p) => p === "/roster-import",
  },
  graphiql: { to: "/graphiql", label: "nav.graphiql", external: true, current: () => false },
} satisfies Record<string, NavItem>;

export type NavKey = keyof typeof NAV_ITEMS;

/**
 * Each role's menu. A student has no directory of other students: only their own portal. 我的课程
 * is the student's courses and check-in, and for the roles that teach (community courses are
 * given by counselors, advisers, branch secretaries, college and school staff, psychology
 * teachers and organisers) the sessions they teach. 攀登计划 (the climb plan) is for students (the board,
 * claims, their projects) and for staff, who post challenges and mentor projects (auditors and
 * developers do neither). 志愿服务 is for students (their hours) and for
 * the staff who lead teams or run student work (a team's leader is a fact, not a role).
 * 新生养成教育 is for students (their progress), the staff who look after freshmen (who read a
 * cohort's programme) and administrators (who shape it, as the server allows).
 */
export const MENU: Record<Role, readonly NavKey[]> = {
  student: [
    "home",
    "courses",
    "teams",
    "reportClassmate",
    "climb",
    "habits",
    "placements",
    "competitions",
    "formation",
  ],
  counselor: [
    "home",
    "students",
    "roster",
    "warnings",
    "cases",
    "peerReports",
    "courses",
    "dashboards",
    "teams",
    "climb",
    "habits",
    "duty",
    "placements",
    "competitions",
    "formation",
  ],
  class_adviser: [
    "home",
    "students",
    "roster",
    "warnings",
    "cases",
    "peerReports",
    "courses",
    "dashboards",
    "teams",
    "climb",
    "habits",
    "duty",
    "placements",
    "competitions",
    "formation",
  ],
  grid_leader: ["home", "students", "roster", "dashboards", "climb", "habits", "duty"],
  building_leader: ["home", "students", "roster", "dashboards", "climb", "habits", "duty"],
  branch_secretary: [
    "home",
    "students",
    "roster",
    "courses",
    "dashboards",
    "org",
    "party",
    "partywork",
    "governance",
    "meetings",
    "teams",
    "climb",
    "habits",
  ],
  college_admin: [
    "home",
    "students",
    "roster",
    "warnings",
    "cases",
    "peerReports",
    "courses",
    "dashboards",
    "org",
    "governance",
    "meetings",
    "teams",
    "climb",
    "habits",
    "placements",
    "competitions",
    "formation",
  ],
  school_admin: [
    "home",
    "students",
    "roster",
    "warnings",
    "cases",
    "peerReports",
    "courses",
    "dashboards",
    "climb",
    "habits",
    "placements",
    "competitions",
    "formation",
  ],
  psychology_teacher: [
    "home",
    "students",
    "referrals",
    "warnings",
    "cases",
    "courses",
    "dashboards",
    "climb",
    "habits",
  ],
  task_force_member: ["home", "students", "warnings", "cases", "dashboards", "climb", "habits"],
  organiser: ["home", "students", "roster", "courses", "party", "climb", "habits", "duty"],
  community_staff: ["home", "students", "roster", "climb", "habits", "duty"],
  admin: [
    "home",
    "students",
    "roster",
    "warnings",
    "cases",
    "peerReports",
    "rules",
    "courses",
    "dashboards",
    "audit",
    "admin",
    "org",
    "coverage",
    "rosterImport",
    "governance",
    "meetings",
    "graphiql",
    "teams",
    "climb",
    "habits",
    "duty",
    "placements",
    "competitions",
    "formation",
  ],
  auditor: ["home", "audit"],
  developer: ["home", "graphiql"],
  service: [],
};

/** The entries for a person holding these roles (their home always), in NAV_ITEMS order. */
export function menuFor(roles: readonly Role[]): NavKey[] {
  const offered = new Set<NavKey>(["home", ...roles.flatMap((role) => MENU[role] ?? [])]);
  return (Object.keys(NAV_ITEMS) as NavKey[]).filter((key) => offered.has(key));
}

/** The entry the page at `pathname` belongs to, if any. */
export function currentNav(pathname: string): NavKey | null {
  const keys = Object.keys(NAV_ITEMS) as NavKey[];
  return keys.find((key) => (NAV_ITEMS[key] as NavItem).current(pathname)) ?? null;
}
