/**
 * The climb plan (攀登计划) through the real gateway: partner organisations post challenges
 * (揭榜立项), student teams claim them, the poster approves a claim into a project (立项), the
 * mentor sets milestones and reviews the team's work, and concludes the project (结题), which
 * reaches every member's growth record through curriculum's outbox; students climb tiers by rules.
 * Curriculum checks the mentor (staff) and the team (students) through the gateway's relay
 * (`personKinds`), never by reading people's tables.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { callerFor, callers, statementsOf, type GraphQLResponse } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";

const b = new DatasetBuilder("climb-plan");
const organiserPerson = b.staff({ name: "刘建国" });
const mentorPerson = b.staff({ name: "王老师" });
const otherMentorPerson = b.staff({ name: "赵老师" });
const partnerPerson = b.staff({ name: "西电集团联络人" });
const otherPartnerPerson = b.staff({ name: "研究院联络人" });
const students = Array.from({ length: 12 }, (_, i) => b.student({ name: `攀登学生${i}` }));
const [leader, member, outsider, soloist] = students;
const raceLeaders = students.slice(4, 9);
/** Challenges already in the dataset, for the statement counts: claims, projects, milestones. */
const seededPartner = b.partner({ name: "种子合作单位" }, []);
for (let i = 0; i < 4; i++) {
  const challenge = b.challenge(organiserPerson, mentorPerson, {
    partnerId: seededPartner.id,
    title: `种子课题${i}`,
    teamsWanted: 3,
  });
  b.project(
    challenge,
    students[9],
    [students[10]],
    [{ status: "ACCEPTED" }, { status: "SUBMITTED" }],
  );
  b.claim(challenge, students[11]);
}
const dataset = b.build();

const organiser = callerFor(["admin"], organiserPerson.id, "organiser");
const mentor = callerFor(["counselor"], mentorPerson.id, "mentor");
const otherMentor = callerFor(["counselor"], otherMentorPerson.id, "other-mentor");
// A partner's contact holds no role: what they may do follows from being its contact.
const partner = callerFor([], partnerPerson.id, "partner");
const otherPartner = callerFor([], otherPartnerPerson.id, "other-partner");
const asStudent = (s: { id: string }) => callers.student(s.id);

const CHALLENGE_FIELDS = `id status title approvedTeams partner { id name } mentor { id }`;

