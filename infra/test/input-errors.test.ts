import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { callers, expectData, gatewayQuery, type GraphQLResponse } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const PEOPLE_PAGE = graphql(`
  query InputErrorsPeoplePage($after: String) {
    people(first: 1, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

/**
 * Client mistakes in every kind of argument (a NUL in text, a cursor this API did not issue, a
 * date that does not exist, an id that is not one) are BAD_USER_INPUT through the gateway, on
 * root lists, nested connections and mutations alike, and no answer carries SQL or an internal
 * address.
 */
const SQL = /\bselect\b[\s\S]*\bfrom\b|insert into|\bdelete from\b|\$\d+::/i;
const INTERNAL = /127\.0\.0\.1|localhost:\d+|ECONNREFUSED/i;

function cursor(sortValue: unknown, id: unknown): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString("base64url");
}

const ID = randomUUID();
/** Never a cursor of any connection: wrong shape, garbage, a NUL, an id that is not one, over-long. */
const BAD_CURSORS = [
  "not-a-cursor",
  Buffer.from(JSON.stringify({ sortValue: "a", id: ID })).toString("base64url"),
  Buffer.from(JSON.stringify(["a", ID, 3])).toString("base64url"),
  cursor("a\u0000b", ID),
  cursor("2024-01-01T00:00:00.000Z", "not-a-uuid"),
  cursor(["nested"], ID),
  cursor("x".repeat(5000), ID),
];
/** Right shape, sort value of a type some column does not take: each connection refuses at least one. */
const WRONG_TYPED = [
  cursor(5, ID),
  cursor("not a date", ID),
  cursor("2026-02-31T00:00:00.000Z", ID),
  cursor("2026-02-31", ID),
  cursor(1e300, ID),
];

function expectClean(res: GraphQLResponse): void {
  expect(res.status).toBeLessThan(500);
  const text = JSON.stringify(res.errors ?? []);
  expect(text).not.toMatch(SQL);
  expect(text).not.toMatch(INTERNAL);
  for (const error of res.errors ?? []) expect(error.extensions?.code, error.message).toBeTruthy();
}

function expectBadInput(res: GraphQLResponse): void {
  expectClean(res);
  expect(res.errors?.length, JSON.stringify(res)).toBeGreaterThan(0);
  for (const error of res.errors ?? [])
    expect(error.extensions?.code, error.message).toBe("BAD_USER_INPUT");
}

const b = new DatasetBuilder("input-errors");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const studentClass = b.studentClass({ name: "电气2401", schoolId: school.id });
const student = b.student({ name: "学生甲", schoolId: school.id, classId: studentClass.id });
const counselor = b.staff({ name: "辅导员" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康1号楼", campusId: campus.id, floors: 2 });
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
const grid = b.grid({ name: "1层网格", buildingId: building.id, branchId: branch.id });
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
const residence = b.residence(student, room, { bed: "1" });
const course = b.course({ code: "FF01", title: "校史校情" });
const session = b.session(course, { instructorId: counselor.id });
b.enrolment(student, session);
b.warning(student, { level: "YELLOW" });
b.growthEvent(student);
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
const dataset = b.build();

/** Root connections, each with the selection that makes it run. */
const ROOT_LISTS = [
  "people",
  "accessRecords",
  "staffAssignments",
  "warnings",
  "courses",
  "grids",
  "assistanceCases",
  "overdueMeasures",
  "warningRules",
  "resources",
  "serviceClients",
];
/** Nested connections, reached from a parent that exists. */
const NESTED = [
  {
    name: "Person.accessRecords",
    query: `query($after: String, $id: ID!) { person(id: $id) { accessRecords(first: 2, after: $after) { totalCount } } }`,
    id: () => student.id,
  },
  {
    name: "Person.growthRecord",
    query: `query($after: String, $id: ID!) { person(id: $id) { growthRecord(first: 2, after: $after) { totalCount } } }`,
    id: () => student.id,
  },
  {
    name: "Person.inbox",
    query: `query($after: String, $id: ID!) { person(id: $id) { inbox(first: 2, after: $after) { totalCount } } }`,
    id: () => student.id,
  },
  {
    name: "StudentClass.students",
    query: `query($after: String, $id: ID!) { studentClass(id: $id) { students(first: 2, after: $after) { totalCount } } }`,
    id: () => studentClass.id,
  },
  {
    name: "OrgUnit.warnings",
    query: `query($after: String, $id: ID!) { orgUnit(id: $id) { warnings(first: 2, after: $after) { totalCount } } }`,
    id: () => school.id,
  },
  {
    name: "Building.warnings",
    query: `query($after: String, $id: ID!) { building(id: $id) { warnings(first: 2, after: $after, orderBy: DUE_AT) { totalCount } } }`,
    id: () => building.id,
  },
  {
    name: "Grid.warnings",
    query: `query($after: String, $id: ID!) { grid(id: $id) { warnings(first: 2, after: $after) { totalCount } } }`,
    id: () => grid.id,
  },
  {
    name: "CourseSession.enrolments",
    query: `query($after: String, $id: ID!) { courseSession(id: $id) { enrolments(first: 2, after: $after) { totalCount } } }`,
    id: () => session.id,
  },
];

describe("client mistakes in arguments", () => {
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  describe("a NUL in text", () => {
    it("is refused in a root list's filter, a nested argument and a mutation, naming the argument", async () => {
      const search = await stack.query(
        `query($s: String) { people(first: 5, filter: { search: $s }) { totalCount } }`,
        { s: "张\u0000" },
      );
      expectBadInput(search);
      expect(search.errors?.[0]?.message).toMatch(/filter\.search/);
      expectBadInput(
        await stack.query(`{ people(first: 5, filter: { search: "a\\u0000b" }) { totalCount } }`),
      );
      expectBadInput(
        await stack.query(
          `query($id: ID!) { person(id: $id) { evaluation(term: "2024\\u0000") { total } } }`,
          { id: student.id },
        ),
      );
      expectBadInput(
        await stack.query(
          `query($id: ID!) { person(id: $id) { growthRecord(first: 2, term: "a\\u0000") { totalCount } } }`,
          { id: student.id },
        ),
      );
      expectBadInput(await stack.query(`{ evaluationScheme(term: "\\u0000") { term } }`));
      expectBadInput(
        await stack.query(
          `mutation($id: ID!) { moveOut(residenceId: $id, movedOutOn: "2030-01-01") { id } }`,
          { id: `${residence.id}\u0000` },
        ),
      );
      const course = await stack.query(
        `mutation($input: CreateResourceInput!) { createResource(input: $input) { id } }`,
        {
          input: { title: "帮扶\u0000", kind: "TUTORING", description: "x", provider: "学工部" },
        },
      );
      expectClean(course);
      expect(course.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("cursors", () => {
    it.each(ROOT_LISTS)(
      "%s refuses every cursor it did not issue, and a wrong-typed sort value",
      async (list) => {
        const query = `query($after: String) { ${list}(first: 2, after: $after) { totalCount } }`;
        for (const after of BAD_CURSORS) expectBadInput(await stack.query(query, { after }));
        const wrong = await Promise.all(WRONG_TYPED.map((after) => stack.query(query, { after })));
        for (const res of wrong) expectClean(res);
        for (const res of wrong)
          if (res.errors)
            expect(res.errors.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
        expect(wrong.filter((res) => res.errors).length).toBeGreaterThanOrEqual(2);
        // A literal in the document is checked the same way as a variable.
        expectBadInput(
          await stack.query(`{ ${list}(first: 2, after: "${cursor(5, "nope")}") { totalCount } }`),
        );
      },
    );

    it.each(NESTED)(
      "$name refuses every cursor it did not issue, and a wrong-typed sort value",
      async ({ query, id }) => {
        for (const after of BAD_CURSORS) {
          const res = await stack.query(query, { after, id: id() });
          expectBadInput(res);
        }
        const wrong = await Promise.all(
          WRONG_TYPED.map((after) => stack.query(query, { after, id: id() })),
        );
        for (const res of wrong) expectClean(res);
        for (const res of wrong)
          if (res.errors)
            expect(res.errors.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
        expect(wrong.filter((res) => res.errors).length).toBeGreaterThanOrEqual(2);
      },
    );

    it("a cursor the API issued still pages", async () => {
      const first = expectData(await gatewayQuery(stack, PEOPLE_PAGE));
      const next = await gatewayQuery(stack, PEOPLE_PAGE, {
        after: first.people.pageInfo.endCursor,
      });
      expect(next.errors).toBeUndefined();
      expect(expectData(next).people.edges).toHaveLength(1);
    });
  });

  describe("impossible dates", () => {
    const impossible = [
      "2026-02-31",
      "2026-13-01",
      "2025-02-29",
      "0000-00-00",
      "2026-2-3",
      "not a date",
    ];
    const impossibleTimes = [
      "2026-02-31T00:00:00Z",
      "2026-01-01T25:00:00Z",
      "yesterday",
      "2026-01-01",
    ];

    it("LocalDate arguments in root filters and mutations, as variables and as literals", async () => {
      for (const day of impossible) {
        expectBadInput(
          await stack.query(
            `query($d: LocalDate) { staffAssignments(first: 2, filter: { activeOn: $d }) { totalCount } }`,
            { d: day },
          ),
        );
        expectBadInput(
          await stack.query(
            `{ staffAssignments(first: 2, filter: { activeOn: "${day}" }) { totalCount } }`,
          ),
        );
        expectBadInput(
          await stack.query(
            `mutation($d: LocalDate) { escalateOverdueMeasures(asOf: $d) { asOf } }`,
            { d: day },
          ),
        );
        expectBadInput(
          await stack.query(`mutation { escalateOverdueMeasures(asOf: "${day}") { asOf } }`),
        );
        expectBadInput(
          await stack.query(
            `mutation($id: ID!, $d: LocalDate!) { moveOut(residenceId: $id, movedOutOn: $d) { id } }`,
            { id: residence.id, d: day },
          ),
        );
        expectBadInput(
          await stack.query(`mutation($input: MoveInInput!) { moveIn(input: $input) { id } }`, {
            input: { personId: student.id, roomId: room.id, bed: "2", movedInOn: day },
          }),
        );
      }
    });

    it("the message names the value and its type", async () => {
      const res = await stack.query(
        `mutation { escalateOverdueMeasures(asOf: "2026-02-31") { asOf } }`,
      );
      expectBadInput(res);
      expect(res.errors?.[0]?.message).toMatch(/LocalDate.*2026-02-31/);
    });

    it("DateTimeISO arguments in root queries, filters and mutations", async () => {
      for (const at of impossibleTimes) {
        expectBadInput(
          await stack.query(
            `query($at: DateTimeISO) { accessRecords(first: 1, filter: { from: $at }) { totalCount } }`,
            { at },
          ),
        );
        expectBadInput(
          await stack.query(
            `mutation($at: DateTimeISO) { runWarningEngine(asOf: $at) { raised } }`,
            { at },
          ),
        );
        expectBadInput(
          await stack.query(`mutation { escalateOverdueWarnings(asOf: "${at}") { escalated } }`),
        );
        expectBadInput(
          await stack.query(
            `query($at: DateTimeISO!) { resourceOutcomeReport(from: $at, to: "2026-01-01T00:00:00Z") { resourceKind } }`,
            { at },
          ),
        );
        expectBadInput(
          await stack.query(
            `query($at: DateTimeISO!) { assistanceCaseStatistics(from: $at, to: "2026-01-01T00:00:00Z") { total { opened } } }`,
            { at },
          ),
        );
        expectBadInput(
          await stack.query(
            `query($at: DateTimeISO!) { warningStatistics(from: $at, to: "2026-01-01T00:00:00Z") { total { raised } } }`,
            { at },
          ),
        );
        expectBadInput(
          await stack.query(
            `query($at: DateTimeISO) { assistanceCases(first: 1, filter: { openedFrom: $at }) { totalCount } }`,
            { at },
          ),
        );
        expectBadInput(
          await stack.query(
            `query($at: DateTimeISO, $id: ID!) { building(id: $id) { warnings(filter: { raisedBefore: $at }) { totalCount } } }`,
            { at, id: building.id },
          ),
        );
      }
    });

    it("a real date is still taken", async () => {
      const res = await stack.query(
        `query($d: LocalDate) { staffAssignments(first: 2, filter: { activeOn: $d }) { totalCount } }`,
        { d: "2024-02-29" },
      );
      expect(res.errors).toBeUndefined();
    });
  });

  describe("ids that are not uuids", () => {
    it("are refused in root lookups, filters, nested lists and mutations", async () => {
      expectBadInput(await stack.query(`{ person(id: "42") { name } }`));
      expectBadInput(await stack.query(`{ grid(id: "1 or 1=1") { name } }`));
      expectBadInput(
        await stack.query(`{ people(first: 2, filter: { schoolId: "x" }) { totalCount } }`),
      );
      expectBadInput(
        await stack.query(
          `{ grids(first: 2, filter: { buildingId: "${building.id}x" }) { totalCount } }`,
        ),
      );
      expectBadInput(await stack.query(`mutation { markPushRead(pushId: "nope") { id } }`));
      expectBadInput(
        await stack.query(`mutation { advanceWarning(warningId: "nope", to: ASSESSED) { id } }`),
      );
    });

    it("a student is refused the same way, before any access decision", async () => {
      expectBadInput(
        await stack.query(`{ person(id: "42") { name } }`, undefined, callers.student(student.id)),
      );
      expectBadInput(
        await stack.query(
          `{ people(first: 2, filter: { search: "\\u0000" }) { totalCount } }`,
          undefined,
          callers.student(student.id),
        ),
      );
    });
  });
});
