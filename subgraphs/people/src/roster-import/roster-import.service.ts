import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { badUserInput, forbidden, notFound, type RequestContext } from "@campus/subgraph";
import { enumTypeName, pgArray, runStatement, selectRows, tableName } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind, PoliticalStatus } from "../person/person.enums";
import { spellName } from "../person/person.pinyin";
import { StudentClass } from "../student-class/student-class.entity";
import { schoolsAndColleges, type SchoolsAndColleges } from "./org-units";
import type {
  CreatePersonInput,
  ImportRosterInput,
  UpdatePersonInput,
} from "./roster-import.input";
import { readRoster } from "./roster-rows";
import { RosterImportReason as Reason, type RosterImportReport } from "./roster-import.type";

/** Problems a report lists; the count says how many there are in all. */
const MAX_LISTED_PROBLEMS = 1000;
/** Rows per INSERT: each column travels as one array parameter. */
const INSERT_CHUNK = 5000;

/** The campus calendar's year now, for the latest 入学年份 a file may give (next autumn's intake). */
function thisYear(): number {
  return Number(
    new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(
      new Date(),
    ),
  );
}

interface NewPerson {
  id: string;
  name: string;
  kind: PersonKind;
  number: string;
  cohort: number | null;
  degreeLevel: string | null;
  schoolId: string | null;
  collegeId: string | null;
  classId: string | null;
}

/**
 * People, maintained by administrators: create and update one person, and import a roster file
 * (students or staff) all-or-nothing with a report of every row's problems. Schools and colleges
 * are organisation's, checked through the graph; classes are this subgraph's.
 */