describe("the climb plan through the gateway", () => {
  let stack: StackHarness;
  let partnerId = "";
  let otherPartnerId = "";
  const sql = <T extends object>(text: string, params: unknown[] = []) =>
    (stack.subgraphs.curriculum.orm.em.fork() as EntityManager)
      .getConnection()
      .execute<T[]>(text, params);
  const run = <T = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown>,
    as = organiser,
  ): Promise<GraphQLResponse<T>> => stack.query<T>(document, variables, as);
  const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

  const post = (as: typeof organiser, input: Record<string, unknown>) =>
    run<{ postChallenge: { id: string; status: string } }>(
      `mutation ($input: PostChallengeInput!) { postChallenge(input: $input) { ${CHALLENGE_FIELDS} } }`,
      {
        input: {
          title: "社区能耗数据分析",
          problem: "宿舍楼能耗高峰的成因",
          requirements: "会用 Python",
          deliverables: "分析报告",
          mentorId: mentorPerson.id,
          deadline: "2099-12-31",
          teamSizeMin: 2,
          teamSizeMax: 3,
          teamsWanted: 1,
          ...input,
        },
      },
      as,
    );
  const move = (challengeId: string, step: string, as = organiser) =>
    run<{ moveChallenge: { status: string } }>(
      `mutation ($input: MoveChallengeInput!) { moveChallenge(input: $input) { status publishedAt endedAt } }`,
      { input: { challengeId, step } },
      as,
    );
  const claim = (
    challengeId: string,
    as: typeof organiser,
    memberIds: string[],
    proposal = "我们分三步完成",
  ) =>
    run<{ claimChallenge: { id: string; status: string; teamSize: number } }>(
      `mutation ($input: ClaimChallengeInput!) { claimChallenge(input: $input) { id status teamSize members { id } } }`,
      { input: { challengeId, memberIds, proposal } },
      as,
    );
  const decide = (claimId: string, decision: string, as = organiser, note?: string) =>
    run<{ decideChallengeClaim: { status: string; project: { id: string } | null } }>(
      `mutation ($input: DecideClaimInput!) { decideChallengeClaim(input: $input) { status decisionNote project { id status } } }`,
      { input: { claimId, decision, note } },
      as,
    );
  const published = async (input: Record<string, unknown>, as = partner) => {
    const res = await post(as, { partnerId, ...input });
    expect(res.errors).toBeUndefined();
    const id = res.data?.postChallenge.id ?? "";
    expect((await move(id, "PUBLISH", as)).errors).toBeUndefined();
    return id;
  };

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset,
      jobIntervals: { "curriculum-outbox-relay": 1 },
      jobRetryDelaySeconds: 1,
    });
  }, 120_000);
  afterAll(() => stack?.stop());

  it("lets organisers register partner organisations, and no one else", async () => {
    const create = (name: string, contactIds: string[], as = organiser) =>
      run<{ createPartnerOrganisation: { id: string; contacts: { id: string }[] } }>(
        `mutation ($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) { id name kind contacts { id } } }`,
        { input: { name, kind: "ENTERPRISE", description: "能源企业", contactIds } },
        as,
      );
    const made = await create("西电集团", [partnerPerson.id]);
    expect(made.errors).toBeUndefined();
    partnerId = made.data?.createPartnerOrganisation.id ?? "";
    expect(made.data?.createPartnerOrganisation.contacts).toEqual([{ id: partnerPerson.id }]);
    const other = await create("先进材料研究院", [otherPartnerPerson.id]);
    otherPartnerId = other.data?.createPartnerOrganisation.id ?? "";
    expect(codeOf(await create("西电集团", []))).toBe("CONFLICT");
    expect(codeOf(await create("新单位", [], mentor))).toBe("FORBIDDEN");
    expect(codeOf(await create("新单位", [], partner))).toBe("FORBIDDEN");
    const unknown = await create("新单位", ["00000000-0000-4000-8000-0000000000aa"]);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.contactIds.0",
    });
    expect(
      (
        await sql<{ n: number }>(`select count(*)::int as n from curriculum.partner_organisation`)
      )[0].n,
    ).toBe(3);

    const listed = await run<{
      partnerOrganisations: { totalCount: number; edges: { node: { name: string } }[] };
    }>(
      `query { partnerOrganisations(first: 10) { totalCount edges { node { name } } } }`,
      {},
      asStudent(leader),
    );
    expect(listed.data?.partnerOrganisations.edges.map((e) => e.node.name)).toEqual([
      "先进材料研究院",
      "种子合作单位",
      "西电集团",
    ]);
    // Contacts are the partner's own business: not for a student, nor for another partner.
    const contacts = (as: typeof organiser) =>
      run(
        `query ($id: ID!) { partnerOrganisation(id: $id) { name contacts { id } } }`,
        { id: partnerId },
        as,
      );
    expect(codeOf(await contacts(asStudent(leader)))).toBe("FORBIDDEN");
    expect(codeOf(await contacts(otherPartner))).toBe("FORBIDDEN");
    expect((await contacts(partner)).errors).toBeUndefined();
    const mine = await run<{ myPartnerOrganisations: { id: string }[] }>(
      `query { myPartnerOrganisations { id } }`,
      {},
      partner,
    );
    expect(mine.data?.myPartnerOrganisations).toEqual([{ id: partnerId }]);
  });

  it("posts a challenge as a draft, checks who posts it and its mentor, and publishes it to the board", async () => {
    expect(codeOf(await post(partner, { partnerId: otherPartnerId }))).toBe("FORBIDDEN");
    expect(codeOf(await post(asStudent(leader), {}))).toBe("FORBIDDEN");
    expect(codeOf(await post(partner, {}))).toBe("FORBIDDEN"); // a partner posts for its organisation
    const refusals: [Record<string, unknown>, string][] = [
      [{ mentorId: leader.id }, "input.mentorId"], // a student is no mentor
      [{ mentorId: "00000000-0000-4000-8000-0000000000aa" }, "input.mentorId"],
      [{ teamSizeMin: 3, teamSizeMax: 2 }, "input.teamSizeMax"],
      [{ deadline: "2020-01-01" }, "input.deadline"],
      [{ teamsWanted: 0 }, "input.teamsWanted"],
    ];
    const before = (
      await sql<{ n: number }>(`select count(*)::int as n from curriculum.challenge`)
    )[0].n;
    for (const [input, field] of refusals) {
      const res = await post(partner, { partnerId, ...input });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(
      (await sql<{ n: number }>(`select count(*)::int as n from curriculum.challenge`))[0].n,
    ).toBe(before);

    const draft = await post(partner, { partnerId });
    expect(draft.errors).toBeUndefined();
    const id = draft.data?.postChallenge.id ?? "";
    expect(draft.data?.postChallenge.status).toBe("DRAFT");
    // A draft is the poster's: not on the board, not for a student nor another partner.
    const read = (as: typeof organiser) =>
      run<{ challenge: { status: string } }>(
        `query ($id: ID!) { challenge(id: $id) { status } }`,
        { id },
        as,
      );
    expect(codeOf(await read(asStudent(leader)))).toBe("FORBIDDEN");
    expect(codeOf(await read(otherPartner))).toBe("FORBIDDEN");
    expect(codeOf(await move(id, "PUBLISH", otherPartner))).toBe("FORBIDDEN");
    expect(codeOf(await move(id, "CLOSE", partner))).toBe("BAD_USER_INPUT");
    const publish = await move(id, "PUBLISH", partner);
    expect(publish.errors).toBeUndefined();
    expect(publish.data?.moveChallenge.status).toBe("PUBLISHED");
    expect(codeOf(await move(id, "PUBLISH", partner))).toBe("BAD_USER_INPUT");
    expect((await read(asStudent(leader))).data?.challenge.status).toBe("PUBLISHED");
    const board = await run<{ challengeBoard: { edges: { node: { id: string } }[] } }>(
      `query { challengeBoard(first: 50) { edges { node { id } } } }`,
      {},
      asStudent(leader),
    );
    expect(board.data?.challengeBoard.edges.map((e) => e.node.id)).toContain(id);
    // Staff post in their own name; withdrawing takes a challenge off the board.
    const staffs = await post(mentor, {});
    expect(staffs.errors).toBeUndefined();
    const staffId = staffs.data?.postChallenge.id ?? "";
    expect((await move(staffId, "PUBLISH", mentor)).errors).toBeUndefined();
    expect((await move(staffId, "WITHDRAW", mentor)).data?.moveChallenge.status).toBe("WITHDRAWN");
    expect(codeOf(await move(staffId, "PUBLISH", mentor))).toBe("BAD_USER_INPUT");
  });

  it("takes claims from student teams of the right size, and refuses the rest", async () => {
    const id = await published({ title: "揭榜：宿舍节能", teamsWanted: 1 });
    expect(codeOf(await claim(id, mentor, [member.id]))).toBe("FORBIDDEN");
    const refused: [string[], string][] = [
      [[], "input.memberIds"], // alone, below the minimum of 2
      [[member.id, outsider.id, soloist.id], "input.memberIds"], // four, above 3
      [[mentorPerson.id], "input.memberIds.0"], // staff are not team members
      [[leader.id], "input.memberIds"], // the leader is not listed again
    ];
    for (const [memberIds, field] of refused) {
      const res = await claim(id, asStudent(leader), memberIds);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const ok = await claim(id, asStudent(leader), [member.id]);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.claimChallenge).toMatchObject({ status: "PENDING", teamSize: 2 });
    // A student already on a claim of this challenge is on no second one.
    expect(codeOf(await claim(id, asStudent(outsider), [member.id]))).toBe("CONFLICT");
    const draft = await post(partner, { partnerId });
    expect(
      codeOf(await claim(draft.data?.postChallenge.id ?? "", asStudent(outsider), [soloist.id])),
    ).toBe("BAD_USER_INPUT");
    expect(
      (
        await sql<{ n: number }>(
          `select count(*)::int as n from curriculum.challenge_claim where challenge_id = ?`,
          [id],
        )
      )[0].n,
    ).toBe(1);
  });

  let projectId = "";
  let secondProjectId = "";
  it("approves a claim into a project or rejects it with a note, by the poster or an organiser only", async () => {
    const id = await published({ title: "揭榜：智慧食堂排队", teamsWanted: 2 });
    const claimed = [
      await claim(id, asStudent(leader), [member.id]),
      await claim(id, asStudent(outsider), [soloist.id]),
      await claim(id, asStudent(students[9]), [students[10].id]),
    ];
    expect(claimed.map((c) => c.errors)).toEqual([undefined, undefined, undefined]);
    const [first, second, third] = claimed.map((c) => c.data?.claimChallenge.id ?? "");
    expect(codeOf(await decide(first, "APPROVE", otherPartner))).toBe("FORBIDDEN");
    expect(codeOf(await decide(first, "APPROVE", asStudent(leader)))).toBe("FORBIDDEN");
    expect(codeOf(await decide(first, "REJECT", partner))).toBe("BAD_USER_INPUT"); // no note
    const rejected = await decide(third, "REJECT", partner, "方案与课题方向不符");
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data?.decideChallengeClaim).toMatchObject({
      status: "REJECTED",
      project: null,
    });
    const approved = await decide(first, "APPROVE", partner, "同意立项");
    expect(approved.errors).toBeUndefined();
    projectId = approved.data?.decideChallengeClaim.project?.id ?? "";
    expect(projectId).not.toBe("");
    expect(codeOf(await decide(first, "REJECT", partner, "改主意"))).toBe("BAD_USER_INPUT");
    secondProjectId =
      (await decide(second, "APPROVE", organiser)).data?.decideChallengeClaim.project?.id ?? "";
    expect(secondProjectId).not.toBe("");
    const project = await run<{
      project: {
        status: string;
        tier: number;
        leader: { id: string };
        mentor: { id: string };
        members: { role: string; person: { id: string } }[];
        history: { from: string | null; to: string; by: { id: string } | null; at: string }[];
      };
    }>(
      `query ($id: ID!) { project(id: $id) { status tier leader { id } mentor { id } members { role person { id } } history { from to by { id } at } } }`,
      { id: projectId },
      asStudent(member),
    );
    expect(project.errors).toBeUndefined();
    expect(project.data?.project).toMatchObject({
      status: "ACTIVE",
      tier: 2,
      leader: { id: leader.id },
      mentor: { id: mentorPerson.id },
      members: [
        { role: "LEADER", person: { id: leader.id } },
        { role: "MEMBER", person: { id: member.id } },
      ],
    });
    expect(project.data?.project.history).toEqual([
      { from: null, to: "ACTIVE", by: { id: partnerPerson.id }, at: expect.any(String) as string },
    ]);
    // Full: no more claims.
    expect(codeOf(await claim(id, asStudent(students[11]), [students[8].id]))).toBe("CONFLICT");
  });

  it("approves exactly as many concurrent claims as the challenge takes, and refuses the rest with CONFLICT", async () => {
    const id = await published({ title: "揭榜：并发立项", teamsWanted: 2, teamSizeMin: 1 });
    const claims: string[] = [];
    for (const s of raceLeaders) {
      const res = await claim(id, asStudent(s), []);
      expect(res.errors).toBeUndefined();
      claims.push(res.data?.claimChallenge.id ?? "");
    }
    const results = await Promise.all(claims.map((c) => decide(c, "APPROVE", partner)));
    expect(results.filter((r) => !r.errors).length).toBe(2);
    expect(results.filter((r) => codeOf(r) === "CONFLICT").length).toBe(3);
    const rows = await sql<{ status: string; n: number }>(
      `select c.status, count(*)::int as n from curriculum.challenge_claim c where c.challenge_id = ? group by c.status order by c.status::text`,
      [id],
    );
    expect(rows).toEqual([
      { status: "APPROVED", n: 2 },
      { status: "PENDING", n: 3 },
    ]);
    expect(
      (
        await sql<{ n: number }>(
          `select count(*)::int as n from curriculum.project where challenge_id = ?`,
          [id],
        )
      )[0].n,
    ).toBe(2);
  });

  it("shows a partner its own challenges and the teams that claimed them, and nothing else about students", async () => {
    const others = await published(
      { title: "揭榜：材料表征", teamsWanted: 1, teamSizeMin: 1, partnerId: otherPartnerId },
      organiser,
    );
    const otherClaim = await claim(others, asStudent(soloist), []);
    expect(otherClaim.errors).toBeUndefined();
    const mine = await run<{
      myChallenges: {
        edges: {
          node: {
            title: string;
            partner: { id: string } | null;
            claims: { members: { id: string }[] }[];
          };
        }[];
      };
    }>(
      `query { myChallenges(first: 10) { edges { node { title partner { id } claims { members { id } } } } } }`,
      {},
      partner,
    );
    expect(mine.errors).toBeUndefined();
    const nodes = mine.data?.myChallenges.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.partner?.id === partnerId)).toBe(true);
    expect(nodes.some((n) => n.claims.some((c) => c.members.some((m) => m.id === leader.id)))).toBe(
      true,
    );
    // Another organisation's challenge: on the board, but its claims are not the partner's to see.
    const theirs = await run<{ challenge: { claims: unknown[] } }>(
      `query ($id: ID!) { challenge(id: $id) { claims { id } } }`,
      { id: others },
      partner,
    );
    expect(theirs.data?.challenge.claims).toEqual([]);
    // A student's tier and projects are for the student and staff.
    const about = await run(
      `query ($id: ID!) { person(id: $id) { climbTier { tier } projects { id } } }`,
      { id: leader.id },
      partner,
    );
    expect(about.errors?.map((e) => e.extensions?.code).sort()).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(
      codeOf(await run(`query { milestoneReviewQueue(first: 5) { totalCount } }`, {}, partner)),
    ).toBeUndefined();
    const people = await run<{ people: { totalCount: number } }>(
      `query { people(first: 5, filter: { kind: STUDENT }) { totalCount } }`,
      {},
      partner,
    );
    expect(people.data?.people.totalCount ?? 0).toBe(0);
    // The partner sees the project its challenge became; a student outside the team does not.
    expect(
      (await run(`query ($id: ID!) { project(id: $id) { id } }`, { id: projectId }, partner))
        .errors,
    ).toBeUndefined();
    expect(
      codeOf(
        await run(
          `query ($id: ID!) { project(id: $id) { id } }`,
          { id: projectId },
          asStudent(outsider),
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await run(`query ($id: ID!) { project(id: $id) { id } }`, { id: projectId }, otherPartner),
      ),
    ).toBe("FORBIDDEN");
  });

  it("runs milestones: the mentor sets them, the team submits, the mentor returns with a note and accepts", async () => {
    const add = (title: string, as = mentor) =>
      run<{ addMilestone: { id: string; status: string } }>(
        `mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id status } }`,
        { input: { projectId, title, dueOn: "2099-03-01" } },
        as,
      );
    expect(codeOf(await add("开题", asStudent(leader)))).toBe("FORBIDDEN");
    expect(codeOf(await add("开题", otherMentor))).toBe("FORBIDDEN");
    expect(codeOf(await add("开题", partner))).toBe("FORBIDDEN");
    const opening = (await add("开题")).data?.addMilestone.id ?? "";
    const submit = (as: typeof organiser, content = "开题报告见附件链接") =>
      run<{ submitMilestone: { status: string } }>(
        `mutation ($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { status } }`,
        { input: { milestoneId: opening, content } },
        as,
      );
    const review = (verdict: string, note?: string, as = mentor) =>
      run<{ reviewMilestone: { status: string } }>(
        `mutation ($input: ReviewMilestoneInput!) { reviewMilestone(input: $input) { status } }`,
        { input: { milestoneId: opening, verdict, note } },
        as,
      );
    expect(codeOf(await review("ACCEPT"))).toBe("BAD_USER_INPUT"); // nothing submitted
    expect(codeOf(await submit(asStudent(outsider)))).toBe("FORBIDDEN");
    expect((await submit(asStudent(member))).data?.submitMilestone.status).toBe("SUBMITTED");
    expect(codeOf(await submit(asStudent(leader)))).toBe("BAD_USER_INPUT"); // awaiting review
    const queue = await run<{
      milestoneReviewQueue: { edges: { node: { id: string; project: { id: string } } }[] };
    }>(
      `query { milestoneReviewQueue(first: 20) { edges { node { id project { id } } } } }`,
      {},
      mentor,
    );
    expect(queue.data?.milestoneReviewQueue.edges.map((e) => e.node.id)).toContain(opening);
    const othersQueue = await run<{ milestoneReviewQueue: { totalCount: number } }>(
      `query { milestoneReviewQueue(first: 20) { totalCount } }`,
      {},
      otherMentor,
    );
    expect(othersQueue.data?.milestoneReviewQueue.totalCount).toBe(0);
    expect(codeOf(await review("RETURN"))).toBe("BAD_USER_INPUT"); // returning needs a note
    expect(codeOf(await review("ACCEPT", undefined, otherMentor))).toBe("FORBIDDEN");
    expect((await review("RETURN", "补充文献综述")).data?.reviewMilestone.status).toBe("RETURNED");
    expect((await submit(asStudent(leader), "已补充文献综述")).data?.submitMilestone.status).toBe(
      "SUBMITTED",
    );
    expect((await review("ACCEPT")).data?.reviewMilestone.status).toBe("ACCEPTED");
    const history = await run<{
      project: {
        milestones: {
          status: string;
          submissions: {
            content: string;
            verdict: string | null;
            reviewNote: string | null;
            submittedBy: { id: string };
            reviewedBy: { id: string } | null;
          }[];
        }[];
      };
    }>(
      `query ($id: ID!) { project(id: $id) { milestones { status submissions { content verdict reviewNote submittedBy { id } reviewedBy { id } } } } }`,
      { id: projectId },
      asStudent(leader),
    );
    expect(history.data?.project.milestones).toEqual([
      {
        status: "ACCEPTED",
        submissions: [
          {
            content: "开题报告见附件链接",
            verdict: "RETURN",
            reviewNote: "补充文献综述",
            submittedBy: { id: member.id },
            reviewedBy: { id: mentorPerson.id },
          },
          {
            content: "已补充文献综述",
            verdict: "ACCEPT",
            reviewNote: null,
            submittedBy: { id: leader.id },
            reviewedBy: { id: mentorPerson.id },
          },
        ],
      },
    ]);
  });

  it("concludes a project with its outcome once every milestone is accepted, and sends it to each member's growth record once", async () => {
    const conclude = (input: Record<string, unknown>, as = mentor) =>
      run<{ concludeProject: { status: string; outcome: string; awardLevel: string | null } }>(
        `mutation ($input: ConcludeProjectInput!) { concludeProject(input: $input) { status outcome awardLevel outcomeNote endedAt } }`,
        { input: { projectId, note: "全国大学生节能减排大赛二等奖", ...input } },
        as,
      );
    expect(codeOf(await conclude({ outcome: "AWARD" }))).toBe("BAD_USER_INPUT"); // no level
    expect(codeOf(await conclude({ outcome: "PAPER", awardLevel: "NATIONAL" }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      codeOf(await conclude({ outcome: "AWARD", awardLevel: "NATIONAL" }, asStudent(leader))),
    ).toBe("FORBIDDEN");
    expect(codeOf(await conclude({ outcome: "AWARD", awardLevel: "NATIONAL" }, partner))).toBe(
      "FORBIDDEN",
    );
    // A milestone not yet accepted holds the conclusion back.
    const late = await run<{ addMilestone: { id: string } }>(
      `mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`,
      { input: { projectId, title: "中期检查", dueOn: "2099-05-01" } },
      mentor,
    );
    const lateId = late.data?.addMilestone.id ?? "";
    expect(codeOf(await conclude({ outcome: "AWARD", awardLevel: "NATIONAL" }))).toBe(
      "BAD_USER_INPUT",
    );
    await run(
      `mutation ($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { id } }`,
      { input: { milestoneId: lateId, content: "中期报告" } },
      asStudent(leader),
    );
    await run(
      `mutation ($input: ReviewMilestoneInput!) { reviewMilestone(input: $input) { id } }`,
      { input: { milestoneId: lateId, verdict: "ACCEPT" } },
      mentor,
    );
    const done = await conclude({ outcome: "AWARD", awardLevel: "NATIONAL" });
    expect(done.errors).toBeUndefined();
    expect(done.data?.concludeProject).toMatchObject({
      status: "CONCLUDED",
      outcome: "AWARD",
      awardLevel: "NATIONAL",
    });
    expect(codeOf(await conclude({ outcome: "REPORT" }))).toBe("BAD_USER_INPUT"); // concluded is final
    expect(
      codeOf(
        await run(
          `mutation ($input: AbandonProjectInput!) { abandonProject(input: $input) { id } }`,
          { input: { projectId, note: "x" } },
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    const history = await run<{
      project: { history: { from: string | null; to: string; by: { id: string } | null }[] };
    }>(`query ($id: ID!) { project(id: $id) { history { from to by { id } } } }`, {
      id: projectId,
    });
    expect(history.data?.project.history).toEqual([
      { from: null, to: "ACTIVE", by: { id: partnerPerson.id } },
      { from: "ACTIVE", to: "CONCLUDED", by: { id: mentorPerson.id } },
    ]);

    const growth = async (personId: string) =>
      (
        await run<{
          person: {
            growthRecord: {
              edges: { node: { kind: string; title: string; points: number; source: string } }[];
            };
          };
        }>(
          `query ($id: ID!) { person(id: $id) { growthRecord(first: 50) { edges { node { kind title points source } } } } }`,
          { id: personId },
        )
      ).data?.person.growthRecord.edges
        .map((e) => e.node)
        .filter((n) => n.kind === "PROJECT_CONCLUDED") ?? [];
    const until = Date.now() + 30_000;
    let rows = await growth(member.id);
    while (rows.length < 1 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      rows = await growth(member.id);
    }
    expect(rows).toEqual([
      {
        kind: "PROJECT_CONCLUDED",
        title: "攀登计划结题（获奖）：揭榜：智慧食堂排队",
        points: 8,
        source: "gateway",
      },
    ]);
    expect(await growth(leader.id)).toHaveLength(1);
    // Delivered again (the relay died before marking it): still one record each.
    await sql(
      `update curriculum.outbox_event set delivered_at = null, next_attempt_at = now() where type = 'PROJECT_CONCLUDED'`,
    );
    const redelivered = Date.now() + 30_000;
    while (Date.now() < redelivered) {
      const pending = await sql<{ n: number }>(
        `select count(*)::int as n from curriculum.outbox_event where type = 'PROJECT_CONCLUDED' and delivered_at is null`,
      );
      if (pending[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(await growth(member.id)).toHaveLength(1);
    expect(
      await sql<{ key: string }>(
        `select key from curriculum.outbox_event where type = 'PROJECT_CONCLUDED' order by key`,
      ),
    ).toEqual(
      [leader.id, member.id]
        .map((id) => ({ key: `project-concluded:${projectId}:${id}` }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    );
  }, 90_000);

  it("lets the team's leader abandon a project with a reason, after which its milestones no longer change", async () => {
    const abandon = (as: typeof organiser, note = "团队成员毕业") =>
      run<{ abandonProject: { status: string; outcomeNote: string } }>(
        `mutation ($input: AbandonProjectInput!) { abandonProject(input: $input) { status outcomeNote } }`,
        { input: { projectId: secondProjectId, note } },
        as,
      );
    expect(codeOf(await abandon(asStudent(soloist)))).toBe("FORBIDDEN"); // a member, not the leader
    expect(codeOf(await abandon(asStudent(outsider), "  "))).toBe("BAD_USER_INPUT");
    expect((await abandon(asStudent(outsider))).data?.abandonProject).toEqual({
      status: "ABANDONED",
      outcomeNote: "团队成员毕业",
    });
    const add = await run(
      `mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`,
      { input: { projectId: secondProjectId, title: "补交", dueOn: "2099-05-01" } },
      mentor,
    );
    expect(codeOf(add)).toBe("BAD_USER_INPUT");
  });

  it("moves students up the climb tiers by the rules, refusing with BAD_USER_INPUT and saying why", async () => {
    const set = (personId: string, tier: number, basisProjectId?: string, as = organiser) =>
      run<{ setClimbTier: { tier: number; basis: string } }>(
        `mutation ($input: SetClimbTierInput!) { setClimbTier(input: $input) { tier basis setBy { id } basisProject { id } } }`,
        { input: { personId, tier, basis: "学业表现与项目经历", basisProjectId } },
        as,
      );
    expect(codeOf(await set(member.id, 2, undefined, mentor))).toBe("FORBIDDEN");
    const skip = await set(outsider.id, 3);
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.tier",
    });
    expect(skip.errors?.[0]?.message).toMatch(/one tier at a time/);
    expect(codeOf(await set(mentorPerson.id, 2))).toBe("BAD_USER_INPUT"); // staff climb no tiers
    expect((await set(outsider.id, 2)).errors).toBeUndefined();
    // Their project was abandoned: no concluded tier-2 project, no award.
    const refused = await set(outsider.id, 3);
    expect(refused.errors?.[0]?.message).toMatch(
      /tier 3 needs a concluded tier-2 project, a project.s award or a competition prize/,
    );
    expect((await set(member.id, 2)).errors).toBeUndefined();
    expect(codeOf(await set(member.id, 3, secondProjectId))).toBe("BAD_USER_INPUT"); // not their project
    const up = await set(member.id, 3, projectId);
    expect(up.errors).toBeUndefined();
    const read = await run<{
      person: {
        climbTier: { tier: number; basis: string; basisProject: { id: string } | null };
        projects: { id: string; status: string }[];
      };
    }>(
      `query ($id: ID!) { person(id: $id) { climbTier { tier basis basisProject { id } } projects { id status } } }`,
      { id: member.id },
      asStudent(member),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.person.climbTier).toEqual({
      tier: 3,
      basis: "学业表现与项目经历",
      basisProject: { id: projectId },
    });
    expect(read.data?.person.projects).toEqual([{ id: projectId, status: "CONCLUDED" }]);
    expect(
      codeOf(
        await run(
          `query ($id: ID!) { person(id: $id) { climbTier { tier } } }`,
          { id: member.id },
          asStudent(leader),
        ),
      ),
    ).toBe("FORBIDDEN");
  });

  it("answers list fields in statements that do not grow with rows", async () => {
    const measure = async (document: string, variables: Record<string, unknown>, as = organiser) =>
      statementsOf(stack, "curriculum", async () => {
        const res = await run<Record<string, { edges: unknown[] }>>(document, variables, as);
        expect(res.errors).toBeUndefined();
        return Object.values(res.data ?? {})[0]?.edges.length ?? 0;
      });
    const CHALLENGES = `query ($first: Int!) { myChallenges(first: $first) { edges { node { id partner { name } approvedTeams
      claims { id members { id } project { id status } } } } } }`;
    const one = await measure(CHALLENGES, { first: 1 });
    const many = await measure(CHALLENGES, { first: 10 });
    expect([one.result, many.result]).toEqual([1, 10]);
    expect(many.statements).toBe(one.statements);
    const PROJECTS = `query ($first: Int!) { myProjects(first: $first) { edges { node { id challenge { title }
      members { role person { id } } milestones { id submissions { id reviewedBy { id } } } history { id by { id } } } } } }`;
    // The mentor's newest four reach a project with milestones and submissions; seven reach the
    // seeded ones too (of eight: a page short of the end, so both pages count the total alike).
    const first = await measure(PROJECTS, { first: 4 }, mentor);
    const all = await measure(PROJECTS, { first: 7 }, mentor);
    expect([first.result, all.result]).toEqual([4, 7]);
    expect(all.statements).toBe(first.statements);
    // Person's climb-plan fields, for every member of the mentor's projects at once.
    const TEAMS = `query ($first: Int!) { myProjects(first: $first) { edges { node { id
      members { person { id climbTier { tier } projects { id status } } } } } } }`;
    const few = await measure(TEAMS, { first: 1 }, mentor);
    const more = await measure(TEAMS, { first: 7 }, mentor);
    expect([few.result, more.result]).toEqual([1, 7]);
    expect(more.statements).toBe(few.statements);
  });
});
