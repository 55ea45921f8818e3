/**
 * Placements (安置, the climb plan's tier 3) against real PostgreSQL: a student on tier 3 or who
 * meets its rule proposes; the college recommends; the host accepts or declines; the supervisor
 * evaluates after the period ends and a passing grade reaches the growth record through the
 * outbox once; the student or an organiser withdraws before acceptance. Every transition with who
 * and when, each refusal with its code and nothing changed; of two accepting at once one wins.
 * Also Competition.entries, for organisers and the entries' mentors.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, demoData } from "@campus/demo-data";
import {
  callerFor,
  callers,
  startTestSubgraphs,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { today } from "@campus/subgraph";
import { definition, seed } from "../src";

const b = new DatasetBuilder("curriculum-placement");
const adminPerson = b.staff({ name: "刘建国" });
const supervisorPerson = b.staff({ name: "院士团队导师" });
const otherStaffPerson = b.staff({ name: "无关老师" });
const contactPerson = b.staff({ name: "企业联系人" });
const [prized, plain, classmate] = Array.from({ length: 3 }, (_, i) =>
  b.student({ name: `安置学生${i}` }),
);
const partner = b.partner({ name: "航天科技研究院", kind: "ENTERPRISE" }, [contactPerson]);
const competition = b.competition({ name: "挑战杯", level: "NATIONAL" });
const prizedEntry = b.competitionEntry(competition, prized, [], supervisorPerson, {
  result: "FIRST_PRIZE",
});
const otherEntry = b.competitionEntry(competition, classmate, [], otherStaffPerson);
const dataset = b.build();

const admin = callerFor(["admin"], adminPerson.id, "admin");
const supervisor = callerFor(["counselor"], supervisorPerson.id, "supervisor");
const otherStaff = callerFor(["counselor"], otherStaffPerson.id, "other-staff");
const contact = callerFor(["counselor"], contactPerson.id, "partner-contact");
const collegeAdmin = callerFor(["college_admin"], otherStaffPerson.id, "college-admin");
const asStudent = (s: { id: string }) => callers.student(s.id);

const PLACEMENT = `id status kind topic teamName startsOn endsOn phase recommendation grade evaluation
  student { id } supervisor { id } partner { id name } evaluatedBy { id }
  history { from to by { id } note at } canRecommend canDecide canEvaluate canWithdraw`;

interface PlacementRow {
  id: string;
  status: string;
  phase: string;
  grade: string | null;
  recommendation: string | null;
  partner: { id: string; name: string } | null;
  evaluatedBy: { id: string } | null;
  history: { from: string | null; to: string; by: { id: string } | null; note: string | null }[];
}

const addDays = (days: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe("placements", () => {
  let harness: SubgraphHarness;
  const db = () => harness.subgraphs.curriculum.orm.em.fork() as EntityManager;
  const sql = <T extends object>(text: string, params: unknown[] = []) =>
    db().getConnection().execute<T[]>(text, params);
  const run = <T = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown>,
    as: ReturnType<typeof callerFor>,
  ): Promise<GraphQLResponse<T>> => harness.execute("curriculum", document, variables, as);
  const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const count = async (table: string) =>
    (await sql<{ n: number }>(`select count(*)::int as n from curriculum.${table}`))[0].n;

  const propose = (input: Record<string, unknown>, as = asStudent(prized)) =>
    run<{ proposePlacement: PlacementRow }>(
      `mutation ($input: ProposePlacementInput!) { proposePlacement(input: $input) { ${PLACEMENT} } }`,
      {
        input: {
          kind: "INTERNSHIP",
          partnerId: partner.id,
          topic: "卫星数据处理",
          supervisorId: supervisorPerson.id,
          startsOn: addDays(10),
          endsOn: addDays(120),
          ...input,
        },
      },
      as,
    );
  const act = (
    mutation: string,
    inputType: string,
    input: Record<string, unknown>,
    as: ReturnType<typeof callerFor>,
  ) =>
    run<Record<string, PlacementRow>>(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${PLACEMENT} } }`,
      { input },
      as,
    );
  const recommend = (placementId: string, as = admin, recommendation = "学院推荐：成绩优异") =>
    act("recommendPlacement", "RecommendPlacementInput", { placementId, recommendation }, as);
  const accept = (placementId: string, as = contact, note?: string) =>
    act("acceptPlacement", "PlacementDecisionInput", { placementId, note }, as);
  const decline = (placementId: string, as = contact, note = "名额已满") =>
    act("declinePlacement", "PlacementDecisionInput", { placementId, note }, as);
  const withdraw = (placementId: string, as = asStudent(prized), note = "个人原因") =>
    act("withdrawPlacement", "PlacementDecisionInput", { placementId, note }, as);
  const evaluate = (placementId: string, grade: string, as = supervisor, comment = "表现出色") =>
    act("evaluatePlacement", "EvaluatePlacementInput", { placementId, grade, comment }, as);
  const endPeriod = (id: string) =>
    sql(
      `update curriculum.placement set starts_on = current_date - 100, ends_on = current_date - 1 where id = ?`,
      [id],
    );
  const proposed = async (input: Record<string, unknown> = {}) => {
    const res = await propose(input);
    expect(res.errors).toBeUndefined();
    return res.data?.proposePlacement.id ?? "";
  };

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  it("lets a student who meets the tier-3 rule propose, and refuses one who does not, saying the rule", async () => {
    const res = await propose({});
    expect(res.errors).toBeUndefined();
    expect(res.data?.proposePlacement).toMatchObject({
      status: "PROPOSED",
      phase: "UPCOMING",
      partner: { id: partner.id },
      history: [{ from: null, to: "PROPOSED", by: { id: prized.id } }],
      canWithdraw: true,
      canRecommend: false,
    });
    const before = await count("placement");
    const refused = await propose({}, asStudent(plain));
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.studentId",
    });
    expect(refused.errors?.[0]?.message).toMatch(/tier 3/);
    // An organiser proposing for the student is held to the same rule.
    expect(codeOf(await propose({ studentId: plain.id }, admin))).toBe("BAD_USER_INPUT");
    expect(await count("placement")).toBe(before);
  });

  it("lets a student on tier 3 propose, once an organiser has placed them there", async () => {
    // The classmate's only basis is tier 3 itself, written as an earlier placement on the tier.
    await sql(
      `insert into curriculum.climb_tier (id, person_id, tier, basis, set_at) values (gen_random_uuid(), ?, 3, '历史记录', now())`,
      [classmate.id],
    );
    const res = await propose(
      { kind: "RESEARCH_TEAM", partnerId: null, teamName: "某院士团队" },
      asStudent(classmate),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.proposePlacement).toMatchObject({ partner: null, status: "PROPOSED" });
  });

  it("refuses bad proposals with coded errors and writes nothing", async () => {
    const before = await count("placement");
    expect(codeOf(await propose({ partnerId: null }))).toBe("BAD_USER_INPUT"); // internship without a partner
    expect(codeOf(await propose({ teamName: "团队" }))).toBe("BAD_USER_INPUT"); // both hosts
    expect(codeOf(await propose({ kind: "RESEARCH_TEAM", partnerId: null, teamName: null }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await propose({ startsOn: addDays(50), endsOn: addDays(40) }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await propose({ startsOn: addDays(-50), endsOn: addDays(-1) }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await propose({ endsOn: addDays(1000) }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await propose({ partnerId: "00000000-0000-4000-8000-0000000000aa" }))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await propose({ studentId: plain.id }))).toBe("FORBIDDEN"); // a student for another
    expect(codeOf(await propose({}, supervisor))).toBe("FORBIDDEN"); // staff name no student of their own
    expect(await count("placement")).toBe(before);
  });

  it("walks PROPOSED → RECOMMENDED → ACCEPTED → EVALUATED with who, when and notes, refusing the wrong callers", async () => {
    const id = await proposed();
    expect(codeOf(await recommend(id, asStudent(prized)))).toBe("FORBIDDEN");
    expect(codeOf(await recommend(id, supervisor))).toBe("FORBIDDEN");
    expect(codeOf(await recommend(id, collegeAdmin))).toBe("FORBIDDEN"); // not the student's college
    expect(codeOf(await recommend(id, admin, " "))).toBe("BAD_USER_INPUT");
    expect(codeOf(await accept(id))).toBe("BAD_USER_INPUT"); // not recommended yet
    const recommended = await recommend(id);
    expect(recommended.errors).toBeUndefined();
    expect(recommended.data?.recommendPlacement).toMatchObject({
      status: "RECOMMENDED",
      recommendation: "学院推荐：成绩优异",
    });
    expect(codeOf(await recommend(id))).toBe("BAD_USER_INPUT"); // once

    expect(codeOf(await accept(id, asStudent(prized)))).toBe("FORBIDDEN");
    expect(codeOf(await accept(id, otherStaff))).toBe("FORBIDDEN");
    const accepted = await accept(id, contact, "欢迎加入");
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptPlacement.status).toBe("ACCEPTED");
    expect(codeOf(await withdraw(id))).toBe("BAD_USER_INPUT"); // too late to withdraw
    expect(codeOf(await decline(id))).toBe("BAD_USER_INPUT");

    // Evaluated only after the period's end, by the supervisor or an organiser.
    expect(codeOf(await evaluate(id, "EXCELLENT"))).toBe("BAD_USER_INPUT");
    await endPeriod(id);
    expect(codeOf(await evaluate(id, "EXCELLENT", contact))).toBe("FORBIDDEN");
    expect(codeOf(await evaluate(id, "EXCELLENT", asStudent(prized)))).toBe("FORBIDDEN");
    expect(codeOf(await evaluate(id, "BEST"))).toBe("BAD_USER_INPUT");
    const placementEvents = async () =>
      (
        await sql<{ n: number }>(
          `select count(*)::int as n from curriculum.outbox_event where type = 'PLACEMENT_EVALUATED'`,
        )
      )[0].n;
    expect(await placementEvents()).toBe(0);
    const evaluated = await evaluate(id, "EXCELLENT");
    expect(evaluated.errors).toBeUndefined();
    const row = evaluated.data?.evaluatePlacement;
    expect(row).toMatchObject({
      status: "EVALUATED",
      phase: "ENDED",
      grade: "EXCELLENT",
      evaluatedBy: { id: supervisorPerson.id },
    });
    expect(row?.history.map((h) => [h.from, h.to, h.by?.id, h.note])).toEqual([
      [null, "PROPOSED", prized.id, null],
      ["PROPOSED", "RECOMMENDED", adminPerson.id, "学院推荐：成绩优异"],
      ["RECOMMENDED", "ACCEPTED", contactPerson.id, "欢迎加入"],
      ["ACCEPTED", "EVALUATED", supervisorPerson.id, "表现出色"],
    ]);
    expect(codeOf(await evaluate(id, "GOOD", admin))).toBe("BAD_USER_INPUT"); // once

    const events = await sql<{
      key: string;
      subject: string;
      type: string;
      payload: { points: number; title: string; domain: string };
    }>(
      `select key, subject, type, payload from curriculum.outbox_event where type = 'PLACEMENT_EVALUATED'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      key: `placement-evaluated:${id}`,
      subject: prized.id,
      type: "PLACEMENT_EVALUATED",
      payload: { points: 8, domain: "LABOUR" },
    });
    expect(events[0].payload.title).toContain("航天科技研究院");
  });

  it("sends no growth event for a failed placement, and points by grade otherwise", async () => {
    const failed = await proposed();
    await recommend(failed);
    await accept(failed, supervisor);
    await endPeriod(failed);
    expect((await evaluate(failed, "FAIL", admin)).errors).toBeUndefined();
    const passed = await proposed();
    await recommend(passed);
    await accept(passed, admin);
    await endPeriod(passed);
    expect((await evaluate(passed, "PASS")).errors).toBeUndefined();
    const rows = await sql<{ key: string; points: number }>(
      `select key, (payload->>'points')::int as points from curriculum.outbox_event where key in (?, ?)`,
      [`placement-evaluated:${failed}`, `placement-evaluated:${passed}`],
    );
    expect(rows).toEqual([{ key: `placement-evaluated:${passed}`, points: 4 }]);
  });

  it("declines a RECOMMENDED placement by its host, saying why, and nothing after", async () => {
    const id = await proposed();
    expect(codeOf(await decline(id))).toBe("BAD_USER_INPUT"); // not recommended yet
    await recommend(id);
    expect(codeOf(await decline(id, contact, " "))).toBe("BAD_USER_INPUT");
    const res = await decline(id);
    expect(res.data?.declinePlacement.history.map((h) => h.to)).toEqual([
      "PROPOSED",
      "RECOMMENDED",
      "DECLINED",
    ]);
    expect(codeOf(await accept(id))).toBe("BAD_USER_INPUT");
    expect(codeOf(await withdraw(id))).toBe("BAD_USER_INPUT");
  });

  it("withdraws before acceptance by the student or an organiser, not by others", async () => {
    const id = await proposed();
    expect(codeOf(await withdraw(id, asStudent(classmate)))).toBe("FORBIDDEN");
    expect(codeOf(await withdraw(id, supervisor))).toBe("FORBIDDEN");
    expect((await withdraw(id)).data?.withdrawPlacement.status).toBe("WITHDRAWN");
    expect(codeOf(await recommend(id))).toBe("BAD_USER_INPUT");
    const recommendedId = await proposed();
    await recommend(recommendedId);
    expect((await withdraw(recommendedId, admin)).data?.withdrawPlacement.history).toHaveLength(3);
  });

  it("of two callers accepting at once, one wins and the other is refused", async () => {
    const id = await proposed();
    await recommend(id);
    const results = await Promise.all([accept(id, contact), accept(id, admin)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(["BAD_USER_INPUT"]);
    const transitions = await sql<{ n: number }>(
      `select count(*)::int as n from curriculum.placement_transition where placement_id = ? and to_status = 'ACCEPTED'`,
      [id],
    );
    expect(transitions[0].n).toBe(1);
  });

  it("shows a placement to its student, supervisor, host and organisers only", async () => {
    const id = await proposed();
    const one = (as: ReturnType<typeof callerFor>) =>
      run<{ placement: { id: string } }>(
        `query ($id: ID!) { placement(id: $id) { id } }`,
        { id },
        as,
      );
    for (const as of [asStudent(prized), supervisor, contact, admin])
      expect((await one(as)).errors).toBeUndefined();
    expect(codeOf(await one(asStudent(classmate)))).toBe("FORBIDDEN");
    expect(codeOf(await one(otherStaff))).toBe("FORBIDDEN");
    const other = await run(
      `query ($id: ID!) { placement(id: $id) { id } }`,
      {
        id: "00000000-0000-4000-8000-0000000000aa",
      },
      admin,
    );
    expect(codeOf(other)).toBe("NOT_FOUND");
  });

  it("lists placements for organisers by status and phase, and the supervisor's own", async () => {
    const list = (args: string, as = admin) =>
      run<{
        placements: { totalCount: number; edges: { node: { status: string; phase: string } }[] };
      }>(
        `query { placements(first: 50${args}) { totalCount edges { node { status phase } } } }`,
        {},
        as,
      );
    const all = await list("");
    expect(all.errors).toBeUndefined();
    const total = all.data?.placements.totalCount ?? 0;
    expect(total).toBe(await count("placement"));
    const evaluated = await list(", status: EVALUATED");
    expect(evaluated.data?.placements.edges.every((e) => e.node.status === "EVALUATED")).toBe(true);
    expect(evaluated.data?.placements.totalCount).toBe(3);
    const ended = await list(", phase: ENDED");
    expect(ended.data?.placements.edges.every((e) => e.node.phase === "ENDED")).toBe(true);
    expect(ended.data?.placements.totalCount).toBe(3);
    const upcoming = await list(", phase: UPCOMING");
    expect(upcoming.data?.placements.totalCount).toBe(total - 3);
    expect(codeOf(await list("", asStudent(prized)))).toBe("FORBIDDEN");
    expect(codeOf(await list("", supervisor))).toBe("FORBIDDEN");
    const mine = await run<{ supervisedPlacements: { totalCount: number } }>(
      `query { supervisedPlacements(first: 10) { totalCount } }`,
      {},
      supervisor,
    );
    expect(mine.data?.supervisedPlacements.totalCount).toBe(total);
    const none = await run<{ supervisedPlacements: { totalCount: number } }>(
      `query { supervisedPlacements(first: 10) { totalCount } }`,
      {},
      otherStaff,
    );
    expect(none.data?.supervisedPlacements.totalCount).toBe(0);
    // A college administrator lists their students' placements (the ones they recommend), no others.
    const collegeList = async (students: string[]) => {
      const res = await harness.execute<{
        placements: { totalCount: number; edges: { node: { student: { id: string } } }[] };
      }>(
        "curriculum",
        `query { placements(first: 50) { totalCount edges { node { student { id } } } } }`,
        {},
        collegeAdmin,
        { scope: { students: { college_admin: students } } },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.placements;
    };
    const prizedCount = (
      await sql<{ n: number }>(
        `select count(*)::int as n from curriculum.placement where student_id = ?`,
        [prized.id],
      )
    )[0].n;
    expect(prizedCount).toBeGreaterThan(0);
    const ofCollege = await collegeList([prized.id]);
    expect(ofCollege?.totalCount).toBe(prizedCount);
    expect(ofCollege?.edges.every((e) => e.node.student.id === prized.id)).toBe(true);
    expect((await collegeList([plain.id]))?.totalCount).toBe(0);
  });

  it("lists a student's placements on Person for the student and organisers, not a classmate or staff out of scope, in as many statements for many", async () => {
    const placementsOf = (ids: string[], as: ReturnType<typeof callerFor>) =>
      run<{ _entities: { id: string; placements: { id: string; history: unknown[] }[] | null }[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id placements { id status phase partner { name } history { to } } } } }`,
        { r: ids.map((id) => ({ __typename: "Person", id })) },
        as,
      );
    const own = await placementsOf([prized.id], asStudent(prized));
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0].placements?.length).toBeGreaterThan(3);
    expect(codeOf(await placementsOf([prized.id], asStudent(classmate)))).toBe("FORBIDDEN");
    expect(codeOf(await placementsOf([prized.id], otherStaff))).toBe("FORBIDDEN");
    const statements = async (ids: string[]) => {
      const before = harness.subgraphs.curriculum.statements.count;
      expect((await placementsOf(ids, admin)).errors).toBeUndefined();
      return harness.subgraphs.curriculum.statements.count - before;
    };
    expect(await statements([prized.id, classmate.id, plain.id])).toBe(
      await statements([prized.id]),
    );
  });

  it("lists a competition's entries for organisers, and for a mentor or a team member only theirs", async () => {
    const entriesAs = (as: ReturnType<typeof callerFor>) =>
      run<{ competitions: { edges: { node: { entries: { id: string }[] } }[] } }>(
        `query { competitions(first: 10) { edges { node { id entries { id title result mentor { id } } } } } }`,
        {},
        as,
      );
    const ids = async (as: ReturnType<typeof callerFor>) => {
      const res = await entriesAs(as);
      expect(res.errors).toBeUndefined();
      return (res.data?.competitions.edges ?? [])
        .flatMap((e) => e.node.entries.map((x) => x.id))
        .sort();
    };
    expect(await ids(admin)).toEqual([prizedEntry.id, otherEntry.id].sort());
    expect(await ids(supervisor)).toEqual([prizedEntry.id]);
    expect(await ids(asStudent(classmate))).toEqual([otherEntry.id]);
    expect(await ids(asStudent(plain))).toEqual([]);
  });
  it("seeds the demo's placements with the history the service writes, seen by the demo's student, supervisor and organisers", async () => {
    const { dataset, users } = demoData();
    const seeded = dataset.placements ?? [];
    expect(new Set(seeded.map((p) => p.status))).toEqual(
      new Set(["PROPOSED", "RECOMMENDED", "ACCEPTED", "EVALUATED"]),
    );
    const other = await startTestSubgraphs([{ definition, seed }], { dataset });
    try {
      const userOf = (key: string) => {
        const user = users.find((u) => u.key === key);
        if (!user) throw new Error(`the demo has no user ${key}`);
        return callerFor(user.roles, user.personId, user.key);
      };
      // The recommender and the supervisor are demo users; a student proposing may be any student.
      const callerOf = (personId: string | null, student = false) => {
        const user = users.find((u) => u.personId === personId);
        if (!user && student && personId) return asStudent({ id: personId });
        if (!user) throw new Error(`no demo user is ${personId}`);
        return callerFor(user.roles, user.personId, user.key);
      };
      const exec = async <T>(
        document: string,
        variables: Record<string, unknown>,
        as: ReturnType<typeof callerFor>,
        studentId?: string,
      ) => {
        // The college administrator's scope, as the gateway resolves it, holds their students.
        const scope = studentId ? { students: { college_admin: [studentId] } } : undefined;
        const res = await other.execute<T>("curriculum", document, variables, as, { scope });
        expect(res.errors).toBeUndefined();
        if (!res.data) throw new Error("no data");
        return res.data;
      };
      const otherSql = <T extends object>(text: string, params: unknown[] = []) =>
        (other.subgraphs.curriculum.orm.em.fork() as EntityManager)
          .getConnection()
          .execute<T[]>(text, params);
      const ids = seeded.map((p) => p.id).sort();

      // The demo's users who act on them see them: the student their own, the supervisor theirs,
      // the administrator all, the college administrator each of their college's.
      const student = userOf("student");
      const mine = await exec<{ _entities: { placements: { id: string }[] }[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { placements { id } } } }`,
        { r: [{ __typename: "Person", id: student.personId }] },
        student,
      );
      const ownIds = seeded.filter((p) => p.studentId === student.personId).map((p) => p.id);
      expect(ownIds.length).toBeGreaterThan(1);
      expect(mine._entities[0].placements.map((p) => p.id).sort()).toEqual(ownIds.sort());
      const supervised = await exec<{
        supervisedPlacements: { edges: { node: { id: string } }[] };
      }>(`{ supervisedPlacements(first: 50) { edges { node { id } } } }`, {}, userOf("counselor"));
      expect(supervised.supervisedPlacements.edges.map((e) => e.node.id).sort()).toEqual(ids);
      const all = await exec<{ placements: { edges: { node: { id: string } }[] } }>(
        `{ placements(first: 50) { edges { node { id } } } }`,
        {},
        userOf("admin"),
      );
      expect(all.placements.edges.map((e) => e.node.id).sort()).toEqual(ids);

      const SEEN = `status recommendation grade evaluation evaluatedBy { id }
        history { from to by { id } note at }`;
      interface Seen {
        status: string;
        recommendation: string | null;
        grade: string | null;
        evaluation: string | null;
        evaluatedBy: { id: string } | null;
        history: {
          from: string | null;
          to: string;
          by: { id: string } | null;
          note: string | null;
          at: string;
        }[];
      }
      const read = async (id: string) =>
        (
          await exec<{ placement: Seen }>(
            `query ($id: ID!) { placement(id: $id) { ${SEEN} } }`,
            { id },
            userOf("admin"),
          )
        ).placement;
      const growth = async (id: string) =>
        otherSql<{ payload: Record<string, unknown> }>(
          `select payload from curriculum.outbox_event where key = ?`,
          [`placement-evaluated:${id}`],
        );
      const mutate = (
        name: string,
        type: string,
        input: Record<string, unknown>,
        as: ReturnType<typeof callerFor>,
        studentId?: string,
      ) =>
        exec<Record<string, { id: string }>>(
          `mutation ($input: ${type}!) { ${name}(input: $input) { id } }`,
          { input },
          as,
          studentId,
        );

      // Each demo placement again, through the service, by the same people: the same history.
      for (const row of seeded) {
        const was = await read(row.id);
        const at = was.history.map((h) => Date.parse(h.at));
        expect(at).toEqual([...at].sort((x, y) => x - y));
        expect(was.history[0].at.slice(0, 10) <= row.endsOn).toBe(true); // proposed before it ended
        const proposed = await mutate(
          "proposePlacement",
          "ProposePlacementInput",
          {
            kind: row.kind,
            partnerId: row.partnerId,
            teamName: row.teamName,
            topic: row.topic,
            supervisorId: row.supervisorId,
            startsOn: row.startsOn,
            endsOn: row.endsOn < today() ? today() : row.endsOn,
          },
          callerOf(row.studentId, true),
        );
        const id = proposed.proposePlacement.id;
        const placementId = { placementId: id };
        if (row.status !== "PROPOSED") {
          // The recommender administers the student's residential college: the scope given below.
          const college = dataset.staffAssignments.find(
            (a) => a.personId === row.recommendedById && a.role === "COLLEGE_ADMIN",
          );
          const studentRow = dataset.people.find((p) => p.id === row.studentId);
          expect(college?.targetId).toBe(studentRow?.collegeId);
        }
        if (row.status !== "PROPOSED")
          await mutate(
            "recommendPlacement",
            "RecommendPlacementInput",
            { ...placementId, recommendation: row.recommendation },
            callerOf(row.recommendedById),
            row.studentId,
          );
        if (row.status === "ACCEPTED" || row.status === "EVALUATED")
          await mutate(
            "acceptPlacement",
            "PlacementDecisionInput",
            placementId,
            callerOf(row.supervisorId),
          );
        if (row.status === "EVALUATED") {
          await otherSql(`update curriculum.placement set ends_on = ? where id = ?`, [
            row.endsOn,
            id,
          ]);
          await mutate(
            "evaluatePlacement",
            "EvaluatePlacementInput",
            { ...placementId, grade: row.grade, comment: row.evaluation },
            callerOf(row.supervisorId),
          );
        }
        const now = await read(id);
        const { history: seededHistory, ...seededFacts } = was;
        const { history: servedHistory, ...servedFacts } = now;
        expect(seededFacts).toEqual(servedFacts);
        const steps = (h: Seen["history"]) => h.map(({ at: _at, ...step }) => step);
        expect(steps(seededHistory)).toEqual(steps(servedHistory));
        const [seededEvents, servedEvents] = [await growth(row.id), await growth(id)];
        expect(seededEvents.length).toBe(servedEvents.length);
        if (row.status === "EVALUATED") {
          expect(seededEvents).toHaveLength(1);
          const { occurredOn, ...event } = seededEvents[0].payload;
          expect(occurredOn).toBe(row.endsOn);
          expect(event).toEqual({ ...servedEvents[0].payload, occurredOn: undefined });
        }
      }
    } finally {
      await other.stop();
    }
  });
});