export class RosterImportService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private assertAdmin(action: string): void {
    if (!this.ctx.access.hasRole("admin")) throw forbidden(`only an administrator may ${action}`);
  }

  async create(input: CreatePersonInput): Promise<Person> {
    this.assertAdmin("create people");
    const number = input.number.trim();
    this.assertNumber(number, "input.number");
    await this.assertReferences(input, input.kind, "input");
    return this.ctx.em.transactional(async (em) => {
      if (await em.count(Person, { number }))
        throw badUserInput(`a person with the number ${number} already exists`, "input.number");
      const person = em.create(Person, {
        name: input.name.trim(),
        kind: input.kind,
        number,
        cohort: input.cohort ?? null,
        degreeLevel: input.degreeLevel ?? null,
        schoolId: input.schoolId ?? null,
        collegeId: input.collegeId ?? null,
        classId: input.classId ?? null,
        politicalStatus: PoliticalStatus.MASSES,
      });
      await em.flush();
      return person;
    });
  }

  async update(input: UpdatePersonInput): Promise<Person> {
    this.assertAdmin("change people");
    return this.ctx.em.transactional(async (em) => {
      const person = await em.findOne(Person, { id: input.id });
      if (!person) throw notFound("person", input.id);
      const next = {
        schoolId: input.schoolId === undefined ? person.schoolId : input.schoolId,
        collegeId: input.collegeId === undefined ? person.collegeId : input.collegeId,
        classId: input.classId === undefined ? person.classId : input.classId,
        cohort: input.cohort === undefined ? person.cohort : input.cohort,
        degreeLevel: input.degreeLevel === undefined ? person.degreeLevel : input.degreeLevel,
      };
      await this.assertReferences(
        {
          schoolId: input.schoolId === undefined ? undefined : next.schoolId,
          collegeId: input.collegeId === undefined ? undefined : next.collegeId,
          classId: next.classId,
          cohort: next.cohort,
          degreeLevel: next.degreeLevel,
          // The class is checked against the school the person will have.
          schoolOfClass: next.schoolId,
        },
        person.kind,
        "input",
        em,
      );
      if (input.number !== undefined && input.number !== null) {
        const number = input.number.trim();
        this.assertNumber(number, "input.number");
        if (number !== person.number && (await em.count(Person, { number })))
          throw badUserInput(`a person with the number ${number} already exists`, "input.number");
        person.number = number;
      }
      if (input.name !== undefined && input.name !== null) person.name = input.name.trim();
      Object.assign(person, next);
      await em.flush();
      return person;
    });
  }

  private assertNumber(number: string, field: string): void {
    if (!/^[A-Za-z0-9-]{1,32}$/.test(number))
      throw badUserInput("a student or staff number is letters, digits and dashes", field);
  }

  /** The school and college exist (through the graph), the class exists and is of that school. */
  private async assertReferences(
    refs: {
      schoolId?: string | null;
      collegeId?: string | null;
      classId?: string | null;
      cohort?: number | null;
      degreeLevel?: unknown;
      schoolOfClass?: string | null;
    },
    kind: PersonKind,
    prefix: string,
    em: EntityManager = this.ctx.em,
  ): Promise<void> {
    if (kind === PersonKind.STAFF) {
      for (const field of ["classId", "cohort", "degreeLevel"] as const)
        if (refs[field] !== undefined && refs[field] !== null)
          throw badUserInput("staff have no class, cohort or degree level", `${prefix}.${field}`);
    }
    if (refs.classId) {
      const klass = await em.findOne(StudentClass, { id: refs.classId });
      if (!klass) throw badUserInput(`no class has the id ${refs.classId}`, `${prefix}.classId`);
      const school = refs.schoolOfClass !== undefined ? refs.schoolOfClass : refs.schoolId;
      if (school && klass.schoolId && klass.schoolId !== school)
        throw badUserInput("the class belongs to another school", `${prefix}.classId`);
    }
    if (refs.schoolId || refs.collegeId) {
      const units = await schoolsAndColleges(this.ctx);
      if (!units) return;
      if (refs.schoolId && !units.schools.some((u) => u.id === refs.schoolId))
        throw badUserInput(`no school has the id ${refs.schoolId}`, `${prefix}.schoolId`);
      if (refs.collegeId && !units.colleges.some((u) => u.id === refs.collegeId))
        throw badUserInput(
          `no residential college has the id ${refs.collegeId}`,
          `${prefix}.collegeId`,
        );
    }
  }

  /**
   * Checks a roster file's rows against themselves, the units (through the graph) and the people
   * already here; writes them all in one transaction when asked to and nothing is wrong.
   */
  async importRoster(input: ImportRosterInput): Promise<RosterImportReport> {
    this.assertAdmin("import rosters");
    const read = readRoster(input.header, input.rows, thisYear());
    const header = input.header.map((h) => h.trim());
    const problems = [...read.problems];
    const report = (committed: boolean): RosterImportReport => {
      const at = (column: string | null) => (column === null ? -1 : header.indexOf(column));
      problems.sort((a, b) => a.row - b.row || at(a.column) - at(b.column));
      return {
        committed,
        rowCount: read.rows.length,
        created: committed ? read.rows.length : 0,
        problemCount: problems.length,
        problems: problems.slice(0, MAX_LISTED_PROBLEMS),
        ignoredColumns: read.ignoredColumns,
      };
    };
    if (problems.some((p) => p.row === 1)) return report(false);
    const staff = input.kind === PersonKind.STAFF;
    const { headers } = read;
    const problem = (row: number, field: keyof typeof headers, reason: Reason, value: string) =>
      problems.push({ row, column: headers[field] ?? null, reason, value });

    // Numbers twice in the file: every row after the first with it.
    const seen = new Map<string, number>();
    for (const row of read.rows) {
      if (!row.number) continue;
      if (seen.has(row.number)) problem(row.row, "number", Reason.DUPLICATE_IN_FILE, row.number);
      else seen.set(row.number, row.row);
    }
    const em = this.ctx.em;
    const present = await selectRows<{ number: string }>(
      em,
      "people.rosterImportPresent",
      `select number from ?? where number = any(?::text[])`,
      [tableName(em, Person), pgArray([...seen.keys()])],
    );
    const presentNumbers = new Set(present.map((p) => p.number));
    for (const row of read.rows)
      if (presentNumbers.has(row.number) && seen.get(row.number) === row.row)
        problem(row.row, "number", Reason.ALREADY_PRESENT, row.number);

    const needsUnits = read.rows.some((r) => r.school || r.college);
    const units: SchoolsAndColleges | null = needsUnits ? await schoolsAndColleges(this.ctx) : null;
    const schools = new Map((units?.schools ?? []).map((u) => [u.name, u.id]));
    const colleges = new Map((units?.colleges ?? []).map((u) => [u.name, u.id]));
    const classNames = [...new Set(read.rows.map((r) => r.class).filter(Boolean))];
    const classes = classNames.length
      ? await em.find(StudentClass, { name: { $in: classNames } })
      : [];
    const classesByName = new Map<string, StudentClass[]>();
    for (const klass of classes)
      classesByName.set(klass.name, [...(classesByName.get(klass.name) ?? []), klass]);

    const people: NewPerson[] = [];
    for (const row of read.rows) {
      let schoolId: string | null = null;
      let collegeId: string | null = null;
      let classId: string | null = null;
      if (row.school) {
        schoolId = schools.get(row.school) ?? null;
        if (!schoolId) problem(row.row, "school", Reason.UNKNOWN_SCHOOL, row.school);
      }
      if (row.college) {
        collegeId = colleges.get(row.college) ?? null;
        if (!collegeId) problem(row.row, "college", Reason.UNKNOWN_COLLEGE, row.college);
      }
      if (staff) {
        if (row.class) problem(row.row, "class", Reason.BAD_VALUE, row.class);
        if (row.cohort !== null) problem(row.row, "cohort", Reason.BAD_VALUE, String(row.cohort));
        if (row.degree) problem(row.row, "degree", Reason.BAD_VALUE, row.degree);
      } else if (row.class) {
        const named = classesByName.get(row.class) ?? [];
        // A class name may recur across schools: the row's school picks one.
        const klass =
          named.length === 1 ? named[0] : named.find((c) => schoolId && c.schoolId === schoolId);
        if (!klass) problem(row.row, "class", Reason.UNKNOWN_CLASS, row.class);
        else if (schoolId && klass.schoolId && klass.schoolId !== schoolId)
          problem(row.row, "class", Reason.CLASS_NOT_IN_SCHOOL, row.class);
        else {
          classId = klass.id;
          schoolId ??= row.school ? null : klass.schoolId;
        }
      }
      people.push({
        id: randomUUID(),
        name: row.name,
        kind: input.kind,
        number: row.number,
        cohort:
          row.cohort ?? (classId ? (classes.find((c) => c.id === classId)?.cohort ?? null) : null),
        degreeLevel: row.degree,
        schoolId,
        collegeId,
        classId,
      });
    }
    if (problems.length || !input.commit || !people.length) return report(false);
    await em.transactional(async (tx) => {
      for (let i = 0; i < people.length; i += INSERT_CHUNK)
        await this.insert(tx, people.slice(i, i + INSERT_CHUNK));
    });
    return report(true);
  }

  /**
   * One INSERT for a chunk of people: each column as one array parameter, unnested by position.
   * The pinyin the entity's hook would keep is spelled here, as the hook does not run for SQL.
   * The unique number index refuses a number written meanwhile by someone else: the whole
   * transaction then fails and nothing is written.
   */
  private async insert(em: EntityManager, people: NewPerson[]): Promise<void> {
    // Spelling is the costly part of a row (pinyin-pro's surname mode); a roster repeats names.
    const spellings = new Map<string, ReturnType<typeof spellName>>();
    const spelled = people.map((p) => {
      let spelling = spellings.get(p.name);
      if (!spelling) spellings.set(p.name, (spelling = spellName(p.name)));
      return spelling;
    });
    await runStatement(
      em,
      "people.rosterImportInsert",
      `insert into ?? (id, name, name_pinyin, name_initials, kind, number, cohort, degree_level,
         political_status, school_id, college_id, class_id)
       select id, name, pinyin, initials, kind::??, number, nullif(cohort, 0)::smallint,
         nullif(degree, '')::??, ?::??, nullif(school, '')::uuid,
         nullif(college, '')::uuid, nullif(klass, '')::uuid
       from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[],
         ?::text[], ?::text[], ?::text[], ?::text[])
         as t(id, name, pinyin, initials, kind, number, cohort, degree, school, college, klass)`,
      [
        tableName(em, Person),
        enumTypeName(em, Person, "kind"),
        enumTypeName(em, Person, "degreeLevel"),
        PoliticalStatus.MASSES,
        enumTypeName(em, Person, "politicalStatus"),
        pgArray(people.map((p) => p.id)),
        pgArray(people.map((p) => p.name)),
        pgArray(spelled.map((s) => s.pinyin)),
        pgArray(spelled.map((s) => s.initials)),
        pgArray(people.map((p) => p.kind)),
        pgArray(people.map((p) => p.number)),
        pgArray(people.map((p) => p.cohort ?? 0)),
        pgArray(people.map((p) => p.degreeLevel ?? "")),
        pgArray(people.map((p) => p.schoolId ?? "")),
        pgArray(people.map((p) => p.collegeId ?? "")),
        pgArray(people.map((p) => p.classId ?? "")),
      ],
    );
  }
}
