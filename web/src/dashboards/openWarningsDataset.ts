import type { ResultOf } from "@graphql-typed-document-node/core";
import type { GraphQLFormattedError } from "graphql";
import type { ChartCell, ChartDataset, ChartHeader } from "../charts/dataset";
import { graphql } from "../generated";
import type { Translator } from "../i18n";
import { paths } from "../router";

/**
 * 未关闭预警热力图: every building's grids with their open warnings, counted by evaluation over the
 * residents the caller covers through a duty. `warningStats` is null with FORBIDDEN for a grid whose
 * residents the caller covers none of: that grid is "not covered", not an error. The grid's floors
 * (Grid.floors, lowest first) place it in its floor's column.
 */
export const OPEN_WARNINGS_DASHBOARD = graphql(`
  query OpenWarningsDashboard {
    campuses {
      id
      name
      buildings {
        id
        name
        grids {
          id
          name
          floors
          warningStats {
            residents
            counted
            open
            overdue
          }
        }
      }
    }
  }
`);

type Answer = ResultOf<typeof OPEN_WARNINGS_DASHBOARD>;
type Grid = Answer["campuses"][number]["buildings"][number]["grids"][number];

/** How the caller stands towards one grid's statistics. */
export type GridStanding =
  | { state: "counted"; open: number; overdue: number; counted: number; residents: number }
  | { state: "notCovered" }
  | { state: "unavailable" };

export interface OpenWarningsSummary {
  open: number;
  overdue: number;
  /** Grids whose statistics the caller may count. */
  covered: number;
  grids: number;
}

/** The floors a grid's rooms are on, lowest first (the API sorts them). */
const floorsOf = (grid: Grid) => grid.floors;

/** A column: the floors (a floor, a range, or none), then which grid on those floors (wings). */
interface Place {
  key: string;
  first: number;
  last: number;
  nth: number;
  label: string;
}

/**
 * Reads the answer into the heat map's dataset (buildings × floors, a cell per grid) and totals.
 * Errors are matched to grids by their path (campuses.i.buildings.j.grids.k.warningStats).
 */
export function openWarningsDataset(
  answer: Answer,
  errors: readonly GraphQLFormattedError[],
  t: Translator["t"],
): { dataset: ChartDataset; summary: OpenWarningsSummary } {
  const errorAt = new Map<string, GraphQLFormattedError>();
  for (const error of errors) if (error.path) errorAt.set(error.path.join("."), error);

  const standing = (grid: Grid, path: string): GridStanding => {
    const stats = grid.warningStats;
    if (stats) return { state: "counted", ...stats };
    const error = errorAt.get(`${path}.warningStats`);
    return error?.extensions?.code === "FORBIDDEN"
      ? { state: "notCovered" }
      : { state: "unavailable" };
  };

  const placeOf = (floors: number[], nth: number): Place => {
    const first = floors[0] ?? Number.POSITIVE_INFINITY;
    const last = floors.at(-1) ?? Number.POSITIVE_INFINITY;
    const span = floors.length === 0 ? "none" : floors.map(String).join("+");
    const base =
      floors.length === 0
        ? t("dashboard.floor.none")
        : first === last
          ? t("dashboard.floor.one", { floor: first })
          : t("dashboard.floor.range", { from: first, to: last });
    return {
      key: nth === 0 ? `f${span}` : `f${span}#${nth + 1}`,
      first,
      last,
      nth,
      label: nth === 0 ? base : t("dashboard.floor.nth", { floors: base, n: nth + 1 }),
    };
  };

  const rows: ChartHeader[] = [];
  const places = new Map<string, Place>();
  const cellsByRow: Map<string, ChartCell>[] = [];
  const summary: OpenWarningsSummary = { open: 0, overdue: 0, covered: 0, grids: 0 };
  const manyCampuses = answer.campuses.length > 1;

  answer.campuses.forEach((campus, ci) =>
    campus.buildings.forEach((building, bi) => {
      if (building.grids.length === 0) return;
      rows.push({
        key: building.id,
        label: manyCampuses ? `${campus.name} · ${building.name}` : building.name,
      });
      const cells = new Map<string, ChartCell>();
      const taken = new Map<string, number>();
      const grids = building.grids
        .map((grid, gi) => ({ grid, gi, floors: floorsOf(grid) }))
        .sort(
          (a, b) =>
            (a.floors[0] ?? Infinity) - (b.floors[0] ?? Infinity) ||
            a.grid.name.localeCompare(b.grid.name, "zh-CN"),
        );
      for (const { grid, gi, floors } of grids) {
        const span = floors.join("+");
        const nth = taken.get(span) ?? 0;
        taken.set(span, nth + 1);
        const place = placeOf(floors, nth);
        places.set(place.key, place);
        const s = standing(grid, `campuses.${ci}.buildings.${bi}.grids.${gi}`);
        summary.grids += 1;
        const href = paths.grid(grid.id);
        if (s.state === "counted") {
          summary.covered += 1;
          summary.open += s.open;
          summary.overdue += s.overdue;
          const detail = [
            s.overdue > 0 ? t("dashboard.cell.overdue", { count: s.overdue }) : null,
            s.counted < s.residents
              ? t("dashboard.cell.partial", { counted: s.counted, residents: s.residents })
              : null,
          ].filter((d): d is string => d !== null);
          cells.set(place.key, {
            value: s.open,
            name: grid.name,
            detail: detail.length ? detail.join(" · ") : undefined,
            href,
          });
        } else {
          cells.set(place.key, {
            value: null,
            name: grid.name,
            note: t(s.state === "notCovered" ? "dashboard.notCovered" : "dashboard.unavailable"),
            reason: t(
              s.state === "notCovered"
                ? "dashboard.notCoveredReason"
                : "dashboard.unavailableReason",
            ),
            href,
          });
        }
      }
      cellsByRow.push(cells);
    }),
  );

  const columns = [...places.values()].sort(
    (a, b) => a.first - b.first || a.last - b.last || a.nth - b.nth,
  );
  return {
    dataset: {
      rows,
      columns: columns.map(({ key, label }) => ({ key, label })),
      cells: cellsByRow.map((cells) => columns.map((c) => cells.get(c.key) ?? null)),
    },
    summary,
  };
}
