import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DatasetBuilder, demoData, type PersonSeed } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type GraphQLResponse,
  type ResultOf,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

graphql(`
  fragment CurriculumPageInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);
const DEMO_COURSES = graphql(`
  query DemoCourses {
    courses(first: 100) {
      totalCount
      edges {
        node {
          code
          sessions {
            enrolledCount
          }
        }
      }
    }
  }
`);
const COURSE = graphql(`
  query CourseDetail($id: ID!) {
    course(id: $id) {
      id
      code
      title
      category
      description
      sessions {
        id
        startsAt
        location
      }
    }
  }
`);
const COURSE_AND_SESSION = graphql(`
  query CourseAndSession($courseId: ID!, $sessionId: ID!) {
    course(id: $courseId) {
      id
    }
    courseSession(id: $sessionId) {
      id
    }
  }
`);
const COURSES = graphql(`
  query Courses($first: Int, $after: String, $filter: CourseFilter) {
    courses(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          code
        }
      }
      pageInfo {
        ...CurriculumPageInfo
      }
    }
  }
`);
const SESSION = graphql(`
  query SessionWithEnrolments($id: ID!, $after: String) {
    courseSession(id: $id) {
      id
      startsAt
      endsAt
      location
      capacity
      enrolledCount
      course {
        code
      }
      instructor {
        id
      }
      enrolments(first: 2, after: $after) {
        totalCount
        edges {
          node {
            id
            status
            enrolledAt
            person {
              id
            }
            session {
              id
            }
          }
        }
        pageInfo {
          ...CurriculumPageInfo
        }
      }
    }
  }
`);
const NO_INSTRUCTOR = graphql(`
  query SessionWithoutInstructor($id: ID!) {
    courseSession(id: $id) {
      instructor {
        id
      }
      enrolments {
        totalCount
        edges {
          cursor
        }
        pageInfo {
          ...CurriculumPageInfo
        }
      }
    }
  }
