/**
 * The data a chart draws, typed once for every kind of chart: a table of rows × columns whose
 * cells hold a figure. The chart and the accessible table beside it render the same dataset, and
 * an export writes the same rows, so what a reader sees, hears and downloads cannot differ.
 *
 * - bar / line: rows are the categories along the axis, columns the series;
 * - pie: rows are the slices, the first column their values;
 * - heatmap: rows run down the y axis, columns along the x axis.
 */

/** A row or a column: a stable key (for tests and links), its label in the app's language. */
export interface ChartHeader {
  key: string;
  label: string;
  /** Where the rows this header counts are listed, if anywhere. */
  href?: string;
}

/** A figure. `name` says what the cell stands for (e.g. the grid), `detail` a secondary figure. */
export interface ChartFigure {
  value: number;
  name?: string;
  detail?: string;
  /** The page listing the rows this figure counts. */
  href?: string;
}

/**
 * No figure, for a reason the reader must see (not covered by the caller's duty, unavailable): the
 * chart draws it muted, the table and the export show `note`.
 */
export interface ChartGap {
  value: null;
  /** A short reason, e.g. 未覆盖; cells with the same note are drawn (and listed in the legend) together. */
  note: string;
  /** Why, in a sentence, for the tooltip and the table's description. */
  reason?: string;
  name?: string;
  href?: string;
}

/** `null`: nothing is there (a building without a grid on that floor). */
export type ChartCell = ChartFigure | ChartGap | null;

export interface ChartDataset {
  rows: readonly ChartHeader[];
  columns: readonly ChartHeader[];
  /** `cells[row][column]`, one array per row, one cell per column. */
  cells: readonly (readonly ChartCell[])[];
}

export type ChartKind = "bar" | "line" | "pie" | "heatmap";

export const isFigure = (cell: ChartCell): cell is ChartFigure =>
  cell !== null && cell.value !== null;

export const cellAt = (dataset: ChartDataset, row: number, column: number): ChartCell =>
  dataset.cells[row]?.[column] ?? null;

/** The largest figure, 0 when there is none. */
export function largestFigure(dataset: ChartDataset): number {
  let max = 0;
  for (const row of dataset.cells)
    for (const cell of row) if (isFigure(cell) && cell.value > max) max = cell.value;
  return max;
}

/** A cell as a spreadsheet shows it: the figure, the gap's note, or empty. */
export function cellSheetValue(cell: ChartCell): number | string | null {
  if (cell === null) return null;
  return cell.value ?? cell.note;
}

/**
 * The dataset's table as spreadsheet columns and rows (see web/src/export): the row headers under
 * `rowHeader`, then one column per dataset column, exactly as the accessible table lists them.
 */
export function datasetSheet(
  dataset: ChartDataset,
  rowHeader: string,
): {
  columns: { header: string; key: string; width?: number }[];
  rows: Record<string, number | string | null>[];
} {
  // Column keys of the sheet: the row header's, then the dataset's (kept unique).
  const rowKey = "__row";
  const keyOf = (i: number) => `c${i}`;
  return {
    columns: [
      { header: rowHeader, key: rowKey },
      ...dataset.columns.map((column, i) => ({ header: column.label, key: keyOf(i) })),
    ],
    rows: dataset.rows.map((row, r) => {
      const out: Record<string, number | string | null> = { [rowKey]: row.label };
      dataset.columns.forEach((_, c) => {
        out[keyOf(c)] = cellSheetValue(cellAt(dataset, r, c));
      });
      return out;
    }),
  };
}
