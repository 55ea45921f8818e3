/**
 * Student governance posts (学生自治岗位: 楼层长, 宿舍长, 安全员) in the people subgraph alone: who may
 * appoint and end them (the grid's leader or counselor, an administrator; FORBIDDEN otherwise), the
 * holder a student, one holder per kind and place at a time (CONFLICT, also for two appointments at
 * once), ending with its boundaries, and the lists in a constant number of statements. The place
 * and the holder's residence are organisation's, asked through the gateway: infra/test's
 * governance-posts test covers them; alone the subgraph leaves them unchecked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, demoData } from "@campus/demo-data";
import {
  callerFor,
  errorsOf,
  expectData,
  startTestSubgraphs,
  type SubgraphHarness,
  type TypedDocumentNode,
} from "@campus/testkit";
import { print } from "graphql";
import type { Caller } from "@campus/auth";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import { statementsOf, type EntitiesResponse } from "./support";

const APPOINT = graphql(`
  mutation GovernanceAppoint($input: AppointGovernancePostInput!) {
    appointGovernancePost(input: $input) {
      id
      kind
      gridId
      roomId
      startsOn
      endsOn
      endedOn
      holder {
        id
      }
      appointedBy {
        id
      }
    }
  }
`);
const END = graphql(`
  mutation GovernanceEnd($postId: ID!, $endedOn: LocalDate) {
    endGovernancePost(postId: $postId, endedOn: $endedOn) {
      id
      endedOn
      endedBy {
        id
      }
    }
  }
`);
const PERSON_POSTS = graphql(`
  query GovernancePersonPosts($id: ID!) {
    person(id: $id) {
      governancePosts {
        kind
        gridId
        endedOn
      }
    }
  }
`);
const PAGE_POSTS = graphql(`
  query GovernancePagePosts($n: Int!) {
    people(first: $n, filter: { kind: STUDENT }) {
      edges {
        node {
          id
          governancePosts {
            id
            kind
          }
        }
      }
    }
  }
`);

const b = new DatasetBuilder("people-governance-posts");
const campus = b.campus();
const building = b.building({ name: "启德2号楼", campusId: campus.id });
const branch = b.orgUnit({ name: "第2师生联合党支部", kind: "JOINT_BRANCH" });
const grids = [0, 1, 2, 3].map((i) =>
  b.grid({ name: `${i + 1}层网格`, buildingId: building.id, branchId: branch.id }),
);
const [grid, otherGrid] = grids;
const room = b.room({ buildingId: building.id, gridId: grids[3].id, floor: 4, number: "401" });
const students = ["陈思远", "林晓", "王子涵", "李浩然", "张一鸣", "刘思远"].map((name) =>
  b.student({ name }),
);
const [first, second, third, fourth, fifth] = students;
const leaderPerson = b.staff({ name: "周网格" });
const counselorPerson = b.staff({ name: "王辅导" });
const adminPerson = b.staff({ name: "刘建国" });
const outsiderPerson = b.staff({ name: "赵局外" });
b.assign(leaderPerson, "GRID_LEADER", "GRID", grid.id);
b.assign(counselorPerson, "COUNSELOR", "GRID", otherGrid.id);
const dataset = b.build();

const leader = callerFor(["grid_leader"], leaderPerson.id, "周网格");
const counselor = callerFor(["counselor"], counselorPerson.id, "王辅导");
const admin = callerFor(["admin"], adminPerson.id, "刘建国");
const outsider = callerFor(["community_staff"], outsiderPerson.id, "赵局外");
const student = callerFor(["student"], first.id, "陈思远");

const appointment = (over: Record<string, unknown> = {}) => ({
  input: {
    kind: "FLOOR_HEAD" as const,
    holderId: first.id,
    gridId: grid.id,
    startsOn: "2026-09-01",
    endsOn: "2027-01-15",
    ...over,
  },
});

describe("people: student governance posts (学生自治岗位)", () => {
  let harness: SubgraphHarness;
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const run = <R, V>(document: TypedDocumentNode<R, V>, variables: V, as: Caller) =>
    harness.execute<R>("people", print(document), variables as Record<string, unknown>, as);
  const count = async () =>
    (
      (await harness.subgraphs.people.orm.em
        .fork()
        .getConnection()
        .execute("select count(*)::int as n from people.governance_post")) as { n: number }[]
    )[0]?.n;
  const codeOf = (res: Awaited<ReturnType<typeof run>>) => errorsOf(res)[0]?.[1];
  /** The growth facts people's outbox holds for governance posts. */
  const postEvents = async () =>
    (await harness.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute(
        `select key, subject, payload, next_attempt_at >= '2027-01-15T16:00:00Z' as waits
           from people.outbox_event where key like 'governance-post:%' order by seq`,
      )) as { key: string; subject: string; payload: unknown; waits: boolean }[];

  let floorHead = "";
  it("lets the grid's leader appoint a resident student for a term", async () => {
    const res = expectData(await run(APPOINT, appointment(), leader)).appointGovernancePost;
    floorHead = res.id;
    expect(res).toMatchObject({
      kind: "FLOOR_HEAD",
      gridId: grid.id,
      roomId: null,
      startsOn: "2026-09-01",
      endsOn: "2027-01-15",
      endedOn: null,
      holder: { id: first.id },
      appointedBy: { id: leaderPerson.id },
    });
    // A cadre post for the student's growth record, written with the appointment.
    expect((await postEvents()).filter((e) => e.key === `governance-post:${res.id}`)).toEqual([
      {
        key: `governance-post:${res.id}`,
        subject: first.id,
        payload: {
          domain: "MORAL",
          kind: "CADRE_POST",
          title: "学生自治岗位：楼层长",
          points: 1,
          occurredOn: "2026-09-01",
        },
        waits: false,
      },
    ]);
  });

  it("refuses what does not hold with a code, writing nothing", async () => {
    const before = await count();
    const refusals: [Caller, Record<string, unknown>, string][] = [
      [leader, { endsOn: "2026-08-31" }, "BAD_USER_INPUT"], // ends before it starts
      [leader, { gridId: null, roomId: grid.id }, "BAD_USER_INPUT"], // a floor head is in a grid
      [leader, { kind: "DORM_HEAD" }, "BAD_USER_INPUT"], // a dorm head is in a room
      [leader, { holderId: leaderPerson.id, kind: "SAFETY_OFFICER" }, "BAD_USER_INPUT"], // not a student
      [leader, { holderId: "00000000-0000-4000-8000-000000000000" }, "BAD_USER_INPUT"],
      [leader, { holderId: second.id, startsOn: "2027-01-15", endsOn: "2027-07-01" }, "CONFLICT"], // meets the last day
      [leader, { holderId: second.id, startsOn: "2026-06-01", endsOn: "2026-09-01" }, "CONFLICT"], // meets the first day
      [leader, { gridId: otherGrid.id }, "FORBIDDEN"], // a grid they do not lead
      [counselor, {}, "FORBIDDEN"], // a counselor of another grid
      [outsider, {}, "FORBIDDEN"],
      [student, {}, "FORBIDDEN"],
    ];
    const events = await postEvents();
    for (const [as, over, code] of refusals) {
      const res = await run(APPOINT, appointment(over), as);
      expect([over, codeOf(res)]).toEqual([over, code]);
    }
    expect(await count()).toBe(before);
    expect(await postEvents()).toEqual(events);
  });

  it("says who holds the place and for which term when it refuses an overlapping appointment", async () => {
    const res = await run(
      APPOINT,
      appointment({ holderId: second.id, startsOn: "2026-10-01", endsOn: "2026-12-31" }),
      leader,
    );
    expect(codeOf(res)).toBe("CONFLICT");
    const error = res.errors?.[0];
    expect(error?.message).toBe(
      "this grid already has a floor head: 陈思远, from 2026-09-01 to 2027-01-15",
    );
    expect(error?.extensions).toMatchObject({
      code: "CONFLICT",
      field: "input.startsOn",
      overlapsId: floorHead,
      holderId: first.id,
      holderName: "陈思远",
      heldFrom: "2026-09-01",
      heldUntil: "2027-01-15",
    });
  });

  it("lets another kind, another place and the next term through", async () => {
    const safety = await run(
      APPOINT,
      appointment({ kind: "SAFETY_OFFICER", holderId: second.id }),
      leader,
    );
    expect(safety.errors).toBeUndefined();
    const next = await run(
      APPOINT,
      appointment({ holderId: third.id, startsOn: "2027-01-16", endsOn: "2027-07-15" }),
      leader,
    );
    expect(next.errors).toBeUndefined();
    // A post whose term starts later reaches the growth record on its first day, not before.
    const nextId = (next.data as { appointGovernancePost: { id: string } }).appointGovernancePost
      .id;
    expect((await postEvents()).find((e) => e.key === `governance-post:${nextId}`)).toMatchObject({
      subject: third.id,
      waits: true,
    });
    const counselorsGrid = await run(
      APPOINT,
      appointment({ gridId: otherGrid.id, holderId: second.id }),
      counselor,
    );
    expect(counselorsGrid.errors).toBeUndefined();
    const dormHead = await run(
      APPOINT,
      appointment({ kind: "DORM_HEAD", gridId: null, roomId: room.id, holderId: third.id }),
      admin,
    );
    expect(dormHead.errors).toBeUndefined();
  });

  it("makes exactly one of two appointments racing for the same kind and place", async () => {
    const race = (holderId: string) =>
      run(APPOINT, appointment({ gridId: grids[2].id, holderId }), admin);
    const results = await Promise.all([race(fourth.id), race(fifth.id)]);
    expect(results.map(codeOf).sort()).toEqual(["CONFLICT", undefined]);
  });

  it("ends a post from a day within its term, once, by whoever may appoint it", async () => {
    expect(codeOf(await run(END, { postId: floorHead, endedOn: "2026-12-01" }, outsider))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await run(END, { postId: floorHead, endedOn: "2026-08-31" }, leader))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await run(END, { postId: floorHead, endedOn: "2027-01-16" }, leader))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await run(END, { postId: "00000000-0000-4000-8000-000000000000" }, leader))).toBe(
      "NOT_FOUND",
    );
    const ended = expectData(await run(END, { postId: floorHead, endedOn: "2026-12-01" }, leader));
    expect(ended.endGovernancePost).toMatchObject({
      endedOn: "2026-12-01",
      endedBy: { id: leaderPerson.id },
    });
    expect(codeOf(await run(END, { postId: floorHead, endedOn: "2026-12-02" }, leader))).toBe(
      "CONFLICT",
    );
    // From the day it ended, the place is free for a successor.
    const successor = await run(
      APPOINT,
      appointment({ holderId: second.id, startsOn: "2026-12-01", endsOn: "2027-01-15" }),
      leader,
    );
    expect(successor.errors).toBeUndefined();
    const dayBefore = await run(
      APPOINT,
      appointment({ holderId: third.id, startsOn: "2026-11-30", endsOn: "2026-11-30" }),
      leader,
    );
    expect(codeOf(dayBefore)).toBe("CONFLICT");
    // Ended early, the term it was held is said up to the day before it ended.
    expect(dayBefore.errors?.[0]?.message).toBe(
      "this grid already has a floor head: 陈思远, from 2026-09-01 to 2026-11-30",
    );
    expect(dayBefore.errors?.[0]?.extensions).toMatchObject({ heldUntil: "2026-11-30" });

    // A post ended on its first day was never held: it stands in no one's way, not even of a term
    // that starts before it.
    const never = expectData(
      await run(
        APPOINT,
        appointment({
          kind: "SAFETY_OFFICER",
          gridId: otherGrid.id,
          holderId: fourth.id,
          startsOn: "2026-10-01",
        }),
        admin,
      ),
    ).appointGovernancePost;
    expectData(await run(END, { postId: never.id, endedOn: never.startsOn }, admin));
    const instead = await run(
      APPOINT,
      appointment({ kind: "SAFETY_OFFICER", gridId: otherGrid.id, holderId: fifth.id }),
      admin,
    );
    expect(instead.errors).toBeUndefined();
  });

  it("lists a student's posts, past ones too, to anyone signed in", async () => {
    const mine = expectData(await run(PERSON_POSTS, { id: first.id }, student)).person;
    expect(mine?.governancePosts).toEqual([
      { kind: "FLOOR_HEAD", gridId: grid.id, endedOn: "2026-12-01" },
    ]);
    const seen = expectData(await run(PERSON_POSTS, { id: second.id }, student)).person;
    expect(seen?.governancePosts.map((p) => p.kind).sort()).toEqual([
      "FLOOR_HEAD",
      "FLOOR_HEAD",
      "SAFETY_OFFICER",
    ]);
  });

  it("lists a grid's posts held or ahead, ended ones left out", async () => {
    type Posts = { governancePosts: { kind: string; holder: { id: string } }[] };
    const res: EntitiesResponse<Posts> = await harness.execute<{ _entities: (Posts | null)[] }>(
      "people",
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Grid { governancePosts { kind holder { id } } } } }`,
      { representations: [{ __typename: "Grid", id: grid.id, residentIds: [] }] },
      leader,
    );
    expect(res.errors).toBeUndefined();
    const posts = res.data?._entities[0]?.governancePosts ?? [];
    // The ended floor head is gone; its successor, the next term's and the safety officer remain.
    expect(posts.map((p) => `${p.kind}:${p.holder.id}`).sort()).toEqual(
      [`FLOOR_HEAD:${second.id}`, `FLOOR_HEAD:${third.id}`, `SAFETY_OFFICER:${second.id}`].sort(),
    );
  });

  it("reads the posts of a page of students, and of many grids, in the same statements as of few", async () => {
    const few = await statementsOf(harness, () => run(PAGE_POSTS, { n: 2 }, admin));
    const many = await statementsOf(harness, () => run(PAGE_POSTS, { n: 6 }, admin));
    expect(expectData(many.result).people.edges.length).toBe(6);
    expect(many.statements).toBe(few.statements);
    // Each grid's posts with their holders: the posts in one statement, the holders in one more.
    const gridsPosts = (ids: string[]) =>
      statementsOf(harness, () =>
        harness.execute<{
          _entities: ({ governancePosts: { holder: { name: string } }[] } | null)[];
        }>(
          "people",
          `query ($representations: [_Any!]!) { _entities(representations: $representations) {
            ... on Grid { governancePosts { holder { name } } } } }`,
          { representations: ids.map((id) => ({ __typename: "Grid", id, residentIds: [] })) },
          admin,
        ),
      );
    const one = await gridsPosts([grid.id]);
    const three = await gridsPosts([grid.id, otherGrid.id, grids[2].id]);
    expect(three.result.data?._entities.every((g) => (g?.governancePosts.length ?? 0) > 0)).toBe(
      true,
    );
    expect(three.statements).toBe(one.statements);
  });
});

describe("people: the demo campus's governance posts, appointed through the service", () => {
  let harness: SubgraphHarness;
  const demo = demoData();
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: demo.dataset });
  });
  afterAll(() => harness?.stop());

  it("has the first grid's floor head, safety officer and a dorm head, appointed by its grid leader", async () => {
    const leader = demo.users.find((u) => u.key === "grid-leader");
    const rows = (await harness.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute("select kind, appointed_by_id from people.governance_post order by kind")) as {
      kind: string;
      appointed_by_id: string;
    }[];
    expect(rows.map((r) => r.kind)).toEqual(["FLOOR_HEAD", "DORM_HEAD", "SAFETY_OFFICER"]);
    expect(new Set(rows.map((r) => r.appointed_by_id))).toEqual(new Set([leader?.personId]));
  });
});
