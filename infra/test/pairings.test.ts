/**
 * Pairings (结对共建) through the real gateway: organisation owns the pairings and their activity
 * log; people owns who exists, who is secretary of which branch and who administers which college,
 * asked through the gateway's relay (knownPeople, governedUnits), never by reading people's tables.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, errorsOf, expectData, gatewayQuery } from "@campus/testkit";
import { DatasetBuilder } from "@campus/demo-data";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const CREATE = graphql(`
  mutation StackCreatePairing($input: CreatePairingInput!) {
    createPairing(input: $input) {
      id
      state
      teacher {
        name
      }
      student {
        name
      }
    }
  }
`);
const LOG = graphql(`
  mutation StackLogPairingActivity($input: LogPairingActivityInput!) {
    logPairingActivity(input: $input) {
      id
      term
      recordedBy {
        name
      }
    }
  }
`);
const END = graphql(`
  mutation StackEndPairing($id: ID!) {
    endPairing(pairingId: $id) {
      state
      endedBy {
        name
      }
    }
  }
`);
const BRANCH = graphql(`
  query StackBranchPairings($id: ID!) {
    orgUnit(id: $id) {
      name
      pairings(first: 10) {
        totalCount
        edges {
          node {
            kind
            state
            unit {
              name
            }
            branch {
              name
            }
            teacher {
              name
            }
            activitiesByTerm {
              term
              activityCount
            }
          }
        }
      }
    }
  }
`);

const b = new DatasetBuilder("pairings-stack");
const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const general = b.orgUnit({
  name: "彭康书院党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
  collegeId: college.id,
});
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id });
const teachers = b.orgUnit({ name: "教工第1党支部", kind: "JOINT_BRANCH" });
const otherGeneral = b.orgUnit({
  name: "文治书院党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
});
const other = b.orgUnit({ name: "文治第1支部", kind: "JOINT_BRANCH", parentId: otherGeneral.id });
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const secretary = b.staff({ name: "周静" });
const otherSecretary = b.staff({ name: "赵敏" });
const collegeAdministrator = b.staff({ name: "孙伟" });
const teacher = b.staff({ name: "王立新" });
const student = b.student({ name: "李浩然" });
b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
b.assign(otherSecretary, "BRANCH_SECRETARY", "BRANCH", other.id);
b.assign(collegeAdministrator, "COLLEGE_ADMIN", "UNIT", college.id);
const dataset = b.build();
const sec = callerFor(["branch_secretary"], secretary.id, "secretary");
const otherSec = callerFor(["branch_secretary"], otherSecretary.id, "other-secretary");
const collegeAdmin = callerFor(["college_admin"], collegeAdministrator.id, "college-admin");

const pairing = (overrides: Record<string, unknown> = {}) => ({
  input: {
    kind: "TEACHER_STUDENT" as const,
    unitId: teachers.id,
    branchId: branch.id,
    startsOn: "2025-09-01",
    endsOn: "2099-07-15",
    plan: "教师党员与学生党员一对一结对",
    ...overrides,
  },
});

describe("pairings through the gateway", () => {
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

  it("lets a branch's secretary pair it, naming a teacher and a student people knows; a secretary of another branch may not", async () => {
    const before = await count("pairing");
    const nobody = "00000000-0000-4000-8000-0000000000aa";
    for (const field of ["teacherId", "studentId"]) {
      const res = await gatewayQuery(stack, CREATE, pairing({ [field]: nobody }), sec);
      expect(errorsOf(res)).toEqual([[["createPairing"], "BAD_USER_INPUT"]]);
      expect(res.errors?.[0]?.extensions?.field).toBe(`input.${field}`);
    }
    const refused = await gatewayQuery(stack, CREATE, pairing(), otherSec);
    expect(errorsOf(refused)).toEqual([[["createPairing"], "FORBIDDEN"]]);
    expect(await count("pairing")).toBe(before);

    const made = await gatewayQuery(
      stack,
      CREATE,
      pairing({ teacherId: teacher.id, studentId: student.id }),
      sec,
    );
    expect(made.errors).toBeUndefined();
    expect(expectData(made).createPairing).toMatchObject({
      state: "ACTIVE",
      teacher: { name: "王立新" },
      student: { name: "李浩然" },
    });
    const id = expectData(made).createPairing.id;

    const foreign = await gatewayQuery(
      stack,
      LOG,
      { input: { pairingId: id, heldOn: "2026-03-10", title: "谈心谈话", participantCount: 2 } },
      otherSec,
    );
    expect(errorsOf(foreign)).toEqual([[["logPairingActivity"], "FORBIDDEN"]]);
    expect(errorsOf(await gatewayQuery(stack, END, { id }, otherSec))).toEqual([
      [["endPairing"], "FORBIDDEN"],
    ]);
    expect(await count("pairing_activity")).toBe(0);

    const logged = await gatewayQuery(
      stack,
      LOG,
      { input: { pairingId: id, heldOn: "2026-03-10", title: "谈心谈话", participantCount: 2 } },
      sec,
    );
    expect(logged.errors).toBeUndefined();
    expect(expectData(logged).logPairingActivity).toMatchObject({
      term: "2025-2026-2",
      recordedBy: { name: "周静" },
    });
  });

  it("lets a college's administrator run pairings of the branches in their college and no others", async () => {
    const inCollege = await gatewayQuery(
      stack,
      CREATE,
      pairing({ kind: "SCHOOL_BRANCH", unitId: school.id }),
      collegeAdmin,
    );
    expect(inCollege.errors).toBeUndefined();
    const outside = await gatewayQuery(
      stack,
      CREATE,
      pairing({ kind: "SCHOOL_BRANCH", unitId: school.id, branchId: other.id }),
      collegeAdmin,
    );
    expect(errorsOf(outside)).toEqual([[["createPairing"], "FORBIDDEN"]]);
    const ended = await gatewayQuery(
      stack,
      END,
      { id: expectData(inCollege).createPairing.id },
      collegeAdmin,
    );
    expect(expectData(ended).endPairing).toEqual({ state: "ENDED", endedBy: { name: "孙伟" } });
  });

  it("answers a branch secretary's view of their branch's pairings, with names from people", async () => {
    const res = await gatewayQuery(stack, BRANCH, { id: branch.id }, sec);
    expect(res.errors).toBeUndefined();
    const page = expectData(res).orgUnit?.pairings;
    expect(page?.totalCount).toBe(2);
    expect(page?.edges.map((e) => e.node)).toEqual([
      {
        kind: "SCHOOL_BRANCH",
        state: "ENDED",
        unit: { name: "电气工程学院" },
        branch: { name: "第1师生联合党支部" },
        teacher: null,
        activitiesByTerm: [],
      },
      {
        kind: "TEACHER_STUDENT",
        state: "ACTIVE",
        unit: { name: "教工第1党支部" },
        branch: { name: "第1师生联合党支部" },
        teacher: { name: "王立新" },
        activitiesByTerm: [{ term: "2025-2026-2", activityCount: 1 }],
      },
    ]);
  });
});
