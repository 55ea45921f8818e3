import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  expectData,
  startTestSubgraphs,
  type SubgraphHarness,
  type TypedDocumentNode,
} from "@campus/testkit";
import { print } from "graphql";
import type { Caller } from "@campus/auth";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import { statementsOf } from "./support";

const CREATE = graphql(`
  mutation ActivityCreate($input: CreateVolunteerActivityInput!) {
    createVolunteerActivity(input: $input) {
      id
      title
      place
      grid {
        id
      }
      startsAt
      endsAt
      slots
      term
      state
      openToAllStudents
      signedUpCount
    }
  }
`);
const CANCEL = graphql(`
  mutation ActivityCancel($input: VolunteerActivityIdInput!) {
    cancelVolunteerActivity(input: $input) {
      id
      state
      cancelledAt
    }
  }
`);
const SIGN_UP = graphql(`
  mutation ActivitySignUp($input: VolunteerActivityIdInput!) {
    signUpForVolunteerActivity(input: $input) {
      id
      state
      activity {
        id
        signedUpCount
      }
    }
  }
`);
const CANCEL_SIGN_UP = graphql(`
  mutation ActivityCancelSignUp($input: VolunteerSignUpIdInput!) {
    cancelVolunteerSignUp(input: $input) {
      id
      state
      cancelledAt
    }
  }
`);
const CHECK_IN = graphql(`
  mutation ActivityCheckIn($input: VolunteerSignUpIdInput!) {
    checkInVolunteer(input: $input) {
      id
      state
      checkedInAt
      service {
        id
        status
        hours
        activity
        transitions {
          to
          by {
            id
          }
        }
      }
    }
  }
`);
const LOG = graphql(`
  mutation ActivityLogHours($input: LogVolunteerServiceInput!) {
    logVolunteerService(input: $input) {
      id
    }
  }
`);
const VERIFY = graphql(`
  mutation ActivityVerify($input: VerifyVolunteerServiceInput!) {
    verifyVolunteerService(input: $input) {
      id
      status
    }
  }
`);
const TEAMS = graphql(`
  query ActivityTeams {
    teams {
      id
      name
      viewerOrganises
    }
  }
`);
const TEAM_ACTIVITIES = graphql(`
  query ActivityTeamActivities($id: ID!) {
    team(id: $id) {
      volunteerActivities {
        id
        title
        state
        slots
        signedUpCount
        viewerOrganises
        viewerSignUp {
          id
          state
        }
      }
    }
  }
`);
const SIGN_UPS = graphql(`
  query ActivitySignUps($id: ID!) {
    team(id: $id) {
      volunteerActivities {
        id
        signedUpCount
        signUps {
          id
          state
          person {
            id
            name
          }
          service {
            status
          }
        }
      }
    }
  }
`);
const OPEN = graphql(`
  query ActivityOpen {
    volunteerActivities {
      id
      title
      openToAllStudents
      team {
        name
      }
    }
    myVolunteerSignUps {
      id
      state
      activity {
        id
      }
    }
  }
`);
const QUEUE = graphql(`
  query ActivityQueue($id: ID!) {
    team(id: $id) {
      pendingVolunteerService {
        id
        activity
        person {
          id
        }
      }
    }
  }
`);

const b = new DatasetBuilder("people-activities");
const adminPerson = b.staff({ name: "刘建国" });
const counselorPerson = b.staff({ name: "陈晓燕" });
const [leaderPerson, cadrePerson, ziHan, haoRan, yiMing, outsider] = [
  "杨文博",
  "周雨萱",
  "王子涵",
  "李浩然",
  "张一鸣",
  "刘思远",
].map((name) => b.student({ name }));
// Racers for the last slot: members of the corps, each signing up at the same moment.
const racers = Array.from({ length: 5 }, (_, i) => b.student({ name: `抢名额${i + 1}` }));
const corps = b.team(leaderPerson, { name: "星航志愿服务团", kind: "VOLUNTEER_CORPS" });
b.teamMember(corps, cadrePerson, { role: "CADRE", joinedOn: "2025-09-01" });
for (const member of [ziHan, haoRan, yiMing, ...racers])
  b.teamMember(corps, member, { joinedOn: "2025-09-01" });
