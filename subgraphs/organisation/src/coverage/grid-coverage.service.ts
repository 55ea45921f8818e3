import { forbidden, isId, today, type RequestContext } from "@campus/subgraph";
import type { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import type { Room } from "../room/room.entity";
import {
  CAMPUS_COVERAGE_ID,
  MAX_UNGRIDDED_ROOMS,
  type BranchCoverage,
  type GridCoverage,
} from "./grid-coverage.type";
import { GridCoverageRepository } from "./grid-coverage.repository";

/** What one request has read for the report, shared by its fields (each part is read once). */
interface Reads {
  grids?: Promise<Grid[]>;
  rooms?: Promise<{ rooms: Room[]; totalCount: number }>;
  branches?: Promise<BranchCoverage[]>;
}
const READS = new WeakMap<object, Reads>();

/**
 * The coverage report (网格覆盖), run by administrators every term: grids without a branch, rooms in
 * no grid, per branch its grids and residents; grids without a leader and with an ended assignment
 * come from people, grids whose leader moved out from both (people lends the leaders through
 * `@requires`). A constant number of statements, however large the campus.
 */
export class GridCoverageService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** University administrators see the whole campus's residences (they hold RESIDENCE for all). */
  assertAdmin(): void {
    if (!this.ctx.access.hasRole("admin"))
      throw forbidden("only an administrator may run the grid coverage report");
  }

  report(): GridCoverage {
    this.assertAdmin();
    return { id: CAMPUS_COVERAGE_ID };
  }

  /** The report from its key, for the gateway's `@requires` round trips; null for any other key. */
  reference(id: unknown): GridCoverage | null {
    return id === CAMPUS_COVERAGE_ID ? { id: CAMPUS_COVERAGE_ID } : null;
  }

  private get reads(): Reads {
    let reads = READS.get(this.ctx.loaders);
    if (!reads) READS.set(this.ctx.loaders, (reads = {}));
    return reads;
  }

  private repository(): GridCoverageRepository {
    return new GridCoverageRepository(this.ctx.em);
  }

  /** Every grid in use, primed into the grid loader for the fields below the report. */
  private openGrids(): Promise<Grid[]> {
    this.assertAdmin();
    return (this.reads.grids ??= this.repository()
      .openGrids()
      .then((grids) => {
        for (const grid of grids) this.ctx.loaders.grid.prime(grid.id, grid);
        return grids;
      }));
  }

  async gridIds(): Promise<string[]> {
    return (await this.openGrids()).map((grid) => grid.id);
  }

  async gridCount(): Promise<number> {
    return (await this.openGrids()).length;
  }

  async gridsWithoutBranch(): Promise<Grid[]> {
    return (await this.openGrids()).filter((grid) => grid.branch === null);
  }

  ungriddedRooms(): Promise<{ rooms: Room[]; totalCount: number }> {
    this.assertAdmin();
    return (this.reads.rooms ??= this.repository().ungriddedRooms(MAX_UNGRIDDED_ROOMS));
  }

  branches(): Promise<BranchCoverage[]> {
    this.assertAdmin();
    return (this.reads.branches ??= this.readBranches());
  }

  private async readBranches(): Promise<BranchCoverage[]> {
    const [figures, grids] = await Promise.all([
      this.repository().branchFigures(today()),
      this.openGrids(),
    ]);
    const units = await this.ctx.loaders.orgUnit.loadMany(figures.map((row) => row.branch_id));
    const gridsOf = new Map<string, Grid[]>();
    for (const grid of grids) {
      if (!grid.branch) continue;
      const list = gridsOf.get(grid.branch.id) ?? [];
      list.push(grid);
      gridsOf.set(grid.branch.id, list);
    }
    return figures.flatMap((row, i) => {
      const branch = units[i];
      if (!branch || branch instanceof Error) return [];
      return [
        {
          branch,
          gridCount: row.grid_count,
          residentCount: row.resident_count,
          grids: gridsOf.get(row.branch_id) ?? [],
        },
      ];
    });
  }

  /**
   * The grids whose leader (from people, by position in the two lists) lived in the grid and lives
   * there no longer. Pairs that are not two ids are ignored: they come from the gateway's plan.
   */
  async gridsWithLeaderMovedOut(coverage: GridCoverage): Promise<Grid[]> {
    this.assertAdmin();
    const gridIds = coverage.leaderGridIds ?? [];
    const personIds = coverage.leaderPersonIds ?? [];
    const pairs = gridIds
      .map((gridId, i) => [gridId, personIds[i]] as const)
      .filter((pair): pair is readonly [string, string] => isId(pair[0]) && isId(pair[1]));
    if (!pairs.length) return [];
    const moved = await this.repository().leaderMovedOut(
      pairs.map(([gridId]) => gridId),
      pairs.map(([, personId]) => personId),
      today(),
    );
    const grids = await this.ctx.loaders.grid.loadMany(moved);
    return grids
      .filter((grid): grid is Grid => grid !== null && !(grid instanceof Error))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }
}
