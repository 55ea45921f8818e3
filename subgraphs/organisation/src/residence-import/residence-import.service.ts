import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
} from "@campus/subgraph";
import { label, pgArrayLiteral, runStatement, selectRows, tableName } from "@campus/subgraph/data";
import { Building } from "../building/building.entity";
import type { Loaders } from "../loaders";
import { earlier, today } from "../residence/dates";
import { Residence } from "../residence/residence.entity";
import { Room } from "../room/room.entity";
import { MAX_FILE_ROWS, type ImportResidencesInput } from "./residence-import.input";
import type { StageResidenceImportInput } from "./residence-import.input";
import { ResidenceImportPart } from "./residence-import-part.entity";
import {
  ResidenceImportReason as Reason,
  type ResidenceImportReport,
  type ResidenceImportStage,
} from "./residence-import.type";
import { readResidences, type ResidenceField, type ResidenceRow } from "./residence-rows";
import { studentsByNumber } from "./students";

/** Problems a report lists; the count says how many there are in all. */
const MAX_LISTED_PROBLEMS = 1000;
/** Rows per INSERT: each column travels as one array parameter. */
const INSERT_CHUNK = 10000;
/** A staged part not imported within this long is deleted. */
const STAGED_FOR = "1 day";

/** A row resolved to a student and a room, ready for the checks against residences. */
interface Claim {
  row: ResidenceRow;
  personId: string;
  roomId: string;
  /** The day from which the bed and the student must be free: moveIn's "earlier of move-in and today". */
  since: string;
}

interface RoomRow {
  id: string;
  building_id: string;
  number: string;
  capacity: number;
  out_of_use_on: string | null;
}

/** Thrown inside the writing transaction to roll it back when the checks under lock find a problem. */
class RowsRefused extends Error {}

/**
 * Residence allocations imported from a department's file (住宿导入): staged in parts, then checked
 * as a whole against itself, the students (people, through the graph), the rooms and the
 * residences already here, and written in one transaction, or not at all, with a report of every
 * row's problems. The rules are moveIn's: a bed holds one resident, a student lives in one bed,
 * a room takes its capacity, a room out of use takes nobody.
 */
