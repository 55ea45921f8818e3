import type { Role } from "@campus/auth";
import { DatasetBuilder } from "./builder";
import type {
  Dataset,
  GrowthDomain,
  PersonSeed,
  PoliticalStatus,
  WarningCategory,
  WarningLevel,
  WarningStatus,
} from "./dataset";

/** A small deterministic PRNG (mulberry32): the demo set is the same on every machine. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split(
    "",
  );
const GIVEN =
  "子涵 浩然 欣怡 梓萱 宇轩 思远 雨桐 俊杰 佳怡 博文 诗琪 明轩 若曦 天佑 可馨 嘉懿 一鸣 语嫣 致远 书瑶 昊天 晨曦 紫涵 煜城 静怡 浩宇 梦洁 泽宇 婉清 景行 安然 逸飞 思彤 睿哲 心怡 启航 慧敏 铭泽 雅琪 志强".split(
    " ",
  );

export const DEMO_COLLEGES = [
  "彭康书院",
  "文治书院",
  "宗濂书院",
  "启德书院",
  "仲英书院",
  "南洋书院",
  "崇实书院",
  "励志书院",
  "钱学森书院",
];
const SCHOOLS = [
  "电气工程学院",
  "能源与动力工程学院",
  "机械工程学院",
  "电子与信息学部",
  "材料科学与工程学院",
  "管理学院",
  "人文社会科学学院",
  "数学与统计学院",
];
const MODULES = [
  "校史校情",
  "成长励志",
  "职业规划",
  "学业指导",
  "心理健康",
  "安全教育",
  "劳动教育",
  "美育素养",
  "体能习惯",
];
/** The modules' English names, in MODULES' order. */
const MODULES_EN = [
  "University history",
  "Growth and motivation",
  "Career planning",
  "Academic guidance",
  "Mental health",
  "Safety education",
  "Labour education",
  "Aesthetic literacy",
  "Fitness habits",
];

