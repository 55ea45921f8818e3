/**
 * The authorisation matrix: every role × every sensitive field and every mutation of the composed
 * schema, for a student inside the role's scope and one outside it, through the real gateway; and
 * every role × the aggregate queries (assistanceCaseStatistics, against the list they count; the
 * warning statistics and warning lists, and the case statistics and case lists, of that student's
 * units and the other's).
 *
 * The fields and mutations are read from the supergraph, so a new one is covered the day it is
 * added. What each role may do is written out below, separately from the policy in
 * packages/access, on purpose: a change of policy has to be made twice, once here deliberately.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "@campus/subgraph";
import { Kind, parse, type StringValueNode, type ListValueNode } from "graphql";
import { ROLES, type Caller, type Role } from "@campus/auth";
import { DatasetBuilder, stableId, type PersonSeed } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  gatewayQuery,
  type GraphQLResponse,
} from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { registerServiceClient } from "./fixtures";
import { graphql } from "./generated";

const INBOX_OF = graphql(`
  query MatrixInbox($id: ID!) {
    person(id: $id) {
      inbox(first: 1) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);
const MUTATION_NAMES = graphql(`
  query MatrixMutationNames {
    __schema {
      mutationType {
        fields {
          name
        }
      }
    }
  }
`);

type Purpose = "CONTACT" | "CARE" | "FINANCIAL" | "MENTAL_HEALTH" | "RESIDENCE" | "PARTY";

/** The purposes each role holds for a student in its scope, and for one outside it. */
const EXPECTED: Record<Role, { inScope: Purpose[]; outOfScope: Purpose[] }> = {
  student: { inScope: ["CONTACT", "CARE", "FINANCIAL", "RESIDENCE", "PARTY"], outOfScope: [] }, // in scope = themselves
  counselor: {
    inScope: ["CONTACT", "CARE", "FINANCIAL", "MENTAL_HEALTH", "RESIDENCE"],
    outOfScope: [],
  },
  class_adviser: { inScope: ["CONTACT", "CARE", "FINANCIAL"], outOfScope: [] },
  grid_leader: { inScope: ["CONTACT", "RESIDENCE"], outOfScope: [] },
  building_leader: { inScope: ["CONTACT", "RESIDENCE"], outOfScope: [] },
  branch_secretary: { inScope: ["CONTACT", "RESIDENCE", "PARTY"], outOfScope: [] },
  college_admin: { inScope: ["CONTACT", "CARE", "FINANCIAL", "RESIDENCE"], outOfScope: [] },
  school_admin: { inScope: ["CONTACT", "CARE", "FINANCIAL"], outOfScope: [] },
  psychology_teacher: { inScope: ["CONTACT", "MENTAL_HEALTH"], outOfScope: [] },
  task_force_member: { inScope: ["CONTACT", "CARE", "FINANCIAL", "RESIDENCE"], outOfScope: [] },
  // A branch's organiser (组织员) mirrors its secretary.
  organiser: { inScope: ["CONTACT", "RESIDENCE", "PARTY"], outOfScope: [] },
  // The three lines' staff on community duty (an office cadre of S's grid here).
  community_staff: { inScope: ["CONTACT", "RESIDENCE"], outOfScope: [] },
  // Administrators are the organisers (组织员) of party development: PARTY campus-wide.
  admin: {
    inScope: ["CONTACT", "CARE", "FINANCIAL", "RESIDENCE", "PARTY"],
    outOfScope: ["CONTACT", "CARE", "FINANCIAL", "RESIDENCE", "PARTY"],
  },
  auditor: { inScope: [], outOfScope: [] },
  developer: { inScope: [], outOfScope: [] },
  // The matrix's service client is registered for CONTACT only, and covers every student.
  service: { inScope: ["CONTACT"], outOfScope: ["CONTACT"] },
};

const CARE_STAFF: Role[] = [
  "counselor",
  "class_adviser",
  "college_admin",
  "school_admin",
  "task_force_member",
  "admin",
];

