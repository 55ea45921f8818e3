/**
 * ECharts options from a typed dataset. Types only from ECharts here (`import type`): this module is
 * in the main bundle, ECharts itself is not (see loadECharts.ts).
 */
import type {
  BarSeriesOption,
  HeatmapSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
} from "echarts/charts";
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";
import {
  cellAt,
  isFigure,
  largestFigure,
  type ChartCell,
  type ChartDataset,
  type ChartKind,
} from "./dataset";
import { colours } from "./theme";

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | HeatmapSeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** The words and number format a chart needs, in the app's language. */
export interface ChartText {
  /** What the figures count, e.g. 未关闭预警 / Open warnings. */
  valueName: string;
  formatNumber: (value: number) => string;
}

/** Which cell a mark stands for. */
export interface CellPosition {
  row: number;
  column: number;
}

/** What ECharts says about a mark (a click or a tooltip). */
interface MarkParams {
  seriesIndex?: number;
  dataIndex?: number;
  value?: unknown;
}

/** Text for ECharts' HTML tooltip: names come from data, so they are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

const tooltipLines = (lines: (string | undefined)[]) =>
  lines
    .filter((line): line is string => Boolean(line))
    .map((line, i) => (i === 0 ? `<strong>${escapeHtml(line)}</strong>` : escapeHtml(line)))
    .join("<br/>");

/** The position of the cell behind a mark, or null for a mark that stands for none. */
export function positionOf(kind: ChartKind, params: MarkParams): CellPosition | null {
  if (kind === "heatmap") {
    const value = params.value;
    if (!Array.isArray(value) || typeof value[0] !== "number" || typeof value[1] !== "number")
      return null;
    return { column: value[0], row: value[1] };
  }
  if (typeof params.dataIndex !== "number") return null;
  if (kind === "pie") return { row: params.dataIndex, column: 0 };
  if (typeof params.seriesIndex !== "number") return null;
  return { row: params.dataIndex, column: params.seriesIndex };
}

function cellTooltip(dataset: ChartDataset, position: CellPosition, text: ChartText): string {
  const row = dataset.rows[position.row];
  const column = dataset.columns[position.column];
  const cell: ChartCell = cellAt(dataset, position.row, position.column);
  if (!row || !column || cell === null) return "";
  const where = dataset.columns.length > 1 ? `${row.label} · ${column.label}` : row.label;
  if (isFigure(cell))
    return tooltipLines([
      where,
      cell.name,
      `${text.valueName}: ${text.formatNumber(cell.value)}`,
      cell.detail,
    ]);
  return tooltipLines([where, cell.name, cell.note, cell.reason]);
}

const integersOnly = (dataset: ChartDataset) =>
  dataset.cells.every((row) => row.every((c) => !isFigure(c) || Number.isInteger(c.value)));

/** The option for `kind`; the chart component adds only whether to animate. */
export function chartOption(kind: ChartKind, dataset: ChartDataset, text: ChartText): ChartOption {
  const tooltip = (trigger: "item" | "axis"): TooltipComponentOption => ({
    trigger,
    confine: true,
    formatter: (params) => {
      const first = Array.isArray(params) ? params[0] : params;
      const position = first ? positionOf(kind, first) : null;
      if (!position) return "";
      if (trigger === "item") return cellTooltip(dataset, position, text);
      // An axis tooltip: the category, then each series' figure.
      const row = dataset.rows[position.row];
      return tooltipLines([
        row?.label,
        ...dataset.columns.map((column, c) => {
          const cell = cellAt(dataset, position.row, c);
          if (cell === null) return undefined;
          return `${column.label}: ${isFigure(cell) ? text.formatNumber(cell.value) : cell.note}`;
        }),
      ]);
    },
  });

  if (kind === "heatmap") return heatmapOption(dataset, text, tooltip("item"));

  // bar, line, pie: the dataset component holds the table; each series encodes one column.
  const source = [
    ["", ...dataset.columns.map((c) => c.label)],
    ...dataset.rows.map((row, r) => [
      row.label,
      ...dataset.columns.map((_, c) => {
        const cell = cellAt(dataset, r, c);
        return isFigure(cell) ? cell.value : null;
      }),
    ]),
  ];
  if (kind === "pie") {
    return {
      dataset: { source },
      tooltip: tooltip("item"),
      legend: { type: "scroll", bottom: 0 },
      series: [
        {
          type: "pie",
          name: dataset.columns[0]?.label ?? text.valueName,
          radius: ["38%", "68%"],
          encode: { itemName: 0, value: 1 },
          label: { formatter: "{b}: {@[1]}" },
        },
      ],
    };
  }
  return {
    dataset: { source },
    tooltip: tooltip("axis"),
    legend: dataset.columns.length > 1 ? { type: "scroll", top: 0 } : { show: false },
    grid: { left: 8, right: 16, top: dataset.columns.length > 1 ? 36 : 16, bottom: 8 },
    xAxis: { type: "category" },
    yAxis: { type: "value", minInterval: integersOnly(dataset) ? 1 : 0 },
    series: dataset.columns.map((column, c) =>
      kind === "bar"
        ? { type: "bar" as const, name: column.label, encode: { x: 0, y: c + 1 } }
        : {
            type: "line" as const,
            name: column.label,
            encode: { x: 0, y: c + 1 },
            connectNulls: false,
          },
    ),
  };
}

