import { randomUUID } from "node:crypto";
import type { FilterQuery } from "@mikro-orm/core";
import { isPurpose } from "@campus/access";
import { assertId, badUserInput, forbidden, type RequestContext } from "@campus/subgraph";
import { type Connection, type PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { groupPage, paginateOrdered } from "@campus/subgraph/data";
import type { Person } from "../person/person.entity";
import { table } from "@campus/subgraph/data";
import { AccessRecord } from "./access-record.entity";
import type { AccessRecordFilter, AccessRecordsArgs, SensitiveReadBatchInput } from "./access-record.input";

/** `Type.field`, as the access decorators name a field. */
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;
/** Longest reader subject, name, client or request id kept; far above any real one. */
const MAX_TEXT = 1000;

function text(value: string, field: string): string {
  if (!value.trim() || value.length > MAX_TEXT) throw badUserInput(`${field} must be 1 to ${MAX_TEXT} characters`, field);
  return value;
}

export class AccessRecordService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Writes one request's sensitive reads in a single INSERT, however many: the gateway waits for
   * it before the answer leaves, and either all of them are recorded or none (and the answer is
   * withheld).
   */
  async record(input: SensitiveReadBatchInput): Promise<number> {
    const readerSubject = text(input.readerSubject, "input.readerSubject");
    const readerName = text(input.readerName, "input.readerName");
    const client = text(input.client, "input.client");
    const requestId = text(input.requestId, "input.requestId");
    if (input.readerPersonId) assertId(input.readerPersonId, "input.readerPersonId");
    const rows = input.reads.map((read, i) => {
      assertId(read.subjectId, `input.reads.${i}.subjectId`);
      if (!FIELD.test(read.field)) throw badUserInput(`${read.field} is not a Type.field name`, `input.reads.${i}.field`);
      if (!isPurpose(read.purpose)) throw badUserInput(`${read.purpose} is not an access purpose`, `input.reads.${i}.purpose`);
      return { id: randomUUID(), subject_id: read.subjectId, field: read.field, purpose: read.purpose };
    });
    if (!rows.length) return 0;
    // The reads travel as one JSON parameter: no limit on bound parameters, one statement.
    await this.ctx.em.getConnection().execute(
      `insert into ${table(this.ctx.em, AccessRecord)} (id, reader_subject, reader_person_id, reader_name, client, subject_id, field, purpose, request_id, read_at)
       select r.id, ?, ?::uuid, ?, ?, r.subject_id, r.field, r.purpose, ?, ?::timestamptz
         from jsonb_to_recordset(?::jsonb) as r(id uuid, subject_id uuid, field text, purpose text)`,
      [readerSubject, input.readerPersonId ?? null, readerName, client, requestId, input.readAt.toISOString(), JSON.stringify(rows)],
      "run",
    );
    return rows.length;
  }

  /** The whole log, newest first, for those who oversee it: auditors and university administrators. */
  list(args: AccessRecordsArgs): Promise<Connection<AccessRecord>> {
    if (!this.ctx.access.hasRole("auditor", "admin")) throw forbidden("only auditors and administrators may read the access log");
    return paginateOrdered(this.ctx.em, AccessRecord, this.where(args.filter), args, "readAt", "desc");
  }

  /** Who read this person's sensitive data, newest first: for the person themselves, auditors and administrators. */
  ofPerson(person: Person, args: PageArgs): Promise<Connection<AccessRecord>> {
    const { access, caller } = this.ctx;
    if (!access.hasRole("auditor", "admin") && caller.personId !== person.id) {
      throw forbidden("who read a person's data is visible only to that person, auditors and administrators");
    }
    return groupPage(this.ctx.loaders.accessRecordPage, this.ctx.loaders.accessRecordCount, person.id, args, "readAt");
  }

  reader(record: AccessRecord): Promise<Person | null> | null {
    return record.readerPersonId ? this.ctx.loaders.person.load(record.readerPersonId) : null;
  }

  async subject(record: AccessRecord): Promise<Person> {
    const person = await this.ctx.loaders.person.load(record.subjectId);
    if (!person) throw new Error(`person ${record.subjectId} of access record ${record.id} is missing`);
    return person;
  }

  private where(filter: AccessRecordFilter | null | undefined): FilterQuery<AccessRecord> {
    const where: FilterQuery<AccessRecord> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.subjectId) {
      assertId(filter.subjectId, "filter.subjectId");
      where.subjectId = filter.subjectId;
    }
    if (filter.readerPersonId) {
      assertId(filter.readerPersonId, "filter.readerPersonId");
      where.readerPersonId = filter.readerPersonId;
    }
    if (filter.from || filter.to) {
      where.readAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    return where;
  }
}