const lecturesLeader = b.student({ name: "陈可欣" });
const lectures = b.team(lecturesLeader, { name: "西迁精神宣讲团", kind: "LECTURE_GROUP" });
b.teamMember(lectures, haoRan, { joinedOn: "2025-09-01" });

const admin = callerFor(["admin"], adminPerson.id, "刘建国");
const counselor = callerFor(["counselor"], counselorPerson.id, "陈晓燕");
const as = (person: { id: string; name: string }) => callerFor(["student"], person.id, person.name);
const leader = as(leaderPerson);
const cadre = as(cadrePerson);

/** An instant `hours` from now (negative: in the past), on the minute. */
const fromNow = (hours: number) =>
  new Date(Math.floor((Date.now() + hours * 3_600_000) / 60_000) * 60_000).toISOString();

describe("people: volunteer activities, sign-up and check-in (志愿活动、报名与签到)", () => {
  let harness: SubgraphHarness;
  let corpsId = "";
  let lecturesId = "";
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
    const teams = expectData(await run(TEAMS, {}, admin)).teams;
    corpsId = teams.find((t) => t.name === "星航志愿服务团")?.id ?? "";
    lecturesId = teams.find((t) => t.name === "西迁精神宣讲团")?.id ?? "";
  });
  afterAll(() => harness?.stop());

  const run = <R, V>(document: TypedDocumentNode<R, V>, variables: V, caller: Caller) =>
    harness.execute<R>("people", print(document), variables as Record<string, unknown>, caller);
  const sql = async <Row>(query: string, params: unknown[] = []): Promise<Row[]> =>
    (await harness.subgraphs.people.orm.em.fork().getConnection().execute(query, params)) as Row[];
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;
  /** Every row of the tables activities touch, to prove a refusal wrote nothing. */
  const snapshot = () =>
    sql(
      `select 'a' as t, id, state::text as s, updated_at from people.volunteer_activity
       union all select 's', id, state::text, updated_at from people.volunteer_sign_up
       union all select 'v', id, status::text, updated_at from people.volunteer_service
       order by 1, 2`,
    );
  async function refused(
    attempt: () => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>,
    code = "BAD_USER_INPUT",
  ): Promise<void> {
    const before = await snapshot();
    const res = await attempt();
    expect(codeOf(res), JSON.stringify(res.errors)).toBe(code);
    expect(await snapshot()).toEqual(before);
  }
  const create = (
    caller: Caller,
    input: Partial<{
      teamId: string;
      title: string;
      place: string | null;
      gridId: string | null;
      startsAt: string;
      endsAt: string;
      slots: number;
      openToAllStudents: boolean;
    }> = {},
  ) =>
    run(
      CREATE,
      {
        input: {
          teamId: corpsId,
          title: "社区环境整治",
          place: "彭康书院南门",
          startsAt: fromNow(24),
          endsAt: fromNow(26),
          slots: 5,
          ...input,
        },
      },
      caller,
    );
  const signUp = (activityId: string, caller: Caller) =>
    run(SIGN_UP, { input: { activityId } }, caller);
  const checkIn = (signUpId: string, caller: Caller = leader) =>
    run(CHECK_IN, { input: { signUpId } }, caller);

  it("lets the leader, a cadre or an administrator announce an activity, refusing bad input with nothing written", async () => {
    await refused(() => create(as(ziHan)), "FORBIDDEN");
    await refused(() => create(as(outsider)), "FORBIDDEN");
    await refused(() => create(counselor), "FORBIDDEN");
    await refused(() => create(leader, { place: " ", gridId: null })); // where?
    await refused(() => create(leader, { startsAt: fromNow(26), endsAt: fromNow(24) }));
    await refused(() => create(leader, { endsAt: fromNow(24 + 13) })); // longer than 12 hours
    await refused(() => create(leader, { startsAt: fromNow(-3), endsAt: fromNow(-1) })); // over
    await refused(() => create(leader, { slots: 0 }));
    await refused(() => create(leader, { title: "  " }));
    await refused(() => create(leader, { teamId: "00000000-0000-4000-8000-000000000000" }));

    const byLeader = expectData(await create(leader)).createVolunteerActivity;
    expect(byLeader).toMatchObject({
      title: "社区环境整治",
      place: "彭康书院南门",
      slots: 5,
      state: "OPEN",
      openToAllStudents: false,
      signedUpCount: 0,
    });
    expect(byLeader.term).toMatch(/^\d{4}-\d{4}-[12]$/);
    const byCadre = expectData(
      await create(cadre, { title: "新生报到引导", startsAt: fromNow(48), endsAt: fromNow(50) }),
    ).createVolunteerActivity;
    expect(byCadre.state).toBe("OPEN");
    expectData(
      await create(admin, { title: "图书馆整理", startsAt: fromNow(72), endsAt: fromNow(73) }),
    );
    // A cadre of one team organises nothing in another.
    await refused(() => create(cadre, { teamId: lecturesId }), "FORBIDDEN");

    // Cancelling: organisers only, before it starts, once.
    await refused(() => run(CANCEL, { input: { activityId: byCadre.id } }, as(ziHan)), "FORBIDDEN");
    const cancelled = expectData(
      await run(CANCEL, { input: { activityId: byCadre.id } }, leader),
    ).cancelVolunteerActivity;
    expect(cancelled.state).toBe("CANCELLED");
    expect(cancelled.cancelledAt).not.toBeNull();
    await refused(() => run(CANCEL, { input: { activityId: byCadre.id } }, leader), "CONFLICT");
    await refused(
      () => run(CANCEL, { input: { activityId: "00000000-0000-4000-8000-000000000000" } }, leader),
      "NOT_FOUND",
    );
    await refused(() => signUp(byCadre.id, as(ziHan)), "CONFLICT"); // cancelled
  });

  it("takes an activity in a grid with no place name, running past midnight on campus; an end not after its start is refused", async () => {
    // Campus midnight is 16:00 UTC: from 22:00 one evening to 01:30 the next morning (UTC+8).
    const evening = new Date(Date.now() + 3 * 86_400_000);
    const day = new Date(evening.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const startsAt = new Date(`${day}T22:00:00+08:00`).toISOString();
    const endsAt = new Date(`${day}T22:00:00+08:00`).getTime() + 3.5 * 3_600_000;
    const gridId = "00000000-0000-4000-8000-00000000a1a1";
    for (const end of [startsAt, new Date(Date.parse(startsAt) - 60_000).toISOString()]) {
      const before = await snapshot();
      const res = await create(leader, { place: null, gridId, startsAt, endsAt: end });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe("input.endsAt");
      expect(res.errors?.[0]?.message).toBe("input.endsAt must be after input.startsAt");
      expect(await snapshot()).toEqual(before);
    }
    const night = expectData(
      await create(leader, {
        title: "晚间宿舍安全巡查",
        place: null,
        gridId,
        startsAt,
        endsAt: new Date(endsAt).toISOString(),
      }),
    ).createVolunteerActivity;
    expect(night).toMatchObject({
      place: null,
      grid: { id: gridId },
      state: "OPEN",
    });
    expect(new Date(night.startsAt).toISOString()).toBe(startsAt);
    expect(new Date(night.endsAt).toISOString()).toBe(new Date(endsAt).toISOString());
    // The campus day it ends on is the next one: the term is the start's.
    expect(new Date(endsAt + 8 * 3_600_000).toISOString().slice(0, 10)).not.toBe(day);
    expect(night.term).toMatch(/^\d{4}-\d{4}-[12]$/);
    expect(
      await sql<{ grid_id: string; place: string | null }>(
        "select grid_id, place from people.volunteer_activity where id = ?",
        [night.id],
      ),
    ).toEqual([{ grid_id: gridId, place: null }]);
    // Out of the way of the open lists the next tests read.
    expectData(await run(CANCEL, { input: { activityId: night.id } }, leader));
  });

  it("takes sign-ups from the team's members (any student when open to all): never twice, never beyond the slots, never overlapping", async () => {
    const small = expectData(
      await create(leader, {
        title: "敬老院探访",
        startsAt: fromNow(100),
        endsAt: fromNow(102),
        slots: 2,
      }),
    ).createVolunteerActivity;
    // Members only, students only.
    await refused(() => signUp(small.id, as(outsider)), "FORBIDDEN");
    await refused(() => signUp(small.id, counselor), "FORBIDDEN");
    await refused(() => signUp(small.id, admin), "FORBIDDEN");
    await refused(() => signUp("00000000-0000-4000-8000-000000000000", as(ziHan)), "NOT_FOUND");
    const mine = expectData(await signUp(small.id, as(ziHan))).signUpForVolunteerActivity;
    expect(mine).toMatchObject({ state: "SIGNED_UP", activity: { signedUpCount: 1 } });
    await refused(() => signUp(small.id, as(ziHan)), "CONFLICT"); // twice
    expectData(await signUp(small.id, as(haoRan)));
    await refused(() => signUp(small.id, as(yiMing)), "CONFLICT"); // full

    // Overlapping another activity Zi Han signed up for: refused; back to back is fine.
    const overlapping = expectData(
      await create(leader, { title: "垃圾分类宣传", startsAt: fromNow(101), endsAt: fromNow(102) }),
    ).createVolunteerActivity;
    await refused(() => signUp(overlapping.id, as(ziHan)));
    const after = expectData(
      await create(leader, { title: "垃圾分类督导", startsAt: fromNow(102), endsAt: fromNow(104) }),
    ).createVolunteerActivity;
    expectData(await signUp(after.id, as(ziHan)));

    // Cancelling one's own sign-up frees the slot; signing up again reopens the same row.
    await refused(
      () => run(CANCEL_SIGN_UP, { input: { signUpId: mine.id } }, as(haoRan)),
      "FORBIDDEN",
    );
    const cancelled = expectData(
      await run(CANCEL_SIGN_UP, { input: { signUpId: mine.id } }, as(ziHan)),
    ).cancelVolunteerSignUp;
    expect(cancelled.state).toBe("CANCELLED");
    await refused(
      () => run(CANCEL_SIGN_UP, { input: { signUpId: mine.id } }, as(ziHan)),
      "CONFLICT",
    );
    // Cancelled, it no longer blocks the overlapping activity.
    expectData(await signUp(overlapping.id, as(ziHan)));
    await refused(() => signUp(small.id, as(ziHan))); // now the overlap runs the other way
    const yiMingIn = expectData(await signUp(small.id, as(yiMing))).signUpForVolunteerActivity;
    expect(yiMingIn.activity.signedUpCount).toBe(2);

    // Open to all students: an outsider signs up, and finds it among the activities open to them.
    const campusWide = expectData(
      await create(leader, {
        title: "校园开放日引导",
        startsAt: fromNow(200),
        endsAt: fromNow(204),
        openToAllStudents: true,
      }),
    ).createVolunteerActivity;
    const open = expectData(await run(OPEN, {}, as(outsider)));
    expect(open.volunteerActivities.map((a) => a.title)).toEqual(["校园开放日引导"]);
    expectData(await signUp(campusWide.id, as(outsider)));
    expect(expectData(await run(OPEN, {}, as(outsider))).myVolunteerSignUps).toEqual([
      expect.objectContaining({ state: "SIGNED_UP", activity: { id: campusWide.id } }),
    ]);
    // A member sees their team's open activities, soonest first; the cancelled one is not there.
    const forMember = expectData(await run(OPEN, {}, as(yiMing))).volunteerActivities;
    expect(forMember.map((a) => a.title)).toEqual([
      "社区环境整治",
      "图书馆整理",
      "敬老院探访",
      "垃圾分类宣传",
      "垃圾分类督导",
      "校园开放日引导",
    ]);
    expect(expectData(await run(OPEN, {}, counselor)).volunteerActivities).toEqual([]);
  });

  it("gives the last slot to exactly one of simultaneous sign-ups", async () => {
    for (let round = 0; round < 3; round++) {
      const activity = expectData(
        await create(leader, {
          title: `抢名额第${round + 1}轮`,
          startsAt: fromNow(300 + round * 10),
          endsAt: fromNow(301 + round * 10),
          slots: 2,
        }),
      ).createVolunteerActivity;
      expectData(await signUp(activity.id, as(yiMing)));
      const results = await Promise.all(racers.map((r) => signUp(activity.id, as(r))));
      expect(results.map((r) => codeOf(r) ?? "OK").sort()).toEqual([
        "CONFLICT",
        "CONFLICT",
        "CONFLICT",
        "CONFLICT",
        "OK",
      ]);
      const held = await sql<{ n: number }>(
        `select count(*)::int as n from people.volunteer_sign_up where activity_id = ? and state <> 'CANCELLED'`,
        [activity.id],
      );
      expect(held[0].n).toBe(2);
    }
  });

  it("checks volunteers in once the activity has started, recording their hours once, for the leader to verify", async () => {
    // Under way: started an hour ago, ends in an hour; members may still sign up.
    const now = expectData(
      await create(cadre, { title: "社区义诊协助", startsAt: fromNow(-1), endsAt: fromNow(1) }),
    ).createVolunteerActivity;
    const later = expectData(
      await create(leader, { title: "周末助学", startsAt: fromNow(500), endsAt: fromNow(502) }),
    ).createVolunteerActivity;
    const haoRanIn = expectData(await signUp(now.id, as(haoRan))).signUpForVolunteerActivity;
    const yiMingIn = expectData(await signUp(now.id, as(yiMing))).signUpForVolunteerActivity;
    const cadreIn = expectData(await signUp(now.id, cadre)).signUpForVolunteerActivity;
    const early = expectData(await signUp(later.id, as(haoRan))).signUpForVolunteerActivity;
    // Started: the sign-up stands.
    await refused(() => run(CANCEL_SIGN_UP, { input: { signUpId: yiMingIn.id } }, as(yiMing)));
    await refused(() => run(CANCEL, { input: { activityId: now.id } }, leader));

    // Who checks in: the leader, a cadre or an administrator; not a member, not oneself; not before the start.
    await refused(() => checkIn(haoRanIn.id, as(ziHan)), "FORBIDDEN");
    await refused(() => checkIn(haoRanIn.id, counselor), "FORBIDDEN");
    await refused(() => checkIn(cadreIn.id, cadre), "FORBIDDEN");
    await refused(() => checkIn(early.id));
    await refused(() => checkIn("00000000-0000-4000-8000-000000000000"), "NOT_FOUND");

    const checked = expectData(await checkIn(haoRanIn.id, cadre)).checkInVolunteer;
    expect(checked.state).toBe("CHECKED_IN");
    expect(checked.service).toMatchObject({
      status: "SUBMITTED",
      hours: 2,
      activity: "社区义诊协助",
    });
    expect(checked.service?.transitions).toEqual([{ to: "SUBMITTED", by: { id: cadrePerson.id } }]);
    // Again, by anyone who may: the same record, nothing more written.
    const before = await snapshot();
    const again = expectData(await checkIn(haoRanIn.id, leader)).checkInVolunteer;
    expect(again.service?.id).toBe(checked.service?.id);
    expect(await snapshot()).toEqual(before);
    const twiceAtOnce = await Promise.all([checkIn(cadreIn.id), checkIn(cadreIn.id, admin)]);
    expect(twiceAtOnce.map((r) => expectData(r).checkInVolunteer.service?.id)).toEqual([
      expectData(twiceAtOnce[0]).checkInVolunteer.service?.id,
      expectData(twiceAtOnce[0]).checkInVolunteer.service?.id,
    ]);
    const records = await sql<{ person_id: string; n: number }>(
      `select person_id, count(*)::int as n from people.volunteer_service group by person_id`,
    );
    expect(Object.fromEntries(records.map((r) => [r.person_id, r.n]))).toEqual({
      [haoRan.id]: 1,
      [cadrePerson.id]: 1,
    });
    await refused(
      () => run(CANCEL_SIGN_UP, { input: { signUpId: haoRanIn.id } }, as(haoRan)),
      "CONFLICT",
    );

    // Hours the student logged themselves for the same stretch: the check-in would overlap them.
    expectData(
      await run(
        LOG,
        {
          input: {
            teamId: corpsId,
            activity: "自行登记的服务",
            startsAt: fromNow(-1.5),
            endsAt: fromNow(-0.5),
          },
        },
        as(yiMing),
      ),
    );
    await refused(() => checkIn(yiMingIn.id));

    // The hours await the leader in the same queue as logged ones; verifying is the leader's.
    const queue = expectData(await run(QUEUE, { id: corpsId }, leader)).team
      .pendingVolunteerService;
    const fromCheckIn = queue.find((s) => s.person.id === haoRan.id);
    expect(fromCheckIn?.activity).toBe("社区义诊协助");
    await refused(
      () => run(VERIFY, { input: { serviceId: fromCheckIn?.id ?? "" } }, cadre),
      "FORBIDDEN",
    );
    // Not while the activity is under way: the hours are served once it ends.
    await refused(() => run(VERIFY, { input: { serviceId: fromCheckIn?.id ?? "" } }, leader));
    // Two hours later (the record moved back, as time would), the leader verifies them.
    await sql(
      `update people.volunteer_service set starts_at = starts_at - interval '2 hours',
              ends_at = ends_at - interval '2 hours' where id = ?`,
      [fromCheckIn?.id],
    );
    expect(
      expectData(await run(VERIFY, { input: { serviceId: fromCheckIn?.id ?? "" } }, leader))
        .verifyVolunteerService.status,
    ).toBe("VERIFIED");
  });

  it("shows who signed up to the team's organisers only; a student sees the counts and their own sign-up", async () => {
    const forLeader = expectData(await run(SIGN_UPS, { id: corpsId }, leader)).team;
    const underWay = forLeader.volunteerActivities.find((a) => a.signUps.length === 3);
    expect(underWay?.signUps.map((s) => s.person.name).sort()).toEqual(
      ["周雨萱", "李浩然", "张一鸣"].sort(),
    );
    expect(
      expectData(await run(SIGN_UPS, { id: corpsId }, cadre)).team.volunteerActivities,
    ).toHaveLength(forLeader.volunteerActivities.length);
    const asMember = await run(SIGN_UPS, { id: corpsId }, as(ziHan));
    expect(asMember.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
    expect(codeOf(await run(SIGN_UPS, { id: corpsId }, as(outsider)))).toBe("FORBIDDEN");

    const list = expectData(await run(TEAM_ACTIVITIES, { id: corpsId }, as(haoRan))).team
      .volunteerActivities;
    // Under way and upcoming first, soonest first; the cancelled one among them.
    expect(list[0].title).toBe("社区义诊协助");
    expect(list.every((a) => !a.viewerOrganises)).toBe(true);
    expect(list.find((a) => a.title === "社区义诊协助")?.viewerSignUp?.state).toBe("CHECKED_IN");
    expect(list.find((a) => a.title === "图书馆整理")?.viewerSignUp).toBeNull();
    expect(list.find((a) => a.title === "敬老院探访")?.signedUpCount).toBe(2);
    expect(list.find((a) => a.title === "新生报到引导")?.state).toBe("CANCELLED");
  });

  it("reads a team's activities with their sign-ups in the same statements for one activity as for many", async () => {
    // The lecture group's one activity, under way, with one student checked in, as the corps' are.
    const one = expectData(
      await create(as(lecturesLeader), {
        teamId: lecturesId,
        title: "西迁精神宣讲",
        startsAt: fromNow(-0.5),
        endsAt: fromNow(1),
        openToAllStudents: true,
      }),
    ).createVolunteerActivity;
    const ziHanIn = expectData(await signUp(one.id, as(ziHan))).signUpForVolunteerActivity;
    expectData(await checkIn(ziHanIn.id, as(lecturesLeader)));
    const cost = async (id: string) => {
      const { statements, result } = await statementsOf(harness, async () =>
        expectData(await run(SIGN_UPS, { id }, admin)),
      );
      return { statements, activities: result.team.volunteerActivities.length };
    };
    const small = await cost(lecturesId);
    const large = await cost(corpsId);
    expect(small.activities).toBe(1);
    expect(large.activities).toBeGreaterThan(5);
    expect(large.statements).toBe(small.statements);
  });
});