/** Midnight UTC `days` after `from`, plus `hour` hours. */
/** `value`, which the demo's own construction guarantees; a broken construction fails loudly. */
function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Demo data has no ${what}`);
  return value;
}

function daysFrom(from: Date, days: number, hour = 0): Date {
  return new Date(
    Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days, hour),
  );
}

export interface DemoUser {
  /** What `npm run token -- <name>` accepts. */
  key: string;
  personId: string;
  name: string;
  roles: Role[];
}

export interface DemoData {
  dataset: Dataset;
  users: DemoUser[];
}

/**
 * The demo campus `npm start` loads into an empty database: 2 colleges' buildings out of 9,
 * 240 students, their rooms, grids and branches, a term of formation courses and some warnings.
 * Ids and names are the same on every machine; dates are placed around `today`, so the demo always
 * has past sittings with attendance and upcoming ones open for enrolment.
 */
export function demoData(today: Date = new Date()): DemoData {
  const rnd = random(20240901);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const b = new DatasetBuilder("demo");

  const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
  const colleges = DEMO_COLLEGES.map((name) => b.orgUnit({ name, kind: "RESIDENTIAL_COLLEGE" }));
  const schools = SCHOOLS.map((name) => b.orgUnit({ name, kind: "SCHOOL" }));
  const generalBranches = colleges.map((college) =>
    b.orgUnit({
      name: `${college.name}党总支`,
      kind: "GENERAL_BRANCH",
      parentId: committee.id,
      collegeId: college.id,
    }),
  );
  b.orgUnit({ name: "星航志愿服务团临时党支部", kind: "TEMPORARY_BRANCH", parentId: committee.id });
  // Set up by an administrator through organisation's service (组织架构), as a real one would be.
  b.temporaryBranch({
    name: "迎新志愿服务临时党支部",
    parentId: committee.id,
    purpose: "迎新季志愿服务期间流动党员的教育管理",
    startsOn: "2026-08-20",
    endsOn: "2026-10-31",
  });

  const campus = b.campus({ name: "兴庆校区" });
  b.campus({ name: "创新港校区" });

  const staff: PersonSeed[] = [];
  const staffNames = ["刘建国", "陈晓燕", "王立新", "赵敏", "孙伟", "周静", "吴海涛", "郑丽"];
  for (const name of staffNames) staff.push(b.staff({ name, schoolId: pick(schools).id }));
  // Added with the access model; their own generator keeps every earlier demo row as it was.
  const more = random(20241128);
  const phone = () =>
    `1${3 + Math.floor(more() * 7)}${String(Math.floor(more() * 1e9)).padStart(9, "0")}`;
  for (const person of staff) person.phone = phone();
  const [psychologist, caseWorker, auditor, developer] = [
    "黄心宁",
    "马志远",
    "高嘉怡",
    "何文博",
  ].map((name) => b.staff({ name, phone: phone() }));
  // 班级: one class per school and cohort.
  const classes = new Map<string, ReturnType<typeof b.studentClass>>();
  const classOf = (schoolId: string, cohort: number) => {
    const key = `${schoolId}:${cohort}`;
    let found = classes.get(key);
    if (!found) {
      const school = present(
        schools.find((s) => s.id === schoolId),
        `school ${schoolId}`,
      );
      found = b.studentClass({
        name: `${school.name.replace(/学院|学部/, "")}${cohort % 100}01班`,
        schoolId,
        cohort,
      });
      classes.set(key, found);
    }
    return found;
  };

  const students: PersonSeed[] = [];
  // Two colleges' buildings in the demo; each floor is one grid, each branch covers two floors (1+N).
  for (const [c, college] of colleges.slice(0, 2).entries()) {
    const building = b.building({
      name: `${college.name.replace("书院", "")}${c + 1}号楼`,
      campusId: campus.id,
      floors: 6,
      collegeId: college.id,
    });
    for (let floor = 1; floor <= 6; floor++) {
      if (floor % 2 === 1) {
        const branchName = `${college.name}第${(floor + 1) / 2}师生联合党支部`;
        b.orgUnit({ name: branchName, kind: "JOINT_BRANCH", parentId: generalBranches[c].id });
      }
      const branch = present(b.data.orgUnits.at(-1), "branch");
      const grid = b.grid({
        name: `${building.name}${floor}层网格`,
        buildingId: building.id,
        branchId: branch.id,
      });
      for (let r = 1; r <= 5; r++) {
        const room = b.room({
          buildingId: building.id,
          gridId: grid.id,
          floor,
          number: `${floor}${String(r).padStart(2, "0")}`,
          capacity: 4,
        });
        for (let bed = 1; bed <= 4; bed++) {
          const cohort = 2021 + Math.floor(rnd() * 4);
          const status: PoliticalStatus =
            rnd() < 0.1
              ? "ACTIVIST"
              : rnd() < 0.06
                ? "PROBATIONARY_MEMBER"
                : rnd() < 0.1
                  ? "MASSES"
                  : "LEAGUE_MEMBER";
          const student = b.student({
            name: pick(SURNAMES) + pick(GIVEN),
            number: `${cohort % 100}${String(c + 1).padStart(2, "0")}${String(students.length + 1).padStart(6, "0")}`,
            cohort,
            schoolId: pick(schools).id,
            collegeId: college.id,
            politicalStatus: status,
          });
          student.classId = classOf(present(student.schoolId, "school"), cohort).id;
          student.phone = phone();
          student.familyAnnualIncome = more() < 0.3 ? 8000 + Math.floor(more() * 40) * 5000 : null;
          students.push(student);
          b.residence(student, room, { bed: String(bed), movedInOn: `${cohort}-09-01` });
        }
      }
    }
  }

  const courses = MODULES.map((module, i) =>
    b.course({
      code: `FF${String(i + 1).padStart(2, "0")}`,
      title: `新生养成教育·${module}`,
      category: "FRESHMAN_FORMATION",
      description: `综合能力提升计划第${i + 1}模块：${module}`,
    }),
  );
  courses.push(
    b.course({
      code: "PL01",
      title: "开学第一课",
      category: "PARTY_LECTURE",
      description: "学院党委书记讲党课",
    }),
  );
  courses.push(
    b.course({
      code: "RC01",
      title: "马列原著品读会",
      category: "READING_CIRCLE",
      description: "每两周一次的原著研读",
    }),
  );
  courses.push(
    b.course({
      code: "FO01",
      title: "大先生讲坛",
      category: "FORUM",
      description: "西迁老教授、教学名师走进社区",
    }),
  );
  for (const [i, course] of courses.entries()) {
    for (let s = 0; s < 2; s++) {
      // The first sitting of each course is behind us, the second still open for enrolment.
      const startsAt = daysFrom(today, i - 14 + s * 21, 11);
      const session = b.session(course, {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
        location: `${pick(["彭康", "文治"])}书院活动中心 ${100 + s + 1}`,
        instructorId: pick(staff).id,
        capacity: 80,
      });
      for (const student of students)
        if (rnd() < 0.12)
          b.enrolment(student, session, {
            enrolledAt: daysFrom(startsAt < today ? startsAt : today, -7, 8).toISOString(),
          });
    }
  }

  const categories: WarningCategory[] = [
    "ACADEMIC",
    "BEHAVIOUR",
    "MENTAL_HEALTH",
    "FINANCIAL",
    "SAFETY",
  ];
  const summaries: Record<WarningCategory, string> = {
    ACADEMIC: "本学期不及格学分达到预警线",
    BEHAVIOUR: "近两周多次晚归",
    MENTAL_HEALTH: "心理中心转介，需持续关注",
    FINANCIAL: "校园卡月消费显著偏低",
    SAFETY: "连续三日无门禁记录",
  };
  const statuses: WarningStatus[] = [
    "OPEN",
    "ASSIGNED",
    "ASSESSED",
    "INTERVENING",
    "TRACKING",
    "CLOSED",
  ];
  const levels: WarningLevel[] = ["YELLOW", "YELLOW", "ORANGE", "RED"];
  for (const student of students) {
    if (rnd() < 0.15) {
      const category = pick(categories);
      b.warning(student, {
        category,
        level: pick(levels),
        status: pick(statuses),
        summary: summaries[category],
        raisedAt: daysFrom(today, -1 - Math.floor(rnd() * 60), 8).toISOString(),
      });
    }
  }

  // Who covers whom: the scope each demo role has comes from these rows, not from its token.
  const [
    admin,
    counselor,
    adviser,
    gridLeader,
    buildingLeader,
    secretary,
    collegeAdmin,
    schoolAdmin,
  ] = staff;
  const grids = b.data.grids;
  const buildings = b.data.buildings;
  for (const grid of grids.slice(0, 3)) b.assign(counselor, "COUNSELOR", "GRID", grid.id);
  const firstClass = classOf(
    present(students[0].schoolId, "school"),
    present(students[0].cohort, "cohort"),
  );
  b.assign(counselor, "COUNSELOR", "CLASS", firstClass.id);
  const otherClass = present(
    [...classes.values()].find((c) => c.id !== firstClass.id),
    "second class",
  );
  b.assign(adviser, "CLASS_ADVISER", "CLASS", otherClass.id);
  b.assign(gridLeader, "GRID_LEADER", "GRID", grids[0].id);
  b.assign(buildingLeader, "BUILDING_LEADER", "BUILDING", buildings[1].id);
  b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", grids[0].branchId);
  b.assign(collegeAdmin, "COLLEGE_ADMIN", "UNIT", colleges[0].id);
  b.assign(schoolAdmin, "SCHOOL_ADMIN", "UNIT", schools[0].id);
  // Mental-health warnings were referred to the psychology teacher; financial ones became cases.
  for (const warning of b.data.warnings) {
    const student = present(
      students.find((s) => s.id === warning.personId),
      `student ${warning.personId}`,
    );
    if (warning.category === "MENTAL_HEALTH") {
      b.referral(student, psychologist, counselor, {
        category: warning.level === "RED" ? "PRIORITY" : "ATTENTION",
        referredAt: warning.raisedAt,
        note: "辅导员转介",
      });
    }
    if (warning.category === "FINANCIAL" && warning.status !== "CLOSED") {
      const assistanceCase = b.assistanceCase(student, counselor, {
        openedAt: warning.raisedAt,
        source: "WARNING",
        warningId: warning.id,
        kind: "ECONOMIC",
      });
      b.taskForceMember(assistanceCase, counselor, { duty: "专班负责人", lead: true });
      b.taskForceMember(assistanceCase, caseWorker, { duty: "资助与学业帮扶" });
    }
  }

  // 成长档案: a few facts per student over the last five months, across the five domains. Their
  // own generator, so adding them changed no earlier demo row.
  const growth = random(20261129);
  const facts: [GrowthDomain, string, string, number][] = [
    ["MORAL", "PARTY_ACTIVITY", "支部主题党日活动", 2],
    ["MORAL", "VOLUNTEER_HOURS", "社区志愿服务 4 小时", 2],
    ["INTELLECTUAL", "COURSE_COMPLETED", "新生养成教育·学业指导", 3],
    ["INTELLECTUAL", "ACADEMIC_AWARD", "数学建模竞赛校级奖", 6],
    ["PHYSICAL", "SPORTS_AWARD", "书院运动会 4×100 米接力", 4],
    ["PHYSICAL", "FITNESS_TEST", "体质健康测试达标", 3],
    ["AESTHETIC", "ART_PERFORMANCE", "书院迎新晚会合唱", 3],
    ["LABOUR", "LABOUR_PRACTICE", "宿舍楼公共区域劳动实践", 2],
  ];
  for (const student of students) {
    const n = 2 + Math.floor(growth() * 6);
    for (let i = 0; i < n; i++) {
      const [domain, kind, title, points] = facts[Math.floor(growth() * facts.length)];
      b.growthEvent(student, {
        domain,
        kind,
        title,
        points,
        occurredOn: daysFrom(today, -1 - Math.floor(growth() * 150))
          .toISOString()
          .slice(0, 10),
        source: "demo",
      });
    }
  }

  // 困难认定 and 一人一策 for the cases: recommended by the case worker, confirmed by the counselor;
  // two measures each, one due before today (overdue unless done), so the 督办 board has rows.
  // Their own generator and after every other row, so adding them changed no earlier demo row.
  const plans = random(20261130);
  const conditionSets = [
    ["SUBSISTENCE_ALLOWANCE", "SERIOUS_ILLNESS_IN_FAMILY"],
    ["LOW_INCOME_FAMILY", "FAMILY_DEBT"],
    ["RURAL_LOW_INCOME_REGISTER"],
    ["SUDDEN_HARDSHIP"],
  ];
  const confirmed = [
    "ESPECIALLY_DIFFICULT",
    "GENERALLY_DIFFICULT",
    "DIFFICULT",
    "GENERALLY_DIFFICULT",
  ];
  for (const assistanceCase of b.data.assistanceCases) {
    const i = Math.floor(plans() * conditionSets.length);
    const opened = new Date(assistanceCase.openedAt);
    const daysAfterOpening = (days: number, hour: number) => {
      const at = daysFrom(opened, days, hour);
      return (at > today ? today : at).toISOString();
    };
    assistanceCase.grading = {
      conditions: conditionSets[i],
      recommendedById: caseWorker.id,
      recommendedAt: daysAfterOpening(1, 9),
      confirmedGrade: confirmed[i],
      confirmedById: counselor.id,
      confirmedAt: daysAfterOpening(2, 9),
    };
    const day = (d: Date) => d.toISOString().slice(0, 10);
    b.caseMeasure(assistanceCase, caseWorker, {
      description: "申请国家助学金与临时困难补助",
      duty: "资助申请",
      dueOn: day(daysFrom(today, -1 - Math.floor(plans() * 20))),
      status: plans() < 0.4 ? "DONE" : "IN_PROGRESS",
      createdAt: daysAfterOpening(2, 10),
    });
    b.caseMeasure(assistanceCase, counselor, {
      description: "每两周谈心谈话并回访",
      duty: "专班负责人",
      dueOn: day(daysFrom(today, 7 + Math.floor(plans() * 30))),
      createdAt: daysAfterOpening(2, 10),
    });
  }

  // Party work in the secretary's branch (党员示范岗, 责任区, 党员先锋队): after every other row, so
  // no earlier demo row changed. Holders are the branch's party members: the secretary, the grid
  // leader (staff, full members) and probationary students living in the branch's grids.
  {
    const branchId = grids[0].branchId;
    const branchGrids = grids.filter((g) => g.branchId === branchId);
    const branchRooms = b.data.rooms.filter((r) => branchGrids.some((g) => g.id === r.gridId));
    const inBranch = new Set(branchRooms.map((r) => r.id));
    const probationary = b.data.residences
      .filter((r) => inBranch.has(r.roomId))
      .map((r) =>
        present(
          students.find((s) => s.id === r.personId),
          "resident",
        ),
      )
      .filter((s) => s.politicalStatus === "PROBATIONARY_MEMBER");
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const term = { startsOn: day(daysFrom(today, -60)), endsOn: day(daysFrom(today, 300)) };
    b.partyPost({
      holderId: secretary.id,
      title: "学风建设示范岗",
      duties: "每周两次晚自习巡查,组织学业互助小组",
      gridId: branchGrids[0].id,
      ...term,
    });
    b.partyPost({
      holderId: (probationary[0] ?? gridLeader).id,
      title: "文明宿舍示范岗",
      duties: "带头整理内务,每月组织一次宿舍安全检查",
      roomId: branchRooms[0].id,
      ...term,
    });
    b.responsibilityArea({
      branchId,
      memberId: secretary.id,
      name: `${branchGrids[0].name}责任区`,
      gridIds: [branchGrids[0].id],
    });
    if (branchGrids[1]) {
      const secondFloor = branchRooms.filter((r) => r.gridId === branchGrids[1].id);
      b.responsibilityArea({
        branchId,
        memberId: (probationary[1] ?? gridLeader).id,
        name: `${branchGrids[1].name}东侧责任区`,
        roomIds: secondFloor.slice(0, 2).map((r) => r.id),
      });
    }
    b.vanguardTeam(
      {
        branchId,
        name: "学风建设党员先锋队",
        purpose: "期末考试周学业帮扶与宿舍学风督导",
        memberIds: [secretary.id, gridLeader.id, ...probationary.slice(0, 2).map((s) => s.id)],
      },
      [
        { title: "组织期中考试答疑会", dueOn: day(daysFrom(today, -10)), doneById: gridLeader.id },
        { title: "走访学业预警同学宿舍", dueOn: day(daysFrom(today, 14)) },
      ],
    );

    // Governance (三张清单, 两级书记例会): the branch's regular meeting decided a problem, whose
    // measure is under way and whose responsibility missed its deadline (on the 督办 board); a
    // college-level problem for the college's administrator; an open meeting with minutes to sign off.
    const held = b.secretaryMeeting({
      level: "BRANCH",
      unitId: branchId,
      heldOn: day(daysFrom(today, -20)),
      topic: "支部书记例会：新生适应与学风建设",
      chairId: secretary.id,
      attendeeIds: [gridLeader.id, counselor.id],
      minutes: "一、通报新生适应情况；二、决定开展宿舍学风督导，由网格长牵头，每周走访。",
      signedOff: true,
    });
    const problem = b.workItem({
      list: "PROBLEM",
      title: "部分新生学业适应困难",
      description: "期中考试后多名新生出现学业预警",
      unitId: branchId,
      inChargeId: secretary.id,
      dueOn: day(daysFrom(today, 60)),
      level: "LEAD_DEPARTMENT",
      meetingId: held.id,
    });
    const measure = b.workItem({
      list: "MEASURE",
      parentId: problem.id,
      title: "党员结对开展宿舍学风督导",
      unitId: branchId,
      inChargeId: gridLeader.id,
      dueOn: day(daysFrom(today, 30)),
      status: "IN_PROGRESS",
      followUps: [
        { on: day(daysFrom(today, -7)), note: "已完成一号楼三层走访", byId: gridLeader.id },
      ],
    });
    b.workItem({
      list: "RESPONSIBILITY",
      parentId: measure.id,
      title: "每周走访学业预警同学宿舍并记录",
      unitId: branchId,
      inChargeId: gridLeader.id,
      dueOn: day(daysFrom(today, -3)),
    });
    b.workItem({
      list: "PROBLEM",
      title: "书院晚归率偏高",
      unitId: colleges[0].id,
      inChargeId: collegeAdmin.id,
      dueOn: day(daysFrom(today, 45)),
      level: "LEADER_STUDY",
    });
    b.secretaryMeeting({
      level: "BRANCH",
      unitId: branchId,
      heldOn: day(daysFrom(today, -1)),
      topic: "支部书记例会：期末考试周安排",
      chairId: secretary.id,
      attendeeIds: [gridLeader.id],
      minutes: "讨论期末考试周学业帮扶安排。",
    });
  }

  // Teams and volunteer service (队伍与志愿服务): a student leads the volunteer corps, whose members
  // logged hours, most verified, some awaiting the leader, one rejected; a lecture group besides.
  const teamLeader = students[5];
  const joined = daysFrom(today, -150).toISOString().slice(0, 10);
  const corps = b.team(teamLeader, { name: "星航志愿服务团", kind: "VOLUNTEER_CORPS" });
  const activities: [string, string][] = [
    ["社区环境整治", "彭康书院楼宇周边"],
    ["新生报到引导", "兴庆校区南门"],
    ["图书馆书籍整理", "钱学森图书馆"],
    ["社区老人陪伴", "兴庆路社区"],
  ];
  for (const [i, member] of [
    students[0],
    ...students.slice(1, 5),
    ...students.slice(6, 10),
  ].entries()) {
    b.teamMember(corps, member, { role: i === 1 ? "CADRE" : "MEMBER", joinedOn: joined });
    for (let k = 0; k < 3; k++) {
      const [activity, place] = activities[(i + k) % activities.length];
      b.volunteerService(corps, member, {
        activity,
        place,
        startsAt: daysFrom(today, -100 + k * 30 + i, 1).toISOString(),
        hours: 2 + ((i + k) % 3),
        decision: k === 2 ? null : i === 3 && k === 1 ? "REJECTED" : "VERIFIED",
        reason: i === 3 && k === 1 ? "活动签到表中没有该同学，请补充证明后重新登记" : null,
      });
    }
  }
  // Its activities (志愿活动): one under way with sign-ups, one checked in by the leader (their
  // hours await the leader's verification); one open to all students; one next week.
  const onTheMinute = (at: Date) => new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  const underWay = b.volunteerActivity(corps, {
    title: "社区义诊协助",
    place: "彭康书院一楼大厅",
    startsAt: onTheMinute(new Date(today.getTime() - 3_600_000)).toISOString(),
    hours: 3,
    slots: 8,
  });
  b.volunteerSignUp(underWay, students[0], { checkedIn: true });
  b.volunteerSignUp(underWay, students[2]);
  b.volunteerSignUp(underWay, students[3]);
  const campusWide = b.volunteerActivity(corps, {
    title: "垃圾分类宣传周",
    place: "兴庆校区主楼广场",
    startsAt: daysFrom(today, 3, 1).toISOString(),
    hours: 3,
    slots: 20,
    openToAllStudents: true,
  });
  b.volunteerSignUp(campusWide, students[1]);
  b.volunteerSignUp(campusWide, students[11]);
  const nextWeek = b.volunteerActivity(corps, {
    title: "新生报到引导",
    place: "兴庆校区南门",
    startsAt: daysFrom(today, 7, 0).toISOString(),
    hours: 4,
    slots: 6,
  });
  b.volunteerSignUp(nextWeek, students[6]);
  const lectures = b.team(students[12], { name: "西迁精神宣讲团", kind: "LECTURE_GROUP" });
  for (const [i, member] of students.slice(13, 17).entries()) {
    b.teamMember(lectures, member, { joinedOn: joined });
    b.volunteerService(lectures, member, {
      activity: "西迁精神进社区宣讲",
      place: "彭康书院报告厅",
      startsAt: daysFrom(today, -40 + i, 11).toISOString(),
      hours: 1.5,
      decision: i < 3 ? "VERIFIED" : null,
    });
  }

  // The climb plan (攀登计划): partner organisations with a contact, challenges on the board (one
  // with a team's claim awaiting the poster), a draft, and a project under way with its milestones
  // accepted, awaiting review and open, mentored by the counselor.
  const partnerContact = b.staff({ name: "韩立伟", phone: phone() });
  const enterprise = b.partner(
    { name: "西电集团研究院", kind: "ENTERPRISE", description: "输配电装备研发与检测" },
    [partnerContact],
  );
  const institute = b.partner({
    name: "先进材料研究院",
    kind: "RESEARCH_TEAM",
    description: "院士领衔的新材料研究团队",
  });
  b.partner({
    name: "陕西省能源研究所",
    kind: "INSTITUTION",
    description: "区域能源规划与节能评估",
  });
  const deadline = daysFrom(today, 45).toISOString().slice(0, 10);
  const grid = b.challenge(partnerContact, counselor, {
    partnerId: enterprise.id,
    title: "配电房巡检图像的缺陷识别",
    problem: "人工巡检配电房耗时且易漏检，能否用图像识别发现常见缺陷？",
    requirements: "具备 Python 与深度学习基础，能每周投入 6 小时",
    deliverables: "缺陷识别原型与测试报告",
    deadline,
    teamSizeMin: 2,
    teamSizeMax: 4,
    teamsWanted: 2,
  });
  b.claim(grid, students[20], [students[21], students[22]], {
    proposal: "先整理公开数据集训练基线模型，再用研究院提供的样本微调",
  });
  const materials = b.challenge(admin, counselor, {
    partnerId: institute.id,
    title: "低成本钙钛矿薄膜的稳定性测试",
    problem: "钙钛矿薄膜在湿热环境下衰减快，如何设计低成本的加速老化测试？",
    requirements: "材料或化学相关专业，能进实验室",
    deliverables: "测试方案与一个月的衰减数据",
    deadline,
    teamSizeMin: 2,
    teamSizeMax: 3,
    teamsWanted: 1,
  });
  b.project(
    materials,
    students[23],
    [students[24]],
    [
      {
        title: "开题报告",
        dueOn: daysFrom(today, -20).toISOString().slice(0, 10),
        status: "ACCEPTED",
      },
      {
        title: "测试方案",
        dueOn: daysFrom(today, 10).toISOString().slice(0, 10),
        status: "SUBMITTED",
      },
      { title: "结题报告", dueOn: daysFrom(today, 60).toISOString().slice(0, 10), status: "OPEN" },
    ],
  );
  b.challenge(counselor, counselor, {
    title: "书院公共空间使用率调查",
    problem: "书院自习室和活动室的使用时段分布如何，怎样调整开放时间？",
    requirements: "会做问卷和基本统计",
    deliverables: "调查报告",
    deadline,
    status: "DRAFT",
  });
  // Habit projects (攀登计划第一层): a fitness project whose period has ended, its results recorded
  // (one goal met, one not), and a study-style project under way this week; practice visits
  // (第二层): one held at the partner, a reflection accepted and one awaiting review, and one to
  // sign up for next week.
  const habitDay = (days: number) => daysFrom(today, days).toISOString().slice(0, 10);
  const run = b.habitProject(counselor, {
    kind: "FITNESS",
    title: "21天晨跑打卡",
    description: "每天晨跑 3 公里，在项目页打卡",
    goalCheckIns: 15,
    startsOn: habitDay(-30),
    endsOn: habitDay(-10),
    audience: "彭康书院2026级",
  });
  b.habitParticipant(
    run,
    students[25],
    Array.from({ length: 18 }, (_, i) => habitDay(-30 + i)),
    { recorded: true, resultNote: "坚持得很好" },
  );
  b.habitParticipant(
    run,
    students[26],
    Array.from({ length: 6 }, (_, i) => habitDay(-30 + i)),
    { recorded: true, resultNote: "下期继续加油" },
  );
  const study = b.habitProject(counselor, {
    kind: "STUDY_STYLE",
    title: "晚自习打卡·期中冲刺",
    description: "每晚在书院自习室学习两小时",
    goalCheckIns: 10,
    perWeek: 4,
    startsOn: habitDay(-3),
    endsOn: habitDay(18),
  });
  b.habitParticipant(study, students[25], [habitDay(-3), habitDay(-2)]);
  b.habitParticipant(study, students[27], [habitDay(-3)]);
  const held = b.practiceVisit(counselor, {
    title: "走进西电集团研究院",
    hostPartnerId: enterprise.id,
    hostName: null,
    guidingProblem: "输配电装备的可靠性是怎样被检测出来的？",
    places: "高压实验室、装备检测中心",
    startsAt: daysFrom(today, -7, 9).toISOString(),
    endsAt: daysFrom(today, -7, 12).toISOString(),
    capacity: 20,
  });
  b.practiceVisitSignUp(held, students[25], {
    reflection: "看到雷电冲击试验，理解了绝缘设计为什么要留裕度。",
    status: "ACCEPTED",
    reviewComment: "观察细致",
  });
  b.practiceVisitSignUp(held, students[26], {
    reflection: "检测中心的流程很规范。",
    status: "SUBMITTED",
  });
  b.practiceVisit(counselor, {
    title: "社区医院的一天",
    hostName: "雁塔区社区卫生服务中心",
    guidingProblem: "基层医疗怎样应对老年慢病管理？",
    places: "全科诊室、慢病随访室",
    startsAt: daysFrom(today, 7, 14).toISOString(),
    endsAt: daysFrom(today, 7, 17).toISOString(),
    capacity: 15,
  });
  // 三支队伍下沉: an office cadre and a security guard on the first grid's and building's duty roster,
  // an organiser for the first branch, and visits and talks recorded through people's services.
  const [cadre, guard, organiser] = ["韩晓东", "孙保国", "冯雅琴"].map((name) =>
    b.staff({ name, phone: phone() }),
  );
  const dutyGrid = grids[0];
  b.assign(cadre, "OFFICE_CADRE", "GRID", dutyGrid.id);
  b.assign(guard, "SECURITY", "BUILDING", dutyGrid.buildingId);
  b.assign(organiser, "ORGANISER", "BRANCH", dutyGrid.branchId);
  for (const weekday of [1, 3, 5])
    b.dutyShift(cadre, {
      role: "OFFICE_CADRE",
      placeKind: "GRID",
      placeId: dutyGrid.id,
      weekday,
      startTime: "18:30",
      endTime: "21:30",
    });
  for (let weekday = 1; weekday <= 7; weekday++)
    b.dutyShift(guard, {
      role: "SECURITY",
      placeKind: "BUILDING",
      placeId: dutyGrid.buildingId,
      weekday,
      startTime: "20:00",
      endTime: "24:00",
    });
  b.dutyShift(counselor, {
    role: "COUNSELOR",
    placeKind: "GRID",
    placeId: dutyGrid.id,
    weekday: 2,
    startTime: "14:00",
    endTime: "17:00",
  });
  const isoDay = (d: Date) => d.toISOString().slice(0, 10);
  const dutyRooms = b.data.rooms.filter((r) => r.gridId === dutyGrid.id).slice(0, 3);
  dutyRooms.forEach((room, i) =>
    b.visit(cadre, "community_staff", {
      visitedOn: isoDay(daysFrom(today, -3 - 7 * i, 12)),
      roomId: room.id,
      notes: ["宿舍整洁，无违规电器", "提醒同学按时归寝", "检查消防通道，已畅通"][i] ?? "宿舍走访",
    }),
  );
  const talkedWith = b.data.warnings.find(
    (w) =>
      w.category !== "MENTAL_HEALTH" &&
      students.some((s) => s.id === w.personId && s.classId === firstClass.id),
  );
  if (talkedWith)
    b.visit(counselor, "counselor", {
      kind: "TALK",
      visitedOn: isoDay(daysFrom(today, -2, 12)),
      studentId: talkedWith.personId,
      warningId: talkedWith.id,
      notes: "谈心谈话：近期学业压力较大，约定每周复盘一次学习计划",
    });

  // 学生自治岗位: the first grid's floor head and safety officer and its first room's dorm head,
  // residents appointed by the grid leader through people's service.
  const residentOf = (roomId: string) =>
    b.data.residences.find((r) => r.roomId === roomId)?.personId;
  const postRooms = b.data.rooms.filter(
    (r) => r.gridId === dutyGrid.id && residentOf(r.id) !== undefined,
  );
  const postHolder = (i: number) => {
    const room = postRooms[i % Math.max(postRooms.length, 1)];
    const person = room && students.find((s) => s.id === residentOf(room.id));
    return person ? { room, person } : undefined;
  };
  const [head, safety, dormHead] = [postHolder(0), postHolder(1), postHolder(2)];
  const term = { startsOn: isoDay(daysFrom(today, -60)), endsOn: isoDay(daysFrom(today, 240)) };
  if (head)
    b.governancePost(head.person, { kind: "FLOOR_HEAD", gridId: dutyGrid.id, ...term }, gridLeader);
  if (safety)
    b.governancePost(
      safety.person,
      { kind: "SAFETY_OFFICER", gridId: dutyGrid.id, ...term },
      gridLeader,
    );
  if (dormHead)
    b.governancePost(
      dormHead.person,
      { kind: "DORM_HEAD", roomId: dormHead.room.id, ...term },
      gridLeader,
    );

  const user = (key: string, person: PersonSeed, roles: Role[]): DemoUser => ({
    key,
    personId: person.id,
    name: person.name,
    roles,
  });
  // Science and technology competitions (科创竞赛), last so earlier ids stay as they were: the
  // demo student's team took a provincial first prize, another team entered and awaits its result.
  const challengeCup = b.competition({
    name: "“挑战杯”大学生课外学术科技作品竞赛",
    organiser: "共青团中央",
    level: "NATIONAL",
    year: 2026,
  });
  const internetPlus = b.competition({
    name: "中国国际大学生创新大赛（陕西赛区）",
    organiser: "陕西省教育厅",
    level: "PROVINCIAL",
    year: 2026,
  });
  b.competitionEntry(internetPlus, students[0], [students[1], students[2]], counselor, {
    title: "社区能耗可视化平台",
    result: "FIRST_PRIZE",
    resultNote: "省赛金奖",
  });
  b.competitionEntry(challengeCup, students[23], [students[24]], counselor, {
    title: "钙钛矿薄膜加速老化测试方法",
  });
  b.competitionEntry(challengeCup, students[0], [], counselor, {
    title: "书院自习室使用率调查",
    result: "PARTICIPATION",
  });
  // Pairings (结对共建) of the secretary's branch, recorded through organisation's service after
  // every other row, so no earlier demo row changed: a school's, a teachers' branch's naming a
  // teacher and a student, and an office's that has ended.
  {
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const branchId = grids[0].branchId;
    const teachers = present(
      b.data.orgUnits.find((u) => u.kind === "JOINT_BRANCH" && u.id !== branchId),
      "second joint branch",
    );
    b.pairing({
      kind: "SCHOOL_BRANCH",
      unitId: schools[0].id,
      branchId,
      startsOn: day(daysFrom(today, -120)),
      endsOn: day(daysFrom(today, 240)),
      plan: "学院教工党支部与书院学生党支部共建：每月一次学业讲座，每学期一次联合主题党日。",
      activities: [
        {
          heldOn: day(daysFrom(today, -110)),
          title: "联合主题党日：重温入党誓词",
          summary: "两支部党员共同参观校史馆并重温入党誓词。",
          participantCount: 36,
        },
        {
          heldOn: day(daysFrom(today, -45)),
          title: "专业导学讲座",
          summary: "学院教师为低年级同学讲解专业培养方案。",
          participantCount: 58,
        },
        {
          heldOn: day(daysFrom(today, -5)),
          title: "宿舍学风走访",
          summary: "",
          participantCount: 12,
        },
      ],
    });
    b.pairing({
      kind: "TEACHER_STUDENT",
      unitId: teachers.id,
      branchId,
      startsOn: day(daysFrom(today, -30)),
      endsOn: day(daysFrom(today, 330)),
      plan: "教师党员与学生党员一对一结对，每月谈心谈话一次。",
      teacherId: gridLeader.id,
      studentId: students[0].id,
      activities: [
        {
          heldOn: day(daysFrom(today, -20)),
          title: "结对谈心谈话",
          summary: "了解学业与生活情况，制定本学期学习计划。",
          participantCount: 2,
        },
      ],
    });
    b.pairing({
      kind: "OFFICE_BRANCH",
      unitId: committee.id,
      branchId,
      startsOn: day(daysFrom(today, -400)),
      endsOn: day(daysFrom(today, -40)),
      plan: "社区党委机关党员下沉支部，参与网格值班。",
      activities: [
        {
          heldOn: day(daysFrom(today, -300)),
          title: "机关党员进网格",
          summary: "机关党员参与一号楼网格夜间值班。",
          participantCount: 8,
        },
      ],
      ended: true,
    });
  }
  const users: DemoUser[] = [
    user("admin", admin, ["admin"]),
    user("counselor", counselor, ["counselor"]),
    user("student", students[0], ["student"]),
    user("team-leader", teamLeader, ["student"]),
    user("class-adviser", adviser, ["class_adviser"]),
    user("grid-leader", gridLeader, ["grid_leader"]),
    user("building-leader", buildingLeader, ["building_leader"]),
    user("branch-secretary", secretary, ["branch_secretary"]),
    user("college-admin", collegeAdmin, ["college_admin"]),
    user("school-admin", schoolAdmin, ["school_admin"]),
    user("psychology-teacher", psychologist, ["psychology_teacher"]),
    user("task-force-member", caseWorker, ["task_force_member"]),
    user("community-staff", cadre, ["community_staff"]),
    user("organiser", organiser, ["organiser"]),
    user("auditor", auditor, ["auditor"]),
    user("developer", developer, ["developer"]),
  ];
  // The freshman formation programme (新生养成教育) of the newest cohort, last so earlier ids stay
  // as they were: the nine modules (curriculum's standard ones), each counting its FF course.
  {
    const freshmen = Math.max(...students.map((s) => present(s.cohort, "cohort")));
    const programme = b.formationProgramme(
      freshmen,
      `${freshmen}级新生养成教育`,
      MODULES.map((nameZh, i) => ({
        nameZh,
        nameEn: MODULES_EN[i] ?? nameZh,
        requiredHours: 2,
      })),
    );
    for (const [i, course] of courses.slice(0, MODULES.length).entries())
      b.formationCourse(programme, i + 1, course, 2);
  }
  // Placements (安置, 攀登计划第三层级), last so earlier ids stay as they were: students of the
  // team with the provincial first prize (so meeting the tier-3 rule), supervised by the counselor
  // and recommended by their college administrator. The demo student's internship is evaluated and
  // their research-team proposal awaits the college; a classmate's is recommended and awaits the
  // supervisor, another's is under way, and one whose period has ended awaits the evaluation.
  {
    const day = (days: number) => daysFrom(today, days).toISOString().slice(0, 10);
    const college = { recommendedById: collegeAdmin.id };
    b.placement(students[0], counselor, {
      ...college,
      kind: "INTERNSHIP",
      partnerId: enterprise.id,
      teamName: null,
      topic: "配电设备状态监测数据分析实习",
      startsOn: day(-200),
      endsOn: day(-20),
      status: "EVALUATED",
      recommendation: "省赛金奖团队负责人，专业基础扎实，推荐赴研究院长期实习",
      grade: "EXCELLENT",
      evaluation: "独立完成监测数据清洗与缺陷统计，报告被研究院采用",
    });
    b.placement(students[0], counselor, {
      partnerId: institute.id,
      teamName: null,
      topic: "钙钛矿薄膜湿热老化机理研究",
      startsOn: day(30),
      endsOn: day(300),
    });
    b.placement(students[1], counselor, {
      ...college,
      teamName: "电力设备电气绝缘院士团队",
      topic: "高压直流电缆绝缘材料空间电荷研究",
      startsOn: day(14),
      endsOn: day(240),
      status: "RECOMMENDED",
      recommendation: "学业成绩前5%，竞赛经历突出，推荐进入院士团队",
    });
    b.placement(students[2], counselor, {
      ...college,
      partnerId: institute.id,
      teamName: null,
      topic: "新型储能材料表征",
      startsOn: day(-30),
      endsOn: day(150),
      status: "ACCEPTED",
      recommendation: "动手能力强，推荐进入研究院团队",
    });
    b.placement(students[1], counselor, {
      ...college,
      teamName: "智能电网领军团队",
      topic: "配电网故障定位算法复现",
      startsOn: day(-150),
      endsOn: day(-3),
      status: "ACCEPTED",
      recommendation: "编程基础好，推荐参加团队暑期科研训练",
    });
  }
  return { dataset: b.build(), users };
}
