/**
 * The roster (花名册) by risk: people lists and pages the students, evaluation knows what is open
 * about them, and people asks it through the gateway's relay (`openRisks`), then keeps only what
 * the caller could see on each profile. A branch's roster comes from the residents organisation
 * lends for its grids. Through the real gateway and all four subgraphs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import type { Caller } from "@campus/auth";
import { callerFor, callers } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";

const ROSTER = `query ($filter: RosterFilter, $orderBy: RosterOrder!, $page: Int!, $pageSize: Int!) {
  roster(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {
    totalCount pageCount nodes { name }
  }
}`;
const BRANCH_ROSTER = `query ($id: ID!, $filter: RosterFilter, $orderBy: RosterOrder!) {
  orgUnit(id: $id) { students(filter: $filter, orderBy: $orderBy) { totalCount nodes { name } } }
}`;

const b = new DatasetBuilder("roster-risk");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const committee = b.orgUnit({ name: "社区党委", kind: "PARTY_COMMITTEE" });
const branch = b.orgUnit({
  name: "电气学生第一党支部",
  kind: "JOINT_BRANCH",
  parentId: committee.id,
});
const otherBranch = b.orgUnit({
  name: "电气学生第二党支部",
  kind: "JOINT_BRANCH",
  parentId: committee.id,
});
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id });
const campus = b.campus();
const building = b.building({ name: "东13舍", campusId: campus.id });
const grid = b.grid({ name: "东13舍一层", buildingId: building.id, branchId: branch.id });
const otherGrid = b.grid({ name: "东13舍二层", buildingId: building.id, branchId: otherBranch.id });
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
const otherRoom = b.room({
  buildingId: building.id,
  gridId: otherGrid.id,
  floor: 2,
  number: "201",
});
const inClass = { schoolId: school.id, classId: klass.id };
// Pinyin order: an, bai, chen, ding, fang, gao.
const anna = b.student({ name: "安娜", ...inClass });
const baiBing = b.student({ name: "白冰", ...inClass });
const chenChen = b.student({ name: "陈晨", ...inClass });
const dingDong = b.student({ name: "丁冬", ...inClass });
const fangFang = b.student({ name: "方芳", ...inClass });
const gaoGe = b.student({ name: "高歌", ...inClass });
const counselor = b.staff({ name: "陈晓燕" });
const adviser = b.staff({ name: "王立新" });
b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
b.assign(adviser, "CLASS_ADVISER", "CLASS", klass.id);
b.residence(anna, room);
b.residence(baiBing, room, { bed: "2" });
b.residence(gaoGe, room, { bed: "3" });
b.residence(chenChen, otherRoom);
b.warning(anna, { category: "ACADEMIC", level: "RED" });
b.warning(baiBing, { category: "BEHAVIOUR", level: "YELLOW" });
b.assistanceCase(baiBing, counselor, { status: "ASSISTING", kind: "ECONOMIC" });
b.warning(chenChen, { category: "MENTAL_HEALTH", level: "ORANGE" });
b.warning(dingDong, { category: "ACADEMIC", level: "RED", status: "CLOSED" });
b.assistanceCase(fangFang, counselor, { status: "DISCOVERED", kind: "FAMILY" });
b.assistanceCase(gaoGe, counselor, { status: "CLOSED", kind: "ECONOMIC" });

interface Roster {
  totalCount: number;
  pageCount: number;
  nodes: { name: string }[];
}

describe("the roster by risk, asked of evaluation through the graph", () => {
  let stack: StackHarness;
  const asCounselor = callerFor(["counselor"], counselor.id, counselor.name);
  const asAdviser = callerFor(["class_adviser"], adviser.id, adviser.name);

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: b.build() });
  }, 60_000);
  afterAll(() => stack?.stop());

  const roster = async (
    caller: Caller,
    variables: { filter?: object; orderBy?: string; page?: number; pageSize?: number },
  ): Promise<Roster> => {
    const res = await stack.query<{ roster: Roster }>(
      ROSTER,
      { orderBy: "PINYIN", page: 1, pageSize: 20, ...variables },
      caller,
    );
    expect(res.errors).toBeUndefined();
    if (!res.data) throw new Error("no roster");
    return res.data.roster;
  };
  const names = (page: Roster) => page.nodes.map((node) => node.name);

  it("keeps the students with an open warning or case, as a counselor sees them", async () => {
    const any = await roster(asCounselor, { filter: { risk: "ANY" } });
    expect(names(any)).toEqual(["安娜", "白冰", "陈晨", "方芳"]);
    expect(any.totalCount).toBe(4);
    expect(names(await roster(asCounselor, { filter: { risk: "WARNING" } }))).toEqual([
      "安娜",
      "白冰",
      "陈晨",
    ]);
    expect(names(await roster(asCounselor, { filter: { risk: "CASE" } }))).toEqual([
      "白冰",
      "方芳",
    ]);
  });

  it("never counts what the caller could not see: a class adviser holds no MENTAL_HEALTH", async () => {
    expect(names(await roster(asAdviser, { filter: { risk: "ANY" } }))).toEqual([
      "安娜",
      "白冰",
      "方芳",
    ]);
    expect(names(await roster(asAdviser, { orderBy: "RISK" }))).toEqual([
      "安娜",
      "白冰",
      "方芳",
      "陈晨",
      "丁冬",
      "高歌",
    ]);
  });

  it("orders by risk: level, then open items, then the rest by pinyin, across pages", async () => {
    const all = await roster(asCounselor, { orderBy: "RISK" });
    expect(names(all)).toEqual(["安娜", "陈晨", "白冰", "方芳", "丁冬", "高歌"]);
    const second = await roster(asCounselor, { orderBy: "RISK", page: 2, pageSize: 3 });
    expect(names(second)).toEqual(["方芳", "丁冬", "高歌"]);
    expect([second.totalCount, second.pageCount]).toEqual([6, 2]);
    const straddling = await roster(asCounselor, { orderBy: "RISK", page: 2, pageSize: 4 });
    expect(names(straddling)).toEqual(["丁冬", "高歌"]);
    const filtered = await roster(asCounselor, {
      filter: { risk: "ANY", search: "b" },
      orderBy: "RISK",
    });
    expect(names(filtered)).toEqual(["白冰"]);
  });

  it("gives a student only themselves, and nothing by risk about anyone else", async () => {
    const asStudent = callerFor(["student"], baiBing.id, baiBing.name);
    expect(names(await roster(asStudent, { orderBy: "RISK" }))).toEqual(["白冰"]);
    expect(names(await roster(asStudent, { filter: { risk: "ANY" } }))).toEqual(["白冰"]);
  });

  it("gives a branch's roster of the residents of its grids, filtered and ordered by risk", async () => {
    const branchRoster = async (
      caller: Caller,
      id: string,
      filter?: object,
      orderBy = "PINYIN",
    ) => {
      const res = await stack.query<{ orgUnit: { students: Roster } }>(
        BRANCH_ROSTER,
        { id, filter, orderBy },
        caller,
      );
      expect(res.errors).toBeUndefined();
      if (!res.data) throw new Error("no branch roster");
      return res.data.orgUnit.students;
    };
    expect(names(await branchRoster(callers.admin(), branch.id))).toEqual(["安娜", "白冰", "高歌"]);
    expect(names(await branchRoster(callers.admin(), branch.id, { risk: "ANY" }))).toEqual([
      "安娜",
      "白冰",
    ]);
    expect(names(await branchRoster(asCounselor, otherBranch.id, undefined, "RISK"))).toEqual([
      "陈晨",
    ]);
    expect((await branchRoster(callers.admin(), school.id)).totalCount).toBe(0);
  });

  it("keeps openRisks out of the public API; evaluation answers it only to the gateway", async () => {
    const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
      res.errors?.[0]?.extensions?.code;
    const direct = await stack.query(`{ openRisks { studentId } }`, {}, callers.admin());
    expect(code(direct)).toBe("GRAPHQL_VALIDATION_FAILED");
    const user = await stack.execute(
      "evaluation",
      `{ openRisks { studentId } }`,
      {},
      callers.admin(),
    );
    expect(code(user)).toBe("FORBIDDEN");
  });
});
