import { EntityRepository, type FilterQuery } from "@mikro-orm/postgresql";
import {
  paginateOrdered,
  runStatement,
  tableName,
  type Connection,
  type PageArgs,
} from "@campus/subgraph/data";
import { AccessRecord } from "./access-record.entity";

/** One sensitive read of a request, as the insert takes it. */
export interface ReadRow {
  id: string;
  subject_id: string;
  field: string;
  purpose: string;
}

/** Who read, through which client, in which request, when: the same for every read of a batch. */
export interface Reader {
  readerSubject: string;
  readerPersonId: string | null;
  readerName: string;
  client: string;
  requestId: string;
  readAt: Date;
}

export class AccessRecordRepository extends EntityRepository<AccessRecord> {
  /** Inserts one request's reads in a single statement: they travel as one JSON parameter, however many. */
  async insertReads(reader: Reader, rows: ReadRow[]): Promise<void> {
    await runStatement(
      this.getEntityManager(),
      "people.recordSensitiveReads",
      `insert into ?? (id, reader_subject, reader_person_id, reader_name, client, subject_id, field, purpose, request_id, read_at)
       select r.id, ?, ?::uuid, ?, ?, r.subject_id, r.field, r.purpose, ?, ?::timestamptz
         from jsonb_to_recordset(?::jsonb) as r(id uuid, subject_id uuid, field text, purpose text)`,
      [
        tableName(this.getEntityManager(), AccessRecord),
        reader.readerSubject,
        reader.readerPersonId,
        reader.readerName,
        reader.client,
        reader.requestId,
        reader.readAt.toISOString(),
        JSON.stringify(rows),
      ],
    );
  }

  /** The log matching `where`, newest first, a page at a time. */
  page(where: FilterQuery<AccessRecord>, args: PageArgs): Promise<Connection<AccessRecord>> {
    return paginateOrdered(this.getEntityManager(), AccessRecord, where, args, "readAt", "desc");
  }
}
