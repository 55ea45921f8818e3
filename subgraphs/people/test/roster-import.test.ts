/**
 * People maintained by administrators: createPerson, updatePerson and importRoster's guards, and
 * the name search at any position. This subgraph alone ("unchecked" graph: schools and colleges
 * are organisation's, checked through the gateway in infra/test/roster-import.test.ts); classes
 * are this subgraph's own and checked here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callers,
  errorsOf,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const CREATE = graphql(`
  mutation CreatePersonTest($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
      number
      kind
      cohort
      studentClass {
        id
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdatePersonTest($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      name
      number
      namePinyin
    }
  }
`);
const IMPORT = graphql(`
  mutation ImportRosterTest($input: ImportRosterInput!) {
    importRoster(input: $input) {
      committed
      rowCount
      created
      problemCount
      ignoredColumns
      problems {
        row
        column
        reason
        value
      }
    }
  }
`);
const SEARCH = graphql(`
  query SearchPeopleAnywhere($search: String!) {
    people(first: 50, filter: { search: $search }) {
      totalCount
      edges {
        node {
          name
          number
        }
      }
    }
  }
`);
const ROSTER_SEARCH = graphql(`
  query RosterSearchAnywhere($search: String!) {
    roster(filter: { search: $search }, pageSize: 50) {
      totalCount
      nodes {
        name
      }
    }
  }
`);

const b = new DatasetBuilder("roster-import-test");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const otherSchool = b.orgUnit({ name: "管理学院", kind: "SCHOOL" });
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
const otherClass = b.studentClass({ name: "管理2401班", schoolId: otherSchool.id, cohort: 2024 });
const present = b.student({ name: "欧阳小明", schoolId: school.id, classId: klass.id });
b.student({ name: "王明远", schoolId: school.id });
const counselor = b.staff({ name: "陈晓燕" });

const HEADER = ["学号", "姓名", "班级", "入学年份", "培养层次", "性别"];
const admin = callers.admin();

describe("people maintained", () => {
  let harness: SubgraphHarness;
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const run = (rows: string[][], commit: boolean, as = admin, header = HEADER) =>
    subgraphQuery(
      harness,
      "people",
      IMPORT,
      { input: { kind: "STUDENT", header, rows, commit } },
      as,
    );

  it("creates a student in a class, admins only, with unique numbers and existing classes", async () => {
    const input = {
      kind: "STUDENT" as const,
      number: "2024990001",
      name: "司马相如",
      classId: klass.id,
    };
    const refused = await subgraphQuery(
      harness,
      "people",
      CREATE,
      { input },
      callers.counselor(counselor.id),
    );
    expect(errorsOf(refused)).toEqual([[["createPerson"], "FORBIDDEN"]]);
    const created = expectData(await subgraphQuery(harness, "people", CREATE, { input }, admin));
    expect(created.createPerson).toMatchObject({
      name: "司马相如",
      kind: "STUDENT",
      studentClass: { id: klass.id },
    });
    const twice = await subgraphQuery(harness, "people", CREATE, { input }, admin);
    expect(errorsOf(twice)).toEqual([[["createPerson"], "BAD_USER_INPUT"]]);
    expect(twice.errors?.[0]?.extensions?.field).toBe("input.number");
    const noClass = await subgraphQuery(
      harness,
      "people",
      CREATE,
      {
        input: { ...input, number: "2024990002", classId: "00000000-0000-4000-8000-000000000000" },
      },
      admin,
    );
    expect(noClass.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.classId",
    });
    const otherSchoolsClass = await subgraphQuery(
      harness,
      "people",
      CREATE,
      { input: { ...input, number: "2024990003", schoolId: school.id, classId: otherClass.id } },
      admin,
    );
    expect(otherSchoolsClass.errors?.[0]?.extensions?.field).toBe("input.classId");
    const staffInClass = await subgraphQuery(
      harness,
      "people",
      CREATE,
      { input: { ...input, kind: "STAFF", number: "T990004" } },
      admin,
    );
    expect(staffInClass.errors?.[0]?.extensions?.field).toBe("input.classId");
  });

  it("updates a person's name (pinyin follows) and refuses another's number", async () => {
    const renamed = expectData(
      await subgraphQuery(
        harness,
        "people",
        UPDATE,
        { input: { id: counselor.id, name: "陈晓雯" } },
        admin,
      ),
    );
    expect(renamed.updatePerson).toMatchObject({ name: "陈晓雯", namePinyin: "chen xiao wen" });
    const taken = await subgraphQuery(
      harness,
      "people",
      UPDATE,
      { input: { id: counselor.id, number: present.number } },
      admin,
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.number",
    });
    const refused = await subgraphQuery(
      harness,
      "people",
      UPDATE,
      { input: { id: counselor.id, name: "某人" } },
      callers.student(present.id),
    );
    expect(errorsOf(refused)).toEqual([[["updatePerson"], "FORBIDDEN"]]);
  });

  it("reports every bad row by row and column, and a file with one bad row imports nothing", async () => {
    const rows = [
      ["2024100001", "赵一", "电气2401班", "2024", "本科", "男"],
      ["2024100002", "钱二", "电气2401班", "2024-02-30", "本科", "女"],
      [],
      ["2024100001", "孙三", "电气2401班", "2024", "本科", "男"],
      [present.number, "李四", "电气2401班", "2024", "硕士", "男"],
      ["2024100005", "周五", "不存在班", "2024", "本科", "女"],
      ["2024100006", "", "电气2401班", "2024", "专科", "女"],
    ];
    const report = expectData(await run(rows, true)).importRoster;
    expect(report).toMatchObject({ committed: false, created: 0, rowCount: 6 });
    expect(report.ignoredColumns).toEqual(["性别"]);
    expect(report.problems).toEqual([
      { row: 3, column: "入学年份", reason: "BAD_DATE", value: "2024-02-30" },
      { row: 5, column: "学号", reason: "DUPLICATE_IN_FILE", value: "2024100001" },
      { row: 6, column: "学号", reason: "ALREADY_PRESENT", value: present.number },
      { row: 7, column: "班级", reason: "UNKNOWN_CLASS", value: "不存在班" },
      { row: 8, column: "姓名", reason: "MISSING_VALUE", value: null },
      { row: 8, column: "培养层次", reason: "BAD_VALUE", value: "专科" },
    ]);
    expect(report.problemCount).toBe(6);
    // Nothing was written: the good first row is not there either.
    const found = expectData(
      await subgraphQuery(harness, "people", SEARCH, { search: "2024100001" }, admin),
    );
    expect(found.people.totalCount).toBe(0);
  });

  it("refuses a header without 学号 or 姓名, and callers who are not administrators", async () => {
    const noNumber = expectData(await run([["赵一"]], false, admin, ["姓名"])).importRoster;
    expect(noNumber.problems).toEqual([
      { row: 1, column: "学号", reason: "MISSING_COLUMN", value: null },
    ]);
    const refused = await run([["2024100001", "赵一"]], true, callers.counselor(counselor.id));
    expect(errorsOf(refused)).toEqual([[["importRoster"], "FORBIDDEN"]]);
  });

  it("checks without writing, then writes every row at once, class's school and cohort included", async () => {
    const rows = [
      ["2024200001", "上官婉儿", "电气2401班", "", "本科", "女"],
      ["2024200002", "诸葛明亮", "电气2401班", "2024年9月1日", "本科", "男"],
    ];
    const checked = expectData(await run(rows, false)).importRoster;
    expect(checked).toMatchObject({ committed: false, problemCount: 0, rowCount: 2 });
    const before = expectData(
      await subgraphQuery(harness, "people", SEARCH, { search: "20242000" }, admin),
    );
    expect(before.people.totalCount).toBe(0);
    const written = expectData(await run(rows, true)).importRoster;
    expect(written).toMatchObject({ committed: true, created: 2, problemCount: 0 });
    const after = expectData(
      await subgraphQuery(harness, "people", ROSTER_SEARCH, { search: "shangguan" }, admin),
    );
    expect(after.roster.nodes).toEqual([{ name: "上官婉儿" }]);
    const again = expectData(await run(rows, true)).importRoster;
    expect(again.problems.map((p) => p.reason)).toEqual(["ALREADY_PRESENT", "ALREADY_PRESENT"]);
  });

  it("finds a Chinese name by a part in the middle or at the end, and a number by its middle", async () => {
    const middle = expectData(
      await subgraphQuery(harness, "people", SEARCH, { search: "阳小" }, admin),
    );
    expect(middle.people.edges.map((e) => e.node.name)).toEqual(["欧阳小明"]);
    const end = expectData(await subgraphQuery(harness, "people", SEARCH, { search: "明" }, admin));
    expect(end.people.edges.map((e) => e.node.name).sort()).toEqual(
      ["欧阳小明", "王明远", "诸葛明亮"].sort(),
    );
    // The characters all there but not in this order: no match.
    const shuffled = expectData(
      await subgraphQuery(harness, "people", SEARCH, { search: "小阳" }, admin),
    );
    expect(shuffled.people.totalCount).toBe(0);
    const number = present.number.slice(3, 8);
    const byNumber = expectData(
      await subgraphQuery(harness, "people", SEARCH, { search: number }, admin),
    );
    expect(byNumber.people.edges.map((e) => e.node.number)).toContain(present.number);
    const roster = expectData(
      await subgraphQuery(harness, "people", ROSTER_SEARCH, { search: "阳小" }, admin),
    );
    expect(roster.roster.nodes).toEqual([{ name: "欧阳小明" }]);
  });
});