export class ResidenceImportService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Residences are housing records the university administers, as moveIn says. */
  private assertAdmin(): void {
    if (!this.ctx.access.hasRole("admin"))
      throw forbidden("only an administrator may import residences");
  }

  /**
   * Keeps a part of a file for `importResidences`. A part sent again (same first row) replaces the
   * one before, so a client may retry; a part of an import someone else staged is refused.
   */
  async stage(input: StageResidenceImportInput): Promise<ResidenceImportStage> {
    this.assertAdmin();
    const stagedBy = this.ctx.access.caller.subject;
    const header = input.header.map((h) => (h ?? "").trim());
    return this.ctx.em.transactional(async (em) => {
      const table = tableName(em, ResidenceImportPart);
      await runStatement(
        em,
        "organisation.residenceImportExpire",
        `delete from ?? where created_at < now() - ?::interval`,
        [table, STAGED_FOR],
      );
      // Parts of one import are staged one after another: the first part's lock orders the rest.
      await selectRows(
        em,
        "organisation.residenceImportLock",
        `select pg_advisory_xact_lock(hashtext(?))`,
        [input.importId],
      );
      const parts = await em.find(
        ResidenceImportPart,
        { importId: input.importId },
        {
          fields: ["stagedBy", "header", "firstRow", "rows"],
          comments: label("organisation.residenceImportParts"),
        },
      );
      if (parts.some((p) => p.stagedBy !== stagedBy))
        throw notFound("residence import", input.importId);
      const others = parts.filter((p) => p.firstRow !== input.firstRow);
      if (others.some((p) => JSON.stringify(p.header) !== JSON.stringify(header)))
        throw badUserInput("every part of a file carries the same header", "input.header");
      const stagedRows = others.reduce((n, p) => n + p.rows.length, 0) + input.rows.length;
      if (stagedRows > MAX_FILE_ROWS)
        throw badUserInput(`a residence file has at most ${MAX_FILE_ROWS} rows`, "input.rows");
      await em.nativeDelete(ResidenceImportPart, {
        importId: input.importId,
        firstRow: input.firstRow,
      });
      em.create(ResidenceImportPart, {
        importId: input.importId,
        firstRow: input.firstRow,
        stagedBy,
        header,
        rows: input.rows,
      });
      await em.flush();
      return { importId: input.importId, stagedRows };
    });
  }

  /**
   * Checks the staged file; with `commit` and no problem, writes every row in one transaction,
   * the rooms locked (as moveIn locks its room) and checked again under the lock, so of two imports
   * claiming one bed exactly one is written and the other is reported BED_TAKEN.
   */
  async importResidences(input: ImportResidencesInput): Promise<ResidenceImportReport> {
    this.assertAdmin();
    const em = this.ctx.em;
    const parts = await em.find(
      ResidenceImportPart,
      { importId: input.importId, stagedBy: this.ctx.access.caller.subject },
      { orderBy: { firstRow: "asc" }, comments: label("organisation.residenceImportParts") },
    );
    if (!parts.length) throw notFound("residence import", input.importId);
    let next = 2;
    for (const part of parts) {
      if (part.firstRow !== next)
        throw badUserInput(
          `rows ${next} to ${part.firstRow - 1} of the file are not staged`,
          "input.importId",
        );
      next += part.rows.length;
    }
    const header = parts[0].header;
    const read = readResidences(
      header,
      parts.flatMap((p) => p.rows),
    );
    const problems = [...read.problems];
    /** Students found already housed, by row: the report says so of those it lists. */
    const housed = new Map<number, string>();
    const report = (committed: boolean): ResidenceImportReport => {
      const at = (column: string | null) => (column === null ? -1 : header.indexOf(column));
      problems.sort((a, b) => a.row - b.row || at(a.column) - at(b.column));
      const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
      for (const p of listed) {
        const personId = p.reason === Reason.ALREADY_HOUSED ? housed.get(p.row) : undefined;
        // That a student already lives somewhere is a disclosure of where they live (RESIDENCE).
        const grant = personId && this.ctx.access.grant(personId, ["RESIDENCE"]);
        if (personId && grant)
          this.ctx.audit.record({
            subjectId: personId,
            field: "ResidenceImportReport.problems",
            purpose: grant.purpose,
          });
      }
      return {
        committed,
        rowCount: read.rows.length,
        movedIn: committed ? read.rows.length : 0,
        problemCount: problems.length,
        problems: listed,
        ignoredColumns: read.ignoredColumns,
      };
    };
    if (problems.some((p) => p.row === 1)) return report(false);
    const problem = (
      row: ResidenceRow,
      field: ResidenceField,
      reason: Reason,
      value: string | null,
    ) => problems.push({ row: row.row, column: read.headers[field] ?? null, reason, value });
    const broken = new Set(problems.map((p) => p.row));

    // Within the file: a student twice, a bed twice.
    const firstOfStudent = new Set<string>();
    const firstOfBed = new Set<string>();
    for (const row of read.rows) {
      if (broken.has(row.row)) continue;
      if (firstOfStudent.has(row.number)) {
        problem(row, "number", Reason.DUPLICATE_ROW, row.number);
        broken.add(row.row);
      } else firstOfStudent.add(row.number);
      const bed = `${row.building}\u0000${row.room}\u0000${row.bed}`;
      if (firstOfBed.has(bed)) {
        problem(row, "bed", Reason.BED_TWICE_IN_FILE, row.bed);
        broken.add(row.row);
      } else firstOfBed.add(bed);
    }

    // The students, from people through the graph, a batch at a time.
    const students = await studentsByNumber(this.ctx, [...firstOfStudent]);
    // The buildings and rooms named: two statements, however many rows.
    const buildings = await this.buildingsNamed([
      ...new Set(read.rows.filter((r) => !broken.has(r.row)).map((r) => r.building)),
    ]);
    const wanted = new Map<string, { buildingId: string; number: string }>();
    for (const row of read.rows) {
      const ids = buildings.get(row.building);
      if (ids?.length === 1)
        wanted.set(`${ids[0]}\u0000${row.room}`, { buildingId: ids[0], number: row.room });
    }
    const rooms = await this.roomsNamed([...wanted.values()]);

    const claims: Claim[] = [];
    const day = today();
    for (const row of read.rows) {
      if (broken.has(row.row)) continue;
      const student = students.get(row.number);
      if (!student) problem(row, "number", Reason.UNKNOWN_STUDENT, row.number);
      else if (row.name && row.name !== student.name)
        problem(row, "name", Reason.NAME_MISMATCH, row.name);
      const ids = buildings.get(row.building) ?? [];
      let room: RoomRow | undefined;
      if (!ids.length) problem(row, "building", Reason.UNKNOWN_BUILDING, row.building);
      else if (ids.length > 1) problem(row, "building", Reason.AMBIGUOUS_BUILDING, row.building);
      else {
        room = rooms.get(`${ids[0]}\u0000${row.room}`);
        if (!room) problem(row, "room", Reason.UNKNOWN_ROOM, row.room);
        else if (room.out_of_use_on !== null)
          problem(row, "room", Reason.ROOM_OUT_OF_USE, row.room);
        else if (/^\d+$/.test(row.bed) && (Number(row.bed) < 1 || Number(row.bed) > room.capacity))
          problem(row, "bed", Reason.UNKNOWN_BED, row.bed);
        else if (student)
          claims.push({
            row,
            personId: student.id,
            roomId: room.id,
            since: earlier(row.movedInOn, day),
          });
      }
    }
    if (!input.commit || problems.length || !claims.length) {
      // A check only: the residences as they are now, without locks.
      await this.checkAgainstResidences(em, claims, rooms, problem, housed);
      return report(false);
    }
    try {
      await em.transactional(async (tx) => {
        await this.lockRooms(tx, [...new Set(claims.map((c) => c.roomId))]);
        await this.checkAgainstResidences(tx, claims, rooms, problem, housed);
        if (problems.length) throw new RowsRefused();
        for (let i = 0; i < claims.length; i += INSERT_CHUNK)
          await this.insert(tx, claims.slice(i, i + INSERT_CHUNK));
        await tx.nativeDelete(ResidenceImportPart, { importId: input.importId });
      });
    } catch (error) {
      if (error instanceof RowsRefused) return report(false);
      // A student moved in elsewhere meanwhile (their row is not locked): nothing was written.
      if (error instanceof UniqueConstraintViolationException)
        throw codedError(
          "CONFLICT",
          "a student of the file moved in elsewhere meanwhile; nothing was written, check the file again",
          { importId: input.importId },
        );
      throw error;
    }
    this.ctx.loaders.currentResidence.clearAll();
    this.ctx.loaders.currentResidentIdsByGrid.clearAll();
    this.ctx.loaders.residentCountByGrid.clearAll();
    this.ctx.loaders.bedsInUseByRoom.clearAll();
    return report(true);
  }

  /** Buildings by name: each name's ids (more than one when campuses share a name). */
  private async buildingsNamed(names: string[]): Promise<Map<string, string[]>> {
    const byName = new Map<string, string[]>();
    if (!names.length) return byName;
    const rows = await selectRows<{ id: string; name: string }>(
      this.ctx.em,
      "organisation.residenceImportBuildings",
      `select id, name from ?? where name = any(?::text[])`,
      [tableName(this.ctx.em, Building), pgArrayLiteral(names)],
    );
    for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row.id]);
    return byName;
  }

  /** Rooms by building and number, keyed `buildingId\0number`: one statement. */
  private async roomsNamed(
    wanted: { buildingId: string; number: string }[],
  ): Promise<Map<string, RoomRow>> {
    const byKey = new Map<string, RoomRow>();
    if (!wanted.length) return byKey;
    const rows = await selectRows<RoomRow>(
      this.ctx.em,
      "organisation.residenceImportRooms",
      `select rm.id, rm.building_id, rm.number, rm.capacity, rm.out_of_use_on::text as out_of_use_on
         from ?? rm
         join unnest(?::uuid[], ?::text[]) as w(building_id, number)
           on w.building_id = rm.building_id and w.number = rm.number`,
      [
        tableName(this.ctx.em, Room),
        pgArrayLiteral(wanted.map((w) => w.buildingId)),
        pgArrayLiteral(wanted.map((w) => w.number)),
      ],
    );
    for (const row of rows) byKey.set(`${row.building_id}\u0000${row.number}`, row);
    return byKey;
  }

  /** The rooms claimed, locked (FOR UPDATE) in id order as moveIn locks its room: one statement. */
  private async lockRooms(em: EntityManager, roomIds: string[]): Promise<void> {
    await selectRows(
      em,
      "organisation.residenceImportLockRooms",
      `select id from ?? where id = any(?::uuid[]) order by id for update`,
      [tableName(em, Room), pgArrayLiteral(roomIds)],
    );
  }

  /**
   * Each claim against the residences already here, three statements for the whole file: the
   * bed still taken from the claim's day, the student still housed from it (moveIn's rules), and
   * each room's residents beside the file's rows for it against its capacity. The students found
   * already housed go into `housed` by row, for the report's audit.
   */
  private async checkAgainstResidences(
    em: EntityManager,
    claims: Claim[],
    rooms: Map<string, RoomRow>,
    problem: (
      row: ResidenceRow,
      field: ResidenceField,
      reason: Reason,
      value: string | null,
    ) => void,
    housed: Map<number, string>,
  ): Promise<void> {
    if (!claims.length) return;
    const residence = tableName(em, Residence);
    const ords = pgArrayLiteral(claims.map((_, i) => i));
    const since = pgArrayLiteral(claims.map((c) => c.since));
    const taken = await selectRows<{ ord: number }>(
      em,
      "organisation.residenceImportBedsTaken",
      `select t.ord from unnest(?::int[], ?::uuid[], ?::text[], ?::date[]) as t(ord, room_id, bed, since)
        where exists (select 1 from ?? r where r.room_id = t.room_id and r.bed = t.bed
                        and (r.moved_out_on is null or r.moved_out_on > t.since))`,
      [
        ords,
        pgArrayLiteral(claims.map((c) => c.roomId)),
        pgArrayLiteral(claims.map((c) => c.row.bed)),
        since,
        residence,
      ],
    );
    const alreadyHoused = await selectRows<{ ord: number }>(
      em,
      "organisation.residenceImportHoused",
      `select t.ord from unnest(?::int[], ?::uuid[], ?::date[]) as t(ord, person_id, since)
        where exists (select 1 from ?? r where r.person_id = t.person_id
                        and (r.moved_out_on is null or r.moved_out_on > t.since))`,
      [ords, pgArrayLiteral(claims.map((c) => c.personId)), since, residence],
    );
    const occupied = await selectRows<{ room_id: string; n: number }>(
      em,
      "organisation.residenceImportOccupancy",
      `select t.room_id, count(r.id)::int as n
         from (select room_id, min(since) as since from unnest(?::uuid[], ?::date[]) as u(room_id, since)
               group by room_id) t
         join ?? r on r.room_id = t.room_id and (r.moved_out_on is null or r.moved_out_on > t.since)
        group by t.room_id`,
      [pgArrayLiteral(claims.map((c) => c.roomId)), since, residence],
    );
    const takenOrds = new Set(taken.map((t) => Number(t.ord)));
    const housedOrds = new Set(alreadyHoused.map((h) => Number(h.ord)));
    const residents = new Map(occupied.map((o) => [o.room_id, Number(o.n)]));
    const capacity = new Map([...rooms.values()].map((r) => [r.id, r.capacity]));
    claims.forEach((claim, i) => {
      if (housedOrds.has(i)) {
        problem(claim.row, "number", Reason.ALREADY_HOUSED, claim.row.number);
        housed.set(claim.row.row, claim.personId);
      }
      if (takenOrds.has(i)) problem(claim.row, "bed", Reason.BED_TAKEN, claim.row.bed);
      else {
        const n = (residents.get(claim.roomId) ?? 0) + 1;
        residents.set(claim.roomId, n);
        if (n > (capacity.get(claim.roomId) ?? 0))
          problem(claim.row, "room", Reason.ROOM_FULL, claim.row.room);
      }
    });
  }

  /** One INSERT for a chunk of claims: each column as one array parameter, unnested by position. */
  private async insert(em: EntityManager, claims: Claim[]): Promise<void> {
    await runStatement(
      em,
      "organisation.residenceImportInsert",
      `insert into ?? (id, person_id, room_id, bed, moved_in_on)
       select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::date[])`,
      [
        tableName(em, Residence),
        pgArrayLiteral(claims.map(() => randomUUID())),
        pgArrayLiteral(claims.map((c) => c.personId)),
        pgArrayLiteral(claims.map((c) => c.roomId)),
        pgArrayLiteral(claims.map((c) => c.row.bed)),
        pgArrayLiteral(claims.map((c) => c.row.movedInOn)),
      ],
    );
  }
}
