import {
  DatasetBuilder,
  type Dataset,
  type PersonSeed,
  type RoomSeed,
  type WarningCategory,
  type WarningLevel,
  type WarningStatus,
} from "@campus/demo-data";

export interface CampusOptions {
  /**
   * A year of early-warning work for the dashboards: one more warning per student, raised over the
   * academic year 2024-09-01 to 2025-08-31 in every category, level and step (the seed's university
   * handled 41,248 in a year), and an assistance case for one student in fifty.
   */
  yearOfWarnings?: boolean;
  /**
   * Grids of exactly these many residents, made first (each in a building of its own, spanning as
   * many floors of 20 four-bed rooms as it needs), for pages whose cost grows with a grid's size.
   * Their residents count among `students`.
   */
  gridSizes?: number[];
  /**
   * A lecture (讲座) starting at this time, with a place for each of the first `size` students
   * (who also keep their two sessions of the term): the course check-in's burst, a hall of
   * students checking in within a minute.
   */
  lecture?: { startsAt: Date; size: number };
}

/** The lecture made for `CampusOptions.lecture`, and the students who hold its places. */
export interface Lecture {
  sessionId: string;
  instructorId: string;
  students: PersonSeed[];
}

/** A grid made for `gridSizes`, with the number of residents it was given. */
export interface SizedGrid {
  id: string;
  name: string;
  residents: number;
}

const CATEGORIES: WarningCategory[] = [
  "ACADEMIC",
  "BEHAVIOUR",
  "MENTAL_HEALTH",
  "FINANCIAL",
  "SAFETY",
];
const LEVELS: WarningLevel[] = ["YELLOW", "YELLOW", "ORANGE", "RED"];
const STEPS: WarningStatus[] = ["CLOSED", "CLOSED", "CLOSED", "TRACKING", "INTERVENING", "OPEN"];
const YEAR_START = Date.parse("2024-09-01T00:00:00.000Z");

/** Sessions of community courses in a term (门次), as the seed's community ran them. */
export const TERM_SESSIONS = 308;

/**
 * A campus of `students` students shaped like the real one: 9 residential colleges, buildings of
 * 6 floors × 20 rooms × 4 beds, a grid per floor, a branch per two floors, ~25 schools, a term of
 * 308 course sessions (44 courses of 7) with every student in two of them, one in six with a
 * warning.
 */
