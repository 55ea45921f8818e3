import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import {
  expectData,
  gatewayQuery,
  type GatewayEndpoint,
  type GraphQLResponse,
  type VariablesOf,
} from "@campus/testkit";
import { graphql } from "./generated";

export const REGISTER_SERVICE_CLIENT = graphql(`
  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {
    registerServiceClient(input: $input) {
      secret
      client {
        id
        name
        purposes
        operations {
          name
          sha256
        }
        revokedAt
      }
    }
  }
`);

/**
 * The data of a response that may also carry errors (a partial answer, some fields refused): the
 * test then checks the errors itself. Throws with the whole body when there is no data at all.
 */
export function partialData<T>(res: GraphQLResponse<T>): T {
  if (res.data === undefined || res.data === null)
    throw new Error(`expected data, got HTTP ${res.status}: ${JSON.stringify(res, null, 2)}`);
  return res.data;
}

/** Registers a departmental app as an administrator: the client and its one-time secret. */
export async function registerServiceClient(
  stack: GatewayEndpoint,
  input: VariablesOf<typeof REGISTER_SERVICE_CLIENT>["input"],
) {
  return expectData(await gatewayQuery(stack, REGISTER_SERVICE_CLIENT, { input }))
    .registerServiceClient;
}

/** The gateway as a caller holding `token` (a service client's, or one a test signed itself) sees it, for gatewayQuery. */
export function withBearer(stack: GatewayEndpoint, token: string): GatewayEndpoint {
  return { gateway: stack.gateway, token: () => Promise.resolve(token) };
}

/**
 * A campus slice with `students` students: each lives in a room of a grid (one grid per floor,
 * one branch per two floors), is enrolled in two sessions, and every third has a warning. The
 * counselor is assigned to every grid.
 */
export function campusSlice(students: number, namespace = "platform") {
  const b = new DatasetBuilder(namespace);
  const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
  const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
  const general = b.orgUnit({
    name: "彭康书院党总支",
    kind: "GENERAL_BRANCH",
    parentId: committee.id,
  });
  const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
  const campus = b.campus({ name: "兴庆校区" });
  const building = b.building({
    name: "彭康1号楼",
    campusId: campus.id,
    floors: 10,
    collegeId: college.id,
  });
  const counselor = b.staff({ name: "陈晓燕" });
  const course = b.course({ code: "FF01", title: "新生养成教育·校史校情" });
  const sessions = [
    b.session(course, { instructorId: counselor.id }),
    b.session(course, { startsAt: "2024-09-17T10:00:00.000Z", endsAt: "2024-09-17T11:30:00.000Z" }),
  ];
  const people: PersonSeed[] = [];
  const roomsPerFloor = 5;
  let branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id });
  let grid = b.grid({ name: "1层网格", buildingId: building.id, branchId: branch.id });
  let room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
  for (let i = 0; i < students; i++) {
    const bed = (i % 4) + 1;
    if (i > 0 && bed === 1) {
      const roomIndex = i / 4;
      const floor = Math.floor(roomIndex / roomsPerFloor) + 1;
      if (roomIndex % roomsPerFloor === 0) {
        if (floor % 2 === 1)
          branch = b.orgUnit({
            name: `第${(floor + 1) / 2}师生联合党支部`,
            kind: "JOINT_BRANCH",
            parentId: general.id,
          });
        grid = b.grid({ name: `${floor}层网格`, buildingId: building.id, branchId: branch.id });
      }
      room = b.room({
        buildingId: building.id,
        gridId: grid.id,
        floor,
        number: `${floor}${String((roomIndex % roomsPerFloor) + 1).padStart(2, "0")}`,
      });
    }
    const student = b.student({
      name: `学生${String(i + 1).padStart(3, "0")}`,
      schoolId: school.id,
      collegeId: college.id,
    });
    people.push(student);
    b.residence(student, room, { bed: String(bed) });
    for (const session of sessions) b.enrolment(student, session);
    if (i % 3 === 0) b.warning(student, { level: i % 2 ? "ORANGE" : "YELLOW" });
  }
  // The counselor covers the whole building, one grid at a time, as assignments are made.
  for (const g of b.data.grids) b.assign(counselor, "COUNSELOR", "GRID", g.id);
  return { dataset: b.build(), students: people, counselor, college, school, building, course };
}