// ---- the campus: S is covered by every scoped role, O by none ----
const b = new DatasetBuilder("matrix");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const otherSchool = b.orgUnit({ name: "管理学院", kind: "SCHOOL" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const otherCollege = b.orgUnit({ name: "文治书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "彭康书院第1师生联合党支部", kind: "JOINT_BRANCH" });
const otherBranch = b.orgUnit({ name: "文治书院第1师生联合党支部", kind: "JOINT_BRANCH" });
/** The college's general branches, under which its administrator keeps branches (组织架构). */
const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
const collegeGeneral = b.orgUnit({
  name: "彭康书院党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
  collegeId: college.id,
});
const collegeGeneral2 = b.orgUnit({
  name: "彭康书院第二党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
  collegeId: college.id,
});
const campus = b.campus();
const building = b.building({ name: "彭康1号楼", campusId: campus.id, collegeId: college.id });
const otherBuilding = b.building({
  name: "文治1号楼",
  campusId: campus.id,
  collegeId: otherCollege.id,
});
const grid = b.grid({ name: "彭康1号楼1层网格", buildingId: building.id, branchId: branch.id });
const otherGrid = b.grid({
  name: "文治1号楼1层网格",
  buildingId: otherBuilding.id,
  branchId: otherBranch.id,
});
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
const otherClass = b.studentClass({ name: "管理2401班", schoolId: otherSchool.id, cohort: 2024 });
const S = b.student({
  name: "王子涵",
  schoolId: school.id,
  collegeId: college.id,
  classId: klass.id,
  phone: "13800000001",
  familyAnnualIncome: 36000,
});
const O = b.student({
  name: "李浩然",
  schoolId: otherSchool.id,
  collegeId: otherCollege.id,
  classId: otherClass.id,
  phone: "13900000002",
  familyAnnualIncome: 52000,
});
let roomNumber = 100;
const room = (gridId: string, buildingId: string) =>
  b.room({ buildingId, gridId, floor: 1, number: String(++roomNumber) });
// Moving out in the future, so every sensitive field of a residence (movedOutOn included) has a value.
b.residence(S, room(grid.id, building.id), { movedOutOn: "2099-07-01" });
b.residence(O, room(otherGrid.id, otherBuilding.id), { movedOutOn: "2099-07-01" });

const staff = (name: string) =>
  b.staff({ name, phone: `1370000${String(++roomNumber).padStart(4, "0")}` });
const people = {
  counselor: staff("陈晓燕"),
  class_adviser: staff("王立新"),
  grid_leader: staff("赵敏"),
  building_leader: staff("孙伟"),
  branch_secretary: staff("周静"),
  college_admin: staff("吴海涛"),
  school_admin: staff("郑丽"),
  psychology_teacher: staff("黄心宁"),
  task_force_member: staff("马志远"),
  organiser: staff("冯组织"),
  community_staff: staff("韩下沉"),
  admin: staff("刘建国"),
  auditor: staff("高嘉怡"),
  developer: staff("何文博"),
} satisfies Partial<Record<Role, PersonSeed>>;
/** The same, for a role read at run time (the student and the service client have none). */
const personOf: Partial<Record<Role, PersonSeed>> = people;
b.assign(people.counselor, "COUNSELOR", "GRID", grid.id);
b.assign(people.class_adviser, "CLASS_ADVISER", "CLASS", klass.id);
b.assign(people.grid_leader, "GRID_LEADER", "GRID", grid.id);
b.assign(people.building_leader, "BUILDING_LEADER", "BUILDING", building.id);
b.assign(people.branch_secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
b.assign(people.organiser, "ORGANISER", "BRANCH", branch.id);
b.assign(people.community_staff, "OFFICE_CADRE", "GRID", grid.id);
b.assign(people.college_admin, "COLLEGE_ADMIN", "UNIT", college.id);
b.assign(people.school_admin, "SCHOOL_ADMIN", "UNIT", school.id);
const otherPsychologist = staff("林心怡");
const otherCaseWorker = staff("许文静");

const warningOf = (student: PersonSeed, status: "OPEN" | "ASSIGNED" | "TRACKING" = "OPEN") =>
  b.warning(student, {
    category: "ACADEMIC",
    level: "ORANGE",
    status,
    summary: `${student.name}：本学期不及格学分达到预警线`,
  });
// Closed with an outcome, so every sensitive field of a warning (summary, evidence, outcome) has a value.
const closedWarningOf = (student: PersonSeed) =>
  b.warning(student, {
    category: "ACADEMIC",
    level: "ORANGE",
    status: "CLOSED",
    outcome: "REFERRED_TO_PSYCHOLOGY",
    summary: `${student.name}：本学期不及格学分达到预警线`,
  });
const W = { S: closedWarningOf(S), O: closedWarningOf(O) };
const R = {
  S: b.referral(S, people.psychology_teacher, people.counselor, {
    category: "ATTENTION",
    note: "睡眠困难，情绪低落",
  }),
  O: b.referral(O, otherPsychologist, people.counselor, {
    category: "PRIORITY",
    note: "需要持续关注",
  }),
};
// Graded and reviewed, so every sensitive field of a case (summary, reviewNote, the grading) has a value.
const caseOf = (student: PersonSeed) =>
  b.assistanceCase(student, people.counselor, {
    status: "REVIEWED",
    reviewNote: "帮扶措施已落实",
    grading: {
      conditions: ["SUBSISTENCE_ALLOWANCE"],
      recommendedById: people.counselor.id,
      recommendedAt: "2024-11-02T08:00:00.000Z",
      confirmedGrade: "DIFFICULT",
      confirmedById: people.class_adviser.id,
      confirmedAt: "2024-11-03T08:00:00.000Z",
      note: "低保家庭",
    },
  });
const K = { S: caseOf(S), O: caseOf(O) };
/** A peer report about each of S and O, followed up and closed in beforeAll so every note has a value. */
const P = { S: b.peerReport(S, O), O: b.peerReport(O, S) };
b.taskForceMember(K.S, people.task_force_member, { duty: "学业帮扶" });
b.taskForceMember(K.O, otherCaseWorker, { duty: "学业帮扶" });
// S's MENTAL_HEALTH case, being assisted, led by the matrix's task-force member: a row only those
// who hold MENTAL_HEALTH for S, or serve on it, may see (MENTAL_HEALTH_CASE below).
const mentalCaseOfS = b.assistanceCase(S, people.counselor, {
  kind: "MENTAL_HEALTH",
  summary: "心理中心转介，需持续关注",
});
b.taskForceMember(mentalCaseOfS, people.task_force_member, { duty: "心理帮扶", lead: true });

/** What each role's mutations act on: its own rows, so one role's success cannot block another's. */
interface MutationFixture {
  /** The role's place in ROLES: makes its rows' keys (rule codes, client keys) unique. */
  index: number;
  /** A room of S's grid and the student living there, for the role's dorm-head appointment. */
  dormRoom: string;
  dormResident: PersonSeed;
  /** A dorm head's post in another room of S's grid (appointed in beforeAll), for the role to end. */
  dormHeadToEnd: { roomId: string; holderId: string; id: string };
  unhoused: PersonSeed;
  freeRoom: string;
  residence: string;
  openSession: string;
  enrolment: string;
  /** Sessions an organiser changes and cancels. */
  sessionToChange: string;
  sessionToCancel: string;
  /** A session under way now, S enrolled and nothing recorded: check-in opens, S checks in or is marked. */
  liveSession: string;
  /** OPEN, ASSIGNED and TRACKING warnings of S: where assignWarning, advanceWarning and closeWarning start. */
  warning: string;
  assignedWarning: string;
  trackingWarning: string;
  /** An OPEN warning of S for assignWarnings. */
  bulkWarning: string;
  /** An ASSIGNED warning of S for advanceWarnings. */
  bulkAssignedWarning: string;
  assignment: string;
  dummyStaff: PersonSeed;
  referral: string;
  caseToGrow: string;
  caseToClose: string;
  caseToGrade: string;
  caseToConfirm: string;
  caseToStart: string;
  caseToReview: string;
  caseToLead: string;
  caseToShrink: string;
  measure: string;
  /** A room in no grid (createGrid makes a wing of it), and grids to reassign and to close. */
  ungriddedRoom: string;
  gridToReassign: string;
  gridToClose: string;
  /** Students of S's branch (housed in its grid): one to apply, one whose development the party mutations move. */
  partyApplicant: PersonSeed;
  partyStudent: PersonSeed;
  /** A SUBMITTED peer report about S, for triagePeerReport. */
  peerReport: string;
  /** Party work in S's branch's grid: a post to change and one to end, an area to end, a team with an open task. */
  postToChange: string;
  postToEnd: string;
  areaToEnd: string;
  vanguardTeam: string;
  vanguardTask: string;
  /** A student to admit to the matrix's team. */
  teamRecruit: PersonSeed;
  /** The climb plan: challenges, a claim and S's projects, each posted and mentored by dummyStaff. */
  climb: ReturnType<typeof climbPlan>;
  /** A role's freshman formation programme (新生养成教育) with two modules and a course counted in the first. */
  formation: ReturnType<typeof formationFixture>;
  /** Branches in the college's general branch: to rename, to move to its second one, to close. */
  unitToRename: string;
  unitToMove: string;
  unitToClose: string;
  /** Empty rooms of the college's building: one to resize, one to take out of use. */
  roomToResize: string;
  roomToRetire: string;
  /** Governance in the unit the role would govern (S's branch; the college for its administrator). */
  governedUnit: string;
  workItemToChange: string;
  workItemToMove: string;
  workItemToFollow: string;
  meetingToMinute: string;
  meetingToSignOff: string;
  /** Pairings (结对共建) of the branch the role would run: one to log in, one to end, a unit to pair anew. */
  pairedBranch: string;
  pairingPartner: string;
  pairingToLog: string;
  pairingToEnd: string;
}
/**
 * A role's cases of S, one per casework mutation, each in the state its mutation starts from. The
 * matrix's task-force member serves on all of them: a task-force member acts only on their cases.
 */
function casework(dummyStaff: PersonSeed) {
  const tf = people.task_force_member;
  const served = (row: Parameters<typeof b.assistanceCase>[2] = {}) => {
    const k = b.assistanceCase(S, people.counselor, { status: "DISCOVERED", ...row });
    b.taskForceMember(k, tf, { duty: "学业帮扶", lead: true });
    return k;
  };
  const toStart = served({ kind: "ACADEMIC" });
  b.caseMeasure(toStart, tf, { dueOn: "2099-01-01" });
  const toShrink = served();
  b.taskForceMember(toShrink, dummyStaff, { duty: "生活帮扶" });
  const withMeasure = served({ status: "ASSISTING" });
  return {
    caseToGrow: served().id,
    caseToClose: served({ status: "REVIEWED" }).id,
    caseToGrade: served().id,
    caseToConfirm: served({
      grading: {
        conditions: ["SUBSISTENCE_ALLOWANCE"],
        recommendedById: otherCaseWorker.id,
        recommendedAt: "2024-11-02T08:00:00.000Z",
      },
    }).id,
    caseToStart: toStart.id,
    caseToReview: served({ status: "ASSISTING" }).id,
    caseToLead: served().id,
    caseToShrink: toShrink.id,
    measure: b.caseMeasure(withMeasure, tf, { dueOn: "2099-01-01" }).id,
  };
}
/** A student living in S's grid, so in S's party branch. */
const housedInBranch = (name: string) => {
  const student = b.student({ name });
  b.residence(student, room(grid.id, building.id));
  return student;
};
/** A role's party work in S's branch's grid, held by a member of staff (a full party member). */
function partyWork(holder: PersonSeed) {
  const term = { startsOn: "2026-01-01", endsOn: "2099-07-15" };
  const post = () =>
    b.partyPost({ holderId: holder.id, title: "示范岗", duties: "巡查", gridId: grid.id, ...term })
      .id;
  const team = b.vanguardTeam({ branchId: branch.id, name: "先锋队", memberIds: [holder.id] }, [
    { title: "走访宿舍" },
  ]);
  return {
    postToChange: post(),
    postToEnd: post(),
    areaToEnd: b.responsibilityArea({
      branchId: branch.id,
      memberId: holder.id,
      name: "责任区",
      gridIds: [grid.id],
    }).id,
    vanguardTeam: team.id,
    vanguardTask: team.tasks[0]?.id ?? "",
  };
}
/**
 * A role's climb plan (攀登计划), posted and mentored by a member of staff none of the matrix's
 * callers is: so only organisers run it, and S (the student) leads its projects.
 */
function climbPlan(dummyStaff: PersonSeed, index: number) {
  const challenge = (status: "DRAFT" | "PUBLISHED" = "PUBLISHED") =>
    b.challenge(dummyStaff, dummyStaff, { status, teamSizeMin: 1, title: `矩阵课题${index}` });
  const withClaim = challenge();
  const project = b.project(challenge(), S, [], [{ status: "OPEN" }, { status: "SUBMITTED" }]);
  const climber = b.student({ name: `攀登${index}` });
  b.project(challenge(), climber);
  return {
    draftChallenge: challenge("DRAFT").id,
    openChallenge: challenge().id,
    pendingClaim: b.claim(withClaim, b.student({ name: `揭榜学生${index}` })).id,
    project: project.id,
    openMilestone: project.milestones[0]?.id ?? "",
    submittedMilestone: project.milestones[1]?.id ?? "",
    projectToConclude: b.project(challenge(), S, [], [{ status: "ACCEPTED" }]).id,
    projectToAbandon: b.project(challenge(), S).id,
    // Tier 2 rests on a project (or a habit goal met, a reflection, a competition result).
    tierStudent: climber.id,
    ...competitions(dummyStaff, index),
    ...placements(dummyStaff, index),
  };
}
/** S's competition prize: S meets the tier-3 rule, so S (or an organiser) proposes placements. */
b.competitionEntry(
  b.competition({ name: "矩阵安置竞赛" }),
  S,
  [],
  b.staff({ name: "矩阵竞赛导师" }),
  {
    result: "FIRST_PRIZE",
  },
);
/** A role's placements of S (安置), supervised by dummyStaff, each in the state its mutation starts from. */
function placements(dummyStaff: PersonSeed, index: number) {
  const placement = (status: "PROPOSED" | "RECOMMENDED" | "ACCEPTED", ended = false) =>
    b.placement(S, dummyStaff, {
      status,
      topic: `矩阵安置${index}`,
      ...(ended ? { startsOn: "2025-03-01", endsOn: "2025-06-30" } : {}),
    }).id;
  return {
    placementToRecommend: placement("PROPOSED"),
    placementToAccept: placement("RECOMMENDED"),
    placementToDecline: placement("RECOMMENDED"),
    placementToWithdraw: placement("PROPOSED"),
    placementToEvaluate: placement("ACCEPTED", true),
    placementSupervisor: dummyStaff.id,
  };
}
/** A role's formation programme: a cohort of its own, a module to change, a course to count and one counted. */
function formationFixture(index: number) {
  const programme = b.formationProgramme(2040 + index, `矩阵养成${index}`, [
    { nameZh: "校史校情", nameEn: "University history", requiredHours: 2 },
    { nameZh: "职业规划", nameEn: "Career planning", requiredHours: 2 },
  ]);
  const counted = b.course({ code: `MXF${index}A`, title: `矩阵养成课${index}A` });
  b.formationCourse(programme, 1, counted, 2);
  return {
    newCohort: 2070 + index,
    programme: programme.id,
    module: programme.modules[1]?.id ?? "",
    countedModule: programme.modules[0]?.id ?? "",
    counted: counted.id,
    course: b.course({ code: `MXF${index}B`, title: `矩阵养成课${index}B` }).id,
  };
}
/** A role's competition with S's entries, mentored by dummyStaff: one to record, one to withdraw. */
function competitions(dummyStaff: PersonSeed, index: number) {
  const competition = b.competition({ name: `矩阵竞赛${index}` });
  return {
    competition: competition.id,
    newCompetitionName: `矩阵新竞赛${index}`,
    entryToRecord: b.competitionEntry(competition, S, [], dummyStaff).id,
    entryToWithdraw: b.competitionEntry(competition, S, [], dummyStaff).id,
  };
}
/** Staff who post challenges in their own name: every duty but oversight (auditor, developer). */
const CHALLENGE_POSTERS: Role[] = ROLES.filter(
  (role) => !["student", "service", "auditor", "developer"].includes(role),
);
/** A role's joint branches in the college's general branch, for the organisation's mutations. */
function orgUnits(i: number) {
  const unit = (name: string) =>
    b.orgUnit({ name: `${name}${i}`, kind: "JOINT_BRANCH", parentId: collegeGeneral.id }).id;
  return {
    unitToRename: unit("待更名支部"),
    unitToMove: unit("待调整支部"),
    unitToClose: unit("待撤销支部"),
  };
}
/**
 * A role's work items and secretaries' meetings (三张清单, 书记例会) in the unit it would govern: S's
 * branch, or the college for a college administrator. The meetings are chaired by the branch's
 * secretary, who signs minutes off (with administrators).
 */
function governance(role: Role, inChargeId: string) {
  const unitId = role === "college_admin" ? college.id : branch.id;
  const item = (title: string) =>
    b.workItem({ list: "PROBLEM", title, unitId, inChargeId, dueOn: "2099-01-01" }).id;
  const meeting = (minutes: string) =>
    b.secretaryMeeting({
      level: role === "college_admin" ? "COLLEGE" : "BRANCH",
      unitId,
      heldOn: "2026-03-01",
      topic: "书记例会",
      chairId: people.branch_secretary.id,
      minutes,
    }).id;
  return {
    governedUnit: unitId,
    workItemToChange: item("待修改"),
    workItemToMove: item("待推进"),
    workItemToFollow: item("待跟进"),
    meetingToMinute: meeting(""),
    meetingToSignOff: meeting("会议纪要"),
  };
}
/**
 * A role's pairings (结对共建) of the branch it would run: S's branch, or for a college
 * administrator a branch under its college's general branch; each with a school of its own (two
 * active pairings of one kind may not join the same units), and a teachers' branch no role runs to
 * pair with anew.
 */
function pairings(role: Role, i: number) {
  const pairedBranch =
    role === "college_admin"
      ? b.orgUnit({ name: `书院结对支部${i}`, kind: "JOINT_BRANCH", parentId: collegeGeneral.id })
          .id
      : branch.id;
  const pairing = (n: number) =>
    b.pairing({
      kind: "SCHOOL_BRANCH",
      unitId: b.orgUnit({ name: `结对学院${i}-${n}`, kind: "SCHOOL" }).id,
      branchId: pairedBranch,
      startsOn: "2026-01-01",
      endsOn: "2099-01-01",
      plan: "共建计划",
    }).id;
  return {
    pairedBranch,
    pairingPartner: b.orgUnit({ name: `结对教工支部${i}`, kind: "JOINT_BRANCH" }).id,
    pairingToLog: pairing(1),
    pairingToEnd: pairing(2),
  };
}
/** The roles that keep a unit's three lists and meetings: its secretary, its college's administrator, administrators. */
const GOVERNORS: Role[] = ["branch_secretary", "college_admin", "admin"];
/** The roles that run party work in a branch's grids: its secretary and administrators. */
const PARTY_OFFICERS: Role[] = ["branch_secretary", "admin"];
/** The roles that move party development: the branch's secretary and organiser, and administrators. */
const PARTY_DEVELOPERS: Role[] = ["branch_secretary", "organiser", "admin"];
/** Each party officer's development of their fixture's partyStudent, made in beforeAll; others use the admin's. */
const partyDevelopmentOf: Partial<Record<Role, string>> = {};
const partyDevelopment = (f: MutationFixture) =>
  partyDevelopmentOf[ROLES[f.index]] ?? partyDevelopmentOf.admin ?? "";
/**
 * Each role's habit projects and practice visits (攀登计划第一、二层), made in beforeAll through the
 * mutations by the administrator, so only organisers (administrators) run them and S takes part:
 * a project to join, one S joined to check in, S's participation in one ending today for its
 * result; a visit to sign up for, S's sign-up on a visit held to write a reflection, and S's
 * submitted reflection to review.
 */
/** When the matrix's habit projects end: a project runs at most a year (MAX_PERIOD_DAYS). */
const HABITS_END = today(new Date(Date.now() + 30 * 86_400_000));
const practiceOf = {} as Record<
  Role,
  {
    habitToJoin: string;
    habitToCheckIn: string;
    participationToRecord: string;
    visitToJoin: string;
    /** A visit S signed up for, to cancel. */
    visitToLeave: string;
    signUpToReflect: string;
    reflectionToReview: string;
  }
>;
/** The matrix's volunteer corps, led by a student no role is: made in beforeAll through the mutations. */
const teamLeader = b.student({ name: "志愿队长" });
const teamLeaver = b.student({ name: "退队同学" });
const team = {
  id: "",
  leaverMembership: "",
  toVerify: "",
  toReject: "",
  /** Volunteer activities (added in beforeAll): one to cancel, one S signs up for. */
  activityToCancel: "",
  activityToJoin: "",
  /** S's sign-ups: one to cancel, one on an activity under way to check in. */
  signUpToCancel: "",
  signUpToCheckIn: "",
};
const course = b.course({ code: "FF01", title: "新生养成教育·校史校情" });
const future = (day: number, month = "03") => ({
  startsAt: `2031-${month}-${String(day).padStart(2, "0")}T10:00:00.000Z`,
  endsAt: `2031-${month}-${String(day).padStart(2, "0")}T11:30:00.000Z`,
});
/** A session that started ten minutes ago and runs two hours, with S holding a place. */
function liveSessionOfS(): string {
  const session = b.session(course, {
    startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    endsAt: new Date(Date.now() + 2 * 60 * 60_000).toISOString(),
    capacity: 5,
  });
  b.enrolment(S, session);
  return session.id;
}
/** Rooms of S's grid each with a resident, for a role's governance posts (学生自治岗位). */
function governancePosts(i: number) {
  const housedIn = (name: string, suffix: string) => {
    const home = b.room({
      buildingId: building.id,
      gridId: grid.id,
      floor: 6,
      number: `G6-${i}${suffix}`,
    });
    const person = b.student({ name });
    b.residence(person, home);
    return { roomId: home.id, person };
  };
  const dorm = housedIn(`宿舍长${i}`, "a");
  const ending = housedIn(`卸任${i}`, "b");
  return {
    dormRoom: dorm.roomId,
    dormResident: dorm.person,
    dormHeadToEnd: { roomId: ending.roomId, holderId: ending.person.id, id: "" },
  };
}
/** Each role's live session's check-in code, opened by an organiser in beforeAll. */
const checkInCodes: Record<string, string> = {};
const fixtures = Object.fromEntries(
  ROLES.map((role, i) => {
    const unhoused = b.student({ name: `待入住${i}` });
    const housed = b.student({ name: `已入住${i}` });
    const dummyStaff = staff(`临时${i}`);
    const fixture: MutationFixture = {
      index: i,
      unhoused,
      freeRoom: room(grid.id, building.id).id,
      residence: b.residence(housed, room(grid.id, building.id)).id,
      // Not at the time of S's enrolment below: enrolling S there would clash with it.
      openSession: b.session(course, { ...future(i + 1, "04"), capacity: 5 }).id,
      enrolment: b.enrolment(S, b.session(course, { ...future(i + 1), capacity: 5 })).id,
      sessionToChange: b.session(course, { ...future(i + 1, "05"), capacity: 5 }).id,
      sessionToCancel: b.session(course, { ...future(i + 1, "06"), capacity: 5 }).id,
      liveSession: liveSessionOfS(),
      warning: warningOf(S).id,
      assignedWarning: warningOf(S, "ASSIGNED").id,
      trackingWarning: warningOf(S, "TRACKING").id,
      bulkWarning: warningOf(S).id,
      bulkAssignedWarning: warningOf(S, "ASSIGNED").id,
      assignment: b.assign(dummyStaff, "GRID_LEADER", "GRID", otherGrid.id).id,
      dummyStaff,
      referral: b.referral(S, people.psychology_teacher, people.counselor).id,
      ...casework(dummyStaff),
      ungriddedRoom: b.room({ buildingId: building.id, gridId: null, floor: 2, number: `2${i}` })
        .id,
      gridToReassign: b.grid({ name: `改派网格${i}`, buildingId: building.id, branchId: branch.id })
        .id,
      gridToClose: b.grid({ name: `撤销网格${i}`, buildingId: building.id, branchId: branch.id })
        .id,
      partyApplicant: housedInBranch(`申请人${i}`),
      partyStudent: housedInBranch(`积极分子${i}`),
      peerReport: b.peerReport(S, O).id,
      ...partyWork(dummyStaff),
      teamRecruit: b.student({ name: `志愿者${i}` }),
      climb: climbPlan(dummyStaff, i),
      formation: formationFixture(i),
      ...orgUnits(i),
      roomToResize: b.room({ buildingId: building.id, floor: 4, number: `R4-${i}` }).id,
      roomToRetire: b.room({ buildingId: building.id, floor: 5, number: `R5-${i}` }).id,
      ...governance(role, dummyStaff.id),
      ...governancePosts(i),
      ...pairings(role, i),
    };
    return [role, fixture];
  }),
) as Record<Role, MutationFixture>;
const dataset = b.build();
/** A shift on S's grid's roster (added in beforeAll), for the administrator to end. */
const dutyShift = { id: "" };
/** A visit about S and one about O (recorded in beforeAll), so Visit.notes has a value on both. */
const V = { S: { id: "" }, O: { id: "" } };
/** One of S's pushed resources (read in beforeAll: the seed's push run made it). */
let pushOfS = "";
/** Dead letters in curriculum's and people's outboxes (written in beforeAll), for the administrator's replay. */
let curriculumDeadLetter = "";
let peopleDeadLetter = "";

/** A role's residence import (staged by stageResidenceImport, checked by importResidences). */
function residenceImportId(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
}

/** Every mutation of the public schema, who may run it, and what each role runs it on. */
const MUTATIONS: Record<
  string,
  {
    allowed: Role[];
    document: string;
    variables(f: MutationFixture, serviceClientId: string): Record<string, unknown>;
  }
> = {
  moveIn: {
    allowed: ["admin"],
    document: `mutation MoveIn($input: MoveInInput!) { moveIn(input: $input) { id } }`,
    variables: (f) => ({
      input: { personId: f.unhoused.id, roomId: f.freeRoom, bed: "1", movedInOn: "2026-09-01" },
    }),
  },
  // 住宿导入: each role stages a file under its own import id, then checks it (the staged one, for the administrator).
  stageResidenceImport: {
    allowed: ["admin"],
    document: `mutation StageResidenceImport($input: StageResidenceImportInput!) { stageResidenceImport(input: $input) { stagedRows } }`,
    variables: (f) => ({
      input: {
        importId: residenceImportId(f.index),
        firstRow: 2,
        header: ["学号", "楼栋", "房间", "床位", "入住日期"],
        rows: [[`MATRIX-${f.index}`, "矩阵楼", "101", "1", "2026-09-01"]],
      },
    }),
  },
  importResidences: {
    allowed: ["admin"],
    document: `mutation ImportResidences($input: ImportResidencesInput!) { importResidences(input: $input) { committed } }`,
    variables: (f) => ({ input: { importId: residenceImportId(f.index), commit: false } }),
  },
  createGrid: {
    allowed: ["admin"],
    document: `mutation CreateGrid($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        name: `新网格${f.index}`,
        buildingId: building.id,
        kind: "WING",
        roomIds: [f.ungriddedRoom],
      },
    }),
  },
  assignGridBranch: {
    allowed: ["admin"],
    document: `mutation AssignGridBranch($grid: ID!, $branch: ID!) { assignGridBranch(gridId: $grid, branchId: $branch) { id } }`,
    variables: (f) => ({ grid: f.gridToReassign, branch: otherBranch.id }),
  },
  closeGrid: {
    allowed: ["admin"],
    document: `mutation CloseGrid($grid: ID!) { closeGrid(gridId: $grid) { id } }`,
    variables: (f) => ({ grid: f.gridToClose }),
  },
  // The organisation administered: administrators, and college administrators inside their college.
  createOrgUnit: {
    allowed: ["admin", "college_admin"],
    document: `mutation CreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
    variables: (f) => ({
      input: { name: `新支部${f.index}`, kind: "JOINT_BRANCH", parentId: collegeGeneral.id },
    }),
  },
  renameOrgUnit: {
    allowed: ["admin", "college_admin"],
    document: `mutation RenameOrgUnit($unit: ID!, $name: String!) { renameOrgUnit(unitId: $unit, name: $name) { id } }`,
    variables: (f) => ({ unit: f.unitToRename, name: `已更名支部${f.index}` }),
  },
  moveOrgUnit: {
    allowed: ["admin", "college_admin"],
    document: `mutation MoveOrgUnit($unit: ID!, $parent: ID!) { moveOrgUnit(unitId: $unit, parentId: $parent) { id } }`,
    variables: (f) => ({ unit: f.unitToMove, parent: collegeGeneral2.id }),
  },
  closeOrgUnit: {
    allowed: ["admin", "college_admin"],
    document: `mutation CloseOrgUnit($unit: ID!) { closeOrgUnit(unitId: $unit) { id } }`,
    variables: (f) => ({ unit: f.unitToClose }),
  },
  createBuilding: {
    allowed: ["admin", "college_admin"],
    document: `mutation CreateBuilding($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }`,
    variables: (f) => ({
      input: { name: `彭康新楼${f.index}`, campusId: campus.id, floors: 6, collegeId: college.id },
    }),
  },
  createRoom: {
    allowed: ["admin", "college_admin"],
    document: `mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { id } }`,
    variables: (f) => ({
      input: { buildingId: building.id, number: `N6-${f.index}`, floor: 6, capacity: 4 },
    }),
  },
  changeRoomCapacity: {
    allowed: ["admin", "college_admin"],
    document: `mutation ChangeRoomCapacity($room: ID!) { changeRoomCapacity(roomId: $room, capacity: 2) { id } }`,
    variables: (f) => ({ room: f.roomToResize }),
  },
  takeRoomOutOfUse: {
    allowed: ["admin", "college_admin"],
    document: `mutation TakeRoomOutOfUse($room: ID!) { takeRoomOutOfUse(roomId: $room) { id } }`,
    variables: (f) => ({ room: f.roomToRetire }),
  },
  moveOut: {
    allowed: ["admin"],
    document: `mutation MoveOut($id: ID!) { moveOut(residenceId: $id, movedOutOn: "2026-07-01") { id } }`,
    variables: (f) => ({ id: f.residence }),
  },
  enrol: {
    allowed: ["admin", "student"],
    document: `mutation Enrol($session: ID!, $person: ID!) { enrol(sessionId: $session, personId: $person) { id } }`,
    variables: (f) => ({ session: f.openSession, person: S.id }),
  },
  cancelEnrolment: {
    allowed: ["admin", "student"],
    document: `mutation Cancel($id: ID!) { cancelEnrolment(enrolmentId: $id) { id } }`,
    variables: (f) => ({ id: f.enrolment }),
  },
  scheduleCourseSession: {
    allowed: ["admin"],
    document: `mutation ScheduleSession($input: ScheduleCourseSessionInput!) { scheduleCourseSession(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        courseId: course.id,
        ...future(f.index + 1, "07"),
        location: "彭康书院活动中心 101",
        capacity: 30,
      },
    }),
  },
  updateCourseSession: {
    allowed: ["admin"],
    document: `mutation UpdateSession($input: UpdateCourseSessionInput!) { updateCourseSession(input: $input) { id } }`,
    variables: (f) => ({
      input: { sessionId: f.sessionToChange, capacity: 8, note: "增加名额" },
    }),
  },
  cancelCourseSession: {
    allowed: ["admin"],
    document: `mutation CancelSession($input: CancelCourseSessionInput!) { cancelCourseSession(input: $input) { id } }`,
    variables: (f) => ({ input: { sessionId: f.sessionToCancel, note: "讲座取消" } }),
  },
  // A session's instructor opens its check-in and marks it too; the matrix's sessions have none, so organisers only.
  openCheckIn: {
    allowed: ["admin"],
    document: `mutation OpenCheckIn($input: OpenCheckInInput!) { openCheckIn(input: $input) { id } }`,
    variables: (f) => ({ input: { sessionId: f.liveSession, minutes: 30 } }),
  },
  // Only the student holding the place checks in, for themselves.
  checkIn: {
    allowed: ["student"],
    document: `mutation CheckIn($input: CheckInInput!) { checkIn(input: $input) { id } }`,
    variables: (f) => ({
      input: { sessionId: f.liveSession, code: checkInCodes[f.liveSession] ?? "000000" },
    }),
  },
  markAttendance: {
    allowed: ["admin"],
    document: `mutation MarkAttendance($input: MarkAttendanceInput!) { markAttendance(input: $input) { id } }`,
    variables: (f) => ({
      input: { sessionId: f.liveSession, personId: S.id, status: "EXCUSED", note: "矩阵测试" },
    }),
  },
  advanceWarning: {
    allowed: CARE_STAFF,
    document: `mutation Advance($id: ID!) { advanceWarning(warningId: $id, to: ASSESSED, note: "matrix") { id status } }`,
    variables: (f) => ({ id: f.assignedWarning }),
  },
  advanceWarnings: {
    allowed: CARE_STAFF,
    document: `mutation AdvanceWarnings($input: AdvanceWarningsInput!) { advanceWarnings(input: $input) { id status } }`,
    variables: (f) => ({
      input: { warningIds: [f.bulkAssignedWarning], to: "ASSESSED", note: "矩阵测试" },
    }),
  },
  assignWarning: {
    allowed: CARE_STAFF,
    document: `mutation AssignWarning($input: AssignWarningInput!) { assignWarning(input: $input) { id } }`,
    // To S's counselor: the assignee's duty must cover the student.
    variables: (f) => ({
      input: { warningId: f.warning, assigneeId: people.counselor.id, note: "矩阵测试" },
    }),
  },
  assignWarnings: {
    allowed: CARE_STAFF,
    document: `mutation AssignWarnings($input: AssignWarningsInput!) { assignWarnings(input: $input) { id } }`,
    variables: (f) => ({
      input: { warningIds: [f.bulkWarning], assigneeId: people.class_adviser.id, note: "矩阵测试" },
    }),
  },
  recordTalk: {
    allowed: CARE_STAFF,
    document: `mutation RecordTalk($input: RecordTalkInput!) { recordTalk(input: $input) { id } }`,
    variables: (f) => ({
      input: { caseId: f.caseToGrow, talkedAt: "2026-11-01T06:00:00.000Z", summary: "矩阵测试" },
    }),
  },
  // 走访/谈心谈话 about S: any staff duty over S (not a student, an auditor, a developer or an app).
  recordVisit: {
    allowed: ROLES.filter((role) => !["student", "auditor", "developer", "service"].includes(role)),
    document: `mutation RecordVisit($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`,
    variables: () => ({
      input: { kind: "TALK", visitedOn: "2026-11-02", studentId: S.id, notes: "矩阵谈心" },
    }),
  },
  // The duty roster (值班) is the administrators': a shift per role, at a different hour each.
  addDutyShift: {
    allowed: ["admin"],
    document: `mutation AddDutyShift($input: AddDutyShiftInput!) { addDutyShift(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        personId: f.dummyStaff.id,
        role: "OFFICE_CADRE",
        placeKind: "GRID",
        placeId: grid.id,
        weekday: 2,
        startTime: "08:00",
        endTime: "09:00",
        validFrom: "2026-09-01",
      },
    }),
  },
  endDutyShift: {
    allowed: ["admin"],
    document: `mutation EndDutyShift($id: ID!) { endDutyShift(id: $id, lastDay: "2026-12-31") { id } }`,
    variables: () => ({ id: dutyShift.id }),
  },
  // 学生自治岗位: appointed and ended by the place's grid leader, counselor (over the grid) or
  // building leader, or an administrator; a dorm head in a room of S's grid, one room per role.
  appointGovernancePost: {
    allowed: ["admin", "counselor", "grid_leader", "building_leader"],
    document: `mutation AppointGovernancePost($input: AppointGovernancePostInput!) { appointGovernancePost(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        kind: "DORM_HEAD",
        roomId: f.dormRoom,
        holderId: f.dormResident.id,
        startsOn: "2026-09-01",
        endsOn: "2027-07-15",
      },
    }),
  },
  endGovernancePost: {
    allowed: ["admin", "counselor", "grid_leader", "building_leader"],
    document: `mutation EndGovernancePost($postId: ID!) { endGovernancePost(postId: $postId) { id } }`,
    variables: (f) => ({ postId: f.dormHeadToEnd.id }),
  },
  // One's own notifications: every person; an application has none.
  markNotificationsRead: {
    allowed: ROLES.filter((role) => role !== "service"),
    document: `mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
    variables: () => ({ ids: [stableId("notification:none")] }),
  },
  closeWarning: {
    allowed: CARE_STAFF,
    document: `mutation CloseWarning($input: CloseWarningInput!) { closeWarning(input: $input) { id } }`,
    variables: (f) => ({
      input: { warningId: f.trackingWarning, outcome: "RESOLVED", note: "矩阵测试" },
    }),
  },
  escalateOverdueWarnings: {
    allowed: ["admin"],
    document: `mutation EscalateWarnings { escalateOverdueWarnings(asOf: "2020-01-01T00:00:00.000Z") { escalated } }`,
    variables: () => ({}),
  },
  // Departmental apps ingest with a client registered for CARE; the matrix's client holds CONTACT only.
  ingestIndicators: {
    allowed: ["admin"],
    document: `mutation Ingest($input: IngestIndicatorsInput!) { ingestIndicators(input: $input) { replayed } }`,
    variables: (f) => ({
      input: {
        clientKey: `matrix-${f.index}`,
        records: [{ personId: S.id, kind: "GPA", value: 3, observedOn: "2024-11-01" }],
      },
    }),
  },
  createWarningRule: {
    allowed: ["admin"],
    document: `mutation CreateRule($input: CreateWarningRuleInput!) { createWarningRule(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        code: `MATRIX_${f.index}`,
        name: "矩阵测试规则",
        category: "ACADEMIC",
        level: "YELLOW",
        windowDays: 30,
        conditions: [{ indicator: "GPA", aggregate: "MIN", operator: "LT", threshold: 1 }],
      },
    }),
  },
  publishWarningRuleVersion: {
    allowed: ["admin"],
    document: `mutation PublishRule($id: ID!, $input: RuleVersionInput!) { publishWarningRuleVersion(ruleId: $id, input: $input) { id } }`,
    variables: () => ({
      id: stableId("warning-rule:ACADEMIC_FAILED_CREDITS"),
      input: {
        windowDays: 180,
        conditions: [
          { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 10 },
        ],
      },
    }),
  },
  setWarningRuleActive: {
    allowed: ["admin"],
    document: `mutation RuleActive($id: ID!) { setWarningRuleActive(ruleId: $id, active: true) { id } }`,
    variables: () => ({ id: stableId("warning-rule:ACADEMIC_FAILED_CREDITS") }),
  },
  runWarningEngine: {
    allowed: ["admin"],
    document: `mutation RunEngine { runWarningEngine { id } }`,
    variables: () => ({}),
  },
  runJob: {
    allowed: ["admin"],
    document: `mutation RunJob { runJob(name: "escalate-measures") { id succeeded } }`,
    variables: () => ({}),
  },
  createResource: {
    allowed: ["admin", "college_admin", "school_admin"],
    document: `mutation CreateResource($input: CreateResourceInput!) { createResource(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        kind: "TUTORING",
        title: `矩阵测试辅导${f.index}`,
        description: "矩阵测试",
        provider: "学业发展中心",
      },
    }),
  },
  updateResource: {
    allowed: ["admin", "college_admin", "school_admin"],
    document: `mutation UpdateResource($input: UpdateResourceInput!) { updateResource(input: $input) { id } }`,
    variables: () => ({ input: { id: stableId("resource:tutoring"), description: "矩阵测试" } }),
  },
  createResourceRule: {
    allowed: ["admin"],
    document: `mutation CreateResourceRule($input: CreateResourceRuleInput!) { createResourceRule(input: $input) { id } }`,
    variables: () => ({
      input: {
        resourceId: stableId("resource:tutoring"),
        warningCategory: "SAFETY",
        minLevel: "RED",
      },
    }),
  },
  setResourceRuleActive: {
    allowed: ["admin"],
    document: `mutation ResourceRuleActive($id: ID!) { setResourceRuleActive(id: $id, active: true) { id } }`,
    variables: () => ({ id: stableId("resource-rule:tutoring:0") }),
  },
  pushResources: {
    allowed: ["admin"],
    document: `mutation Push { pushResources { pushed } }`,
    variables: () => ({}),
  },
  // A student's inbox is theirs alone to act on: S's own push.
  markPushRead: {
    allowed: ["student"],
    document: `mutation MarkRead($id: ID!) { markPushRead(pushId: $id) { id } }`,
    variables: () => ({ id: pushOfS }),
  },
  recordUptake: {
    allowed: ["student"],
    document: `mutation Uptake($input: RecordUptakeInput!) { recordUptake(input: $input) { id } }`,
    variables: () => ({ input: { pushId: pushOfS, note: "矩阵测试" } }),
  },
  // Events of curriculum's outbox that failed their last delivery: administrators replay them.
  replayCurriculumDeadLetter: {
    allowed: ["admin"],
    document: `mutation ReplayDeadLetter($id: ID!) { replayCurriculumDeadLetter(id: $id) { id } }`,
    variables: () => ({ id: curriculumDeadLetter }),
  },
  replayPeopleDeadLetter: {
    allowed: ["admin"],
    document: `mutation ReplayPeopleDeadLetter($id: ID!) { replayPeopleDeadLetter(id: $id) { id } }`,
    variables: () => ({ id: peopleDeadLetter }),
  },
  // Facts from other subgraphs and departmental apps (CARE clients), or an administrator.
  recordGrowthEvents: {
    allowed: ["admin"],
    document: `mutation RecordGrowth($input: RecordGrowthEventsInput!) { recordGrowthEvents(input: $input) { recorded } }`,
    variables: (f) => ({
      input: {
        events: [
          {
            personId: S.id,
            domain: "LABOUR",
            kind: "LABOUR_PRACTICE",
            title: "矩阵测试劳动实践",
            points: 1,
            occurredOn: "2026-10-01",
            sourceKey: `matrix-${f.index}`,
          },
        ],
      },
    }),
  },
  setEvaluationScheme: {
    allowed: ["admin"],
    document: `mutation SetScheme($input: SetEvaluationSchemeInput!) { setEvaluationScheme(input: $input) { term } }`,
    variables: () => ({
      input: {
        term: "2026-2027-1",
        pointsForFullMarks: 20,
        weights: ["MORAL", "INTELLECTUAL", "PHYSICAL", "AESTHETIC", "LABOUR"].map((domain) => ({
          domain,
          weight: 0.2,
        })),
      },
    }),
  },
  assignStaff: {
    allowed: ["admin"],
    document: `mutation Assign($input: AssignStaffInput!) { assignStaff(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        personId: f.dummyStaff.id,
        role: "GRID_LEADER",
        targetKind: "GRID",
        targetId: grid.id,
        startsOn: "2026-09-01",
      },
    }),
  },
  createPerson: {
    allowed: ["admin"],
    document: `mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    variables: (f) => ({ input: { kind: "STAFF", number: `MATRIX-${f.index}`, name: "矩阵测试" } }),
  },
  updatePerson: {
    allowed: ["admin"],
    document: `mutation UpdatePerson($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`,
    variables: (f) => ({ input: { id: f.dummyStaff.id, name: "矩阵测试" } }),
  },
  importRoster: {
    allowed: ["admin"],
    document: `mutation ImportRoster($input: ImportRosterInput!) { importRoster(input: $input) { committed } }`,
    variables: (f) => ({
      input: {
        kind: "STAFF",
        header: ["工号", "姓名"],
        rows: [[`MATRIX-IMPORT-${f.index}`, "矩阵测试"]],
        commit: true,
      },
    }),
  },
  endStaffAssignment: {
    allowed: ["admin"],
    document: `mutation EndAssignment($id: ID!) { endStaffAssignment(id: $id, endsOn: "2026-12-31") { id } }`,
    variables: (f) => ({ id: f.assignment }),
  },
  registerServiceClient: {
    allowed: ["admin"],
    document: `mutation Register($input: RegisterServiceClientInput!) { registerServiceClient(input: $input) { client { id } } }`,
    variables: () => ({
      input: {
        name: "矩阵测试应用",
        department: "信息化中心",
        purposes: [],
        operations: [{ name: "Ping", document: "query Ping { __typename }" }],
      },
    }),
  },
  revokeServiceClient: {
    allowed: ["admin"],
    document: `mutation Revoke($id: ID!) { revokeServiceClient(id: $id) { id } }`,
    variables: (_f, serviceClientId) => ({ id: serviceClientId }),
  },
  recordPartyApplication: {
    allowed: PARTY_DEVELOPERS,
    document: `mutation PartyApply($input: RecordPartyApplicationInput!) { recordPartyApplication(input: $input) { id } }`,
    variables: (f) => ({
      input: { personId: f.partyApplicant.id, branchId: branch.id, appliedOn: "2025-01-01" },
    }),
  },
  setPartySponsors: {
    allowed: PARTY_DEVELOPERS,
    document: `mutation PartySponsors($input: SetPartySponsorsInput!) { setPartySponsors(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        developmentId: partyDevelopment(f),
        role: "CULTIVATION_CONTACT",
        personIds: [otherPsychologist.id, otherCaseWorker.id],
        since: "2025-01-01",
      },
    }),
  },
  // Before the check and the report, which need an activist.
  movePartyStage: {
    allowed: PARTY_DEVELOPERS,
    document: `mutation PartyMove($input: MovePartyStageInput!) { movePartyStage(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        developmentId: partyDevelopment(f),
        step: "BECOME_ACTIVIST",
        effectiveOn: "2025-02-01",
        basis: "BRANCH_COMMITTEE",
        basisReference: "矩阵支委会",
      },
    }),
  },
  recordPartyCheck: {
    allowed: PARTY_DEVELOPERS,
    document: `mutation PartyCheck($input: RecordPartyCheckInput!) { recordPartyCheck(input: $input) { id } }`,
    variables: (f) => ({
      input: { developmentId: partyDevelopment(f), check: "TRAINING", passedOn: "2025-03-01" },
    }),
  },
  recordThoughtReport: {
    allowed: PARTY_DEVELOPERS,
    document: `mutation PartyReport($input: RecordThoughtReportInput!) { recordThoughtReport(input: $input) { id } }`,
    variables: (f) => ({
      input: { developmentId: partyDevelopment(f), submittedOn: "2025-04-01" },
    }),
  },
  // Teams are run by their leader (a fact, not a role: the matrix's leader is none of its callers)
  // or an administrator; a member logs their own hours (the student, S, is the matrix team's member).
  createTeam: {
    allowed: ["admin"],
    document: `mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
    variables: (f) => ({
      input: { name: `矩阵队伍${f.index}`, kind: "LECTURE_GROUP", leaderId: teamLeader.id },
    }),
  },
  addTeamMember: {
    allowed: ["admin"],
    document: `mutation AddTeamMember($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`,
    variables: (f) => ({
      input: { teamId: team.id, personId: f.teamRecruit.id, joinedOn: "2025-01-01" },
    }),
  },
  endTeamMembership: {
    allowed: ["admin"],
    document: `mutation EndTeamMembership($input: EndTeamMembershipInput!) { endTeamMembership(input: $input) { id } }`,
    variables: () => ({ input: { membershipId: team.leaverMembership, leftOn: "2025-06-30" } }),
  },
  logVolunteerService: {
    allowed: ["student"],
    document: `mutation LogVolunteer($input: LogVolunteerServiceInput!) { logVolunteerService(input: $input) { id } }`,
    variables: () => ({
      input: {
        teamId: team.id,
        activity: "矩阵志愿活动",
        startsAt: "2025-04-10T01:00:00.000Z",
        endsAt: "2025-04-10T03:00:00.000Z",
      },
    }),
  },
  verifyVolunteerService: {
    allowed: ["admin"],
    document: `mutation VerifyVolunteer($input: VerifyVolunteerServiceInput!) { verifyVolunteerService(input: $input) { id } }`,
    variables: () => ({ input: { serviceId: team.toVerify } }),
  },
  rejectVolunteerService: {
    allowed: ["admin"],
    document: `mutation RejectVolunteer($input: RejectVolunteerServiceInput!) { rejectVolunteerService(input: $input) { id } }`,
    variables: () => ({ input: { serviceId: team.toReject, reason: "矩阵测试" } }),
  },
  // Volunteer activities: organised by the team's leader, its cadres or an administrator (the
  // matrix's leader is none of its callers); S, a member, signs up and cancels their own sign-up.
  createVolunteerActivity: {
    allowed: ["admin"],
    document: `mutation CreateVolunteerActivity($input: CreateVolunteerActivityInput!) { createVolunteerActivity(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        teamId: team.id,
        title: `矩阵志愿活动${f.index}`,
        place: "矩阵广场",
        startsAt: new Date(Date.now() + (200 + f.index) * 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + (201 + f.index) * 3_600_000).toISOString(),
        slots: 5,
      },
    }),
  },
  cancelVolunteerActivity: {
    allowed: ["admin"],
    document: `mutation CancelVolunteerActivity($input: VolunteerActivityIdInput!) { cancelVolunteerActivity(input: $input) { id } }`,
    variables: () => ({ input: { activityId: team.activityToCancel } }),
  },
  signUpForVolunteerActivity: {
    allowed: ["student"],
    document: `mutation SignUpVolunteer($input: VolunteerActivityIdInput!) { signUpForVolunteerActivity(input: $input) { id } }`,
    variables: () => ({ input: { activityId: team.activityToJoin } }),
  },
  cancelVolunteerSignUp: {
    allowed: ["student"],
    document: `mutation CancelVolunteerSignUp($input: VolunteerSignUpIdInput!) { cancelVolunteerSignUp(input: $input) { id } }`,
    variables: () => ({ input: { signUpId: team.signUpToCancel } }),
  },
  checkInVolunteer: {
    allowed: ["admin"],
    document: `mutation CheckInVolunteer($input: VolunteerSignUpIdInput!) { checkInVolunteer(input: $input) { id } }`,
    variables: () => ({ input: { signUpId: team.signUpToCheckIn } }),
  },
  // The climb plan: organisers register partners; staff post challenges; the matrix's challenges
  // are a dummy staff member's (poster and mentor), so organisers run them; S leads their projects.
  createPartnerOrganisation: {
    allowed: ["admin"],
    document: `mutation CreatePartner($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) { id } }`,
    variables: (f) => ({
      input: { name: `矩阵合作单位${f.index}`, kind: "ENTERPRISE", contactIds: [] },
    }),
  },
  postChallenge: {
    allowed: CHALLENGE_POSTERS,
    document: `mutation PostChallenge($input: PostChallengeInput!) { postChallenge(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        title: `矩阵揭榜${f.index}`,
        problem: "问题",
        requirements: "要求",
        deliverables: "成果",
        mentorId: f.dummyStaff.id,
        deadline: "2099-12-31",
        teamSizeMin: 1,
        teamSizeMax: 3,
        teamsWanted: 1,
      },
    }),
  },
  moveChallenge: {
    allowed: ["admin"],
    document: `mutation MoveChallenge($input: MoveChallengeInput!) { moveChallenge(input: $input) { id } }`,
    variables: (f) => ({ input: { challengeId: f.climb.draftChallenge, step: "PUBLISH" } }),
  },
  claimChallenge: {
    allowed: ["student"],
    document: `mutation ClaimChallenge($input: ClaimChallengeInput!) { claimChallenge(input: $input) { id } }`,
    variables: (f) => ({
      input: { challengeId: f.climb.openChallenge, memberIds: [], proposal: "矩阵方案" },
    }),
  },
  decideChallengeClaim: {
    allowed: ["admin"],
    document: `mutation DecideClaim($input: DecideClaimInput!) { decideChallengeClaim(input: $input) { id } }`,
    variables: (f) => ({ input: { claimId: f.climb.pendingClaim, decision: "APPROVE" } }),
  },
  addMilestone: {
    allowed: ["admin"],
    document: `mutation AddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`,
    variables: (f) => ({
      input: { projectId: f.climb.project, title: "中期", dueOn: "2099-05-01" },
    }),
  },
  submitMilestone: {
    allowed: ["student"],
    document: `mutation SubmitMilestone($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { id } }`,
    variables: (f) => ({ input: { milestoneId: f.climb.openMilestone, content: "矩阵成果" } }),
  },
  reviewMilestone: {
    allowed: ["admin"],
    document: `mutation ReviewMilestone($input: ReviewMilestoneInput!) { reviewMilestone(input: $input) { id } }`,
    variables: (f) => ({ input: { milestoneId: f.climb.submittedMilestone, verdict: "ACCEPT" } }),
  },
  concludeProject: {
    allowed: ["admin"],
    document: `mutation ConcludeProject($input: ConcludeProjectInput!) { concludeProject(input: $input) { id } }`,
    variables: (f) => ({
      input: { projectId: f.climb.projectToConclude, outcome: "REPORT", note: "矩阵报告" },
    }),
  },
  // The project's mentor, its leader (S) or an organiser.
  abandonProject: {
    allowed: ["admin", "student"],
    document: `mutation AbandonProject($input: AbandonProjectInput!) { abandonProject(input: $input) { id } }`,
    variables: (f) => ({ input: { projectId: f.climb.projectToAbandon, note: "矩阵终止" } }),
  },
  setClimbTier: {
    allowed: ["admin"],
    document: `mutation SetClimbTier($input: SetClimbTierInput!) { setClimbTier(input: $input) { id } }`,
    variables: (f) => ({ input: { personId: f.climb.tierStudent, tier: 2, basis: "矩阵测试" } }),
  },
  // Habit projects and practice visits: staff start them in their own name; S (the student) joins,
  // checks in, signs up and reflects; the organiser (the administrator made them) records results
  // and reviews reflections.
  createHabitProject: {
    allowed: CHALLENGE_POSTERS,
    document: `mutation CreateHabitProject($input: CreateHabitProjectInput!) { createHabitProject(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        kind: "FITNESS",
        title: `矩阵打卡${f.index}`,
        description: "晨跑",
        goalCheckIns: 1,
        startsOn: today(),
        endsOn: HABITS_END,
      },
    }),
  },
  joinHabitProject: {
    allowed: ["student"],
    document: `mutation JoinHabitProject($input: HabitProjectIdInput!) { joinHabitProject(input: $input) { id } }`,
    variables: (f) => ({ input: { projectId: practiceOf[ROLES[f.index]].habitToJoin } }),
  },
  checkInHabit: {
    allowed: ["student"],
    document: `mutation CheckInHabit($input: CheckInHabitInput!) { checkInHabit(input: $input) { id } }`,
    variables: (f) => ({ input: { projectId: practiceOf[ROLES[f.index]].habitToCheckIn } }),
  },
  recordHabitResult: {
    allowed: ["admin"],
    document: `mutation RecordHabitResult($input: RecordHabitResultInput!) { recordHabitResult(input: $input) { id } }`,
    variables: (f) => ({
      input: { participationId: practiceOf[ROLES[f.index]].participationToRecord },
    }),
  },
  createPracticeVisit: {
    allowed: CHALLENGE_POSTERS,
    document: `mutation CreatePracticeVisit($input: CreatePracticeVisitInput!) { createPracticeVisit(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        title: `矩阵见习${f.index}`,
        hostName: "矩阵单位",
        guidingProblem: "问题",
        places: "车间",
        startsAt: "2099-06-01T01:00:00Z",
        endsAt: "2099-06-01T04:00:00Z",
        capacity: 5,
      },
    }),
  },
  signUpForPracticeVisit: {
    allowed: ["student"],
    document: `mutation SignUpForPracticeVisit($input: PracticeVisitIdInput!) { signUpForPracticeVisit(input: $input) { id } }`,
    variables: (f) => ({ input: { visitId: practiceOf[ROLES[f.index]].visitToJoin } }),
  },
  cancelPracticeVisitSignUp: {
    allowed: ["student"],
    document: `mutation CancelPracticeVisitSignUp($input: PracticeVisitIdInput!) { cancelPracticeVisitSignUp(input: $input) { id } }`,
    variables: (f) => ({ input: { visitId: practiceOf[ROLES[f.index]].visitToLeave } }),
  },
  submitPracticeReflection: {
    allowed: ["student"],
    document: `mutation SubmitPracticeReflection($input: SubmitPracticeReflectionInput!) { submitPracticeReflection(input: $input) { id } }`,
    variables: (f) => ({
      input: { signUpId: practiceOf[ROLES[f.index]].signUpToReflect, reflection: "矩阵心得" },
    }),
  },
  reviewPracticeReflection: {
    allowed: ["admin"],
    document: `mutation ReviewPracticeReflection($input: ReviewPracticeReflectionInput!) { reviewPracticeReflection(input: $input) { id } }`,
    variables: (f) => ({
      input: { signUpId: practiceOf[ROLES[f.index]].reflectionToReview, verdict: "ACCEPT" },
    }),
  },
  // The freshman formation programme (新生养成教育): organisers (administrators) shape it.
  createFormationProgramme: {
    allowed: ["admin"],
    document: `mutation CreateFormationProgramme($input: CreateFormationProgrammeInput!) { createFormationProgramme(input: $input) { id } }`,
    variables: (f) => ({ input: { cohort: f.formation.newCohort, title: "矩阵养成" } }),
  },
  createFormationModule: {
    allowed: ["admin"],
    document: `mutation CreateFormationModule($input: CreateFormationModuleInput!) { createFormationModule(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        programmeId: f.formation.programme,
        order: 3,
        nameZh: "成长励志",
        nameEn: "Growth and motivation",
        requiredHours: 2,
      },
    }),
  },
  updateFormationModule: {
    allowed: ["admin"],
    document: `mutation UpdateFormationModule($input: UpdateFormationModuleInput!) { updateFormationModule(input: $input) { id } }`,
    variables: (f) => ({ input: { moduleId: f.formation.module, requiredHours: 3 } }),
  },
  assignFormationCourse: {
    allowed: ["admin"],
    document: `mutation AssignFormationCourse($input: AssignFormationCourseInput!) { assignFormationCourse(input: $input) { id } }`,
    variables: (f) => ({
      input: { moduleId: f.formation.module, courseId: f.formation.course, hours: 2 },
    }),
  },
  unassignFormationCourse: {
    allowed: ["admin"],
    document: `mutation UnassignFormationCourse($input: UnassignFormationCourseInput!) { unassignFormationCourse(input: $input) { id } }`,
    variables: (f) => ({
      input: { moduleId: f.formation.countedModule, courseId: f.formation.counted },
    }),
  },
  // Competitions: organisers (administrators) register them; a student enters as the leader; the
  // mentor (dummyStaff) or an organiser records the result; the leader (S), the mentor or an
  // organiser withdraws. A party branch's organiser (组织员) is no competition organiser.
  createCompetition: {
    allowed: ["admin"],
    document: `mutation CreateCompetition($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`,
    variables: (f) => ({
      input: { name: f.climb.newCompetitionName, organiser: "矩阵", level: "SCHOOL", year: 2026 },
    }),
  },
  enterCompetition: {
    allowed: ["student"],
    document: `mutation EnterCompetition($input: EnterCompetitionInput!) { enterCompetition(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        competitionId: f.climb.competition,
        title: "矩阵作品",
        memberIds: [],
        mentorId: f.dummyStaff.id,
      },
    }),
  },
  recordCompetitionResult: {
    allowed: ["admin"],
    document: `mutation RecordCompetitionResult($input: RecordCompetitionResultInput!) { recordCompetitionResult(input: $input) { id } }`,
    variables: (f) => ({ input: { entryId: f.climb.entryToRecord, result: "THIRD_PRIZE" } }),
  },
  withdrawCompetitionEntry: {
    allowed: ["admin", "student"],
    document: `mutation WithdrawCompetitionEntry($input: WithdrawCompetitionEntryInput!) { withdrawCompetitionEntry(input: $input) { id } }`,
    variables: (f) => ({ input: { entryId: f.climb.entryToWithdraw, note: "矩阵退赛" } }),
  },
  // Placements (安置): S meets the tier-3 rule; dummyStaff supervises; the host is a research team.
  proposePlacement: {
    allowed: ["admin", "student"],
    document: `mutation ProposePlacement($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        studentId: S.id,
        kind: "RESEARCH_TEAM",
        teamName: "矩阵院士团队",
        topic: "矩阵安置",
        supervisorId: f.climb.placementSupervisor,
        startsOn: "2099-03-01",
        endsOn: "2099-06-30",
      },
    }),
  },
  recommendPlacement: {
    allowed: ["admin", "college_admin"],
    document: `mutation RecommendPlacement($input: RecommendPlacementInput!) { recommendPlacement(input: $input) { id } }`,
    variables: (f) => ({
      input: { placementId: f.climb.placementToRecommend, recommendation: "矩阵推荐" },
    }),
  },
  acceptPlacement: {
    allowed: ["admin"],
    document: `mutation AcceptPlacement($input: PlacementDecisionInput!) { acceptPlacement(input: $input) { id } }`,
    variables: (f) => ({ input: { placementId: f.climb.placementToAccept } }),
  },
  declinePlacement: {
    allowed: ["admin"],
    document: `mutation DeclinePlacement($input: PlacementDecisionInput!) { declinePlacement(input: $input) { id } }`,
    variables: (f) => ({ input: { placementId: f.climb.placementToDecline, note: "矩阵未接收" } }),
  },
  withdrawPlacement: {
    allowed: ["admin", "student"],
    document: `mutation WithdrawPlacement($input: PlacementDecisionInput!) { withdrawPlacement(input: $input) { id } }`,
    variables: (f) => ({ input: { placementId: f.climb.placementToWithdraw, note: "矩阵撤回" } }),
  },
  evaluatePlacement: {
    allowed: ["admin"],
    document: `mutation EvaluatePlacement($input: EvaluatePlacementInput!) { evaluatePlacement(input: $input) { id } }`,
    variables: (f) => ({
      input: { placementId: f.climb.placementToEvaluate, grade: "GOOD", comment: "矩阵评价" },
    }),
  },
  referToPsychology: {
    allowed: ["counselor", "psychology_teacher"],
    document: `mutation Refer($input: ReferToPsychologyInput!) { referToPsychology(input: $input) { id } }`,
    variables: () => ({
      input: {
        personId: S.id,
        category: "GENERAL",
        referredToId: people.psychology_teacher.id,
        note: "矩阵测试",
      },
    }),
  },
  closeReferral: {
    allowed: ["counselor", "psychology_teacher"],
    document: `mutation CloseReferral($id: ID!) { closeReferral(id: $id, note: "矩阵测试") { id } }`,
    variables: (f) => ({ id: f.referral }),
  },
  // Students only: staff open a case or raise a warning themselves. S reports O by number and name.
  submitPeerReport: {
    allowed: ["student"],
    document: `mutation PeerReport($input: SubmitPeerReportInput!) { submitPeerReport(input: $input) { id } }`,
    variables: () => ({
      input: { number: O.number, name: O.name, category: "BEHAVIOUR", concern: "矩阵测试" },
    }),
  },
  triagePeerReport: {
    allowed: CARE_STAFF,
    document: `mutation TriagePeerReport($input: TriagePeerReportInput!) { triagePeerReport(input: $input) { id } }`,
    variables: (f) => ({
      input: { id: f.peerReport, decision: "FOLLOW_UP", note: "矩阵测试" },
    }),
  },
  openAssistanceCase: {
    // Not a task-force member: their role reaches only the cases they serve on, and a new case is none of them.
    allowed: CARE_STAFF.filter((role) => role !== "task_force_member"),
    document: `mutation OpenCase($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
    variables: () => ({ input: { personId: S.id, summary: "矩阵测试", source: "COUNSELOR" } }),
  },
  addTaskForceMember: {
    allowed: CARE_STAFF,
    document: `mutation AddMember($input: AddTaskForceMemberInput!) { addTaskForceMember(input: $input) { id } }`,
    variables: (f) => ({
      input: { caseId: f.caseToGrow, memberId: f.dummyStaff.id, duty: "生活帮扶", lead: false },
    }),
  },
  closeAssistanceCase: {
    allowed: CARE_STAFF,
    document: `mutation CloseCase($input: CloseAssistanceCaseInput!) { closeAssistanceCase(input: $input) { id } }`,
    variables: (f) => ({ input: { caseId: f.caseToClose, outcome: "RESOLVED", note: "矩阵测试" } }),
  },
  recommendGrade: {
    allowed: CARE_STAFF,
    document: `mutation RecommendGrade($input: RecommendGradeInput!) { recommendGrade(input: $input) { id } }`,
    variables: (f) => ({ input: { caseId: f.caseToGrade, conditions: ["LOW_INCOME_FAMILY"] } }),
  },
  confirmGrade: {
    allowed: CARE_STAFF,
    document: `mutation ConfirmGrade($input: ConfirmGradeInput!) { confirmGrade(input: $input) { id } }`,
    variables: (f) => ({ input: { caseId: f.caseToConfirm, grade: "DIFFICULT" } }),
  },
  startAssistance: {
    allowed: CARE_STAFF,
    document: `mutation StartAssistance($input: CaseStepInput!) { startAssistance(input: $input) { id } }`,
    variables: (f) => ({ input: { caseId: f.caseToStart, note: "矩阵测试" } }),
  },
  reviewAssistanceCase: {
    allowed: CARE_STAFF,
    document: `mutation ReviewCase($input: CaseStepInput!) { reviewAssistanceCase(input: $input) { id } }`,
    variables: (f) => ({ input: { caseId: f.caseToReview, note: "矩阵测试" } }),
  },
  setTaskForceLead: {
    allowed: CARE_STAFF,
    document: `mutation SetLead($input: TaskForceMemberRefInput!) { setTaskForceLead(input: $input) { id } }`,
    variables: (f) => ({ input: { caseId: f.caseToLead, memberId: people.task_force_member.id } }),
  },
  removeTaskForceMember: {
    allowed: CARE_STAFF,
    document: `mutation RemoveMember($input: TaskForceMemberRefInput!) { removeTaskForceMember(input: $input) { id } }`,
    variables: (f) => ({ input: { caseId: f.caseToShrink, memberId: f.dummyStaff.id } }),
  },
  addCaseMeasure: {
    allowed: CARE_STAFF,
    document: `mutation AddMeasure($input: AddCaseMeasureInput!) { addCaseMeasure(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        caseId: f.caseToGrow,
        description: "矩阵测试",
        responsibleId: people.task_force_member.id,
        duty: "学业帮扶",
        dueOn: "2099-01-01",
      },
    }),
  },
  updateCaseMeasureStatus: {
    allowed: CARE_STAFF,
    document: `mutation UpdateMeasure($input: UpdateCaseMeasureStatusInput!) { updateCaseMeasureStatus(input: $input) { id } }`,
    variables: (f) => ({ input: { measureId: f.measure, status: "IN_PROGRESS" } }),
  },
  createPartyPost: {
    allowed: PARTY_OFFICERS,
    document: `mutation CreatePartyPost($input: CreatePartyPostInput!) { createPartyPost(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        holderId: f.dummyStaff.id,
        title: `示范岗${f.index}`,
        duties: "巡查",
        gridId: grid.id,
        startsOn: "2026-09-01",
        endsOn: "2027-07-15",
      },
    }),
  },
  changePartyPost: {
    allowed: PARTY_OFFICERS,
    document: `mutation ChangePartyPost($input: ChangePartyPostInput!) { changePartyPost(input: $input) { id } }`,
    variables: (f) => ({ input: { postId: f.postToChange, title: "学风示范岗" } }),
  },
  endPartyPost: {
    allowed: PARTY_OFFICERS,
    document: `mutation EndPartyPost($id: ID!) { endPartyPost(postId: $id) { id } }`,
    variables: (f) => ({ id: f.postToEnd }),
  },
  createResponsibilityArea: {
    allowed: PARTY_OFFICERS,
    document: `mutation CreateArea($input: CreateResponsibilityAreaInput!) { createResponsibilityArea(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        branchId: branch.id,
        memberId: f.dummyStaff.id,
        name: `责任区${f.index}`,
        gridIds: [grid.id],
      },
    }),
  },
  endResponsibilityArea: {
    allowed: PARTY_OFFICERS,
    document: `mutation EndArea($id: ID!) { endResponsibilityArea(areaId: $id) { id } }`,
    variables: (f) => ({ id: f.areaToEnd }),
  },
  createVanguardTeam: {
    allowed: PARTY_OFFICERS,
    document: `mutation CreateTeam($input: CreateVanguardTeamInput!) { createVanguardTeam(input: $input) { id } }`,
    variables: (f) => ({
      input: { branchId: branch.id, name: `先锋队${f.index}`, memberIds: [f.dummyStaff.id] },
    }),
  },
  addVanguardTask: {
    allowed: PARTY_OFFICERS,
    document: `mutation AddTask($input: AddVanguardTaskInput!) { addVanguardTask(input: $input) { id } }`,
    variables: (f) => ({ input: { teamId: f.vanguardTeam, title: "期末答疑" } }),
  },
  // A member of the team may too; the matrix's people are on none.
  completeVanguardTask: {
    allowed: PARTY_OFFICERS,
    document: `mutation CompleteTask($id: ID!) { completeVanguardTask(taskId: $id) { id } }`,
    variables: (f) => ({ id: f.vanguardTask }),
  },
  createWorkItem: {
    allowed: GOVERNORS,
    document: `mutation CreateWorkItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        list: "PROBLEM",
        title: `难题${f.index}`,
        unitId: f.governedUnit,
        inChargeId: f.dummyStaff.id,
        dueOn: "2099-01-01",
      },
    }),
  },
  changeWorkItem: {
    allowed: GOVERNORS,
    document: `mutation ChangeWorkItem($input: ChangeWorkItemInput!) { changeWorkItem(input: $input) { id } }`,
    variables: (f) => ({ input: { itemId: f.workItemToChange, dueOn: "2099-02-01" } }),
  },
  // The person in charge may too; the matrix's people are in charge of none.
  moveWorkItem: {
    allowed: GOVERNORS,
    document: `mutation MoveWorkItem($input: MoveWorkItemInput!) { moveWorkItem(input: $input) { id } }`,
    variables: (f) => ({ input: { itemId: f.workItemToMove, status: "IN_PROGRESS" } }),
  },
  addWorkItemFollowUp: {
    allowed: GOVERNORS,
    document: `mutation FollowUp($input: AddWorkItemFollowUpInput!) { addWorkItemFollowUp(input: $input) { id } }`,
    variables: (f) => ({ input: { itemId: f.workItemToFollow, note: "已跟进" } }),
  },
  escalateOverdueWorkItems: {
    allowed: ["admin"],
    document: `mutation EscalateWorkItems { escalateOverdueWorkItems(asOf: "2020-01-01") { escalated } }`,
    variables: () => ({}),
  },
  createSecretaryMeeting: {
    allowed: GOVERNORS,
    document: `mutation CreateMeeting($input: CreateSecretaryMeetingInput!) { createSecretaryMeeting(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        level: f.governedUnit === college.id ? "COLLEGE" : "BRANCH",
        unitId: f.governedUnit,
        heldOn: "2026-03-01",
        topic: `例会${f.index}`,
        chairId: f.dummyStaff.id,
        attendeeIds: [],
      },
    }),
  },
  recordMeetingMinutes: {
    allowed: GOVERNORS,
    document: `mutation Minutes($input: RecordMeetingMinutesInput!) { recordMeetingMinutes(input: $input) { id } }`,
    variables: (f) => ({ input: { meetingId: f.meetingToMinute, minutes: "纪要" } }),
  },
  // The chair (the branch's secretary here) or an administrator.
  signOffMeetingMinutes: {
    allowed: ["branch_secretary", "admin"],
    document: `mutation SignOff($id: ID!) { signOffMeetingMinutes(meetingId: $id) { id } }`,
    variables: (f) => ({ id: f.meetingToSignOff }),
  },
  // Those who run one of the two units: its secretary, its college's administrator, administrators.
  createPairing: {
    allowed: GOVERNORS,
    document: `mutation CreatePairing($input: CreatePairingInput!) { createPairing(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        kind: "TEACHER_STUDENT",
        unitId: f.pairingPartner,
        branchId: f.pairedBranch,
        startsOn: "2026-01-01",
        endsOn: "2099-01-01",
        plan: "师生结对",
      },
    }),
  },
  logPairingActivity: {
    allowed: GOVERNORS,
    document: `mutation LogPairing($input: LogPairingActivityInput!) { logPairingActivity(input: $input) { id } }`,
    variables: (f) => ({
      input: {
        pairingId: f.pairingToLog,
        heldOn: "2026-03-01",
        title: "联合主题党日",
        participantCount: 20,
      },
    }),
  },
  endPairing: {
    allowed: GOVERNORS,
    document: `mutation EndPairing($id: ID!) { endPairing(pairingId: $id) { id } }`,
    variables: (f) => ({ id: f.pairingToEnd }),
  },
  escalateOverdueMeasures: {
    allowed: ["admin"],
    document: `mutation Escalate { escalateOverdueMeasures(asOf: "2020-01-01") { escalated } }`,
    variables: () => ({}),
  },
};

/**
 * Queries that count rather than list, for every role: assistanceCaseStatistics over 2020–2029,
 * against the case list for the same caller. The students each role's figures count, and whether
 * they are withheld (1–4 students, not all of them under the caller's CARE), written out here.
 */
const CASE_STATISTICS = {
  range: { from: "2020-01-01T00:00:00.000Z", to: "2030-01-01T00:00:00.000Z" },
  document: `query MatrixCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) { assistanceCaseStatistics(from: $from, to: $to) { total { students opened suppressed } byKind { kind figures { students opened suppressed } } } }`,
  list: `query MatrixCaseCount($from: DateTimeISO!, $to: DateTimeISO!) { assistanceCases(first: 1, filter: { openedFrom: $from, openedBefore: $to }) { totalCount } mental: assistanceCases(first: 1, filter: { openedFrom: $from, openedBefore: $to, kind: MENTAL_HEALTH }) { totalCount } }`,
  expected: {
    student: { students: 1, suppressed: false }, // their own cases: their own CARE data
    counselor: { students: 1, suppressed: false },
    class_adviser: { students: 1, suppressed: false },
    grid_leader: { students: 1, suppressed: true },
    building_leader: { students: 1, suppressed: true },
    branch_secretary: { students: 1, suppressed: true },
    college_admin: { students: 1, suppressed: false },
    school_admin: { students: 1, suppressed: false },
    psychology_teacher: { students: 1, suppressed: true },
    task_force_member: { students: 1, suppressed: false },
    organiser: { students: 1, suppressed: true },
    community_staff: { students: 1, suppressed: true },
    admin: { students: 2, suppressed: false },
    auditor: { students: 0, suppressed: false },
    developer: { students: 0, suppressed: false },
    service: { students: 2, suppressed: true }, // every student, CONTACT only
  } satisfies Record<Role, { students: number; suppressed: boolean }>,
};

/**
 * Warning statistics and unit warning lists: aggregates over the rows `warnings` gives the caller,
 * not @sensitive fields, so written out here on their own. Each of S's units (school, college,
 * building, grid) holds S alone among the students with warnings, so its figures are a cell of one
 * student: shown to callers with CARE for S, suppressed to the others who see S (SECURITY.md,
 * "Aggregates"). O's units are FORBIDDEN to callers who see none of their students.
 */
type Aggregate = "counts" | "suppressed" | "forbidden";
const AGGREGATES: Record<Role, { S: Aggregate; O: Aggregate }> = {
  student: { S: "counts", O: "forbidden" }, // their own warnings, which they hold CARE for
  counselor: { S: "counts", O: "forbidden" },
  class_adviser: { S: "counts", O: "forbidden" },
  grid_leader: { S: "suppressed", O: "forbidden" },
  building_leader: { S: "suppressed", O: "forbidden" },
  branch_secretary: { S: "suppressed", O: "forbidden" },
  college_admin: { S: "counts", O: "forbidden" },
  school_admin: { S: "counts", O: "forbidden" },
  psychology_teacher: { S: "suppressed", O: "forbidden" },
  task_force_member: { S: "counts", O: "forbidden" },
  organiser: { S: "suppressed", O: "forbidden" },
  community_staff: { S: "suppressed", O: "forbidden" },
  admin: { S: "counts", O: "counts" },
  auditor: { S: "forbidden", O: "forbidden" },
  developer: { S: "forbidden", O: "forbidden" },
  service: { S: "suppressed", O: "suppressed" }, // registered for CONTACT only: no CARE
};
/** The units whose warning statistics and lists the matrix asks for, S's and O's, by the root field that reaches them. */
const AGGREGATE_UNITS: { name: string; root: string; S: string; O: string }[] = [
  { name: "school", root: "orgUnit", S: school.id, O: otherSchool.id },
  { name: "college", root: "orgUnit", S: college.id, O: otherCollege.id },
  { name: "building", root: "building", S: building.id, O: otherBuilding.id },
  { name: "grid", root: "grid", S: grid.id, O: otherGrid.id },
];
const aggregateDocument = (root: string) =>
  `query($id: ID!) { node: ${root}(id: $id) { value: warningStatistics(from: "2024-01-01T00:00:00.000Z", to: "2025-01-01T00:00:00.000Z") { total { raised suppressed } } list: warnings { totalCount } } }`;
/**
 * A school's or college's case statistics and case list (OrgUnit.assistanceCaseStatistics and
 * .assistanceCases): the same expectations as AGGREGATES, since S's units hold S's cases alone and
 * O's O's (S's MENTAL_HEALTH case counted only for who may list it), and "counts" means the
 * figure equals the unit list's totalCount.
 */
const caseAggregateDocument = `query($id: ID!) { node: orgUnit(id: $id) { value: assistanceCaseStatistics(from: "2020-01-01T00:00:00.000Z", to: "2030-01-01T00:00:00.000Z") { total { opened suppressed } } list: assistanceCases(filter: { openedFrom: "2020-01-01T00:00:00.000Z", openedBefore: "2030-01-01T00:00:00.000Z" }) { totalCount } } }`;

/**
 * S's MENTAL_HEALTH case (mentalCaseOfS): who sees it (by id, in Person.cases, in the list and
 * counted by the statistics) and who may work on it. Only MENTAL_HEALTH for S, or a seat on its
 * task force: not the student, not a university administrator, nor the class adviser, the
 * residence staff or the college and school administrators who see S's other cases. Working on
 * it needs CARE too, which the psychology teacher does not hold.
 */
const MENTAL_HEALTH_CASE: Record<"seen" | "worked", Role[]> &
  Record<"byId" | "ofPerson" | "step", string> = {
  seen: ["counselor", "psychology_teacher", "task_force_member"],
  worked: ["counselor", "task_force_member"],
  byId: `query MatrixMentalCase($id: ID!) { assistanceCase(id: $id) { id } }`,
  ofPerson: `query MatrixMentalCaseOfPerson($id: ID!) { person(id: $id) { cases { id } } }`,
  // A step that changes nothing when allowed (the lead stays lead), so every role can try it.
  step: `mutation MatrixMentalCaseStep($input: TaskForceMemberRefInput!) { setTaskForceLead(input: $input) { id } }`,
};

/** 转介给我的学生: the open referrals made to the caller (a psychology teacher's worklist). */
const MY_REFERRALS = `query MatrixMyReferrals { myReferrals { id category person { id } } }`;
const VOLUNTEER_HOURS = `query MatrixVolunteerHours($id: ID!) { person(id: $id) { id volunteerHours } }`;

/** How to reach an instance of a type about S or O, by each path the matrix checks. */
interface Path {
  name: string;
  /**
   * The subject never reads it, whatever purposes they hold for themselves: a peer report is
   * about S, and showing it to S would expose whoever reported them.
   */
  notToSubject?: boolean;
  document(field: string): string;
  variables(subject: "S" | "O"): Record<string, unknown>;
  value(data: unknown): unknown;
}

/** The value at `path` in a response's data, or undefined where the path breaks off (a null on the way). */
function at(data: unknown, ...path: string[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
const PATHS: Record<string, Path[]> = {
  Person: [
    {
      name: "person(id)",
      document: (f) => `query($id: ID!) { node: person(id: $id) { id value: ${f} } }`,
      variables: (s) => ({ id: s === "S" ? S.id : O.id }),
      value: (d) => at(d, "node", "value"),
    },
    // Through the evaluation subgraph's Warning, so the people subgraph answers via _entities.
    {
      name: "warning.person",
      document: (f) => `query($id: ID!) { node: warning(id: $id) { person { value: ${f} } } }`,
      variables: (s) => ({ id: W[s].id }),
      value: (d) => at(d, "node", "person", "value"),
    },
  ],
  // Every Person path already reaches organisation through _entities; these add the residence's own fields.
  Residence: [
    {
      name: "person.residence",
      document: (f) => `query($id: ID!) { node: person(id: $id) { residence { value: ${f} } } }`,
      variables: (s) => ({ id: s === "S" ? S.id : O.id }),
      value: (d) => at(d, "node", "residence", "value"),
    },
    {
      name: "warning.person.residence",
      document: (f) =>
        `query($id: ID!) { node: warning(id: $id) { person { residence { value: ${f} } } } }`,
      variables: (s) => ({ id: W[s].id }),
      value: (d) => at(d, "node", "person", "residence", "value"),
    },
  ],
  Warning: [
    {
      name: "warning(id)",
      document: (f) => `query($id: ID!) { node: warning(id: $id) { id value: ${f} } }`,
      variables: (s) => ({ id: W[s].id }),
      value: (d) => at(d, "node", "value"),
    },
  ],
  AssistanceCase: [
    {
      name: "assistanceCase(id)",
      document: (f) => `query($id: ID!) { node: assistanceCase(id: $id) { id value: ${f} } }`,
      variables: (s) => ({ id: K[s].id }),
      value: (d) => at(d, "node", "value"),
    },
  ],
  CaseGrading: [
    {
      name: "assistanceCase.grading",
      document: (f) =>
        `query($id: ID!) { node: assistanceCase(id: $id) { grading { value: ${f} } } }`,
      variables: (s) => ({ id: K[s].id }),
      value: (d) => at(d, "node", "grading", "value"),
    },
  ],
  // Talk records of S's and O's cases, recorded in beforeAll (recordTalk, as an administrator).
  TalkRecord: [
    {
      name: "assistanceCase.talks",
      document: (f) =>
        `query($id: ID!) { node: assistanceCase(id: $id) { talks { id value: ${f} } } }`,
      variables: (s) => ({ id: K[s].id }),
      value: (d) => (at(d, "node", "talks") as { value: unknown }[] | undefined)?.[0]?.value,
    },
  ],
  PeerReport: [
    {
      name: "peerReport(id)",
      notToSubject: true,
      document: (f) => `query($id: ID!) { node: peerReport(id: $id) { id value: ${f} } }`,
      variables: (s) => ({ id: P[s].id }),
      value: (d) => at(d, "node", "value"),
    },
  ],
  // Visits about S and O, recorded in beforeAll (recordVisit, as an administrator).
  Visit: [
    {
      name: "person.visits",
      document: (f) =>
        `query($id: ID!) { node: person(id: $id) { visits(first: 5) { edges { node { id value: ${f} } } } } }`,
      variables: (s) => ({ id: s === "S" ? S.id : O.id }),
      value: (d) => {
        const edges = at(d, "node", "visits", "edges") as
          { node: { id: string; value: unknown } }[] | null | undefined;
        return edges?.find((e) => e.node.id === V.S.id || e.node.id === V.O.id)?.node.value;
      },
    },
  ],
  MentalHealthReferral: [
    {
      name: "person.referrals",
      document: (f) => `query($id: ID!) { node: person(id: $id) { referrals { id value: ${f} } } }`,
      variables: (s) => ({ id: s === "S" ? S.id : O.id }),
      value: (d) => {
        const referrals = at(d, "node", "referrals") as { id: string; value: unknown }[] | null;
        return referrals?.find((r) => r.id === R.S.id || r.id === R.O.id)?.value;
      },
    },
  ],
};

interface SensitiveField {
  type: string;
  field: string;
  purposes: Purpose[];
  /** A selection for the field: object-typed fields need one. */
  selection: string;
}

/** Every field the supergraph marks @sensitive, with its purposes. */
function sensitiveFields(supergraphSdl: string): SensitiveField[] {
  const fields: SensitiveField[] = [];
  const objectTypes = new Set<string>();
  const document = parse(supergraphSdl);
  for (const definition of document.definitions)
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) objectTypes.add(definition.name.value);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === "sensitive");
      if (!directive) continue;
      const purposes = (
        directive.arguments?.find((a) => a.name.value === "purposes")?.value as ListValueNode
      ).values.map((v) => (v as StringValueNode).value as Purpose);
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      fields.push({
        type: definition.name.value,
        field: field.name.value,
        purposes,
        selection: objectTypes.has(type.name.value)
          ? `${field.name.value} { __typename }`
          : field.name.value,
      });
    }
  }
  return fields;
}

/**
 * The roster (花名册) answers no field of its own that is sensitive: it lists people. Its rows must
 * be exactly those `people` lists the same caller (the scope), root query and a grid's alike.
 */
const ROSTER = {
  roster: `query MatrixRoster($search: String!) { roster(filter: { search: $search }) { totalCount nodes { id } } }`,
  people: `query MatrixRosterPeople($search: String!) { people(filter: { kind: STUDENT, search: $search }) { totalCount edges { node { id } } } }`,
  grid: `query MatrixGridRoster($id: ID!, $search: String!) { grid(id: $id) { students(filter: { search: $search }) { totalCount nodes { id } } } }`,
};

describe("authorisation matrix over the composed schema", () => {
  let stack: StackHarness;
  let fields: SensitiveField[];
  let serviceToken: string;
  const revocable: Record<Role, string> = {} as Record<Role, string>;

  const callerOf = (role: Role): Caller =>
    role === "student"
      ? callers.student(S.id)
      : callerFor([role], personOf[role]?.id ?? null, personOf[role]?.name ?? role);

  async function run(
    role: Role,
    document: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResponse<Record<string, unknown>>> {
    if (role !== "service") return stack.query(document, variables, callerOf(role));
    const res = await fetch(stack.gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${serviceToken}` },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<Record<string, unknown>>, "status">;
    return { status: res.status, ...body };
  }

  const register = (name: string, purposes: Purpose[], documents: string[]) =>
    registerServiceClient(stack, {
      name,
      department: "信息化中心",
      purposes,
      operations: documents.map((document, i) => ({ name: `op${i}`, document })),
    });

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
    fields = sensitiveFields(stack.supergraphSdl);
    // The seed's push run sent S resources for their ACADEMIC warnings; the inbox mutations act on one.
    const inbox = await gatewayQuery(
      stack,
      INBOX_OF,
      { id: S.id },
      callerFor(["admin"], people.admin.id, "admin"),
    );
    const push = expectData(inbox).person?.inbox?.edges[0]?.node;
    if (!push) throw new Error("the seed's push run sent S no resource");
    pushOfS = push.id;
    // A talk record on each of S's and O's cases, so TalkRecord.summary has a value on both.
    for (const k of [K.S, K.O]) {
      const talk = await stack.query(
        `mutation ($input: RecordTalkInput!) { recordTalk(input: $input) { id } }`,
        { input: { caseId: k.id, talkedAt: "2026-11-01T06:00:00.000Z", summary: "矩阵谈话" } },
        callerFor(["admin"], people.admin.id, people.admin.name),
      );
      if (talk.errors?.length) throw new Error(`no talk recorded: ${talk.errors[0].message}`);
    }
    for (const [s, student] of [
      ["S", S],
      ["O", O],
    ] as const) {
      const visit = await stack.query(
        `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`,
        {
          input: {
            kind: "TALK",
            visitedOn: "2026-11-01",
            studentId: student.id,
            notes: "矩阵走访",
          },
        },
        callerFor(["admin"], people.admin.id, people.admin.name),
      );
      V[s].id = (visit.data as { recordVisit?: { id: string } } | undefined)?.recordVisit?.id ?? "";
      if (!V[s].id) throw new Error(`no visit recorded: ${visit.errors?.[0]?.message}`);
    }
    const shift = await stack.query(
      `mutation ($input: AddDutyShiftInput!) { addDutyShift(input: $input) { id } }`,
      {
        input: {
          personId: people.grid_leader.id,
          role: "GRID_LEADER",
          placeKind: "GRID",
          placeId: grid.id,
          weekday: 3,
          startTime: "19:00",
          endTime: "21:00",
          validFrom: "2026-09-01",
        },
      },
      callerFor(["admin"], people.admin.id, people.admin.name),
    );
    dutyShift.id =
      (shift.data as { addDutyShift?: { id: string } } | undefined)?.addDutyShift?.id ?? "";
    if (!dutyShift.id) throw new Error(`no duty shift: ${shift.errors?.[0]?.message}`);
    // A dorm head per role, for the role to end (endGovernancePost).
    for (const role of ROLES) {
      const post = fixtures[role].dormHeadToEnd;
      const appointed = await stack.query(
        `mutation ($input: AppointGovernancePostInput!) { appointGovernancePost(input: $input) { id } }`,
        {
          input: {
            kind: "DORM_HEAD",
            roomId: post.roomId,
            holderId: post.holderId,
            startsOn: "2026-09-01",
            endsOn: "2027-07-15",
          },
        },
        callerFor(["admin"], people.admin.id, people.admin.name),
      );
      post.id =
        (appointed.data as { appointGovernancePost?: { id: string } } | undefined)
          ?.appointGovernancePost?.id ?? "";
      if (!post.id) throw new Error(`no governance post: ${appointed.errors?.[0]?.message}`);
    }
    // S's and O's peer reports followed up, then closed, so every note on them has a value.
    for (const p of [P.S, P.O])
      for (const decision of ["FOLLOW_UP", "NO_CONCERN"]) {
        const triaged = await stack.query(
          `mutation ($input: TriagePeerReportInput!) { triagePeerReport(input: $input) { id } }`,
          { input: { id: p.id, decision, note: "矩阵研判" } },
          callerFor(["admin"], people.admin.id, people.admin.name),
        );
        if (triaged.errors?.length) throw new Error(`not triaged: ${triaged.errors[0].message}`);
      }
    // Every role's live session has its check-in open, so the student's check-in can succeed.
    for (const f of Object.values(fixtures)) {
      const opened = await stack.query<{ openCheckIn: { code: string } }>(
        `mutation ($input: OpenCheckInInput!) { openCheckIn(input: $input) { code } }`,
        { input: { sessionId: f.liveSession, minutes: 60 } },
        callerFor(["admin"], people.admin.id, people.admin.name),
      );
      const code = opened.data?.openCheckIn.code;
      if (!code) throw new Error(`no check-in opened: ${opened.errors?.[0]?.message}`);
      checkInCodes[f.liveSession] = code;
    }
    // An event of curriculum's outbox that failed its last attempt: a dead letter to replay.
    const curriculumDb = stack.subgraphs.curriculum.orm.em.fork() as EntityManager;
    const [dead] = await curriculumDb.getConnection().execute<{ id: string }[]>(
      `insert into curriculum.outbox_event (id, key, type, subject, payload, attempts, dead_at, last_error)
         values (gen_random_uuid(), 'matrix:dead-letter', 'ATTENDANCE_RECORDED', ?, '{}', 5, now(), 'matrix')
         returning id`,
      [S.id],
    );
    curriculumDeadLetter = dead.id;
    const peopleDb = stack.subgraphs.people.orm.em.fork() as EntityManager;
    const [peopleDead] = await peopleDb.getConnection().execute<{ id: string }[]>(
      `insert into people.outbox_event (id, key, type, subject, payload, attempts, dead_at, last_error)
         values (gen_random_uuid(), 'matrix:dead-letter', 'VOLUNTEER_HOURS_VERIFIED', ?, '{}', 5, now(), 'matrix')
         returning id`,
      [S.id],
    );
    peopleDeadLetter = peopleDead.id;
    // S's and O's party development (so Person.partyDevelopment has a value on both), and each
    // party officer's applicant with two contacts, where the party mutations start.
    const organiser = callerFor(["admin"], people.admin.id, people.admin.name);
    const apply = async (personId: string, branchId: string) => {
      const res = await stack.query(
        `mutation ($input: RecordPartyApplicationInput!) { recordPartyApplication(input: $input) { id } }`,
        { input: { personId, branchId, appliedOn: "2025-01-01" } },
        organiser,
      );
      const id = (res.data as { recordPartyApplication?: { id: string } } | undefined)
        ?.recordPartyApplication?.id;
      if (!id) throw new Error(`no application recorded: ${res.errors?.[0]?.message}`);
      return id;
    };
    await apply(S.id, branch.id);
    await apply(O.id, otherBranch.id);
    for (const role of PARTY_DEVELOPERS)
      partyDevelopmentOf[role] = await apply(fixtures[role].partyStudent.id, branch.id);
    // The matrix's team: S and a member who will leave, and two of S's records awaiting a decision.
    const idOf = (res: GraphQLResponse, field: string): string => {
      const id = (res.data as Record<string, { id?: string } | undefined> | undefined)?.[field]?.id;
      if (!id) throw new Error(`no ${field}: ${res.errors?.[0]?.message}`);
      return id;
    };
    team.id = idOf(
      await stack.query(
        `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
        { input: { name: "矩阵志愿服务团", kind: "VOLUNTEER_CORPS", leaderId: teamLeader.id } },
        organiser,
      ),
      "createTeam",
    );
    const admit = async (personId: string) =>
      idOf(
        await stack.query(
          `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`,
          { input: { teamId: team.id, personId, joinedOn: "2025-01-01" } },
          organiser,
        ),
        "addTeamMember",
      );
    await admit(S.id);
    team.leaverMembership = await admit(teamLeaver.id);
    const logOfS = async (day: string) =>
      idOf(
        await stack.query(
          `mutation ($input: LogVolunteerServiceInput!) { logVolunteerService(input: $input) { id } }`,
          {
            input: {
              teamId: team.id,
              activity: "社区环境整治",
              startsAt: `${day}T01:00:00.000Z`,
              endsAt: `${day}T03:00:00.000Z`,
            },
          },
          callers.student(S.id),
        ),
        "logVolunteerService",
      );
    team.toVerify = await logOfS("2025-03-01");
    team.toReject = await logOfS("2025-03-02");
    const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const announce = async (title: string, startsIn: number) =>
      idOf(
        await stack.query(
          `mutation ($input: CreateVolunteerActivityInput!) { createVolunteerActivity(input: $input) { id } }`,
          {
            input: {
              teamId: team.id,
              title,
              place: "矩阵广场",
              startsAt: hoursFromNow(startsIn),
              endsAt: hoursFromNow(startsIn + 2),
              slots: 10,
            },
          },
          organiser,
        ),
        "createVolunteerActivity",
      );
    const signUpOfS = async (activityId: string) =>
      idOf(
        await stack.query(
          `mutation ($input: VolunteerActivityIdInput!) { signUpForVolunteerActivity(input: $input) { id } }`,
          { input: { activityId } },
          callers.student(S.id),
        ),
        "signUpForVolunteerActivity",
      );
    team.activityToCancel = await announce("矩阵取消活动", 48);
    team.activityToJoin = await announce("矩阵报名活动", 72);
    team.signUpToCancel = await signUpOfS(await announce("矩阵退报活动", 96));
    team.signUpToCheckIn = await signUpOfS(await announce("矩阵签到活动", -1));
    // Each role's habit projects and practice visits, run by the administrator, S taking part.
    const asAdmin = callerFor(["admin"], people.admin.id, people.admin.name);
    const asS = callers.student(S.id);
    const campusToday = today();
    const habit = async (title: string, endsOn: string) =>
      idOf(
        await stack.query(
          `mutation ($input: CreateHabitProjectInput!) { createHabitProject(input: $input) { id } }`,
          {
            input: {
              kind: "STUDY_STYLE",
              title,
              description: "自习",
              goalCheckIns: 1,
              startsOn: campusToday,
              endsOn,
            },
          },
          asAdmin,
        ),
        "createHabitProject",
      );
    const joinOfS = async (projectId: string) =>
      idOf(
        await stack.query(
          `mutation ($input: HabitProjectIdInput!) { joinHabitProject(input: $input) { id } }`,
          { input: { projectId } },
          asS,
        ),
        "joinHabitProject",
      );
    const visit = async (title: string) =>
      idOf(
        await stack.query(
          `mutation ($input: CreatePracticeVisitInput!) { createPracticeVisit(input: $input) { id } }`,
          {
            input: {
              title,
              hostName: "矩阵单位",
              guidingProblem: "问题",
              places: "车间",
              startsAt: hoursFromNow(48),
              endsAt: hoursFromNow(51),
              capacity: 5,
            },
          },
          asAdmin,
        ),
        "createPracticeVisit",
      );
    const visitSignUpOfS = async (visitId: string) =>
      idOf(
        await stack.query(
          `mutation ($input: PracticeVisitIdInput!) { signUpForPracticeVisit(input: $input) { id } }`,
          { input: { visitId } },
          asS,
        ),
        "signUpForPracticeVisit",
      );
    const practiceDb = stack.subgraphs.curriculum.orm.em.fork() as EntityManager;
    for (const [i, role] of ROLES.entries()) {
      const habitToCheckIn = await habit(`矩阵打卡${i}`, HABITS_END);
      await joinOfS(habitToCheckIn);
      const held = await visit(`矩阵已见习${i}`);
      const reviewed = await visit(`矩阵待评${i}`);
      const signUpToReflect = await visitSignUpOfS(held);
      const visitToLeave = await visit(`矩阵退报见习${i}`);
      await visitSignUpOfS(visitToLeave);
      const reflectionToReview = await visitSignUpOfS(reviewed);
      // The visits took place: reflections are written after a visit.
      await practiceDb
        .getConnection()
        .execute(
          `update curriculum.practice_visit set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id in (?, ?)`,
          [held, reviewed],
        );
      idOf(
        await stack.query(
          `mutation ($input: SubmitPracticeReflectionInput!) { submitPracticeReflection(input: $input) { id } }`,
          { input: { signUpId: reflectionToReview, reflection: "矩阵心得" } },
          asS,
        ),
        "submitPracticeReflection",
      );
      practiceOf[role] = {
        habitToJoin: await habit(`矩阵加入${i}`, HABITS_END),
        habitToCheckIn,
        participationToRecord: await joinOfS(await habit(`矩阵结果${i}`, campusToday)),
        visitToJoin: await visit(`矩阵报名见习${i}`),
        visitToLeave,
        signUpToReflect,
        reflectionToReview,
      };
    }
    // The service client may run exactly the documents the matrix sends, for CONTACT only.
    const documents = new Set<string>();
    for (const f of fields)
      for (const path of PATHS[f.type] ?? []) documents.add(path.document(f.selection));
    for (const m of Object.values(MUTATIONS)) documents.add(m.document);
    documents.add(CASE_STATISTICS.document);
    documents.add(CASE_STATISTICS.list);
    for (const unit of AGGREGATE_UNITS) documents.add(aggregateDocument(unit.root));
    documents.add(caseAggregateDocument);
    documents.add(MENTAL_HEALTH_CASE.byId);
    documents.add(MENTAL_HEALTH_CASE.ofPerson);
    documents.add(MENTAL_HEALTH_CASE.step);
    documents.add(MY_REFERRALS);
    documents.add(VOLUNTEER_HOURS);
    documents.add(ROSTER.roster);
    documents.add(ROSTER.people);
    documents.add(ROSTER.grid);
    const client = await register("矩阵服务客户端", ["CONTACT"], [...documents]);
    const token = await fetch(`${stack.gateway.url}/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        grant_type: "client_credentials",
        client_id: client.client.id,
        client_secret: client.secret,
      }),
    });
    serviceToken = ((await token.json()) as { access_token: string }).access_token;
    for (const role of ROLES)
      revocable[role] = (
        await register(`待撤销${role}`, [], ["query Ping { __typename }"])
      ).client.id;
  }, 60_000);
  afterAll(() => stack?.stop());

  it("finds the sensitive fields in the supergraph, each with a way to reach it", () => {
    expect(fields.length).toBeGreaterThanOrEqual(8);
    expect(fields.map((f) => `${f.type}.${f.field}`)).toEqual(
      expect.arrayContaining([
        "Person.phone",
        "Person.familyAnnualIncome",
        "Warning.evidence",
        "Person.mentalHealthCategory",
        "Person.residence",
        "Person.grid",
        "Residence.room",
        "Residence.bed",
      ]),
    );
    const unreachable = fields
      .filter((f) => !PATHS[f.type]?.length)
      .map((f) => `${f.type}.${f.field}`);
    expect(unreachable, "add a PATHS entry for these types").toEqual([]);
    const unknownPurposes = fields.filter((f) =>
      f.purposes.some(
        (p) => !["CONTACT", "CARE", "FINANCIAL", "MENTAL_HEALTH", "RESIDENCE", "PARTY"].includes(p),
      ),
    );
    expect(unknownPurposes, "a new purpose needs a column in EXPECTED").toEqual([]);
  });

  it("allows every role exactly its purposes, inside its scope and outside it, on every path", async () => {
    const unexpectedAllows: string[] = [];
    const unexpectedDenials: string[] = [];
    let checks = 0;
    for (const f of fields) {
      for (const path of PATHS[f.type] ?? []) {
        for (const role of ROLES) {
          for (const subject of ["S", "O"] as const) {
            const held = subject === "S" ? EXPECTED[role].inScope : EXPECTED[role].outOfScope;
            const expected =
              f.purposes.some((p) => held.includes(p)) &&
              !(path.notToSubject && role === "student" && subject === "S");
            const res = await run(role, path.document(f.selection), path.variables(subject));
            const value = path.value(res.data);
            const forbidden = res.errors?.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
            const otherErrors = res.errors?.filter((e) => e.extensions?.code !== "FORBIDDEN") ?? [];
            const label = `${role} ${f.type}.${f.field} of ${subject} via ${path.name}`;
            checks++;
            if (otherErrors.length)
              unexpectedDenials.push(`${label}: ${otherErrors.map((e) => e.message).join("; ")}`);
            else if (expected && (value === null || value === undefined || forbidden))
              unexpectedDenials.push(label);
            // A denial is a null value with FORBIDDEN on the path, and the request still answered.
            else if (
              !expected &&
              ((value !== null && value !== undefined) || !forbidden || res.status !== 200)
            )
              unexpectedAllows.push(label);
          }
        }
      }
    }
    expect(checks).toBe(
      fields.reduce((n, f) => n + (PATHS[f.type]?.length ?? 0), 0) * ROLES.length * 2,
    );
    expect(unexpectedAllows).toEqual([]);
    expect(unexpectedDenials).toEqual([]);
  }, 120_000);

  it("counts every role's case statistics over exactly the cases the list shows it, small cells withheld without CARE", async () => {
    const unexpected: string[] = [];
    for (const role of ROLES) {
      const { students, suppressed } = CASE_STATISTICS.expected[role];
      const stats = await run(role, CASE_STATISTICS.document, CASE_STATISTICS.range);
      const list = await run(role, CASE_STATISTICS.list, CASE_STATISTICS.range);
      const total = at(stats.data, "assistanceCaseStatistics", "total");
      const listed = at(list.data, "assistanceCases", "totalCount");
      const expected = suppressed
        ? { students: null, opened: null, suppressed: true }
        : { students, opened: listed, suppressed: false };
      if (stats.errors?.length || list.errors?.length)
        unexpected.push(
          `${role}: ${[...(stats.errors ?? []), ...(list.errors ?? [])].map((e) => e.message).join("; ")}`,
        );
      else if (JSON.stringify(total) !== JSON.stringify(expected))
        unexpected.push(
          `${role}: ${JSON.stringify(total)}, expected ${JSON.stringify(expected)} (the list has ${String(listed)})`,
        );
      else if (students > 0 !== (typeof listed === "number" && listed > 0))
        unexpected.push(`${role}: the list has ${String(listed)} cases for ${students} students`);
      // The MENTAL_HEALTH cell counts what the list shows: S's case, to who may see it.
      const mental = (
        at(stats.data, "assistanceCaseStatistics", "byKind") as
          { kind: string; figures: unknown }[] | undefined
      )?.find((k) => k.kind === "MENTAL_HEALTH")?.figures;
      const mentalListed = at(list.data, "mental", "totalCount");
      const seen = MENTAL_HEALTH_CASE.seen.includes(role);
      const mentalExpected = !seen
        ? { students: 0, opened: 0, suppressed: false }
        : EXPECTED[role].inScope.includes("CARE")
          ? { students: 1, opened: 1, suppressed: false }
          : { students: null, opened: null, suppressed: true };
      if (mentalListed !== (seen ? 1 : 0))
        unexpected.push(`${role}: lists ${String(mentalListed)} MENTAL_HEALTH cases`);
      if (JSON.stringify(mental) !== JSON.stringify(mentalExpected))
        unexpected.push(
          `${role}: MENTAL_HEALTH cell ${JSON.stringify(mental)}, expected ${JSON.stringify(mentalExpected)}`,
        );
    }
    expect(unexpected).toEqual([]);
  });

  it("shows S's MENTAL_HEALTH case only to who holds MENTAL_HEALTH for S or serves on it, and lets only them with CARE work on it", async () => {
    const unexpected: string[] = [];
    for (const role of ROLES) {
      const seen = MENTAL_HEALTH_CASE.seen.includes(role);
      const byId = await run(role, MENTAL_HEALTH_CASE.byId, { id: mentalCaseOfS.id });
      const found = at(byId.data, "assistanceCase", "id") === mentalCaseOfS.id;
      const forbidden = byId.errors?.[0]?.extensions?.code === "FORBIDDEN";
      if (seen ? !found || byId.errors : found || !forbidden)
        unexpected.push(`${role} assistanceCase(id): ${JSON.stringify(byId.errors ?? byId.data)}`);
      const ofPerson = await run(role, MENTAL_HEALTH_CASE.ofPerson, { id: S.id });
      const cases = (at(ofPerson.data, "person", "cases") ?? []) as { id: string }[];
      if (cases.some((c) => c.id === mentalCaseOfS.id) !== seen)
        unexpected.push(`${role} Person.cases: ${seen ? "without" : "with"} the case`);
      const worked = MENTAL_HEALTH_CASE.worked.includes(role);
      const step = await run(role, MENTAL_HEALTH_CASE.step, {
        input: { caseId: mentalCaseOfS.id, memberId: people.task_force_member.id },
      });
      if (worked ? step.errors?.length : step.errors?.[0]?.extensions?.code !== "FORBIDDEN")
        unexpected.push(
          `${role} setTaskForceLead was ${worked ? "refused" : "allowed"}: ${JSON.stringify(step.errors ?? step.data)}`,
        );
    }
    expect(unexpected).toEqual([]);
  });

  it("gives every role exactly its warning statistics and unit warning lists of S's units and O's", async () => {
    const unexpected: string[] = [];
    for (const role of ROLES)
      for (const unit of AGGREGATE_UNITS)
        for (const subject of ["S", "O"] as const) {
          const expected = AGGREGATES[role][subject];
          const res = await run(role, aggregateDocument(unit.root), { id: unit[subject] });
          const stats = at(res.data, "node", "value", "total") as {
            raised: number | null;
            suppressed: boolean;
          } | null;
          const list = at(res.data, "node", "list", "totalCount") as number | null | undefined;
          // Fields resolve concurrently: the errors' order is no contract.
          const codes = (res.errors ?? [])
            .map((e) => `${e.path?.join(".")} ${e.extensions?.code}`)
            .sort();
          const actual: string =
            stats === null || stats === undefined
              ? at(res.data, "node", "list") === null &&
                codes.join() === "node.list FORBIDDEN,node.value FORBIDDEN"
                ? "forbidden"
                : `null with ${codes.join("; ")}`
              : codes.length || typeof list !== "number" || list < 1
                ? `served with ${codes.join("; ")} and a list of ${list}`
                : stats.suppressed && stats.raised === null
                  ? "suppressed"
                  : !stats.suppressed && (stats.raised ?? 0) > 0
                    ? "counts"
                    : JSON.stringify(stats);
          if (actual !== expected)
            unexpected.push(`${role} ${unit.name} of ${subject}: ${actual}, expected ${expected}`);
        }
    expect(unexpected).toEqual([]);
  }, 120_000);

  it("gives every role exactly its case statistics and unit case lists of S's school and college and O's", async () => {
    const unexpected: string[] = [];
    for (const role of ROLES)
      for (const unit of AGGREGATE_UNITS.filter((u) => u.root === "orgUnit"))
        for (const subject of ["S", "O"] as const) {
          const expected = AGGREGATES[role][subject];
          const res = await run(role, caseAggregateDocument, { id: unit[subject] });
          const stats = at(res.data, "node", "value", "total") as {
            opened: number | null;
            suppressed: boolean;
          } | null;
          const list = at(res.data, "node", "list", "totalCount") as number | null | undefined;
          const codes = (res.errors ?? [])
            .map((e) => `${e.path?.join(".")} ${e.extensions?.code}`)
            .sort();
          const actual: string =
            stats === null || stats === undefined
              ? at(res.data, "node", "list") === null &&
                codes.join() === "node.list FORBIDDEN,node.value FORBIDDEN"
                ? "forbidden"
                : `null with ${codes.join("; ")}`
              : codes.length || typeof list !== "number" || list < 1
                ? `served with ${codes.join("; ")} and a list of ${list}`
                : stats.suppressed && stats.opened === null
                  ? "suppressed"
                  : !stats.suppressed && stats.opened === list
                    ? "counts"
                    : `${JSON.stringify(stats)} beside a list of ${list}`;
          if (actual !== expected)
            unexpected.push(`${role} ${unit.name} of ${subject}: ${actual}, expected ${expected}`);
        }
    expect(unexpected).toEqual([]);
  }, 120_000);

  it("gives every role a roster of exactly the students people lists it, at the root and on a grid", async () => {
    const seen: Record<string, string[]> = {};
    const unexpected: string[] = [];
    for (const role of ROLES)
      for (const [subject, student, place] of [
        ["S", S, grid.id],
        ["O", O, otherGrid.id],
      ] as const) {
        const search = { search: student.name };
        const ids = (res: GraphQLResponse<Record<string, unknown>>, ...path: string[]) => {
          if (res.errors?.length)
            return `errors ${res.errors.map((e) => e.extensions?.code).join()}`;
          const list = at(res.data, ...path) as { id?: string; node?: { id: string } }[];
          return list.map((row) => row.id ?? row.node?.id).join();
        };
        const roster = ids(await run(role, ROSTER.roster, search), "roster", "nodes");
        const listed = ids(await run(role, ROSTER.people, search), "people", "edges");
        const ofGrid = ids(
          await run(role, ROSTER.grid, { ...search, id: place }),
          "grid",
          "students",
          "nodes",
        );
        if (roster !== listed || ofGrid !== listed)
          unexpected.push(`${role} ${subject}: roster ${roster}, grid ${ofGrid}, people ${listed}`);
        if (roster === student.id) (seen[subject] ??= []).push(role);
      }
    expect(unexpected).toEqual([]);
    // Not vacuous: the student sees only themselves, an administrator both, a counselor only S.
    expect(seen.S).toEqual(expect.arrayContaining(["student", "counselor", "admin"]));
    expect(seen.O).toContain("admin");
    expect(seen.O).not.toContain("student");
    expect(seen.O).not.toContain("counselor");
  }, 120_000);

  it("serves Person.volunteerHours to the student themselves and to every role whose duty covers them, and to no one else", async () => {
    const unexpected: string[] = [];
    for (const role of ROLES)
      for (const [subject, id] of [
        ["S", S.id],
        ["O", O.id],
      ] as const) {
        const res = await run(role, VOLUNTEER_HOURS, { id });
        const hours = (res.data?.person as { volunteerHours?: number } | null | undefined)
          ?.volunteerHours;
        // The same relationship the purposes follow: a role covering the student holds some purpose for them.
        const covers = EXPECTED[role][subject === "S" ? "inScope" : "outOfScope"].length > 0;
        if (covers && typeof hours !== "number")
          unexpected.push(
            `${role} misses ${subject}'s hours: ${res.errors?.map((e) => e.message).join("; ")}`,
          );
        if (!covers && hours !== undefined && hours !== null)
          unexpected.push(`${role} reads ${subject}'s hours`);
        if (!covers && !res.errors?.some((e) => e.extensions?.code === "FORBIDDEN"))
          unexpected.push(`${role} is not refused ${subject}'s hours with FORBIDDEN`);
      }
    expect(unexpected).toEqual([]);
  });

  it("lists every mutation of the public schema, and no mutation that is not there", async () => {
    const res = await gatewayQuery(stack, MUTATION_NAMES);
    const names = expectData(res)
      .__schema.mutationType?.fields?.map((f) => f.name)
      .sort();
    expect(
      Object.keys(MUTATIONS).sort(),
      "add the new mutation to MUTATIONS with who may run it",
    ).toEqual(names);
  });

  it("lists myReferrals to the psychology teacher the open referral was made to, and to no other role", async () => {
    const unexpected: string[] = [];
    for (const role of ROLES) {
      const res = await run(role, MY_REFERRALS, {});
      const rows = (res.data?.myReferrals ?? null) as
        { id: string; category: string | null; person: { id: string } | null }[] | null;
      if (res.errors?.length || !rows) {
        unexpected.push(`${role}: ${res.errors?.map((e) => e.message).join("; ")}`);
        continue;
      }
      const ids = rows.map((r) => r.id);
      if (ids.includes(R.O.id)) unexpected.push(`${role} sees the other teacher's referral of O`);
      if (role === "psychology_teacher") {
        if (!ids.includes(R.S.id)) unexpected.push(`${role} misses the referral of S made to them`);
        // Their open referral gives them MENTAL_HEALTH for the student: the category is served.
        if (rows.some((r) => r.category === null || r.person?.id !== S.id))
          unexpected.push(`${role} gets a row without its category, or of another student`);
      } else if (ids.length > 0) unexpected.push(`${role} sees ${ids.length} referrals`);
    }
    expect(unexpected).toEqual([]);
  });

  it("lets exactly the expected roles run each mutation, and refuses the rest with FORBIDDEN", async () => {
    const unexpected: string[] = [];
    for (const [name, mutation] of Object.entries(MUTATIONS)) {
      for (const role of ROLES) {
        const res = await run(
          role,
          mutation.document,
          mutation.variables(fixtures[role], revocable[role]),
        );
        const allowed = mutation.allowed.includes(role);
        if (allowed && (res.errors?.length || !res.data?.[name]))
          unexpected.push(
            `${role} ${name} was refused: ${res.errors?.map((e) => `${e.extensions?.code} ${e.message}`).join("; ")}`,
          );
        if (!allowed && !(res.errors?.[0]?.extensions?.code === "FORBIDDEN" && !res.data?.[name]))
          unexpected.push(`${role} ${name} was allowed`);
      }
    }
    expect(unexpected).toEqual([]);
  }, 120_000);
});