export function generateCampus(
  students: number,
  options: CampusOptions = {},
): { dataset: Dataset; students: PersonSeed[]; grids: SizedGrid[]; lecture?: Lecture } {
  const b = new DatasetBuilder("bench");
  const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
  const colleges = Array.from({ length: 9 }, (_, i) =>
    b.orgUnit({ name: `第${i + 1}书院`, kind: "RESIDENTIAL_COLLEGE" }),
  );
  const generals = colleges.map((c) =>
    b.orgUnit({ name: `${c.name}党总支`, kind: "GENERAL_BRANCH", parentId: committee.id }),
  );
  const schools = Array.from({ length: 25 }, (_, i) =>
    b.orgUnit({ name: `第${i + 1}学院`, kind: "SCHOOL" }),
  );
  const campus = b.campus({ name: "兴庆校区" });
  const staff = Array.from({ length: 50 }, (_, i) => b.staff({ name: `教师${i + 1}` }));
  const courses = Array.from({ length: TERM_SESSIONS / 7 }, (_, i) =>
    b.course({ code: `C${String(i + 1).padStart(3, "0")}`, title: `社区课程${i + 1}` }),
  );
  const sessions = courses.flatMap((course, i) =>
    Array.from({ length: 7 }, (_, s) =>
      b.session(course, {
        instructorId: staff[(i + s) % staff.length].id,
        startsAt: `2024-10-${String(1 + (s % 28)).padStart(2, "0")}T10:00:00.000Z`,
        endsAt: `2024-10-${String(1 + (s % 28)).padStart(2, "0")}T11:30:00.000Z`,
        capacity: 500,
      }),
    ),
  );
  const people: PersonSeed[] = [];
  const addStudent = (room: RoomSeed, college: number, bed: number) => {
    const n = people.length;
    const student = b.student({
      name: `学生${n}`,
      number: `24${String(n).padStart(8, "0")}`,
      schoolId: schools[n % schools.length].id,
      collegeId: colleges[college].id,
    });
    people.push(student);
    b.residence(student, room, { bed: String(bed) });
    b.enrolment(student, sessions[n % sessions.length]);
    b.enrolment(student, sessions[(n * 7 + 3) % sessions.length]);
    if (n % 6 === 0) b.warning(student, { level: n % 4 === 0 ? "ORANGE" : "YELLOW" });
    if (options.yearOfWarnings) {
      const status = STEPS[n % STEPS.length];
      b.warning(student, {
        category: CATEGORIES[n % CATEGORIES.length],
        level: LEVELS[(n >> 1) % LEVELS.length],
        status,
        outcome: status === "CLOSED" ? "RESOLVED" : null,
        raisedAt: new Date(YEAR_START + ((n * 7919) % 364) * 86_400_000).toISOString(),
      });
      if (n % 50 === 0)
        b.assistanceCase(student, staff[n % staff.length], {
          openedAt: new Date(YEAR_START + ((n * 104729) % 364) * 86_400_000).toISOString(),
        });
    }
  };
  const grids: SizedGrid[] = [];
  for (const [i, size] of (options.gridSizes ?? []).entries()) {
    const college = i % colleges.length;
    const floors = Math.max(1, Math.ceil(size / 80));
    const bld = b.building({
      name: `${i + 1}号大网格楼`,
      campusId: campus.id,
      floors,
      collegeId: colleges[college].id,
    });
    const branch = b.orgUnit({
      name: `${bld.name}联合党支部`,
      kind: "JOINT_BRANCH",
      parentId: generals[college].id,
    });
    const grid = b.grid({
      name: `${bld.name}${size}人网格`,
      buildingId: bld.id,
      branchId: branch.id,
    });
    const first = people.length;
    for (let r = 0; people.length - first < size && people.length < students; r++) {
      const floor = 1 + Math.floor(r / 20);
      const room = b.room({
        buildingId: bld.id,
        gridId: grid.id,
        floor,
        number: `${floor}${String((r % 20) + 1).padStart(2, "0")}`,
      });
      for (let bed = 1; bed <= 4 && people.length - first < size && people.length < students; bed++)
        addStudent(room, college, bed);
    }
    grids.push({ id: grid.id, name: grid.name, residents: people.length - first });
  }
  for (let building = 0; people.length < students; building++) {
    const college = building % colleges.length;
    const bld = b.building({
      name: `${building + 1}号楼`,
      campusId: campus.id,
      floors: 6,
      collegeId: colleges[college].id,
    });
    let branch = generals[college];
    for (let floor = 1; floor <= 6 && people.length < students; floor++) {
      if (floor % 2 === 1)
        branch = b.orgUnit({
          name: `${bld.name}第${(floor + 1) / 2}联合党支部`,
          kind: "JOINT_BRANCH",
          parentId: generals[college].id,
        });
      const grid = b.grid({
        name: `${bld.name}${floor}层网格`,
        buildingId: bld.id,
        branchId: branch.id,
      });
      for (let r = 1; r <= 20 && people.length < students; r++) {
        const room = b.room({
          buildingId: bld.id,
          gridId: grid.id,
          floor,
          number: `${floor}${String(r).padStart(2, "0")}`,
        });
        for (let bed = 1; bed <= 4 && people.length < students; bed++)
          addStudent(room, college, bed);
      }
    }
  }
  let lecture: Lecture | undefined;
  if (options.lecture) {
    const { startsAt, size } = options.lecture;
    const instructor = staff[0];
    const session = b.session(b.course({ code: "L001", title: "开学第一课" }), {
      instructorId: instructor.id,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
      location: "学生活动中心报告厅",
      capacity: size,
    });
    const holders = people.slice(0, size);
    for (const student of holders) b.enrolment(student, session);
    lecture = { sessionId: session.id, instructorId: instructor.id, students: holders };
  }
  return { dataset: b.build(), students: people, grids, lecture };
}
