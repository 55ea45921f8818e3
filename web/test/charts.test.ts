/**
 * The chart options (web/src/charts/options.ts) drawn by the real ECharts with the app's own
 * tree-shaken setup, rendered to SVG on the server side (ECharts' SSR mode needs no DOM): every
 * kind draws the dataset's labels and figures, gaps are drawn as their note, names from data are
 * escaped, and a mark maps back to its cell. The table twin and the export's rows share the dataset.
 */
import { describe, expect, it } from "vitest";
import { datasetSheet, largestFigure, type ChartDataset } from "../src/charts/dataset";
import { init } from "../src/charts/echartsSetup";
import { chartOption, escapeHtml, positionOf, type ChartText } from "../src/charts/options";
import { THEME_NAME } from "../src/charts/theme";

const dataset: ChartDataset = {
  rows: [
    { key: "academic", label: "学业", href: "/warnings?category=ACADEMIC" },
    { key: "behaviour", label: "行为 <b>&" },
  ],
  columns: [
    { key: "open", label: "未关闭" },
    { key: "overdue", label: "已逾期" },
  ],
  cells: [
    [
      { value: 3, href: "/a" },
      { value: 1, detail: "1 人" },
    ],
    [{ value: 12 }, { value: null, note: "未覆盖", reason: "你的职责不覆盖" }],
  ],
};
const text: ChartText = { valueName: "预警", formatNumber: (n) => `${n}` };

function renderSvg(kind: Parameters<typeof chartOption>[0]): string {
  const chart = init(null, THEME_NAME, { renderer: "svg", ssr: true, width: 640, height: 320 });
  chart.setOption({ ...chartOption(kind, dataset, text), animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe("charts drawn by ECharts from a typed dataset", () => {
  it("draws bars and lines with the rows as categories and the columns as series", () => {
    for (const kind of ["bar", "line"] as const) {
      const svg = renderSvg(kind);
      expect(svg.startsWith("<svg")).toBe(true);
      for (const label of ["学业", "未关闭", "已逾期"]) expect(svg, kind).toContain(label);
      // A name from data is text in the SVG, never markup.
      expect(svg, kind).toContain("行为 &lt;b&gt;&amp;");
      expect(svg, kind).not.toContain("<b>");
    }
    // Bars: one per figure, in the series' colour; the gap draws none.
    const bars = renderSvg("bar");
    expect(bars.match(/<path d="M[^"]*" fill="#1c4f8f"/g)).toHaveLength(2);
    expect(bars.match(/<path d="M[^"]*" fill="#f5a05c"/g)).toHaveLength(1);
  });

  it("draws a pie of the first column, a slice per row", () => {
    const svg = renderSvg("pie");
    expect(svg).toContain("学业: 3");
    expect(svg).toContain("行为 &lt;b&gt;&amp;: 12");
  });

  it("draws a heat map with a label per figure and the gaps as their note", () => {
    const svg = renderSvg("heatmap");
    for (const label of ["学业", "未关闭", "已逾期", ">3<", ">12<", ">1<", "未覆盖"])
      expect(svg).toContain(label);
    // The gap in the page's soft grey, the largest figure in the scale's red.
    expect(svg).toMatch(/fill="rgb\(237,240,245\)"[^>]*ecmeta_series_index="1"/);
    expect(svg).toMatch(/fill="rgb\(180,35,24\)"[^>]*ecmeta_series_index="0"/);
    // The colour scale runs from zero to the largest figure.
    expect(largestFigure(dataset)).toBe(12);
    expect(svg).toContain("0 预警");
  });

  it("maps a mark back to its cell", () => {
    expect(positionOf("heatmap", { value: [1, 0, 1] })).toEqual({ row: 0, column: 1 });
    expect(positionOf("heatmap", { value: "x" })).toBeNull();
    expect(positionOf("bar", { seriesIndex: 1, dataIndex: 0 })).toEqual({ row: 0, column: 1 });
    expect(positionOf("pie", { dataIndex: 1 })).toEqual({ row: 1, column: 0 });
    expect(escapeHtml(`<img src=x onerror="a">'`)).toBe(
      "&lt;img src=x onerror=&quot;a&quot;&gt;&#39;",
    );
  });

  it("lists the same rows for a spreadsheet as the table shows", () => {
    expect(datasetSheet(dataset, "类别")).toEqual({
      columns: [
        { header: "类别", key: "__row" },
        { header: "未关闭", key: "c0" },
        { header: "已逾期", key: "c1" },
      ],
      rows: [
        { __row: "学业", c0: 3, c1: 1 },
        { __row: "行为 <b>&", c0: 12, c1: "未覆盖" },
      ],
    });
  });
});
