/**
 * Routing is react-router's (see App.tsx for the routes). This module keeps the app's URL builders
 * and a `<Link>` that renders exactly the plain `<a href>` the pages always had.
 */
import { Link as RouterLink, type LinkProps } from "react-router";

/** react-router's `<Link>` without its `data-discover` attribute (only framework mode uses it). */
export function Link(props: LinkProps) {
  return <RouterLink discover="none" {...props} />;
}

export const paths = {
  /** 首页: each duty's home (a student's is 我的). */
  home: () => "/",
  /** The students the signed-in member of staff covers (a student is refused a directory). */
  students: (search?: string) =>
    search ? `/students?q=${encodeURIComponent(search)}` : "/students",
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  /** The warning queue; `query` holds its filters (view, status, level, category). */
  warnings: (query?: URLSearchParams) =>
    query && query.size > 0 ? `/warnings?${query.toString()}` : "/warnings",
  /** One warning on its own page: its panel (rule, evidence, history, cases, talks, actions). */
  warning: (id: string) => `/warnings/${encodeURIComponent(id)}`,
  /** 通知: the signed-in member of staff's notifications. */
  notifications: () => "/notifications",
  /** 转介给我的学生: a psychology teacher's open referrals. */
  referrals: () => "/referrals",
  cases: () => "/cases",
  /** 同学反映: reports about the students the caller looks after, to triage. */
  peerReports: () => "/peer-reports",
  /** 反映同学情况: a student's report about a classmate, and their own reports. */
  reportClassmate: () => "/report-classmate",
  assistanceCase: (id: string) => `/cases/${encodeURIComponent(id)}`,
  /** 预警规则: the warning rules, their versions and the backtest (administrators). */
  rules: () => "/rules",
  grid: (id: string) => `/grids/${encodeURIComponent(id)}`,
  /** 楼栋: a building's floors, grids and open warnings (building leaders). */
  building: (id: string) => `/buildings/${encodeURIComponent(id)}`,
  /** 未关闭预警热力图: open warnings by building and floor (staff with a duty in the residences). */
  openWarningsDashboard: () => "/dashboards/open-warnings",
  /** 数据看板: the dashboards the signed-in role may use. */
  dashboards: () => "/dashboards",
  /** 全校预警统计, over `range` (campus days, both included) or the current academic year. */
  universityDashboard: (range?: { from: string; to: string }) =>
    range ? `/dashboards/university?${rangeSearch(range)}` : "/dashboards/university",
  /** One residential college's (书院) or school's (学院) statistics. */
  unitDashboard: (id: string, range?: { from: string; to: string }) =>
    `/dashboards/colleges/${encodeURIComponent(id)}${range ? `?${rangeSearch(range)}` : ""}`,
  /** The warnings behind a figure (unit, from, to, category, level, status). */
  warningRows: (query?: URLSearchParams) =>
    query && query.size > 0 ? `/dashboards/warnings?${query.toString()}` : "/dashboards/warnings",
  /** 帮扶个案看板 (the case-work dashboard). */
  caseDashboard: () => "/dashboards/cases",
  /** 花名册: the caller's students; `query` holds its filters, order and page. */
  roster: (query?: URLSearchParams) =>
    query && query.size > 0 ? `/roster?${query.toString()}` : "/roster",
  /** A college's printable term report. */
  collegeReport: (id: string, term?: string) =>
    `/reports/colleges/${encodeURIComponent(id)}${term ? `?term=${encodeURIComponent(term)}` : ""}`,
  /** 管理台: the administration console (administrators), on one of its tabs. */
  admin: (tab?: string) => (tab ? `/admin?tab=${encodeURIComponent(tab)}` : "/admin"),
  /** 审计台: the whole access log, searched and exported (auditors and administrators). */
  audit: () => "/audit",
  /** 我的课程: a student's enrolments, check-in and attendance; an instructor's sessions. */
  myCourses: () => "/courses",
  /** 签到与点名: a session's check-in code and attendance list (its instructor and organisers). */
  courseSession: (id: string) => `/courses/sessions/${encodeURIComponent(id)}`,
  /** 组织架构: the organisation tree and one unit's details, history and changes. */
  org: (unitId?: string) => (unitId ? `/org?unit=${encodeURIComponent(unitId)}` : "/org"),
  /** 网格覆盖: the grid coverage report and branch assignment (administrators). */
  coverage: () => "/coverage",
  /** 名册导入: a roster file's check and import (administrators). */
  rosterImport: () => "/roster-import",
  /** 住宿导入: a residence allocation file's check and import (administrators). */
  residenceImport: () => "/residence-import",
  /** 发展党员工作台: a branch's party development board (the branch's secretary, organisers). */
  party: (branchId?: string) =>
    branchId ? `/party?branch=${encodeURIComponent(branchId)}` : "/party",
  /** 网格党建: a branch's party-member posts, responsibility areas and vanguard teams. */
  partywork: (branchId?: string) =>
    branchId ? `/partywork?branch=${encodeURIComponent(branchId)}` : "/partywork",
  /** 三张清单: problems, measures, responsibilities, and the 督办 board of overdue items. */
  governance: () => "/governance",
  /** A work item of the three lists: its moves, follow-up notes and escalations. */
  workItem: (id: string) => `/governance/items/${encodeURIComponent(id)}`,
  /** 两级书记例会: the secretaries' meetings one governs or chairs. */
  meetings: () => "/governance/meetings",
  /** A secretaries' meeting: minutes, sign-off, decisions. */
  meeting: (id: string) => `/governance/meetings/${encodeURIComponent(id)}`,
  /** 志愿服务: my volunteer hours and logging them, and the teams I lead. */
  teams: () => "/teams",
  /** A team (队伍): its members and, for its leader, the hours awaiting verification. */
  team: (id: string) => `/teams/${encodeURIComponent(id)}`,
  /** 攀登计划: the challenge board (揭榜大厅), my challenges and projects, posting a challenge. */
  climb: () => "/climb",
  /** 揭榜详情: a challenge, its claims, claiming and deciding. */
  challenge: (id: string) => `/climb/challenges/${encodeURIComponent(id)}`,
  /** 项目: a climb-plan project's team, milestones, reviews and conclusion. */
  climbProject: (id: string) => `/climb/projects/${encodeURIComponent(id)}`,
  /** 待评审: a mentor's milestones awaiting review. */
  climbReviews: () => "/climb/reviews",
  /** 习惯养成与实践见习: habit projects (攀登计划第一层) and practice visits (第二层). */
  habits: () => "/habits",
  /** A habit project: join, check in today, the organiser's results. */
  habitProject: (id: string) => `/habits/projects/${encodeURIComponent(id)}`,
  /** A practice visit (实践见习): sign up, reflection, the organiser's review. */
  practiceVisit: (id: string) => `/habits/visits/${encodeURIComponent(id)}`,
  /** 安置: placements of tier-3 students (a student's own and proposal; organisers' and supervisors' lists). */
  placements: () => "/placements",
  /** 新生养成教育: a student's progress; a cohort's programme, its modules and courses (organisers shape it). */
  formation: () => "/formation",
  /** 科创竞赛: the competitions. */
  competitions: () => "/competitions",
  /** A competition: its entries, entering as a team leader, recording results. */
  competition: (id: string) => `/competitions/${encodeURIComponent(id)}`,
  /** 值班与走访: my duty shifts, my visit log and recording a visit. */
  duty: () => "/duty",
  /** 值班表: a grid's or building's duty roster (administrators edit it). */
  dutyRoster: (kind: "GRID" | "BUILDING", id: string) =>
    `/duty/${kind === "GRID" ? "grids" : "buildings"}/${encodeURIComponent(id)}`,
};

function rangeSearch(range: { from: string; to: string }): string {
  return new URLSearchParams({ from: range.from, to: range.to }).toString();
}
