/**
 * The authorisation matrix: every role × every sensitive field and every mutation of the composed
 * schema, for a student inside the role's scope and one outside it, through the real gateway.
 *
 * The fields and mutations are read from the supergraph, so a new one is covered the day it is
 * added. What each role may do is written out below, separately from the policy in
 * packages/access, on purpose: a change of policy has to be made twice, once here deliberately.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Kind, parse, type ObjectTypeDefinitionNode, type StringValueNode, type ListValueNode } from "graphql";
import { ROLES, type Caller, type Role } from "@campus/auth";
import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import { callerFor, callers, startTestStack, type GraphQLResponse, type StackHarness } from "@campus/testkit";
import { subgraphModules } from "../src";

type Purpose = "CONTACT" | "CARE" | "FINANCIAL" | "MENTAL_HEALTH";

/** The purposes each role holds for a student in its scope, and for one outside it. */
const EXPECTED: Record<Role, { inScope: Purpose[]; outOfScope: Purpose[] }> = {
  student: { inScope: ["CONTACT", "CARE", "FINANCIAL"], outOfScope: [] }, // in scope = themselves
  counselor: { inScope: ["CONTACT", "CARE", "FINANCIAL", "MENTAL_HEALTH"], outOfScope: [] },
  class_adviser: { inScope: ["CONTACT", "CARE", "FINANCIAL"], outOfScope: [] },
  grid_leader: { inScope: ["CONTACT"], outOfScope: [] },
  building_leader: { inScope: ["CONTACT"], outOfScope: [] },
  branch_secretary: { inScope: ["CONTACT"], outOfScope: [] },
  college_admin: { inScope: ["CONTACT", "CARE", "FINANCIAL"], outOfScope: [] },
  school_admin: { inScope: ["CONTACT", "CARE", "FINANCIAL"], outOfScope: [] },
  psychology_teacher: { inScope: ["CONTACT", "MENTAL_HEALTH"], outOfScope: [] },
  task_force_member: { inScope: ["CONTACT", "CARE", "FINANCIAL"], outOfScope: [] },
  admin: { inScope: ["CONTACT", "CARE", "FINANCIAL"], outOfScope: ["CONTACT", "CARE", "FINANCIAL"] },
  auditor: { inScope: [], outOfScope: [] },
  developer: { inScope: [], outOfScope: [] },
  // The matrix's service client is registered for CONTACT only, and covers every student.
  service: { inScope: ["CONTACT"], outOfScope: ["CONTACT"] },
};

const CARE_STAFF: Role[] = ["counselor", "class_adviser", "college_admin", "school_admin", "task_force_member", "admin"];

