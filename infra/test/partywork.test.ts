/**
 * Party work in the grids through the real gateway: organisation owns posts, areas and teams;
 * people owns who is a party member and who is secretary of which branch. Organisation asks both
 * through the gateway's relay (partyStanding, secretaryBranches), never by reading people's tables.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, errorsOf, expectData, gatewayQuery } from "@campus/testkit";
import { DatasetBuilder } from "@campus/demo-data";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const CREATE_POST = graphql(`
  mutation StackCreatePartyPost($input: CreatePartyPostInput!) {
    createPartyPost(input: $input) {
      id
      holder {
        name
        politicalStatus
      }
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation StackCreateVanguardTeam($input: CreateVanguardTeamInput!) {
    createVanguardTeam(input: $input) {
      id
    }
  }
`);
const CREATE_AREA = graphql(`
  mutation StackCreateResponsibilityArea($input: CreateResponsibilityAreaInput!) {
    createResponsibilityArea(input: $input) {
      id
    }
  }
`);
const BRANCH_WORK = graphql(`
  query StackBranchPartyWork($branch: ID!, $person: ID!) {
    orgUnit(id: $branch) {
      name
      secretary {
        name
      }
      partyPosts {
        title
        holder {
          name
        }
        grid {
          name
        }
      }
      responsibilityAreas {
        name
        member {
          name
        }
      }
      vanguardTeams {
        name
        members {
          name
          politicalStatus
        }
      }
    }
    person(id: $person) {
      partyPosts {
        title
      }
    }
    responsibilityCoverage(branchId: $branch) {
      branches {
        roomCount
        coveredRoomCount
      }
    }
  }
`);

const b = new DatasetBuilder("partywork-stack");
const general = b.orgUnit({ name: "彭康书院党总支", kind: "GENERAL_BRANCH" });
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id });
const other = b.orgUnit({ name: "第2师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id });
const campus = b.campus();
const building = b.building({ name: "彭康1号楼", campusId: campus.id });
const grid = b.grid({ name: "1层网格", buildingId: building.id, branchId: branch.id });
const otherGrid = b.grid({ name: "2层网格", buildingId: building.id, branchId: other.id });
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "102" });
b.room({ buildingId: building.id, gridId: otherGrid.id, floor: 2, number: "201" });
const member = b.student({ name: "王子涵", politicalStatus: "FULL_MEMBER" });
const probationary = b.student({ name: "李浩然", politicalStatus: "PROBATIONARY_MEMBER" });
const activist = b.student({ name: "张欣怡", politicalStatus: "ACTIVIST" });
const leagueMember = b.student({ name: "刘洋" });
b.residence(member, room, { bed: "1" });
const secretary = b.staff({ name: "周静" });
const otherSecretary = b.staff({ name: "赵敏" });
b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
b.assign(otherSecretary, "BRANCH_SECRETARY", "BRANCH", other.id);
const dataset = b.build();
const sec = callerFor(["branch_secretary"], secretary.id, "secretary");
const otherSec = callerFor(["branch_secretary"], otherSecretary.id, "other-secretary");

const post = (holderId: string, gridId = grid.id) => ({
  input: {
    holderId,
    title: "学风建设示范岗",
    duties: "晚自习巡查",
    gridId,
    startsOn: "2026-09-01",
    endsOn: "2099-07-15",
  },
});

describe("party work in the grids through the gateway", () => {
  let stack: StackHarness;
  const count = async (table: string) =>
    (
      await (stack.subgraphs.organisation.orm.em.fork() as EntityManager)
        .getConnection()
        .execute<{ n: number }[]>(`select count(*)::int as n from organisation.${table}`)
    )[0]?.n;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  it("lets a post be held only by a probationary or full party member, as people says", async () => {
    const ok = await gatewayQuery(stack, CREATE_POST, post(member.id), sec);
    expect(ok.errors).toBeUndefined();
    expect(expectData(ok).createPartyPost.holder).toEqual({
      name: "王子涵",
      politicalStatus: "FULL_MEMBER",
    });
    const posts = await count("party_post");
    for (const holder of [activist.id, leagueMember.id, "00000000-0000-4000-8000-0000000000aa"]) {
      const refused = await gatewayQuery(stack, CREATE_POST, post(holder), sec);
      expect(refused.errors?.[0]?.extensions, holder).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.holderId",
      });
    }
    const team = await gatewayQuery(
      stack,
      CREATE_TEAM,
      {
        input: {
          branchId: branch.id,
          name: "学风建设党员先锋队",
          memberIds: [member.id, activist.id],
        },
      },
      sec,
    );
    expect(team.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.memberIds",
    });
    const area = await gatewayQuery(
      stack,
      CREATE_AREA,
      {
        input: { branchId: branch.id, memberId: leagueMember.id, name: "越权", gridIds: [grid.id] },
      },
      sec,
    );
    expect(area.errors?.[0]?.extensions?.field).toBe("input.memberId");
    expect(await count("party_post")).toBe(posts);
    expect(await count("vanguard_team")).toBe(0);
    expect(await count("responsibility_area")).toBe(0);
  });

  it("lets only the secretary of the grid's branch (or an administrator) act in it", async () => {
    const posts = await count("party_post");
    const elsewhere = await gatewayQuery(
      stack,
      CREATE_POST,
      post(probationary.id, otherGrid.id),
      sec,
    );
    expect(errorsOf(elsewhere)).toEqual([[["createPartyPost"], "FORBIDDEN"]]);
    const otherTeam = await gatewayQuery(
      stack,
      CREATE_TEAM,
      { input: { branchId: branch.id, name: "越界先锋队", memberIds: [member.id] } },
      otherSec,
    );
    expect(errorsOf(otherTeam)).toEqual([[["createVanguardTeam"], "FORBIDDEN"]]);
    expect(await count("party_post")).toBe(posts);
    const theirs = await gatewayQuery(
      stack,
      CREATE_POST,
      post(probationary.id, otherGrid.id),
      otherSec,
    );
    expect(theirs.errors).toBeUndefined();
  });

  it("shows the secretary their branch's posts, areas and teams with names from people", async () => {
    const team = await gatewayQuery(
      stack,
      CREATE_TEAM,
      {
        input: {
          branchId: branch.id,
          name: "学风建设党员先锋队",
          memberIds: [member.id, probationary.id],
        },
      },
      sec,
    );
    expect(team.errors).toBeUndefined();
    const area = await gatewayQuery(
      stack,
      CREATE_AREA,
      {
        input: {
          branchId: branch.id,
          memberId: probationary.id,
          name: "101责任区",
          roomIds: [room.id],
        },
      },
      sec,
    );
    expect(area.errors).toBeUndefined();
    const res = await gatewayQuery(
      stack,
      BRANCH_WORK,
      { branch: branch.id, person: member.id },
      sec,
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res)).toEqual({
      orgUnit: {
        name: "第1师生联合党支部",
        secretary: { name: "周静" },
        partyPosts: [
          { title: "学风建设示范岗", holder: { name: "王子涵" }, grid: { name: "1层网格" } },
        ],
        responsibilityAreas: [{ name: "101责任区", member: { name: "李浩然" } }],
        vanguardTeams: [
          {
            name: "学风建设党员先锋队",
            // Both joined with the team, at the same moment: in no particular order between them.
            members: expect.arrayContaining([
              { name: "王子涵", politicalStatus: "FULL_MEMBER" },
              { name: "李浩然", politicalStatus: "PROBATIONARY_MEMBER" },
            ]) as unknown,
          },
        ],
      },
      person: { partyPosts: [{ title: "学风建设示范岗" }] },
      responsibilityCoverage: { branches: [{ roomCount: 2, coveredRoomCount: 1 }] },
    });
    expect(expectData(res).orgUnit?.vanguardTeams[0]?.members).toHaveLength(2);
    const notTheirs = await gatewayQuery(
      stack,
      BRANCH_WORK,
      { branch: branch.id, person: member.id },
      otherSec,
    );
    expect(errorsOf(notTheirs)).toEqual([[["responsibilityCoverage"], "FORBIDDEN"]]);
  });
});
