import type { EntityManager } from "@mikro-orm/postgresql";
import { pgArray, selectRows, tableName } from "@campus/subgraph/data";
import { StaffAssignment } from "../staff-assignment/staff-assignment.entity";
import { AssignmentTarget, StaffRole } from "../staff-assignment/staff-assignment.enums";

/** A grid's leadership on a day: its running grid leader, if any, and whether one ever ended. */
export interface GridLeadership {
  grid_id: string;
  /** The earliest started of the grid leaders on duty that day; null when none. */
  leader_id: string | null;
  /** Whether a grid-leader assignment over the grid ended before that day. */
  ended: boolean;
}

/** Every listed grid's leadership on `day`, in one statement however many grids. */
export function gridLeadership(
  em: EntityManager,
  gridIds: readonly string[],
  day: string,
): Promise<GridLeadership[]> {
  return selectRows<GridLeadership>(
    em,
    "people.coverageGridLeadership",
    `select a.target_id as grid_id,
            (array_agg(a.person_id order by a.starts_on, a.id)
              filter (where a.starts_on <= ? and (a.ends_on is null or a.ends_on >= ?)))[1] as leader_id,
            bool_or(a.ends_on < ?) as ended
       from ?? a
      where a.role = ? and a.target_kind = ? and a.target_id = any(?::uuid[])
      group by a.target_id`,
    [
      day,
      day,
      day,
      tableName(em, StaffAssignment),
      StaffRole.GRID_LEADER,
      AssignmentTarget.GRID,
      pgArray([...gridIds]),
    ],
  );
}
