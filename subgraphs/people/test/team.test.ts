import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, demoData } from "@campus/demo-data";
import {
  callerFor,
  covering,
  errorsOf,
  expectData,
  startTestSubgraphs,
  type ExecuteOptions,
  type SubgraphHarness,
  type TypedDocumentNode,
} from "@campus/testkit";
import { print } from "graphql";
import type { Caller } from "@campus/auth";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import { statementsOf } from "./support";

const CREATE = graphql(`
  mutation TeamCreate($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      kind
      leader {
        id
      }
    }
  }
`);
const ADD = graphql(`
  mutation TeamAdd($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      id
      role
      joinedOn
      leftOn
    }
  }
`);
const END = graphql(`
  mutation TeamEnd($input: EndTeamMembershipInput!) {
    endTeamMembership(input: $input) {
      id
      leftOn
    }
  }
`);
const LOG = graphql(`
  mutation VolunteerLog($input: LogVolunteerServiceInput!) {
    logVolunteerService(input: $input) {
      id
      status
      hours
      term
    }
  }
`);
const VERIFY = graphql(`
  mutation VolunteerVerify($input: VerifyVolunteerServiceInput!) {
    verifyVolunteerService(input: $input) {
      id
      status
      decidedAt
      decidedBy {
        id
      }
      transitions {
        from
        to
        note
        by {
          id
        }
      }
    }
  }
`);
const REJECT = graphql(`
  mutation VolunteerReject($input: RejectVolunteerServiceInput!) {
    rejectVolunteerService(input: $input) {
      id
      status
      reason
      transitions {
        from
        to
        note
      }
    }
  }
`);
const TEAM = graphql(`
  query TeamPage($id: ID!, $term: String) {
    team(id: $id) {
      id
      name
      viewerRuns
      members(first: 50) {
        totalCount
        edges {
          node {
            role
            person {
              id
            }
          }
        }
      }
      verifiedHours(term: $term)
    }
  }
`);
const QUEUE = graphql(`
  query TeamQueue($id: ID!, $term: String) {
    team(id: $id) {
      pendingVolunteerService {
        id
        person {
          id
        }
      }
      members(first: 50) {
        edges {
          node {
            verifiedHours(term: $term)
            person {
              id
            }
          }
        }
      }
    }
  }
`);
const MEMBER_HOURS = graphql(`
  query TeamMemberHours($id: ID!, $term: String) {
    team(id: $id) {
      members(first: 50) {
        edges {
          node {
            verifiedHours(term: $term)
            person {
              id
              name
            }
          }
        }
      }
    }
  }
`);
const MY_TEAMS = graphql(`
  query MyTeams {
    teams {
      id
      name
      viewerRuns
      viewerIsMember
    }
  }
`);
const HOURS = graphql(`
  query VolunteerHours($id: ID!, $term: String) {
    person(id: $id) {
      volunteerHours(term: $term)
      volunteerService(first: 50) {
        totalCount
        edges {
          node {
            id
            status
            activity
            hours
            reason
          }
        }
      }
    }
  }
`);

const b = new DatasetBuilder("people-teams");
const adminPerson = b.staff({ name: "刘建国" });
const counselorPerson = b.staff({ name: "陈晓燕" });
const [leaderPerson, ziHan, haoRan, yiMing, outsider] = [
  "杨文博",
  "王子涵",
  "李浩然",
  "张一鸣",
  "刘思远",
].map((name) => b.student({ name }));
// A team loaded by the seed through the services: one verified record, one awaiting, one rejected.
const seededLeader = b.student({ name: "陈可欣" });
const seededMember = b.student({ name: "赵雨桐" });
const seeded = b.team(seededLeader, { name: "西迁精神宣讲团", kind: "LECTURE_GROUP" });
b.teamMember(seeded, seededMember, { joinedOn: "2026-03-01" });
b.volunteerService(seeded, seededMember, {
  startsAt: "2026-04-10T01:00:00.000Z",
  hours: 2,
  decision: "VERIFIED",
});
b.volunteerService(seeded, seededMember, { startsAt: "2026-10-10T01:00:00.000Z", hours: 3 });
b.volunteerService(seeded, seededMember, {
  startsAt: "2026-10-11T01:00:00.000Z",
  hours: 1,
  decision: "REJECTED",
  reason: "签到表无记录",
});

