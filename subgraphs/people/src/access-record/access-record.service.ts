import { randomUUID } from "node:crypto";
import type { FilterQuery } from "@mikro-orm/core";
import { forbidden, type RequestContext } from "@campus/subgraph";
import { type Connection, type PageArgs, groupConnection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import type { Person } from "../person/person.entity";
import { AccessRecord } from "./access-record.entity";
import type { AccessRecordRepository } from "./access-record.repository";
import type {
  AccessRecordFilter,
  AccessRecordsArgs,
  SensitiveReadBatchInput,
} from "./access-record.input";

export class AccessRecordService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get records(): AccessRecordRepository {
    return this.ctx.em.getRepository<AccessRecord, AccessRecordRepository>(AccessRecord);
  }

  /**
   * Writes one request's sensitive reads in a single INSERT, however many: the gateway waits for
   * it before the answer leaves, and either all of them are recorded or none (and the answer is
   * withheld).
   */
  async record(input: SensitiveReadBatchInput): Promise<number> {
    const { readerSubject, readerName, client, requestId } = input;
    const rows = input.reads.map((read) => ({
      id: randomUUID(),
      subject_id: read.subjectId,
      field: read.field,
      purpose: read.purpose,
    }));
    if (!rows.length) return 0;
    const reader = {
      readerSubject,
      readerPersonId: input.readerPersonId ?? null,
      readerName,
      client,
      requestId,
      readAt: input.readAt,
    };
    await this.records.insertReads(reader, rows);
    return rows.length;
  }

  /** The whole log, newest first, for those who oversee it: auditors and university administrators. */
  list(args: AccessRecordsArgs): Promise<Connection<AccessRecord>> {
    if (!this.ctx.access.hasRole("auditor", "admin"))
      throw forbidden("only auditors and administrators may read the access log");
    return this.records.page(this.where(args.filter), args);
  }

  /** Who read this person's sensitive data, newest first: for the person themselves, auditors and administrators. */
  ofPerson(person: Person, args: PageArgs): Promise<Connection<AccessRecord>> {
    const { access, caller } = this.ctx;
    if (!access.hasRole("auditor", "admin") && caller.personId !== person.id) {
      throw forbidden(
        "who read a person's data is visible only to that person, auditors and administrators",
      );
    }
    return groupConnection(this.ctx.loaders.accessRecordPage, person.id, args, "readAt");
  }

  reader(record: AccessRecord): Promise<Person | null> | null {
    return record.readerPersonId ? this.ctx.loaders.person.load(record.readerPersonId) : null;
  }

  async subject(record: AccessRecord): Promise<Person> {
    const person = await this.ctx.loaders.person.load(record.subjectId);
    if (!person)
      throw new Error(`person ${record.subjectId} of access record ${record.id} is missing`);
    return person;
  }

  private where(filter: AccessRecordFilter | null | undefined): FilterQuery<AccessRecord> {
    const where: FilterQuery<AccessRecord> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.subjectId) where.subjectId = filter.subjectId;
    if (filter.readerPersonId) where.readerPersonId = filter.readerPersonId;
    if (filter.purpose) where.purpose = filter.purpose;
    if (filter.from || filter.to) {
      where.readAt = {
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lt: filter.to } : {}),
      };
    }
    return where;
  }
}