function heatmapOption(
  dataset: ChartDataset,
  text: ChartText,
  tooltip: TooltipComponentOption,
): ChartOption {
  const figures: [number, number, number][] = [];
  const gaps = new Map<string, [number, number, number][]>();
  dataset.rows.forEach((_, r) =>
    dataset.columns.forEach((__, c) => {
      const cell = cellAt(dataset, r, c);
      if (cell === null) return;
      if (isFigure(cell)) figures.push([c, r, cell.value]);
      else gaps.set(cell.note, [...(gaps.get(cell.note) ?? []), [c, r, 0]]);
    }),
  );
  const max = Math.max(1, largestFigure(dataset));
  const cellBorder = { borderColor: colours.paper(), borderWidth: 2 };
  return {
    tooltip,
    // Only the gaps need a legend; the figures have the colour scale below.
    legend: gaps.size > 0 ? { top: 0, data: [...gaps.keys()] } : { show: false },
    grid: { left: 8, right: 16, top: gaps.size > 0 ? 36 : 12, bottom: 56 },
    xAxis: {
      type: "category",
      data: dataset.columns.map((c) => c.label),
      axisLabel: { interval: 0 },
    },
    yAxis: {
      type: "category",
      data: dataset.rows.map((r) => r.label),
      // The first row on top, as in the table.
      inverse: true,
      axisLabel: { interval: 0 },
    },
    visualMap: [
      {
        type: "continuous",
        seriesIndex: 0,
        min: 0,
        max,
        calculable: false,
        orient: "horizontal",
        left: "center",
        bottom: 0,
        itemHeight: 160,
        text: [text.formatNumber(max), `0 ${text.valueName}`],
        inRange: { color: colours.heat() },
      },
      // ECharts draws a heatmap series only through a visualMap: the gaps get a hidden one, one colour.
      ...(gaps.size > 0
        ? [
            {
              type: "continuous" as const,
              show: false,
              seriesIndex: [...gaps.keys()].map((_, i) => i + 1),
              min: 0,
              max: 1,
              inRange: { color: [colours.lineSoft(), colours.lineSoft()] },
            },
          ]
        : []),
    ],
    series: [
      {
        type: "heatmap",
        name: text.valueName,
        data: figures,
        label: {
          show: true,
          formatter: (p) => text.formatNumber(Number((p.value as number[])[2])),
        },
        itemStyle: cellBorder,
        emphasis: { itemStyle: { borderColor: colours.ink(), borderWidth: 1 } },
      },
      ...[...gaps.entries()].map(([note, data]): HeatmapSeriesOption => ({
        type: "heatmap",
        name: note,
        data,
        label: { show: true, formatter: note, color: colours.inkFaint(), fontSize: 11 },
        itemStyle: { ...cellBorder, color: colours.lineSoft() },
      })),
    ],
  };
}
