import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Grid } from "../grid/grid.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Room } from "../room/room.entity";

/** The campus's coverage: one report, keyed so other subgraphs (people: grid leaders) add to it. */
export const CAMPUS_COVERAGE_ID = "campus";

/** How many rooms in no grid the report lists (it counts them all). */
export const MAX_UNGRIDDED_ROOMS = 200;

@Directive(`@key(fields: "id")`)
@ObjectType({
  description:
    "The grid coverage report an administrator runs every term (网格覆盖): what is not covered, and per branch its grids and residents. Grid leaders come from the people subgraph.",
})
export class GridCoverage {
  @Field(() => ID, { description: "What the report covers: campus." })
  id!: string;

  /** From the people subgraph (@requires): each grid with a grid leader today, beside the leader. */
  @Directive("@external")
  @Field(() => [ID])
  leaderGridIds?: string[] | null;

  @Directive("@external")
  @Field(() => [ID])
  leaderPersonIds?: string[] | null;
}

@ObjectType({
  description: "A branch's part of the coverage: its grids (1 branch : N grids) and residents.",
})
export class BranchCoverage {
  @Field(() => OrgUnit)
  branch!: OrgUnit;

  @Field(() => Int, { description: "Grids in use the branch is responsible for." })
  gridCount!: number;

  @Field(() => Int, { description: "People living in those grids' rooms today." })
  residentCount!: number;

  @Field(() => [Grid], { description: "Its grids, by name." })
  grids!: Grid[];
}

@ObjectType({
  description: "Rooms in no grid: the first ones by building, floor and number, and how many.",
})
export class UngriddedRooms {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Room], { description: `At most the first ${MAX_UNGRIDDED_ROOMS}.` })
  rooms!: Room[];
}
