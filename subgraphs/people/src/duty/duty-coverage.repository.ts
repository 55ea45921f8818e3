import type { EntityManager } from "@mikro-orm/postgresql";
import { pgArray, selectRows, tableName } from "@campus/subgraph/data";
import { StaffAssignment } from "../staff-assignment/staff-assignment.entity";
import { AssignmentTarget, StaffRole } from "../staff-assignment/staff-assignment.enums";
import { Visit } from "../visit/visit.entity";
import { DutyShift } from "./duty-shift.entity";

/** What the community-duty part of the coverage report knows of one grid. */
export interface GridDutyFacts {
  grid_id: string;
  /** A COUNSELOR assignment over the grid runs on the day. */
  has_counselor: boolean;
  /** Some roster shift of the grid is served on one of the week's days. */
  has_duty: boolean;
  /** Visits recorded in the grid's rooms in the term. */
  visits: number;
  last_visited_on: string | null;
}

/**
 * Every listed grid's counselor, duty and visits, in one statement however many grids: a counselor
 * running on `day`; a shift whose period holds its own weekday's date in the week from `monday`;
 * visits of `term` to rooms of the grid (the grid kept on the visit as it was that day).
 */
export function gridDutyFacts(
  em: EntityManager,
  gridIds: readonly string[],
  day: string,
  monday: string,
  term: string,
): Promise<GridDutyFacts[]> {
  return selectRows<GridDutyFacts>(
    em,
    "people.coverageGridDuty",
    `select g.id as grid_id,
            exists (select 1 from ?? a
                     where a.target_id = g.id and a.role = ? and a.target_kind = ?
                       and a.starts_on <= ?::date and (a.ends_on is null or a.ends_on >= ?::date)) as has_counselor,
            exists (select 1 from ?? s
                     where s.place_id = g.id
                       and s.valid_from <= ?::date + s.weekday - 1
                       and (s.valid_until is null or s.valid_until >= ?::date + s.weekday - 1)) as has_duty,
            coalesce(v.visits, 0)::int as visits,
            v.last_visited_on::text as last_visited_on
       from unnest(?::uuid[]) as g(id)
       left join lateral (select count(*) as visits, max(x.visited_on) as last_visited_on
                            from ?? x where x.grid_id = g.id and x.term = ?) v on true`,
    [
      tableName(em, StaffAssignment),
      StaffRole.COUNSELOR,
      AssignmentTarget.GRID,
      day,
      day,
      tableName(em, DutyShift),
      monday,
      monday,
      pgArray([...gridIds]),
      tableName(em, Visit),
      term,
    ],
  );
}
