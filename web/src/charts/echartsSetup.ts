/**
 * ECharts, tree-shaken: only the chart types and components the app draws, and the SVG renderer.
 * This module is loaded by `loadECharts()` (a dynamic import), so ECharts sits in its own chunk and
 * the main bundle does not carry it; import it from nowhere else.
 *
 * SVG rather than canvas: dashboards draw tens to a few thousand marks, which SVG handles; SVG
 * prints as vectors at any size (a dashboard is often printed for a meeting), and a browser test can
 * see what was drawn. Add `CanvasRenderer` here if a chart with many thousands of marks comes.
 */
import { init, registerTheme, use } from "echarts/core";
import { BarChart, HeatmapChart, LineChart, PieChart } from "echarts/charts";
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { campusTheme, THEME_NAME } from "./theme";

use([
  BarChart,
  LineChart,
  PieChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  DatasetComponent,
  SVGRenderer,
]);
registerTheme(THEME_NAME, campusTheme());

export { init };
