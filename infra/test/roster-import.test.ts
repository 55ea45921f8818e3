/**
 * Roster import and people maintenance through the real gateway: schools (学院) and residential
 * colleges (书院) are organisation's, so people asks for them through the gateway's relay
 * (`schoolsAndColleges`), never reading organisation's tables; unknown names are reported per
 * row and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callers, expectData, gatewayQuery } from "@campus/testkit";
import { DatasetBuilder } from "@campus/demo-data";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const IMPORT = graphql(`
  mutation StackImportRoster($input: ImportRosterInput!) {
    importRoster(input: $input) {
      committed
      created
      problems {
        row
        column
        reason
        value
      }
    }
  }
`);
const CREATE = graphql(`
  mutation StackCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`);
const FIND = graphql(`
  query StackFindImported($search: String!) {
    people(first: 10, filter: { search: $search }) {
      edges {
        node {
          name
          school {
            name
          }
          college {
            name
          }
          studentClass {
            name
          }
          cohort
          degreeLevel
        }
      }
    }
  }
`);

const b = new DatasetBuilder("roster-import-stack");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
const dataset = b.build();
const HEADER = ["学号", "姓名", "学院", "书院", "班级", "入学年份", "培养层次"];

describe("roster import through the gateway", () => {
  let stack: StackHarness;
  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  const run = (rows: string[][], commit: boolean) =>
    gatewayQuery(
      stack,
      IMPORT,
      { input: { kind: "STUDENT", header: HEADER, rows, commit } },
      callers.admin(),
    );

  it("reports a school or college organisation does not know, and writes nothing", async () => {
    const report = expectData(
      await run(
        [
          ["2024300001", "林一", "电气工程学院", "彭康书院", "电气2401班", "2024", "本科"],
          ["2024300002", "林二", "不存在学院", "彭康书院", "", "2024", "本科"],
          ["2024300003", "林三", "电气工程学院", "不存在书院", "", "2024", "本科"],
          // A residential college is not a school.
          ["2024300004", "林四", "彭康书院", "", "", "2024", "本科"],
        ],
        true,
      ),
    ).importRoster;
    expect(report).toEqual({
      committed: false,
      created: 0,
      problems: [
        { row: 3, column: "学院", reason: "UNKNOWN_SCHOOL", value: "不存在学院" },
        { row: 4, column: "书院", reason: "UNKNOWN_COLLEGE", value: "不存在书院" },
        { row: 5, column: "学院", reason: "UNKNOWN_SCHOOL", value: "彭康书院" },
      ],
    });
    const found = expectData(await gatewayQuery(stack, FIND, { search: "林一" }, callers.admin()));
    expect(found.people.edges).toEqual([]);
  });

  it("writes a good file with its units by name, readable through organisation's names", async () => {
    const report = expectData(
      await run(
        [["2024300011", "林一一", "电气工程学院", "彭康书院", "电气2401班", "2024", "硕士"]],
        true,
      ),
    ).importRoster;
    expect(report).toEqual({ committed: true, created: 1, problems: [] });
    const found = expectData(await gatewayQuery(stack, FIND, { search: "一一" }, callers.admin()));
    expect(found.people.edges).toEqual([
      {
        node: {
          name: "林一一",
          school: { name: "电气工程学院" },
          college: { name: "彭康书院" },
          studentClass: { name: "电气2401班" },
          cohort: 2024,
          degreeLevel: "MASTER",
        },
      },
    ]);
  });

  it("refuses createPerson with a unit id organisation does not have as a school", async () => {
    const res = await gatewayQuery(
      stack,
      CREATE,
      {
        input: { kind: "STAFF", number: "T300001", name: "林老师", schoolId: college.id },
      },
      callers.admin(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.schoolId",
    });
    const ok = await gatewayQuery(
      stack,
      CREATE,
      { input: { kind: "STAFF", number: "T300001", name: "林老师", schoolId: school.id } },
      callers.admin(),
    );
    expect(ok.errors).toBeUndefined();
  });
});
