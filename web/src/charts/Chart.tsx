import type { EChartsType } from "echarts/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import { useReducedMotion } from "../ui/motion";
import { ChartTable } from "./ChartTable";
import { cellAt, type ChartDataset, type ChartKind } from "./dataset";
import { loadECharts } from "./loadECharts";
import { chartOption, positionOf } from "./options";
import { THEME_NAME } from "./theme";

/** Room for the axis labels and the colour scale, and a row per category. */
function defaultHeight(kind: ChartKind, dataset: ChartDataset): number {
  if (kind !== "heatmap") return 320;
  return Math.max(200, 110 + dataset.rows.length * 40);
}

/**
 * A chart and, always, the same data as a table below it (the table is what screen readers, print
 * and tests read; the drawing is hidden from assistive technology). ECharts loads on first use, in
 * its own chunk; until then, or if it cannot load, the table stands alone. Our own thin wrapper
 * rather than echarts-for-react: that package's peer range stops at ECharts 5 and its default entry
 * imports all of ECharts; what we need is init with our theme and the app's language, a
 * ResizeObserver, a resize for print, dispose, and links from marks, which is this component.
 */
export function Chart({
  kind,
  name,
  title,
  description,
  rowHeader,
  valueName,
  dataset,
  height,
}: {
  kind: ChartKind;
  /** `data-chart`, for tests and styles. */
  name: string;
  /** The table's caption: what the chart shows. */
  title: string;
  description?: string;
  /** The heading over the rows' labels in the table, e.g. 楼栋. */
  rowHeader: string;
  /** What the figures count, e.g. 未关闭预警. */
  valueName: string;
  dataset: ChartDataset;
  height?: number;
}) {
  const { lang, locale } = useI18n();
  const navigate = useNavigate();
  const element = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [failed, setFailed] = useState(false);
  const reducedMotion = useReducedMotion();
  const formatNumber = useMemo(() => {
    const format = new Intl.NumberFormat(locale);
    return (value: number) => format.format(value);
  }, [locale]);

  // One ECharts instance per element and language (ECharts' own texts follow its locale).
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    let instance: EChartsType | null = null;
    let gone = false;
    const resize = () => instance?.resize();
    const observer = new ResizeObserver(resize);
    loadECharts().then(
      (echarts) => {
        if (gone) return;
        instance = echarts.init(el, THEME_NAME, {
          renderer: "svg",
          locale: lang === "zh" ? "ZH" : "EN",
        });
        observer.observe(el);
        // A printed page is narrower than the screen: draw for it before the browser prints.
        window.addEventListener("beforeprint", resize);
        window.addEventListener("afterprint", resize);
        setFailed(false);
        setChart(instance);
      },
      () => {
        if (!gone) setFailed(true);
      },
    );
    return () => {
      gone = true;
      observer.disconnect();
      window.removeEventListener("beforeprint", resize);
      window.removeEventListener("afterprint", resize);
      instance?.dispose();
      setChart(null);
    };
  }, [lang]);

  const option = useMemo(
    () => ({
      ...chartOption(kind, dataset, { valueName, formatNumber }),
      animation: !reducedMotion,
    }),
    [kind, dataset, valueName, formatNumber, reducedMotion],
  );
  // The option ECharts has finished drawing (animations included): until it is the current one,
  // marks may still move, so the figure is not marked ready (tests click marks once it is).
  const [drawn, setDrawn] = useState<typeof option | null>(null);
  useEffect(() => {
    if (!chart) return;
    const onFinished = () => setDrawn(option);
    chart.on("finished", onFinished);
    chart.setOption(option, { notMerge: true });
    return () => void chart.off("finished", onFinished);
  }, [chart, option]);

  // A mark links where its table cell does.
  useEffect(() => {
    if (!chart) return;
    const onClick = (params: { seriesIndex?: number; dataIndex?: number; value?: unknown }) => {
      const position = positionOf(kind, params);
      const cell = position ? cellAt(dataset, position.row, position.column) : null;
      if (cell?.href) void navigate(cell.href);
    };
    chart.on("click", onClick);
    return () => void chart.off("click", onClick);
  }, [chart, kind, dataset, navigate]);

  return (
    <figure
      className={`chart chart--${kind}`}
      data-chart={name}
      data-chart-ready={chart && drawn === option ? "true" : "false"}
    >
      <div
        ref={element}
        className="chart__canvas"
        style={{ height: height ?? defaultHeight(kind, dataset) }}
        aria-hidden="true"
        hidden={failed}
      />
      {failed && <ChartUnavailable />}
      <ChartTable
        caption={title}
        description={description}
        rowHeader={rowHeader}
        dataset={dataset}
        formatNumber={formatNumber}
      />
    </figure>
  );
}

function ChartUnavailable() {
  const { t } = useI18n();
  return (
    <p className="chart__unavailable" role="status">
      {t("charts.unavailable")}
    </p>
  );
}
