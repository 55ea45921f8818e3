import type { EntityManager } from "@mikro-orm/postgresql";
import { selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { Building } from "../building/building.entity";
import { Grid } from "../grid/grid.entity";
import { Room } from "../room/room.entity";
import { PartyPost } from "./party-post.entity";
import { ResponsibilityArea, ResponsibilityAreaPlace } from "./responsibility-area.entity";

export interface ShareRow {
  key_id: string;
  room_count: number;
  covered_room_count: number;
}

/**
 * Party work's statements that a find cannot say: posts by the branch or grid they sit in (through
 * a room's grid), and the responsibility-area coverage, each one statement for any number of keys.
 */
export class PartyworkRepository {
  constructor(private readonly em: EntityManager) {}

  /** Posts running or ahead on `day` (not ended, term not over) whose grid, or room's grid, is one of `gridIds`. */
  postsByGrid(gridIds: readonly string[], day: string): Promise<{ id: string; key_id: string }[]> {
    const em = this.em;
    return selectRows(
      em,
      "organisation.partyPostsByGrid",
      `select p.id, coalesce(p.grid_id, rm.grid_id) as key_id
         from ?? p left join ?? rm on rm.id = p.room_id
        where coalesce(p.grid_id, rm.grid_id) = any(?::uuid[])
          and p.ended_on is null and p.ends_on >= ?
        order by p.starts_on, p.title, p.id`,
      [tableName(em, PartyPost), tableName(em, Room), uuidArray(gridIds), day],
    );
  }

  /** The same, by the branch responsible for that grid. */
  postsByBranch(
    branchIds: readonly string[],
    day: string,
  ): Promise<{ id: string; key_id: string }[]> {
    const em = this.em;
    return selectRows(
      em,
      "organisation.partyPostsByBranch",
      `select p.id, g.branch_id as key_id
         from ?? p left join ?? rm on rm.id = p.room_id
         join ?? g on g.id = coalesce(p.grid_id, rm.grid_id)
        where g.branch_id = any(?::uuid[])
          and p.ended_on is null and p.ends_on >= ?
        order by p.starts_on, p.title, p.id`,
      [
        tableName(em, PartyPost),
        tableName(em, Room),
        tableName(em, Grid),
        uuidArray(branchIds),
        day,
      ],
    );
  }

  /**
   * The rooms inside some responsibility area still looked after (named, or in a named grid),
   * counted against all rooms: per building (`by: "building"`) or per branch over the rooms of its
   * grids in use (`by: "branch"`). One statement for the whole campus, or for one branch's grids.
   */
  shares(by: "building" | "branch", branchId: string | null): Promise<ShareRow[]> {
    const em = this.em;
    const covered = `covered as (
        select pl.room_id from ?? pl join ?? a on a.id = pl.area_id
         where a.ended_on is null and pl.room_id is not null
        union
        select rm.id from ?? pl join ?? a on a.id = pl.area_id join ?? rm on rm.grid_id = pl.grid_id
         where a.ended_on is null and pl.grid_id is not null)`;
    const coveredParams = [
      tableName(em, ResponsibilityAreaPlace),
      tableName(em, ResponsibilityArea),
      tableName(em, ResponsibilityAreaPlace),
      tableName(em, ResponsibilityArea),
      tableName(em, Room),
    ];
    const branchFilter = branchId ? "and g.branch_id = ?" : "";
    if (by === "branch")
      return selectRows(
        em,
        "organisation.responsibilityShareByBranch",
        `with ${covered}
         select g.branch_id as key_id, count(rm.id)::int as room_count,
                count(c.room_id)::int as covered_room_count
           from ?? g join ?? rm on rm.grid_id = g.id left join covered c on c.room_id = rm.id
          where g.closed_on is null and g.branch_id is not null ${branchFilter}
          group by g.branch_id`,
        [
          ...coveredParams,
          tableName(em, Grid),
          tableName(em, Room),
          ...(branchId ? [branchId] : []),
        ],
      );
    return selectRows(
      em,
      "organisation.responsibilityShareByBuilding",
      `with ${covered}
       select b.id as key_id, count(rm.id)::int as room_count,
              count(c.room_id)::int as covered_room_count
         from ?? b join ?? rm on rm.building_id = b.id left join covered c on c.room_id = rm.id
        where ${
          branchId
            ? `b.id in (select g.building_id from ?? g where g.closed_on is null ${branchFilter})`
            : "true"
        }
        group by b.id, b.name
        order by b.name, b.id`,
      [
        ...coveredParams,
        tableName(em, Building),
        tableName(em, Room),
        ...(branchId ? [tableName(em, Grid), branchId] : []),
      ],
    );
  }
}