const admin = callerFor(["admin"], adminPerson.id, "刘建国");
const leader = callerFor(["student"], leaderPerson.id, "杨文博");
const asStudent = (person: { id: string; name: string }) =>
  callerFor(["student"], person.id, person.name);
const counselor = callerFor(["counselor"], counselorPerson.id, "陈晓燕");

/** An ISO instant on a day of 2026 (UTC+8 on campus: 01:00Z is 09:00 there). */
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, "0")}:00:00.000Z`;

describe("people: teams and verified volunteer service (队伍与志愿服务)", () => {
  let harness: SubgraphHarness;
  let teamId = "";
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const run = <R, V>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    as: Caller,
    options?: ExecuteOptions,
  ) =>
    harness.execute<R>(
      "people",
      print(document),
      variables as Record<string, unknown>,
      as,
      options,
    );
  /** Rows of a statement, read straight from the subgraph's tables. */
  const sql = async <Row>(query: string, params: unknown[] = []): Promise<Row[]> =>
    (await harness.subgraphs.people.orm.em.fork().getConnection().execute(query, params)) as Row[];
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;
  const log = (
    as: Caller,
    startsAt: string,
    endsAt: string,
    extra: { activity?: string; teamId?: string } = {},
  ) =>
    run(
      LOG,
      {
        input: {
          teamId: extra.teamId ?? teamId,
          activity: extra.activity ?? "社区环境整治",
          place: "彭康书院",
          startsAt,
          endsAt,
        },
      },
      as,
    );
  const verify = (serviceId: string, as: Caller = leader) =>
    run(VERIFY, { input: { serviceId, note: "已核对签到表" } }, as);
  const reject = (serviceId: string, reason: string, as: Caller = leader) =>
    run(REJECT, { input: { serviceId, reason } }, as);
  const hoursOf = async (person: { id: string; name: string }, term?: string) => {
    const found = expectData(await run(HOURS, { id: person.id, term }, asStudent(person))).person;
    if (!found) throw new Error(`no person ${person.name}`);
    return found;
  };
  const rows = async () =>
    (
      await sql<{ n: string }>(
        `select (select count(*) from people.volunteer_service) + (select count(*) from people.volunteer_service_transition) + (select count(*) from people.team_membership) + (select count(*) from people.team) + (select count(*) from people.outbox_event) as n`,
      )
    )[0].n;
  /** A refusal with its code, and not a row written or changed anywhere. */
  async function refused(
    attempt: () => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>,
    code = "BAD_USER_INPUT",
  ): Promise<void> {
    const before = await rows();
    const statuses = await sql(
      `select id, status, version from people.volunteer_service order by id`,
    );
    const res = await attempt();
    expect(codeOf(res), JSON.stringify(res.errors)).toBe(code);
    expect(await rows()).toBe(before);
    expect(
      await sql(`select id, status, version from people.volunteer_service order by id`),
    ).toEqual(statuses);
  }

  it("creates a team (administrators only) and lets its leader admit students, refusing bad input with nothing written", async () => {
    const input = {
      name: "星航志愿服务团",
      kind: "VOLUNTEER_CORPS" as const,
      leaderId: leaderPerson.id,
    };
    await refused(() => run(CREATE, { input }, leader), "FORBIDDEN");
    await refused(() => run(CREATE, { input }, counselor), "FORBIDDEN");
    await refused(() =>
      run(CREATE, { input: { ...input, leaderId: "00000000-0000-4000-8000-000000000000" } }, admin),
    );
    await refused(() => run(CREATE, { input: { ...input, name: "   " } }, admin));
    const team = expectData(await run(CREATE, { input }, admin)).createTeam;
    expect(team).toMatchObject({ name: "星航志愿服务团", kind: "VOLUNTEER_CORPS" });
    expect(team.leader.id).toBe(leaderPerson.id);
    teamId = team.id;
    await refused(() => run(CREATE, { input }, admin)); // the name is taken

    const add = (personId: string, joinedOn: string, as: Caller = leader) =>
      run(ADD, { input: { teamId, personId, joinedOn } }, as);
    // Only the leader or an administrator admits; only students; not twice; not in the future.
    await refused(() => add(ziHan.id, "2026-03-01", asStudent(haoRan)), "FORBIDDEN");
    await refused(() => add(ziHan.id, "2026-03-01", counselor), "FORBIDDEN");
    await refused(() => add(counselorPerson.id, "2026-03-01"));
    await refused(() => add(ziHan.id, "2099-03-01"));
    expect(expectData(await add(ziHan.id, "2026-03-01")).addTeamMember).toMatchObject({
      role: "MEMBER",
      joinedOn: "2026-03-01",
      leftOn: null,
    });
    await refused(() => add(ziHan.id, "2026-05-01"));
    expectData(await add(haoRan.id, "2026-03-01", admin));
    const yiMingIn = expectData(await add(yiMing.id, "2026-03-01")).addTeamMember;
    // The leader logs hours too: as a member of their own team.
    expectData(await add(leaderPerson.id, "2026-03-01"));

    // Leaving: by the leader, not before joining, once.
    await refused(() =>
      run(END, { input: { membershipId: yiMingIn.id, leftOn: "2026-02-01" } }, leader),
    );
    await refused(
      () =>
        run(END, { input: { membershipId: yiMingIn.id, leftOn: "2026-06-30" } }, asStudent(ziHan)),
      "FORBIDDEN",
    );
    expect(
      expectData(
        await run(END, { input: { membershipId: yiMingIn.id, leftOn: "2026-06-30" } }, leader),
      ).endTeamMembership.leftOn,
    ).toBe("2026-06-30");
    await refused(() =>
      run(END, { input: { membershipId: yiMingIn.id, leftOn: "2026-07-30" } }, leader),
    );

    const page = expectData(await run(TEAM, { id: teamId }, asStudent(ziHan))).team;
    expect(page.viewerRuns).toBe(false);
    expect(page.members.edges.map((e) => e.node.person.id).sort()).toEqual(
      [ziHan.id, haoRan.id, leaderPerson.id].sort(),
    );
    expect(expectData(await run(TEAM, { id: teamId }, leader)).team.viewerRuns).toBe(true);
    expect(codeOf(await run(TEAM, { id: teamId }, asStudent(outsider)))).toBe("FORBIDDEN");
    // A member who left still sees the team they served in.
    expect(expectData(await run(TEAM, { id: teamId }, asStudent(yiMing))).team.name).toBe(
      "星航志愿服务团",
    );
    expect(expectData(await run(MY_TEAMS, {}, leader)).teams).toEqual([
      { id: teamId, name: "星航志愿服务团", viewerRuns: true, viewerIsMember: true },
    ]);
    expect(expectData(await run(MY_TEAMS, {}, asStudent(ziHan))).teams).toEqual([
      { id: teamId, name: "星航志愿服务团", viewerRuns: false, viewerIsMember: true },
    ]);
    // An administrator sees every team, and belongs to none: nothing to log hours for.
    expect(expectData(await run(MY_TEAMS, {}, admin)).teams.map((t) => t.viewerIsMember)).toEqual([
      false,
      false,
    ]);
    expect(expectData(await run(MY_TEAMS, {}, asStudent(outsider))).teams).toEqual([]);
  });

  it("takes logged hours through submitted → verified or rejected, only by the leader or an administrator, never one's own", async () => {
    // Logging: members only, while a member, served (not future), at most 12 hours, no overlap.
    await refused(
      () => log(asStudent(outsider), at("2026-10-01", 1), at("2026-10-01", 3)),
      "FORBIDDEN",
    );
    await refused(() => log(asStudent(ziHan), at("2026-10-01", 3), at("2026-10-01", 1)));
    await refused(() => log(asStudent(ziHan), at("2026-10-01", 1), at("2026-10-01", 14)));
    await refused(() => log(asStudent(ziHan), at("2099-10-01", 1), at("2099-10-01", 3)));
    await refused(() => log(asStudent(ziHan), at("2026-02-01", 1), at("2026-02-01", 3))); // before joining
    await refused(() => log(asStudent(yiMing), at("2026-07-10", 1), at("2026-07-10", 3))); // after leaving
    await refused(() =>
      log(asStudent(ziHan), at("2026-10-01", 1), at("2026-10-01", 3), { activity: " " }),
    );

    const first = expectData(
      await log(asStudent(ziHan), at("2026-10-01", 1), at("2026-10-01", 3)),
    ).logVolunteerService;
    expect(first).toMatchObject({ status: "SUBMITTED", hours: 2, term: "2026-2027-1" });
    // Overlapping hours of the same student are refused, in this team or any other.
    await refused(() => log(asStudent(ziHan), at("2026-10-01", 2), at("2026-10-01", 4)));
    const spring = expectData(
      await log(asStudent(ziHan), at("2026-04-01", 1), at("2026-04-01", 4)),
    ).logVolunteerService;
    expect(spring).toMatchObject({ hours: 3, term: "2025-2026-2" });
    // Back to back is not overlapping.
    const third = expectData(
      await log(asStudent(ziHan), at("2026-10-01", 3), at("2026-10-01", 4)),
    ).logVolunteerService;
    const ownOfLeader = expectData(
      await log(leader, at("2026-10-02", 1), at("2026-10-02", 2)),
    ).logVolunteerService;

    // Who decides: the leader or an administrator, not another member, not a counselor, not oneself.
    await refused(() => verify(first.id, asStudent(haoRan)), "FORBIDDEN");
    await refused(() => verify(first.id, asStudent(ziHan)), "FORBIDDEN");
    await refused(() => verify(first.id, counselor), "FORBIDDEN");
    await refused(() => verify(ownOfLeader.id, leader), "FORBIDDEN");
    await refused(() => reject(first.id, "   ")); // a rejection says why

    const verified = expectData(await verify(first.id)).verifyVolunteerService;
    expect(verified.status).toBe("VERIFIED");
    expect(verified.decidedBy?.id).toBe(leaderPerson.id);
    expect(verified.transitions).toEqual([
      { from: null, to: "SUBMITTED", note: null, by: { id: ziHan.id } },
      { from: "SUBMITTED", to: "VERIFIED", note: "已核对签到表", by: { id: leaderPerson.id } },
    ]);
    // Decided is final: a second verification, or a rejection after it, is a CONFLICT.
    await refused(() => verify(first.id), "CONFLICT");
    await refused(() => reject(first.id, "重复登记", admin), "CONFLICT");

    // The administrator decides the leader's own hours; the leader the rest.
    expect(expectData(await verify(ownOfLeader.id, admin)).verifyVolunteerService.status).toBe(
      "VERIFIED",
    );
    expectData(await verify(spring.id));
    const rejected = expectData(
      await reject(third.id, "活动签到表中没有该时段"),
    ).rejectVolunteerService;
    expect(rejected).toMatchObject({ status: "REJECTED", reason: "活动签到表中没有该时段" });
    expect(rejected.transitions.map((t) => [t.from, t.to, t.note])).toEqual([
      [null, "SUBMITTED", null],
      ["SUBMITTED", "REJECTED", "活动签到表中没有该时段"],
    ]);
    await refused(() => verify(third.id), "CONFLICT");
    // Rejected hours hold no time: the stretch can be logged again.
    expectData(await log(asStudent(ziHan), at("2026-10-01", 3), at("2026-10-01", 4)));
  });

  it("lets exactly one of two simultaneous decisions on a record apply; the other is a CONFLICT", async () => {
    for (let round = 0; round < 3; round++) {
      const day = `2026-11-0${round + 1}`;
      const service = expectData(
        await log(asStudent(haoRan), at(day, 1), at(day, 3)),
      ).logVolunteerService;
      // Decisions that all verify, so the totals below do not depend on which one won.
      const results = await Promise.all([
        verify(service.id, leader),
        verify(service.id, admin),
        verify(service.id, leader),
      ]);
      const codes = results.map((r) => codeOf(r) ?? "OK").sort();
      expect(codes).toEqual(["CONFLICT", "CONFLICT", "OK"]);
      const steps = await sql<{ to_status: string }>(
        `select to_status from people.volunteer_service_transition where service_id = ? order by service_version`,
        [service.id],
      );
      expect(steps).toHaveLength(2);
    }
  });

  it("totals verified hours per student, per team and per term, for the student and the staff whose duty covers them", async () => {
    // Zi Han: 2 (autumn, verified) + 3 (spring, verified); the rejected and the pending hour do not count.
    const mine = await hoursOf(ziHan);
    expect(mine.volunteerHours).toBe(5);
    expect((await hoursOf(ziHan, "2026-2027-1")).volunteerHours).toBe(2);
    expect((await hoursOf(ziHan, "2025-2026-2")).volunteerHours).toBe(3);
    expect(mine.volunteerService.totalCount).toBe(4);
    expect(mine.volunteerService.edges.map((e) => e.node.status).sort()).toEqual([
      "REJECTED",
      "SUBMITTED",
      "VERIFIED",
      "VERIFIED",
    ]);
    expect(codeOf(await run(HOURS, { id: ziHan.id, term: "2026秋" }, asStudent(ziHan)))).toBe(
      "BAD_USER_INPUT",
    );

    // Staff whose duty covers the student read the total; others, another student included, do not.
    const covered = await run(
      HOURS,
      { id: ziHan.id },
      counselor,
      covering("counselor", [ziHan.id]),
    );
    expect(expectData(covered).person?.volunteerHours).toBe(5);
    const notCovered = await run(HOURS, { id: ziHan.id }, counselor, covering("counselor", []));
    expect(codeOf(notCovered)).toBe("FORBIDDEN");
    expect(codeOf(await run(HOURS, { id: ziHan.id }, asStudent(haoRan)))).toBe("FORBIDDEN");

    // The team: its total for members; each member's hours and the queue for the leader only.
    const team = expectData(await run(TEAM, { id: teamId, term: "2026-2027-1" }, asStudent(ziHan)));
    // 2 (Zi Han) + 1 (the leader's own, verified by the administrator) + 3 × 2 (Hao Ran's raced ones).
    expect(team.team.verifiedHours).toBe(9);
    const queue = expectData(await run(QUEUE, { id: teamId, term: "2026-2027-1" }, leader)).team;
    expect(queue.pendingVolunteerService.map((s) => s.person.id)).toEqual([ziHan.id]);
    const byMember = Object.fromEntries(
      queue.members.edges.map((e) => [e.node.person.id, e.node.verifiedHours]),
    );
    expect(byMember).toEqual({ [ziHan.id]: 2, [haoRan.id]: 6, [leaderPerson.id]: 1 });
    // A member reads neither the leader's queue nor the others' hours.
    const asMember = await run(QUEUE, { id: teamId, term: "2026-2027-1" }, asStudent(ziHan));
    expect(asMember.data?.team ?? null).toBeNull();
    expect(errorsOf(asMember).map(([, code]) => code)).toEqual(
      expect.arrayContaining(["FORBIDDEN"]),
    );
    expect(
      expectData(await run(QUEUE, { id: teamId }, admin)).team.pendingVolunteerService,
    ).toHaveLength(1);
  });

  it("reads a team's members with their hours in the same statements for one member as for three", async () => {
    const seededTeam = expectData(await run(MY_TEAMS, {}, asStudent(seededLeader))).teams[0];
    const cost = async (id: string) =>
      (
        await statementsOf(harness, async () =>
          expectData(await run(MEMBER_HOURS, { id, term: "2026-2027-1" }, admin)),
        )
      ).statements;
    const one = await cost(seededTeam.id);
    expect(await cost(teamId)).toBe(one);
  });

  it("loads the demo's teams through the services: members admitted, hours logged, decided with their history", async () => {
    const member = await hoursOf(seededMember);
    expect(member.volunteerHours).toBe(2);
    expect(
      member.volunteerService.edges.map((e) => [e.node.status, e.node.hours, e.node.reason]),
    ).toEqual([
      ["REJECTED", 1, "签到表无记录"],
      ["SUBMITTED", 3, null],
      ["VERIFIED", 2, null],
    ]);
    const seededLeaderCaller = asStudent(seededLeader);
    const [team] = expectData(await run(MY_TEAMS, {}, seededLeaderCaller)).teams;
    expect(team).toMatchObject({ name: "西迁精神宣讲团", viewerRuns: true, viewerIsMember: false });
    const steps = await sql<{ n: string }>(
      `select count(*) as n from people.volunteer_service_transition t join people.volunteer_service s on s.id = t.service_id where s.person_id = ?`,
      [seededMember.id],
    );
    expect(Number(steps[0].n)).toBe(5);
  });

  it("writes each growth fact in the outbox with its fact: verified hours, cadre posts, a student leader", async () => {
    const cadreJoined = expectData(
      await run(
        ADD,
        { input: { teamId, personId: outsider.id, joinedOn: "2026-09-01", role: "CADRE" } },
        leader,
      ),
    ).addTeamMember;
    const events = await sql<{ key: string; type: string; subject: string; payload: unknown }>(
      `select key, type, subject, payload from people.outbox_event order by seq`,
    );
    const of = (person: { id: string }) => events.filter((e) => e.subject === person.id);
    // Verified hours only (rejected and awaiting ones write nothing), one event per record even
    // where decisions raced (Hao Ran's three rounds), keyed by the record.
    const verifiedIds = await sql<{ id: string; person_id: string }>(
      `select id, person_id from people.volunteer_service where status = 'VERIFIED'`,
    );
    expect(
      events
        .filter((e) => e.type === "VOLUNTEER_HOURS_VERIFIED")
        .map((e) => e.key)
        .sort(),
    ).toEqual(verifiedIds.map((r) => `volunteer-service:${r.id}`).sort());
    expect(of(ziHan).map((e) => e.payload)).toEqual([
      {
        domain: "MORAL",
        kind: "VOLUNTEER_HOURS",
        title: "志愿服务 2 小时：社区环境整治（星航志愿服务团）",
        points: 1,
        occurredOn: "2026-10-01",
      },
      {
        domain: "MORAL",
        kind: "VOLUNTEER_HOURS",
        title: "志愿服务 3 小时：社区环境整治（星航志愿服务团）",
        points: 1.5,
        occurredOn: "2026-04-01",
      },
    ]);
    // The seeded team went through the same services: its verified record, its student leader.
    expect(of(seededMember).map((e) => e.type)).toEqual(["VOLUNTEER_HOURS_VERIFIED"]);
    // A student leader holds a cadre post from the team's creation; a member admitted as cadre
    // from the day they joined; members admitted as members hold none.
    expect(of(leaderPerson).map((e) => [e.type, e.key])).toEqual([
      ["CADRE_POST_TAKEN", `team-leader:${teamId}:${leaderPerson.id}`],
      ["VOLUNTEER_HOURS_VERIFIED", expect.stringMatching(/^volunteer-service:/)],
    ]);
    expect(of(outsider)).toEqual([
      {
        key: `team-cadre:${cadreJoined.id}`,
        type: "CADRE_POST_TAKEN",
        subject: outsider.id,
        payload: {
          domain: "MORAL",
          kind: "CADRE_POST",
          title: "学生骨干：星航志愿服务团",
          points: 1,
          occurredOn: "2026-09-01",
        },
      },
    ]);
    expect(of(yiMing)).toEqual([]);
    expect(events.filter((e) => e.subject === seededLeader.id).map((e) => e.type)).toEqual([
      "CADRE_POST_TAKEN",
    ]);
  });
});

describe("people: the demo campus's teams (队伍), loaded through the services", () => {
  let harness: SubgraphHarness;
  const demo = demoData();
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: demo.dataset });
  });
  afterAll(() => harness?.stop());

  it("has the volunteer corps led by the demo's team leader, with hours verified, awaiting and rejected", async () => {
    const leaderUser = demo.users.find((u) => u.key === "team-leader");
    if (!leaderUser) throw new Error("no demo team leader");
    const statuses = (await harness.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute(
        `select t.name, s.status, count(*)::int as n from people.volunteer_service s join people.team t on t.id = s.team_id group by t.name, s.status order by t.name, s.status`,
      )) as { name: string; status: string; n: number }[];
    const count = (name: string, status: string) =>
      statuses.find((r) => r.name === name && r.status === status)?.n ?? 0;
    expect(count("星航志愿服务团", "VERIFIED")).toBeGreaterThan(0);
    expect(count("星航志愿服务团", "SUBMITTED")).toBeGreaterThan(0);
    expect(count("星航志愿服务团", "REJECTED")).toBeGreaterThan(0);
    expect(count("西迁精神宣讲团", "VERIFIED")).toBeGreaterThan(0);
    // Its activities: announced by the leader, signed up for by students, one checked in.
    const signUps = (await harness.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute(
        `select a.title, a.open_to_all_students as open, s.state from people.volunteer_sign_up s join people.volunteer_activity a on a.id = s.activity_id join people.team t on t.id = a.team_id where t.name = '星航志愿服务团' order by a.starts_at, s.state`,
      )) as { title: string; open: boolean; state: string }[];
    expect(new Set(signUps.map((r) => r.title)).size).toBe(3);
    expect(signUps.filter((r) => r.state === "CHECKED_IN").map((r) => r.title)).toEqual([
      "社区义诊协助",
    ]);
    expect(signUps.some((r) => r.open)).toBe(true);
    const leader = callerFor(["student"], leaderUser.personId, leaderUser.name);
    const res = await harness.execute<{ teams: { name: string; viewerRuns: boolean }[] }>(
      "people",
      `query { teams { name viewerRuns } }`,
      {},
      leader,
    );
    expect(expectData(res).teams).toEqual([{ name: "星航志愿服务团", viewerRuns: true }]);
  });
});
