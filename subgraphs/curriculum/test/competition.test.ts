/**
 * Competitions (科创竞赛) against real PostgreSQL: a team enters, the mentor (or an organiser)
 * records the result once, or the team withdraws; every transition with who and when, each
 * refusal with its code; a prize counts for tier 3 and reaches each member's growth record
 * through the outbox once.
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
import { definition, seed } from "../src";

const b = new DatasetBuilder("curriculum-competition");
const adminPerson = b.staff({ name: "刘建国" });
const organiserPerson = b.staff({ name: "竞赛组织者" });
const mentorPerson = b.staff({ name: "王老师" });
const otherMentorPerson = b.staff({ name: "赵老师" });
const [leader, member, outsider, third] = Array.from({ length: 4 }, (_, i) =>
  b.student({ name: `竞赛学生${i}` }),
);
const challenge = b.challenge(adminPerson, mentorPerson, { title: "校园能耗" });
const project = b.project(challenge, leader, [member], [{ status: "ACCEPTED" }]);
const dataset = b.build();

const admin = callerFor(["admin"], adminPerson.id, "admin");
// The climb plan's organisers are administrators; a party branch's 组织员 (`organiser`) is not one.
const organiser = callerFor(["admin"], organiserPerson.id, "organiser");
const branchOrganiser = callerFor(["organiser"], adminPerson.id, "branch-organiser");
const mentor = callerFor(["counselor"], mentorPerson.id, "mentor");
const otherMentor = callerFor(["counselor"], otherMentorPerson.id, "other-mentor");
const asStudent = (s: { id: string }) => callers.student(s.id);

const ENTRY = `id status result resultNote resultAt resultBy { id } title
  competition { id name level year } project { id } leader { id } mentor { id }
  members { role person { id } } history { from to by { id } at } canRecordResult`;

interface Entry {
  id: string;
  status: string;
  result: string | null;
  resultBy: { id: string } | null;
  resultAt: string | null;
  members: { role: string; person: { id: string } }[];
  history: { from: string | null; to: string; by: { id: string } | null; at: string }[];
  project: { id: string } | null;
}

describe("competitions", () => {
  let harness: SubgraphHarness;
  let competitionId = "";
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

  const create = (input: Record<string, unknown>, as = organiser) =>
    run<{ createCompetition: { id: string } }>(
      `mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id name organiser level year } }`,
      {
        input: { name: "挑战杯", organiser: "共青团中央", level: "NATIONAL", year: 2026, ...input },
      },
      as,
    );
  const enter = (input: Record<string, unknown>, as = asStudent(leader)) =>
    run<{ enterCompetition: Entry }>(
      `mutation ($input: EnterCompetitionInput!) { enterCompetition(input: $input) { ${ENTRY} } }`,
      {
        input: {
          competitionId,
          title: "宿舍能耗分析",
          memberIds: [member.id],
          mentorId: mentorPerson.id,
          ...input,
        },
      },
      as,
    );
  const record = (entryId: string, result: string, as = mentor, note?: string) =>
    run<{ recordCompetitionResult: Entry }>(
      `mutation ($input: RecordCompetitionResultInput!) { recordCompetitionResult(input: $input) { ${ENTRY} } }`,
      { input: { entryId, result, note } },
      as,
    );
  const withdraw = (entryId: string, as = asStudent(leader), note = "时间冲突") =>
    run<{ withdrawCompetitionEntry: Entry }>(
      `mutation ($input: WithdrawCompetitionEntryInput!) { withdrawCompetitionEntry(input: $input) { ${ENTRY} } }`,
      { input: { entryId, note } },
      as,
    );
  const setTier = (personId: string, tier: number) =>
    run<{ setClimbTier: { tier: number } }>(
      `mutation ($input: SetClimbTierInput!) { setClimbTier(input: $input) { tier } }`,
      { input: { personId, tier, basis: "竞赛获奖" } },
      admin,
    );

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  it("lets organisers and administrators register competitions, once per name and year", async () => {
    const made = await create({});
    expect(made.errors).toBeUndefined();
    competitionId = made.data?.createCompetition.id ?? "";
    expect((await create({ name: "互联网+", level: "PROVINCIAL" }, admin)).errors).toBeUndefined();
    expect(codeOf(await create({}))).toBe("CONFLICT");
    expect(codeOf(await create({ name: "新竞赛" }, mentor))).toBe("FORBIDDEN");
    expect(codeOf(await create({ name: "新竞赛" }, branchOrganiser))).toBe("FORBIDDEN");
    expect(codeOf(await create({ name: "新竞赛" }, asStudent(leader)))).toBe("FORBIDDEN");
    expect(codeOf(await create({ name: "新竞赛", year: 1999 }))).toBe("BAD_USER_INPUT");
    expect(await count("competition")).toBe(2);
  });

  it("enters a team, leader first, tied to the leader's project, with the entry recorded", async () => {
    const res = await enter({ projectId: project.id });
    expect(res.errors).toBeUndefined();
    const entry = res.data?.enterCompetition;
    expect(entry).toMatchObject({
      status: "ENTERED",
      result: null,
      project: { id: project.id },
      members: [
        { role: "LEADER", person: { id: leader.id } },
        { role: "MEMBER", person: { id: member.id } },
      ],
      history: [{ from: null, to: "ENTERED", by: { id: leader.id } }],
    });
    // Refusals change nothing.
    const before = await count("competition_entry");
    expect(codeOf(await enter({ projectId: project.id }, asStudent(outsider)))).toBe(
      "BAD_USER_INPUT",
    ); // not the outsider's project
    expect(codeOf(await enter({ memberIds: [member.id, member.id] }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await enter({ leaderId: outsider.id }))).toBe("FORBIDDEN"); // a student names no leader
    expect(codeOf(await enter({ competitionId: "00000000-0000-4000-8000-0000000000aa" }))).toBe(
      "NOT_FOUND",
    );
    expect(await count("competition_entry")).toBe(before);
  });

  it("records a prize once, by the mentor, with who and when; others are refused", async () => {
    const entryId = (await enter({})).data?.enterCompetition.id ?? "";
    expect(codeOf(await record(entryId, "FIRST_PRIZE", otherMentor))).toBe("FORBIDDEN");
    expect(codeOf(await record(entryId, "FIRST_PRIZE", asStudent(leader)))).toBe("FORBIDDEN");
    expect(codeOf(await record(entryId, "FIRST_PRIZE", branchOrganiser))).toBe("FORBIDDEN");
    expect(codeOf(await record(entryId, "BEST"))).toBe("BAD_USER_INPUT");
    expect(await count("outbox_event")).toBe(0);

    const res = await record(entryId, "FIRST_PRIZE", mentor, "全国一等奖");
    expect(res.errors).toBeUndefined();
    const entry = res.data?.recordCompetitionResult;
    expect(entry).toMatchObject({
      status: "RESULT_RECORDED",
      result: "FIRST_PRIZE",
      resultBy: { id: mentorPerson.id },
    });
    expect(entry?.resultAt).toBeTruthy();
    expect(entry?.history.map((h) => [h.from, h.to, h.by?.id])).toEqual([
      [null, "ENTERED", leader.id],
      ["ENTERED", "RESULT_RECORDED", mentorPerson.id],
    ]);
    // Once: a second result, or a withdrawal after it, is refused.
    expect(codeOf(await record(entryId, "SECOND_PRIZE", admin))).toBe("BAD_USER_INPUT");
    expect(codeOf(await withdraw(entryId))).toBe("BAD_USER_INPUT");

    const events = await sql<{
      key: string;
      subject: string;
      type: string;
      payload: { points: number; title: string };
    }>(
      `select key, subject, type, payload from curriculum.outbox_event where type = 'COMPETITION_AWARD' order by subject`,
    );
    expect(events.map((e) => e.key).sort()).toEqual(
      [leader.id, member.id].map((id) => `competition-award:${entryId}:${id}`).sort(),
    );
    expect(events[0].payload.points).toBe(10); // national 8 + first prize 2
    expect(events[0].payload.title).toContain("一等奖");
  });

  it("lets an organiser record taking part, which is no prize and reaches no growth record", async () => {
    const entryId =
      (await enter({ memberIds: [] }, asStudent(third))).data?.enterCompetition.id ?? "";
    const res = await record(entryId, "PARTICIPATION", organiser);
    expect(res.data?.recordCompetitionResult).toMatchObject({
      status: "RESULT_RECORDED",
      resultBy: { id: organiserPerson.id },
    });
    const events = await sql(`select 1 from curriculum.outbox_event where key like ?`, [
      `competition-award:${entryId}:%`,
    ]);
    expect(events).toHaveLength(0);
    // Taking part does not lift a student to tier 3.
    expect((await setTier(third.id, 2)).errors).toBeUndefined();
    const refused = await setTier(third.id, 3);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.tier",
    });
    expect(refused.errors?.[0]?.message).toMatch(/competition prize/);
  });

  it("withdraws an ENTERED entry by its leader, not by an outsider, and nothing after", async () => {
    const entryId = (await enter({})).data?.enterCompetition.id ?? "";
    expect(codeOf(await withdraw(entryId, asStudent(outsider)))).toBe("FORBIDDEN");
    expect(codeOf(await withdraw(entryId, asStudent(leader), " "))).toBe("BAD_USER_INPUT");
    const res = await withdraw(entryId);
    expect(res.data?.withdrawCompetitionEntry.history.map((h) => h.to)).toEqual([
      "ENTERED",
      "WITHDRAWN",
    ]);
    expect(codeOf(await withdraw(entryId))).toBe("BAD_USER_INPUT");
    expect(codeOf(await record(entryId, "FIRST_PRIZE"))).toBe("BAD_USER_INPUT");
  });

  it("counts a prize for tier 3", async () => {
    // The member's project is still active: only the competition prize earns tier 3.
    expect((await setTier(member.id, 2)).errors).toBeUndefined();
    const res = await setTier(member.id, 3);
    expect(res.errors).toBeUndefined();
    expect(res.data?.setClimbTier.tier).toBe(3);
  });

  it("lists a student's entries on Person for the student and staff, not for a classmate, in as many statements for many", async () => {
    const entriesOf = (ids: string[], as: ReturnType<typeof callerFor>) =>
      run<{
        _entities: {
          id: string;
          competitionEntries: { id: string; result: string | null }[] | null;
        }[];
      }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id competitionEntries { id result competition { name } members { person { id } } } } } }`,
        { r: ids.map((id) => ({ __typename: "Person", id })) },
        as,
      );
    const own = await entriesOf([leader.id], asStudent(leader));
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0].competitionEntries).toHaveLength(3); // with a project, with a prize, withdrawn
    expect(codeOf(await entriesOf([leader.id], asStudent(outsider)))).toBe("FORBIDDEN");
    const statements = async (ids: string[]) => {
      const before = harness.subgraphs.curriculum.statements.count;
      expect((await entriesOf(ids, admin)).errors).toBeUndefined();
      return harness.subgraphs.curriculum.statements.count - before;
    };
    expect(await statements([leader.id, member.id, third.id, outsider.id])).toBe(
      await statements([third.id]),
    );
  });

  it("seeds the demo's competitions with the history the service writes, a prize's growth events once", async () => {
    const { dataset } = demoData();
    const other = await startTestSubgraphs([{ definition, seed }], { dataset });
    try {
      const em = other.subgraphs.curriculum.orm.em.fork() as EntityManager;
      const rows = await em
        .getConnection()
        .execute<{ status: string; result: string | null; transitions: number }[]>(
          `select e.status, e.result, (select count(*)::int from curriculum.competition_entry_transition t where t.entry_id = e.id) as transitions
             from curriculum.competition_entry e order by e.title`,
        );
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) expect(row.transitions).toBe(row.result ? 2 : 1);
      const prized = dataset.competitions
        ?.flatMap((c) => c.entries)
        .filter((e) => e.result === "FIRST_PRIZE")
        .flatMap((e) => [e.leaderId, ...e.memberIds]);
      const events = await em
        .getConnection()
        .execute<{ subject: string }[]>(
          `select subject from curriculum.outbox_event where type = 'COMPETITION_AWARD'`,
        );
      expect(events.map((e) => e.subject).sort()).toEqual([...(prized ?? [])].sort());
    } finally {
      await other.stop();
    }
  });
});
