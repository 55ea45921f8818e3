import type { EntityManager } from "@mikro-orm/postgresql";
import { label, pgArray, selectRows, tableName } from "@campus/subgraph/data";
import { Grid } from "../grid/grid.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { OrgUnitKind } from "../org-unit/org-unit.enums";
import { Residence } from "../residence/residence.entity";
import { Room } from "../room/room.entity";

export interface BranchFigures {
  branch_id: string;
  grid_count: number;
  resident_count: number;
}

/**
 * The coverage report's SQL: each part one statement over the whole campus, so the report costs
 * the same number of statements for 40 residents or 40,000.
 */
export class GridCoverageRepository {
  constructor(private readonly em: EntityManager) {}

  /** Every grid in use, by name. */
  openGrids(): Promise<Grid[]> {
    return this.em.find(
      Grid,
      { closedOn: null },
      { orderBy: { name: "asc", id: "asc" }, comments: label("organisation.coverageGrids") },
    );
  }

  /** Rooms in no grid: the first `limit` by building, floor and number, and how many in all. */
  async ungriddedRooms(limit: number): Promise<{ rooms: Room[]; totalCount: number }> {
    const [rooms, totalCount] = await this.em.findAndCount(
      Room,
      { grid: null },
      {
        orderBy: { building: { name: "asc" }, floor: "asc", number: "asc", id: "asc" },
        limit,
        comments: label("organisation.coverageUngriddedRooms"),
      },
    );
    return { rooms, totalCount };
  }

  /**
   * Every teacher-student joint branch (and any other unit a grid names) with its grids in use and
   * the people living in their rooms on `day`; one grouped statement.
   */
  branchFigures(day: string): Promise<BranchFigures[]> {
    const em = this.em;
    return selectRows<BranchFigures>(
      em,
      "organisation.coverageBranches",
      `select u.id as branch_id,
              count(distinct g.id)::int as grid_count,
              count(r.id)::int as resident_count
         from ?? u
         left join ?? g on g.branch_id = u.id and g.closed_on is null
         left join ?? rm on rm.grid_id = g.id
         left join ?? r on r.room_id = rm.id and r.moved_in_on <= ? and (r.moved_out_on is null or r.moved_out_on > ?)
        where u.kind = ? or g.id is not null
        group by u.id, u.name
        order by u.name, u.id`,
      [
        tableName(em, OrgUnit),
        tableName(em, Grid),
        tableName(em, Room),
        tableName(em, Residence),
        day,
        day,
        OrgUnitKind.JOINT_BRANCH,
      ],
    );
  }

  /**
   * Of these (grid, leader) pairs, the grids whose leader lived in the grid's rooms and lives
   * there no longer on `day` (moved out): one statement for all pairs, parallel arrays by position.
   */
  async leaderMovedOut(gridIds: string[], personIds: string[], day: string): Promise<string[]> {
    const em = this.em;
    const rows = await selectRows<{ grid_id: string }>(
      em,
      "organisation.coverageLeaderMovedOut",
      `select distinct p.grid_id
         from unnest(?::uuid[], ?::uuid[]) as p(grid_id, person_id)
        where exists (select 1 from ?? r join ?? rm on rm.id = r.room_id
                       where rm.grid_id = p.grid_id and r.person_id = p.person_id and r.moved_in_on <= ?)
          and not exists (select 1 from ?? r join ?? rm on rm.id = r.room_id
                           where rm.grid_id = p.grid_id and r.person_id = p.person_id
                             and r.moved_in_on <= ? and (r.moved_out_on is null or r.moved_out_on > ?))`,
      [
        pgArray(gridIds),
        pgArray(personIds),
        tableName(em, Residence),
        tableName(em, Room),
        day,
        tableName(em, Residence),
        tableName(em, Room),
        day,
        day,
      ],
    );
    return rows.map((row) => row.grid_id);
  }
}
