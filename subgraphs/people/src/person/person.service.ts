import type { FilterQuery } from "@mikro-orm/core";
import {
  assertId,
  badUserInput,
  forbidden,
  isId,
  MAX_PEOPLE_PER_CHECK,
  type RequestContext,
} from "@campus/subgraph";
import {
  anyId,
  label,
  pgArray,
  selectRows,
  tableName,
  type Connection,
} from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "./person.entity";
import { PersonKind } from "./person.enums";
import type { PersonRepository } from "./person.repository";
import type { PeopleArgs, PeopleFilter } from "./person.input";
import { nameOrNumberSearch } from "./person.search";

/** Most 学号 one lookup names: a batch of a residence import. */
export const MAX_NUMBERS_PER_LOOKUP = 5000;
/** Most staff one staff search returns: a picker's list. */
export const MAX_STAFF_FOUND = 10;

export class PersonService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get people(): PersonRepository {
    return this.ctx.em.getRepository<Person, PersonRepository>(Person);
  }

  async byId(id: string): Promise<Person | null> {
    assertId(id, "id");
    return this.ctx.loaders.person.load(id);
  }

  /** The ids among `ids` that name a person, in one statement. */
  async known(ids: string[]): Promise<string[]> {
    if (ids.length > MAX_PEOPLE_PER_CHECK)
      throw badUserInput(`at most ${MAX_PEOPLE_PER_CHECK} ids per check`, "ids");
    const wellFormed = [...new Set(ids.filter(isId))];
    if (!wellFormed.length) return [];
    return this.people.known(wellFormed);
  }

  /**
   * The students among these student numbers, in one statement: organisation's residence import
   * resolves a file's 学号 column this way, a batch at a time, never by reading this subgraph's tables.
   */
  async studentsByNumber(
    numbers: string[],
  ): Promise<{ id: string; number: string; name: string }[]> {
    if (numbers.length > MAX_NUMBERS_PER_LOOKUP)
      throw badUserInput(`at most ${MAX_NUMBERS_PER_LOOKUP} numbers per lookup`, "numbers");
    const distinct = [...new Set(numbers.map((n) => n.trim()).filter((n) => n && n.length <= 32))];
    if (!distinct.length) return [];
    // Plain rows, not entities: a batch is 5,000 people and nothing here changes them.
    return selectRows<{ id: string; number: string; name: string }>(
      this.ctx.em,
      "people.studentsByNumber",
      `select id, number, name from ?? where number = any(?::text[]) and kind = ?`,
      [tableName(this.ctx.em, Person), pgArray(distinct), PersonKind.STUDENT],
    );
  }

  /**
   * The student with this student number, if their name is also this name: how a student names a
   * classmate in a peer report, or a teammate, without a directory to look them up in. Both must
   * match, so a number alone reveals nothing; null otherwise.
   */
  private async studentMatching(number: string, name: string): Promise<Person | null> {
    const [n, m] = [number.trim(), name.trim()];
    if (!n || !m || n.length > 50 || m.length > 50) return null;
    return this.people.findOne(
      { number: n, name: m, kind: PersonKind.STUDENT },
      { comments: label("people.studentByNumberAndName") },
    );
  }

  /** The matching student's id (peer reports, through the gateway's relay). */
  async studentByNumberAndName(number: string, name: string): Promise<string | null> {
    return (await this.studentMatching(number, name))?.id ?? null;
  }

  /**
   * Staff by name, its pinyin or their staff number, for naming a mentor or a supervisor: any
   * signed-in person (a student too; staff are not the student directory the privacy rules
   * forbid), at most MAX_STAFF_FOUND, by name.
   */
  async findStaff(search: string): Promise<Person[]> {
    if (!this.ctx.caller.personId && !this.ctx.access.hasRole("service"))
      throw forbidden("staff are found by a signed-in person");
    const text = search.trim();
    if (text.length > 50) throw badUserInput("at most 50 characters", "search");
    if (!text) return [];
    return this.people.find(
      { kind: PersonKind.STAFF, $or: nameOrNumberSearch(text, tableName(this.ctx.em, Person)) },
      {
        orderBy: { name: "asc", id: "asc" },
        limit: MAX_STAFF_FOUND,
        comments: label("people.findStaff"),
      },
    );
  }

  /**
   * The student with this student number and this name, for a student naming a teammate: both must
   * match (as for a peer report), so a number alone reveals nothing and there is no directory to
   * browse. Any signed-in person; null when they do not match.
   */
  async findStudent(number: string, name: string): Promise<Person | null> {
    if (!this.ctx.caller.personId && !this.ctx.access.hasRole("service"))
      throw forbidden("a student is found by a signed-in person");
    return this.studentMatching(number, name);
  }

  /**
   * People by name, a page at a time, among those the caller may list: students their duties
   * cover (a student: only themselves, no campus directory; an auditor: every student), and staff
   * for callers who are staff or a service client. Filtered in SQL, so pages and totalCount never count anyone else.
   */
  list(args: PeopleArgs): Promise<Connection<Person>> {
    const where = this.where(args.filter);
    const listable = this.listable();
    return this.people.page(listable ? { $and: [where, listable] } : where, args);
  }

  /** Whom the caller may list, as a filter; null when they may list everyone. */
  listable(): FilterQuery<Person> | null {
    const { access } = this.ctx;
    const students = access.students();
    const staff = access.isStaff() || access.hasRole("service");
    if (students === "all" && staff) return null;
    const visible: FilterQuery<Person>[] = [];
    if (staff) visible.push({ kind: PersonKind.STAFF });
    // Auditors oversee reads about any student: they find one by name or number to search the
    // log (names and numbers only; they hold no purpose, so every sensitive field stays refused).
    if (students === "all" || access.hasRole("auditor")) visible.push({ kind: PersonKind.STUDENT });
    else if (students.length) visible.push({ kind: PersonKind.STUDENT, id: anyId(students) });
    // A member of staff is never a student row, but a person is always listable to themselves.
    if (this.ctx.caller.personId) visible.push({ id: this.ctx.caller.personId });
    return { $or: visible };
  }

  private where(filter: PeopleFilter | undefined): FilterQuery<Person> {
    const where: FilterQuery<Person> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.kind) where.kind = filter.kind;
    if (filter.cohort !== undefined && filter.cohort !== null) where.cohort = filter.cohort;
    if (filter.schoolId) where.schoolId = filter.schoolId;
    if (filter.collegeId) where.collegeId = filter.collegeId;
    const search = filter.search?.trim();
    if (search) {
      where.$or = nameOrNumberSearch(search, tableName(this.ctx.em, Person));
    }
    return where;
  }
}