`);
const COURSES_DEEP = graphql(`
  query CoursesDeep($n: Int!) {
    courses(first: $n) {
      edges {
        node {
          code
          sessions {
            startsAt
            enrolledCount
            instructor {
              id
            }
            course {
              title
            }
            enrolments(first: 2) {
              totalCount
              edges {
                node {
                  status
                  person {
                    id
                  }
                  session {
                    location
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
const ENROL = graphql(`
  mutation Enrol($s: ID!, $p: ID!) {
    enrol(sessionId: $s, personId: $p) {
      id
      status
      enrolledAt
      person {
        id
      }
      session {
        id
        enrolledCount
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation CancelEnrolment($e: ID!) {
    cancelEnrolment(enrolmentId: $e) {
      id
      status
      session {
        enrolledCount
      }
    }
  }
`);
const FULL_SESSION = graphql(`
  query FullSession($id: ID!) {
    courseSession(id: $id) {
      enrolledCount
      enrolments {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);
const ENROLMENTS_PAGE = graphql(`
  query SessionEnrolmentsPage($id: ID!, $first: Int, $after: String) {
    courseSession(id: $id) {
      enrolments(first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
          }
        }
        pageInfo {
          ...CurriculumPageInfo
        }
      }
    }
  }
`);

/** Federation's _entities: not in schema.graphql, so no typed document; the shape is written here. */
type Entities<T> = GraphQLResponse<{ _entities: (T | null)[] }>;
interface PersonEnrolments {
  id: string;
  enrolments: {
    id: string;
    status: string;
    session: { startsAt: string; location: string | null; course: { title: string } };
  }[];
}

const DAY = 86_400_000;
const inDays = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

describe("curriculum subgraph", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("curriculum-test");
  const students: PersonSeed[] = Array.from({ length: 40 }, (_, i) =>
    b.student({ name: `学生${String(i).padStart(2, "0")}` }),
  );
  const [s0, s1, s2, s3, s4, s5, s6] = students as [
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
  ];
  const instructor = b.staff({ name: "陈晓燕" });

  const history = b.course({
    code: "FF01",
    title: "新生养成教育·校史校情",
    category: "FRESHMAN_FORMATION",
    description: "第1模块",
  });
  const growth = b.course({
    code: "FF02",
    title: "新生养成教育·成长励志",
    category: "FRESHMAN_FORMATION",
  });
  const firstLesson = b.course({ code: "PL01", title: "开学第一课", category: "PARTY_LECTURE" });
  const reading = b.course({ code: "RC01", title: "马列原著品读会", category: "READING_CIRCLE" });
  const forum = b.course({ code: "FO01", title: "大先生讲坛", category: "FORUM" });

  // Sessions given out of order, to prove Course.sessions sorts by startsAt.
  const historyLater = b.session(history, {
    startsAt: inDays(40),
    endsAt: inDays(40, 12),
    location: "彭康书院活动中心 102",
    instructorId: instructor.id,
    capacity: 60,
  });
  const historyPast = b.session(history, {
    startsAt: "2024-09-10T10:00:00.000Z",
    endsAt: "2024-09-10T11:30:00.000Z",
    location: "彭康书院活动中心 101",
    instructorId: instructor.id,
    capacity: 60,
  });
  const growthPast = b.session(growth, {
    startsAt: "2024-09-20T10:00:00.000Z",
    endsAt: "2024-09-20T11:30:00.000Z",
    capacity: 30,
  });
  const growthOpen = b.session(growth, {
    startsAt: inDays(10),
    endsAt: inDays(10, 12),
    capacity: 30,
  });
  const lessonFull = b.session(firstLesson, {
    startsAt: inDays(5),
    endsAt: inDays(5, 12),
    capacity: 1,
  });
  const readingRace = b.session(reading, {
    startsAt: inDays(7),
    endsAt: inDays(7, 12),
    capacity: 3,
  });
  const forumRace = b.session(forum, { startsAt: inDays(8), endsAt: inDays(8, 12), capacity: 10 });

  // historyPast: five enrolments in a known order (one cancelled) for paging.
  const pastEnrolments = [s0, s1, s2, s3, s4].map((s, i) =>
    b.enrolment(s, historyPast, {
      enrolledAt: `2024-09-0${i + 1}T08:00:00.000Z`,
      status: s === s1 ? "CANCELLED" : "ENROLLED",
    }),
  );
  const s0Growth = b.enrolment(s0, growthPast, { enrolledAt: "2024-09-15T08:00:00.000Z" });
  const fullSeat = b.enrolment(s5, lessonFull, { enrolledAt: new Date().toISOString() });
  const s6Open = b.enrolment(s6, growthOpen, { enrolledAt: new Date().toISOString() });

  const db = () => harness.subgraphs.curriculum.orm.em.fork() as EntityManager;
  /** Every enrolment row as stored, to prove a refused mutation changed nothing. */
  const snapshot = () =>
    db()
      .getConnection()
      .execute<Record<string, unknown>[]>(`select * from curriculum.enrolment order by id`);

  const statements = () => harness.subgraphs.curriculum.statements.count;

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("seeds only an empty database when asked to", async () => {
    expect(await seed(db(), b.build(), { onlyIfEmpty: true })).toBe(false);
  });

  it("seeds the demo set", async () => {
    const { dataset } = demoData();
    expect(dataset.courses.length).toBeGreaterThan(0);
    const other = await startTestSubgraphs([{ definition, seed }], { dataset });
    try {
      const res = await subgraphQuery(other, "curriculum", DEMO_COURSES);
      expect(res.errors).toBeUndefined();
      const { courses } = expectData(res);
      expect(courses.totalCount).toBe(dataset.courses.length);
      const enrolled = courses.edges
        .flatMap((e) => e.node.sessions.map((s) => s.enrolledCount))
        .reduce((a, n) => a + n, 0);
      expect(enrolled).toBe(dataset.enrolments.filter((e) => e.status === "ENROLLED").length);
    } finally {
      await other.stop();
    }
  });

  it("finds a course by id with its sessions earliest first", async () => {
    const res = await subgraphQuery(harness, "curriculum", COURSE, { id: history.id });
    expect(res.errors).toBeUndefined();
    expect(expectData(res).course).toEqual({
      id: history.id,
      code: "FF01",
      title: "新生养成教育·校史校情",
      category: "FRESHMAN_FORMATION",
      description: "第1模块",
      sessions: [
        { id: historyPast.id, startsAt: historyPast.startsAt, location: "彭康书院活动中心 101" },
        { id: historyLater.id, startsAt: historyLater.startsAt, location: "彭康书院活动中心 102" },
      ],
    });
  });

  it("answers null for unknown ids and BAD_USER_INPUT for malformed ones", async () => {
    const unknown = await subgraphQuery(harness, "curriculum", COURSE_AND_SESSION, {
      courseId: UNKNOWN,
      sessionId: UNKNOWN,
    });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ course: null, courseSession: null });
    const badCourse = await subgraphQuery(harness, "curriculum", COURSE_AND_SESSION, {
      courseId: "FF01",
      sessionId: UNKNOWN,
    });
    expect(badCourse.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "id",
    });
    const badSession = await subgraphQuery(harness, "curriculum", COURSE_AND_SESSION, {
      courseId: UNKNOWN,
      sessionId: "1",
    });
    expect(badSession.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "id",
    });
  });

  it("pages through courses by code with cursors that continue where the last page ended", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<ResultOf<typeof COURSES>> = await subgraphQuery(
        harness,
        "curriculum",
        COURSES,
        { first: 2, after },
      );
      expect(res.errors).toBeUndefined();
      const { courses } = expectData(res);
      expect(courses.totalCount).toBe(5);
      seen.push(...courses.edges.map((e) => e.node.code));
      if (!courses.pageInfo.hasNextPage) break;
      after = courses.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(["FF01", "FF02", "FO01", "PL01", "RC01"]);
  });

  it("filters courses by category and by a prefix of code or title", async () => {
    const byCategory = await subgraphQuery(harness, "curriculum", COURSES, {
      filter: { category: "FRESHMAN_FORMATION" },
    });
    expect(byCategory.data?.courses.edges.map((e) => e.node.code)).toEqual(["FF01", "FF02"]);
    const byCode = await subgraphQuery(harness, "curriculum", COURSES, { filter: { search: "f" } });
    expect(byCode.data?.courses.edges.map((e) => e.node.code)).toEqual(["FF01", "FF02", "FO01"]);
    const byTitle = await subgraphQuery(harness, "curriculum", COURSES, {
      filter: { search: "马列" },
    });
    expect(byTitle.data?.courses.edges.map((e) => e.node.code)).toEqual(["RC01"]);
    const both = await subgraphQuery(harness, "curriculum", COURSES, {
      filter: { search: "新生", category: "PARTY_LECTURE" },
    });
    expect(both.data?.courses.totalCount).toBe(0);
    // A prefix, not a pattern: % and _ match only themselves.
    const wildcard = await subgraphQuery(harness, "curriculum", COURSES, {
      filter: { search: "%" },
    });
    expect(wildcard.data?.courses.totalCount).toBe(0);
  });

  it("rejects page sizes out of range and cursors it did not issue", async () => {
    const big = await subgraphQuery(harness, "curriculum", COURSES, { first: 1000 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const forged = await subgraphQuery(harness, "curriculum", ENROLMENTS_PAGE, {
      id: historyPast.id,
      after: "bm90LWEtY3Vyc29y",
    });
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "after",
    });
    const zero = await subgraphQuery(harness, "curriculum", ENROLMENTS_PAGE, {
      id: historyPast.id,
      first: 0,
    });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("finds a session with its course, instructor, counts and enrolments page by page", async () => {
    type Session = NonNullable<ResultOf<typeof SESSION>["courseSession"]>;
    const first = await subgraphQuery(harness, "curriculum", SESSION, { id: historyPast.id });
    expect(first.errors).toBeUndefined();
    const session: Session | null = expectData(first).courseSession;
    if (!session) throw new Error(`no session ${historyPast.id}`);
    expect(session).toMatchObject({
      id: historyPast.id,
      startsAt: historyPast.startsAt,
      endsAt: historyPast.endsAt,
      location: "彭康书院活动中心 101",
      capacity: 60,
      enrolledCount: 4,
      course: { code: "FF01" },
      instructor: { id: instructor.id },
    });
    type Page = NonNullable<Session["enrolments"]>;
    const seen: Page["edges"][number]["node"][] = [];
    let page: Page | null | undefined = session.enrolments;
    for (;;) {
      expect(page?.totalCount).toBe(5);
      seen.push(...(page?.edges.map((e) => e.node) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      const next: GraphQLResponse<ResultOf<typeof SESSION>> = await subgraphQuery(
        harness,
        "curriculum",
        SESSION,
        { id: historyPast.id, after: page.pageInfo.endCursor },
      );
      expect(next.errors).toBeUndefined();
      page = expectData(next).courseSession?.enrolments;
    }
    expect(seen).toEqual(
      pastEnrolments.map((e) => ({
        id: e.id,
        status: e.status,
        enrolledAt: e.enrolledAt,
        person: { id: e.personId },
        session: { id: historyPast.id },
      })),
    );
    const noInstructor = await subgraphQuery(harness, "curriculum", NO_INSTRUCTOR, {
      id: readingRace.id,
    });
    expect(noInstructor.data?.courseSession).toEqual({
      instructor: null,
      enrolments: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
    });
  });

  it("resolves courses, sessions and their enrolments with a number of statements that does not grow with the rows", async () => {
    const cost = async (n: number) => {
      const before = statements();
      const res = await subgraphQuery(harness, "curriculum", COURSES_DEEP, { n });
      expect(res.errors).toBeUndefined();
      expect(expectData(res).courses.edges).toHaveLength(n);
      return statements() - before;
    };
    const one = await cost(1);
    const all = await cost(5);
    expect(all).toBe(one);
    expect(all).toBeLessThanOrEqual(8);
  });

  it("extends Person with enrolments, newest session first, batched across representations", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id enrolments { id status session { startsAt location course { title } } } } } }`;
    const res: Entities<PersonEnrolments> = await harness.execute("curriculum", query, {
      r: [s0, s1, students[30]].map((s) => ({ __typename: "Person", id: s.id })),
    });
    expect(res.errors).toBeUndefined();
    const people = expectData(res)._entities;
    expect(people[0]).toEqual({
      id: s0.id,
      enrolments: [
        {
          id: s0Growth.id,
          status: "ENROLLED",
          session: {
            startsAt: growthPast.startsAt,
            location: growthPast.location,
            course: { title: "新生养成教育·成长励志" },
          },
        },
        {
          id: pastEnrolments[0].id,
          status: "ENROLLED",
          session: {
            startsAt: historyPast.startsAt,
            location: historyPast.location,
            course: { title: "新生养成教育·校史校情" },
          },
        },
      ],
    });
    expect(people[1]?.enrolments).toEqual([
      expect.objectContaining({ id: pastEnrolments[1].id, status: "CANCELLED" }),
    ]);
    expect(people[2]).toEqual({ id: students[30].id, enrolments: [] });

    const cost = async (people: PersonSeed[]) => {
      const before = statements();
      const r: Entities<PersonEnrolments> = await harness.execute("curriculum", query, {
        r: people.map((s) => ({ __typename: "Person", id: s.id })),
      });
      expect(r.errors).toBeUndefined();
      expect(r.data?._entities).toHaveLength(people.length);
      return statements() - before;
    };
    const three = await cost(students.slice(0, 3));
    const thirty = await cost(students.slice(0, 30));
    expect(thirty).toBe(three);
    expect(three).toBe(1); // enrolments, their sessions and the sessions' courses joined
  });

  it("resolves Course, CourseSession and Enrolment references by key, null for unknown or malformed keys", async () => {
    const res: Entities<{ code: string } | { location: string } | { status: string }> =
      await harness.execute(
        "curriculum",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Course { code } ... on CourseSession { location } ... on Enrolment { status } } }`,
        {
          r: [
            { __typename: "Course", id: forum.id },
            { __typename: "CourseSession", id: historyPast.id },
            { __typename: "Enrolment", id: pastEnrolments[1].id },
            { __typename: "Course", id: UNKNOWN },
            { __typename: "Enrolment", id: "not-an-id" },
          ],
        },
      );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([
      { code: "FO01" },
      { location: "彭康书院活动中心 101" },
      { status: "CANCELLED" },
      null,
      null,
    ]);
  });

  describe("enrol and cancelEnrolment", () => {
    const enrol = (variables: { s: string; p: string }, as: ReturnType<typeof callers.admin>) =>
      subgraphQuery(harness, "curriculum", ENROL, variables, as);
    const cancel = (variables: { e: string }, as: ReturnType<typeof callers.admin>) =>
      subgraphQuery(harness, "curriculum", CANCEL, variables, as);

    it("lets a student enrol themselves, cancel, and enrol again as a new enrolment", async () => {
      const started = Date.now();
      const res = await enrol({ s: historyLater.id, p: s2.id }, callers.student(s2.id));
      expect(res.errors).toBeUndefined();
      const enrolment = expectData(res).enrol;
      expect(enrolment).toMatchObject({
        status: "ENROLLED",
        person: { id: s2.id },
        session: { id: historyLater.id, enrolledCount: 1 },
      });
      expect(Date.parse(enrolment.enrolledAt)).toBeGreaterThanOrEqual(started - 1000);

      const mine: Entities<{ enrolments: { id: string; session: { id: string } }[] }> =
        await harness.execute(
          "curriculum",
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { enrolments { id session { id } } } } }`,
          { r: [{ __typename: "Person", id: s2.id }] },
        );
      // historyLater is the newest session s2 has, so it comes first.
      expect(mine.data?._entities[0]?.enrolments[0]).toEqual({
        id: enrolment.id,
        session: { id: historyLater.id },
      });

      const cancelled = await cancel({ e: enrolment.id }, callers.student(s2.id));
      expect(cancelled.errors).toBeUndefined();
      expect(expectData(cancelled).cancelEnrolment).toEqual({
        id: enrolment.id,
        status: "CANCELLED",
        session: { enrolledCount: 0 },
      });

      const again = await enrol({ s: historyLater.id, p: s2.id }, callers.student(s2.id));
      expect(again.errors).toBeUndefined();
      const second = expectData(again).enrol;
      expect(second.id).not.toBe(enrolment.id);
      expect(second.session.enrolledCount).toBe(1);
      const rows = await db()
        .getConnection()
        .execute<{ id: string; status: string }[]>(
          `select id, status from curriculum.enrolment where session_id = ? and person_id = ? order by enrolled_at`,
          [historyLater.id, s2.id],
        );
      expect(rows).toEqual([
        { id: enrolment.id, status: "CANCELLED" },
        { id: second.id, status: "ENROLLED" },
      ]);
    });

    it("lets an administrator enrol and cancel for anyone, also after the session started", async () => {
      const res = await enrol({ s: historyLater.id, p: s3.id }, callers.admin());
      expect(res.errors).toBeUndefined();
      expect(expectData(res).enrol).toMatchObject({ status: "ENROLLED", person: { id: s3.id } });
      const past = await cancel({ e: pastEnrolments[4].id }, callers.admin());
      expect(past.errors).toBeUndefined();
      expect(expectData(past).cancelEnrolment).toEqual({
        id: pastEnrolments[4].id,
        status: "CANCELLED",
        session: { enrolledCount: 3 },
      });
    });

    const refusals: [
      string,
      () => Promise<GraphQLResponse<unknown>>,
      string,
      Record<string, unknown>?,
    ][] = [
      [
        "a malformed session id",
        () => enrol({ s: "FF01-1", p: s4.id }, callers.admin()),
        "BAD_USER_INPUT",
        { field: "sessionId" },
      ],
      [
        "a malformed person id",
        () => enrol({ s: growthOpen.id, p: "2124000001" }, callers.admin()),
        "BAD_USER_INPUT",
        { field: "personId" },
      ],
      [
        "an unknown session",
        () => enrol({ s: UNKNOWN, p: s4.id }, callers.student(s4.id)),
        "NOT_FOUND",
      ],
      [
        "a session that has started",
        () => enrol({ s: historyPast.id, p: s5.id }, callers.student(s5.id)),
        "BAD_USER_INPUT",
        { field: "sessionId" },
      ],
      [
        "a second enrolment in the same session",
        () => enrol({ s: growthOpen.id, p: s6.id }, callers.student(s6.id)),
        "CONFLICT",
      ],
      [
        "a full session",
        () => enrol({ s: lessonFull.id, p: s4.id }, callers.admin()),
        "CONFLICT",
        { capacity: 1 },
      ],
      [
        "a student enrolling someone else",
        () => enrol({ s: growthOpen.id, p: s4.id }, callers.student(s3.id)),
        "FORBIDDEN",
      ],
      [
        "a counselor enrolling a student",
        () => enrol({ s: growthOpen.id, p: s4.id }, callers.counselor(instructor.id)),
        "FORBIDDEN",
      ],
      [
        "a service client enrolling a student",
        () => enrol({ s: growthOpen.id, p: s4.id }, callerFor(["service"])),
        "FORBIDDEN",
      ],
      [
        "a malformed enrolment id",
        () => cancel({ e: "x" }, callers.admin()),
        "BAD_USER_INPUT",
        { field: "enrolmentId" },
      ],
      ["an unknown enrolment", () => cancel({ e: UNKNOWN }, callers.admin()), "NOT_FOUND"],
      [
        "a student cancelling someone else's enrolment",
        () => cancel({ e: s6Open.id }, callers.student(s5.id)),
        "FORBIDDEN",
      ],
      [
        "cancelling a cancelled enrolment",
        () => cancel({ e: pastEnrolments[1].id }, callers.admin()),
        "CONFLICT",
      ],
      [
        "a student cancelling after the session started",
        () => cancel({ e: pastEnrolments[2].id }, callers.student(s2.id)),
        "BAD_USER_INPUT",
      ],
    ];

    it.each(refusals)("refuses %s and changes nothing", async (_what, make, code, extensions) => {
      const before = await snapshot();
      const res = await make();
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code, ...extensions });
      expect(await snapshot()).toEqual(before);
    });

    it("the full session stays full: its one seat is still the seeded one", async () => {
      const res = await subgraphQuery(harness, "curriculum", FULL_SESSION, { id: lessonFull.id });
      expect(res.data?.courseSession).toEqual({
        enrolledCount: 1,
        enrolments: { edges: [{ node: { id: fullSeat.id } }] },
      });
    });

    it("gives exactly `capacity` seats to ten students enrolling at once", async () => {
      const racers = students.slice(10, 20);
      const results = await Promise.all(
        racers.map((s) => enrol({ s: readingRace.id, p: s.id }, callers.student(s.id))),
      );
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(3);
      expect(lost).toHaveLength(7);
      for (const r of lost) expect(r.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const rows = await db()
        .getConnection()
        .execute<{ person_id: string; status: string }[]>(
          `select person_id, status from curriculum.enrolment where session_id = ?`,
          [readingRace.id],
        );
      expect(rows).toHaveLength(3);
      expect(rows.every((r) => r.status === "ENROLLED")).toBe(true);
      expect(new Set(rows.map((r) => r.person_id))).toEqual(
        new Set(won.map((r) => expectData(r).enrol.person?.id)),
      );
    });

    it("gives one seat to a student who enrols five times at once", async () => {
      const s = students[25];
      const results = await Promise.all(
        Array.from({ length: 5 }, () => enrol({ s: forumRace.id, p: s.id }, callers.student(s.id))),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors))
        expect(r.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const [count] = await db()
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from curriculum.enrolment where session_id = ?`,
          [forumRace.id],
        );
      expect(count?.n).toBe(1);
    });

    it("backs the one-active-row rule with a partial unique index", async () => {
      const insert = (status: string) =>
        db()
          .getConnection()
          .execute(
            `insert into curriculum.enrolment (id, session_id, person_id, status, enrolled_at) values (gen_random_uuid(), ?, ?, ?, now())`,
            [growthOpen.id, s6.id, status],
          );
      await insert("CANCELLED"); // any number of cancelled rows is fine
      await expect(insert("ENROLLED")).rejects.toThrow(/enrolment_session_person_active_unique/);
    });

    it("pages without repeats even over rows written outside the ORM with now()", async () => {
      await db()
        .getConnection()
        .execute(
          `insert into curriculum.enrolment (id, session_id, person_id, status, enrolled_at) select gen_random_uuid(), ?, p, 'CANCELLED', now() from unnest(array[?, ?, ?]::uuid[]) as p`,
          [growthOpen.id, s0.id, s1.id, s2.id],
        );
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GraphQLResponse<ResultOf<typeof ENROLMENTS_PAGE>> = await subgraphQuery(
          harness,
          "curriculum",
          ENROLMENTS_PAGE,
          { id: growthOpen.id, first: 1, after },
        );
        expect(res.errors).toBeUndefined();
        const page = expectData(res).courseSession?.enrolments;
        seen.push(...(page?.edges.map((e) => e.node.id) ?? []));
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor ?? null;
      }
      const [count] = await db()
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from curriculum.enrolment where session_id = ?`,
          [growthOpen.id],
        );
      expect(seen).toHaveLength(count?.n ?? -1);
      expect(new Set(seen).size).toBe(count?.n);
    });
  });
});
