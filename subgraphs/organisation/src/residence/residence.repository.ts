import { EntityRepository, LockMode, raw } from "@mikro-orm/postgresql";
import { label, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { Grid } from "../grid/grid.entity";
import { Room } from "../room/room.entity";
import { currentOn, today } from "./dates";
import { Residence } from "./residence.entity";

export class ResidenceRepository extends EntityRepository<Residence> {
  /** Who lives on `day` in these grids, buildings, branches' grids or rooms: one statement, however many students. */
  async residentsOf(
    gridIds: string[],
    buildingIds: string[],
    branchIds: string[],
    day: string,
    roomIds: string[] = [],
  ): Promise<string[]> {
    const em = this.getEntityManager();
    const rows = await selectRows<{ person_id: string }>(
      em,
      "organisation.residentsOf",
      `select distinct r.person_id
         from ?? r
         join ?? rm on rm.id = r.room_id
         left join ?? g on g.id = rm.grid_id
        where r.moved_in_on <= ? and (r.moved_out_on is null or r.moved_out_on > ?)
          and (rm.grid_id = any(?::uuid[]) or rm.building_id = any(?::uuid[]) or g.branch_id = any(?::uuid[])
               or rm.id = any(?::uuid[]))`,
      // Array literals, because knex would spread a JS array into a list of parameters; the ids are checked uuids.
      [
        tableName(em, Residence),
        tableName(em, Room),
        tableName(em, Grid),
        day,
        day,
        uuidArray(gridIds),
        uuidArray(buildingIds),
        uuidArray(branchIds),
        uuidArray(roomIds),
      ],
    );
    return rows.map((row) => row.person_id);
  }

  /**
   * The people living on `day` in each of these grids, by room (floor, number), bed and id: plain
   * rows in one statement for all the grids, no entities made, however many residents.
   */
  async residentIdsByGrid(
    gridIds: readonly string[],
    day: string,
  ): Promise<{ grid_id: string; person_id: string }[]> {
    const em = this.getEntityManager();
    return selectRows<{ grid_id: string; person_id: string }>(
      em,
      "organisation.residentIdsByGrid",
      `select rm.grid_id, r.person_id
         from ?? r
         join ?? rm on rm.id = r.room_id
        where rm.grid_id = any(?::uuid[]) and (r.moved_out_on is null or r.moved_out_on > ?)
        order by rm.floor, rm.number, r.bed, r.id`,
      [tableName(em, Residence), tableName(em, Room), uuidArray(gridIds), day],
    );
  }

  /** Current residents per grid, counted in one GROUP BY statement for all these grids. */
  async residentCountsByGrid(gridIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { grid_id: string; n: number }[] = await this.createQueryBuilder("r")
      .comment(label("organisation.residentCountsByGrid"))
      .select([raw("room.grid_id as grid_id"), raw("count(*)::int as n")])
      .join("r.room", "room")
      .where({ $and: [{ room: { grid: { $in: [...gridIds] } } }, currentOn(today())] })
      .groupBy(raw("room.grid_id"))
      .execute("all", false);
    return new Map(rows.map((row) => [row.grid_id, row.n]));
  }

  /** The person's residence current on `since` or later, if any. */
  housed(personId: string, since: string): Promise<Residence | null> {
    return this.findOne(
      { $and: [{ personId }, currentOn(since)] },
      { comments: label("organisation.housedResidence") },
    );
  }

  /** The room's residences current on `since` or later. */
  occupying(roomId: string, since: string): Promise<Residence[]> {
    return this.find(
      { $and: [{ room: roomId }, currentOn(since)] },
      { comments: label("organisation.roomOccupancy") },
    );
  }

  /** The residence, read afresh and locked (FOR UPDATE) until the transaction ends. */
  lock(id: string): Promise<Residence | null> {
    return this.findOne(
      { id },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("organisation.lockResidence"),
      },
    );
  }
}