// ---- the campus: S is covered by every scoped role, O by none ----
const b = new DatasetBuilder("matrix");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const otherSchool = b.orgUnit({ name: "管理学院", kind: "SCHOOL" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const otherCollege = b.orgUnit({ name: "文治书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "彭康书院第1师生联合党支部", kind: "JOINT_BRANCH" });
const otherBranch = b.orgUnit({ name: "文治书院第1师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus();
const building = b.building({ name: "彭康1号楼", campusId: campus.id, collegeId: college.id });
const otherBuilding = b.building({ name: "文治1号楼", campusId: campus.id, collegeId: otherCollege.id });
const grid = b.grid({ name: "彭康1号楼1层网格", buildingId: building.id, branchId: branch.id });
const otherGrid = b.grid({ name: "文治1号楼1层网格", buildingId: otherBuilding.id, branchId: otherBranch.id });
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
const otherClass = b.studentClass({ name: "管理2401班", schoolId: otherSchool.id, cohort: 2024 });
const S = b.student({ name: "王子涵", schoolId: school.id, collegeId: college.id, classId: klass.id, phone: "13800000001", familyAnnualIncome: 36000 });
const O = b.student({ name: "李浩然", schoolId: otherSchool.id, collegeId: otherCollege.id, classId: otherClass.id, phone: "13900000002", familyAnnualIncome: 52000 });
let roomNumber = 100;
const room = (gridId: string, buildingId: string) => b.room({ buildingId, gridId, floor: 1, number: String(++roomNumber) });
b.residence(S, room(grid.id, building.id));
b.residence(O, room(otherGrid.id, otherBuilding.id));

const staff = (name: string) => b.staff({ name, phone: `1370000${String(++roomNumber).padStart(4, "0")}` });
const people: Partial<Record<Role, PersonSeed>> = {
  counselor: staff("陈晓燕"),
  class_adviser: staff("王立新"),
  grid_leader: staff("赵敏"),
  building_leader: staff("孙伟"),
  branch_secretary: staff("周静"),
  college_admin: staff("吴海涛"),
  school_admin: staff("郑丽"),
  psychology_teacher: staff("黄心宁"),
  task_force_member: staff("马志远"),
  admin: staff("刘建国"),
  auditor: staff("高嘉怡"),
  developer: staff("何文博"),
};
b.assign(people.counselor!, "COUNSELOR", "GRID", grid.id);
b.assign(people.class_adviser!, "CLASS_ADVISER", "CLASS", klass.id);
b.assign(people.grid_leader!, "GRID_LEADER", "GRID", grid.id);
b.assign(people.building_leader!, "BUILDING_LEADER", "BUILDING", building.id);
b.assign(people.branch_secretary!, "BRANCH_SECRETARY", "BRANCH", branch.id);
b.assign(people.college_admin!, "COLLEGE_ADMIN", "UNIT", college.id);
b.assign(people.school_admin!, "SCHOOL_ADMIN", "UNIT", school.id);
const otherPsychologist = staff("林心怡");
const otherCaseWorker = staff("许文静");

const warningOf = (student: PersonSeed) => b.warning(student, { category: "ACADEMIC", level: "ORANGE", status: "OPEN", summary: `${student.name}：本学期不及格学分达到预警线` });
const W = { S: warningOf(S), O: warningOf(O) };
const R = {
  S: b.referral(S, people.psychology_teacher!, people.counselor!, { category: "ATTENTION", note: "睡眠困难，情绪低落" }),
  O: b.referral(O, otherPsychologist, people.counselor!, { category: "PRIORITY", note: "需要持续关注" }),
};
const K = { S: b.assistanceCase(S, people.counselor!), O: b.assistanceCase(O, people.counselor!) };
b.taskForceMember(K.S, people.task_force_member!, { duty: "学业帮扶" });
b.taskForceMember(K.O, otherCaseWorker, { duty: "学业帮扶" });

/** What each role's mutations act on: its own rows, so one role's success cannot block another's. */
interface MutationFixture {
  unhoused: PersonSeed;
  freeRoom: string;
  residence: string;
  openSession: string;
  enrolment: string;
  warning: string;
  assignment: string;
  dummyStaff: PersonSeed;
  referral: string;
  caseToGrow: string;
  caseToClose: string;
}
const course = b.course({ code: "FF01", title: "新生养成教育·校史校情" });
const future = (day: number) => ({ startsAt: `2031-03-${String(day).padStart(2, "0")}T10:00:00.000Z`, endsAt: `2031-03-${String(day).padStart(2, "0")}T11:30:00.000Z` });
const fixtures = Object.fromEntries(
  ROLES.map((role, i) => {
    const unhoused = b.student({ name: `待入住${i}` });
    const housed = b.student({ name: `已入住${i}` });
    const dummyStaff = staff(`临时${i}`);
    const fixture: MutationFixture = {
      unhoused,
      freeRoom: room(grid.id, building.id).id,
      residence: b.residence(housed, room(grid.id, building.id)).id,
      openSession: b.session(course, { ...future(i + 1), capacity: 5 }).id,
      enrolment: b.enrolment(S, b.session(course, { ...future(i + 1), capacity: 5 })).id,
      warning: warningOf(S).id,
      assignment: b.assign(dummyStaff, "GRID_LEADER", "GRID", otherGrid.id).id,
      dummyStaff,
      referral: b.referral(S, people.psychology_teacher!, people.counselor!).id,
      caseToGrow: b.assistanceCase(S, people.counselor!).id,
      caseToClose: b.assistanceCase(S, people.counselor!).id,
    };
    return [role, fixture];
  }),
) as Record<Role, MutationFixture>;
const dataset = b.build();

/** Every mutation of the public schema, who may run it, and what each role runs it on. */
const MUTATIONS: Record<string, { allowed: Role[]; document: string; variables(f: MutationFixture, serviceClientId: string): Record<string, unknown> }> = {
  moveIn: {
    allowed: ["admin"],
    document: `mutation MoveIn($input: MoveInInput!) { moveIn(input: $input) { id } }`,
    variables: (f) => ({ input: { personId: f.unhoused.id, roomId: f.freeRoom, bed: "1", movedInOn: "2026-09-01" } }),
  },
  moveOut: {
    allowed: ["admin"],
    document: `mutation MoveOut($id: ID!) { moveOut(residenceId: $id, movedOutOn: "2026-07-01") { id } }`,
    variables: (f) => ({ id: f.residence }),
  },
  enrol: {
    allowed: ["admin", "student"],
    document: `mutation Enrol($session: ID!, $person: ID!) { enrol(sessionId: $session, personId: $person) { id } }`,
    variables: (f) => ({ session: f.openSession, person: S.id }),
  },
  cancelEnrolment: {
    allowed: ["admin", "student"],
    document: `mutation Cancel($id: ID!) { cancelEnrolment(enrolmentId: $id) { id } }`,
    variables: (f) => ({ id: f.enrolment }),
  },
  advanceWarning: {
    allowed: CARE_STAFF,
    document: `mutation Advance($id: ID!) { advanceWarning(warningId: $id, to: ASSIGNED, note: "matrix") { id status } }`,
    variables: (f) => ({ id: f.warning }),
  },
  assignStaff: {
    allowed: ["admin"],
    document: `mutation Assign($input: AssignStaffInput!) { assignStaff(input: $input) { id } }`,
    variables: (f) => ({ input: { personId: f.dummyStaff.id, role: "GRID_LEADER", targetKind: "GRID", targetId: grid.id, startsOn: "2026-09-01" } }),
  },
  endStaffAssignment: {
    allowed: ["admin"],
    document: `mutation EndAssignment($id: ID!) { endStaffAssignment(id: $id, endsOn: "2026-12-31") { id } }`,
    variables: (f) => ({ id: f.assignment }),
  },
  registerServiceClient: {
    allowed: ["admin"],
    document: `mutation Register($input: RegisterServiceClientInput!) { registerServiceClient(input: $input) { client { id } } }`,
    variables: () => ({ input: { name: "矩阵测试应用", department: "信息化中心", purposes: [], operations: [{ name: "Ping", document: "query Ping { __typename }" }] } }),
  },
  revokeServiceClient: {
    allowed: ["admin"],
    document: `mutation Revoke($id: ID!) { revokeServiceClient(id: $id) { id } }`,
    variables: (_f, serviceClientId) => ({ id: serviceClientId }),
  },
  referToPsychology: {
    allowed: ["counselor", "psychology_teacher"],
    document: `mutation Refer($input: ReferToPsychologyInput!) { referToPsychology(input: $input) { id } }`,
    variables: () => ({ input: { personId: S.id, category: "GENERAL", referredToId: people.psychology_teacher!.id, note: "矩阵测试" } }),
  },
  closeReferral: {
    allowed: ["counselor", "psychology_teacher"],
    document: `mutation CloseReferral($id: ID!) { closeReferral(id: $id, note: "矩阵测试") { id } }`,
    variables: (f) => ({ id: f.referral }),
  },
  openAssistanceCase: {
    allowed: CARE_STAFF,
    document: `mutation OpenCase($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
    variables: () => ({ input: { personId: S.id, summary: "矩阵测试" } }),
  },
  addTaskForceMember: {
    allowed: CARE_STAFF,
    document: `mutation AddMember($input: AddTaskForceMemberInput!) { addTaskForceMember(input: $input) { id } }`,
    variables: (f) => ({ input: { caseId: f.caseToGrow, memberId: f.dummyStaff.id, duty: "生活帮扶", lead: false } }),
  },
  closeAssistanceCase: {
    allowed: CARE_STAFF,
    document: `mutation CloseCase($id: ID!) { closeAssistanceCase(id: $id) { id } }`,
    variables: (f) => ({ id: f.caseToClose }),
  },
};

/** How to reach an instance of a type about S or O, by each path the matrix checks. */
interface Path {
  name: string;
  document(field: string): string;
  variables(subject: "S" | "O"): Record<string, unknown>;
  value(data: any): unknown;
}
const PATHS: Record<string, Path[]> = {
  Person: [
    { name: "person(id)", document: (f) => `query($id: ID!) { node: person(id: $id) { id value: ${f} } }`, variables: (s) => ({ id: s === "S" ? S.id : O.id }), value: (d) => d?.node?.value },
    // Through the evaluation subgraph's Warning, so the people subgraph answers via _entities.
    { name: "warning.person", document: (f) => `query($id: ID!) { node: warning(id: $id) { person { value: ${f} } } }`, variables: (s) => ({ id: W[s].id }), value: (d) => d?.node?.person?.value },
  ],
  Warning: [{ name: "warning(id)", document: (f) => `query($id: ID!) { node: warning(id: $id) { id value: ${f} } }`, variables: (s) => ({ id: W[s].id }), value: (d) => d?.node?.value }],
  AssistanceCase: [
    { name: "assistanceCase(id)", document: (f) => `query($id: ID!) { node: assistanceCase(id: $id) { id value: ${f} } }`, variables: (s) => ({ id: K[s].id }), value: (d) => d?.node?.value },
  ],
  MentalHealthReferral: [
    {
      name: "person.referrals",
      document: (f) => `query($id: ID!) { node: person(id: $id) { referrals { id value: ${f} } } }`,
      variables: (s) => ({ id: s === "S" ? S.id : O.id }),
      value: (d) => d?.node?.referrals?.find((r: { id: string }) => r.id === R.S.id || r.id === R.O.id)?.value,
    },
  ],
};

interface SensitiveField {
  type: string;
  field: string;
  purposes: Purpose[];
  /** A selection for the field: object-typed fields need one. */
  selection: string;
}

/** Every field the supergraph marks @sensitive, with its purposes. */
function sensitiveFields(supergraphSdl: string): SensitiveField[] {
  const fields: SensitiveField[] = [];
  const objectTypes = new Set<string>();
  const document = parse(supergraphSdl);
  for (const definition of document.definitions) if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) objectTypes.add(definition.name.value);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of (definition as ObjectTypeDefinitionNode).fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === "sensitive");
      if (!directive) continue;
      const purposes = (directive.arguments?.find((a) => a.name.value === "purposes")?.value as ListValueNode).values.map((v) => (v as StringValueNode).value as Purpose);
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      fields.push({ type: definition.name.value, field: field.name.value, purposes, selection: objectTypes.has(type.name.value) ? `${field.name.value} { __typename }` : field.name.value });
    }
  }
  return fields;
}

describe("authorisation matrix over the composed schema", () => {
  let stack: StackHarness;
  let fields: SensitiveField[];
  let serviceToken: string;
  const revocable: Record<Role, string> = {} as Record<Role, string>;

  const callerOf = (role: Role): Caller => (role === "student" ? callers.student(S.id) : callerFor([role], people[role]?.id ?? null, people[role]?.name ?? role));

  async function run(role: Role, document: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
    if (role !== "service") return stack.query(document, variables, callerOf(role));
    const res = await fetch(stack.gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${serviceToken}` },
      body: JSON.stringify({ query: document, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<GraphQLResponse, "status">) };
  }

  const register = async (name: string, purposes: Purpose[], documents: string[]) => {
    const res = await stack.query(MUTATIONS.registerServiceClient!.document.replace("client { id }", "client { id } secret"), {
      input: { name, department: "信息化中心", purposes, operations: documents.map((document, i) => ({ name: `op${i}`, document })) },
    });
    expect(res.errors).toBeUndefined();
    return res.data.registerServiceClient as { client: { id: string }; secret: string };
  };

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
    fields = sensitiveFields(stack.supergraphSdl);
    // The service client may run exactly the documents the matrix sends, for CONTACT only.
    const documents = new Set<string>();
    for (const f of fields) for (const path of PATHS[f.type] ?? []) documents.add(path.document(f.selection));
    for (const m of Object.values(MUTATIONS)) documents.add(m.document);
    const client = await register("矩阵服务客户端", ["CONTACT"], [...documents]);
    const token = await fetch(`${stack.gateway.url}/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials", client_id: client.client.id, client_secret: client.secret }),
    });
    serviceToken = ((await token.json()) as { access_token: string }).access_token;
    for (const role of ROLES) revocable[role] = (await register(`待撤销${role}`, [], ["query Ping { __typename }"])).client.id;
  }, 60_000);
  afterAll(() => stack?.stop());

  it("finds the sensitive fields in the supergraph, each with a way to reach it", () => {
    expect(fields.length).toBeGreaterThanOrEqual(8);
    expect(fields.map((f) => `${f.type}.${f.field}`)).toEqual(expect.arrayContaining(["Person.phone", "Person.familyAnnualIncome", "Warning.evidence", "Person.mentalHealthCategory"]));
    const unreachable = fields.filter((f) => !PATHS[f.type]?.length).map((f) => `${f.type}.${f.field}`);
    expect(unreachable, "add a PATHS entry for these types").toEqual([]);
    const unknownPurposes = fields.filter((f) => f.purposes.some((p) => !["CONTACT", "CARE", "FINANCIAL", "MENTAL_HEALTH"].includes(p)));
    expect(unknownPurposes, "a new purpose needs a column in EXPECTED").toEqual([]);
  });

  it("allows every role exactly its purposes, inside its scope and outside it, on every path", async () => {
    const unexpectedAllows: string[] = [];
    const unexpectedDenials: string[] = [];
    let checks = 0;
    for (const f of fields) {
      for (const path of PATHS[f.type] ?? []) {
        for (const role of ROLES) {
          for (const subject of ["S", "O"] as const) {
            const held = subject === "S" ? EXPECTED[role].inScope : EXPECTED[role].outOfScope;
            const expected = f.purposes.some((p) => held.includes(p));
            const res = await run(role, path.document(f.selection), path.variables(subject));
            const value = path.value(res.data);
            const forbidden = res.errors?.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
            const otherErrors = res.errors?.filter((e) => e.extensions?.code !== "FORBIDDEN") ?? [];
            const label = `${role} ${f.type}.${f.field} of ${subject} via ${path.name}`;
            checks++;
            if (otherErrors.length) unexpectedDenials.push(`${label}: ${otherErrors.map((e) => e.message).join("; ")}`);
            else if (expected && (value === null || value === undefined || forbidden)) unexpectedDenials.push(label);
            // A denial is a null value with FORBIDDEN on the path, and the request still answered.
            else if (!expected && (value !== null && value !== undefined || !forbidden || res.status !== 200)) unexpectedAllows.push(label);
          }
        }
      }
    }
    expect(checks).toBe(fields.reduce((n, f) => n + (PATHS[f.type]?.length ?? 0), 0) * ROLES.length * 2);
    expect(unexpectedAllows).toEqual([]);
    expect(unexpectedDenials).toEqual([]);
  }, 120_000);

  it("lists every mutation of the public schema, and no mutation that is not there", async () => {
    const res = await stack.query(`{ __schema { mutationType { fields { name } } } }`);
    const names = res.data.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort();
    expect(Object.keys(MUTATIONS).sort(), "add the new mutation to MUTATIONS with who may run it").toEqual(names);
  });

  it("lets exactly the expected roles run each mutation, and refuses the rest with FORBIDDEN", async () => {
    const unexpected: string[] = [];
    for (const [name, mutation] of Object.entries(MUTATIONS)) {
      for (const role of ROLES) {
        const res = await run(role, mutation.document, mutation.variables(fixtures[role], revocable[role]));
        const allowed = mutation.allowed.includes(role);
        if (allowed && (res.errors?.length || !res.data?.[name])) unexpected.push(`${role} ${name} was refused: ${res.errors?.map((e) => `${e.extensions?.code} ${e.message}`).join("; ")}`);
        if (!allowed && !(res.errors?.[0]?.extensions?.code === "FORBIDDEN" && !res.data?.[name])) unexpected.push(`${role} ${name} was allowed`);
      }
    }
    expect(unexpected).toEqual([]);
  }, 120_000);
});
