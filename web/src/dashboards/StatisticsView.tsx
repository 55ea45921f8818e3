import { useQuery } from "@apollo/client";
import { DatePicker } from "antd";
import dayjs from "dayjs";
import { useMemo, type ReactNode } from "react";
import { useSearchParams } from "react-router";
import { Chart } from "../charts/Chart";
import type { ChartDataset } from "../charts/dataset";
import { useI18n } from "../i18n/I18nProvider";
import { Counter } from "../ui/layout";
import {
  DASHBOARD_CALENDAR,
  academicYearOf,
  rangeOf,
  rowsHref,
  statisticsDatasets,
  statusOfMeasure,
  type DayRange,
  type Figures,
  type Measure,
  type WarningStatisticsAnswer,
} from "./statistics";

/**
 * The range a dashboard shows: the URL's `from`/`to` (so a link shares the view and a reload keeps
 * it), else the current academic year on the campus calendar; `setRange` writes it to the URL.
 */
export function useDayRange(): {
  range: DayRange | null;
  setRange: (range: DayRange) => void;
  failed: boolean;
} {
  const [search, setSearch] = useSearchParams();
  const fromUrl = rangeOf(search);
  const calendar = useQuery(DASHBOARD_CALENDAR, { skip: fromUrl !== null });
  const today = calendar.data?.campusCalendar.today;
  const range = useMemo(
    () => fromUrl ?? (today ? academicYearOf(today) : null),
    // By value: a new URLSearchParams each render is the same range.
    [fromUrl?.from, fromUrl?.to, today],
  );
  const setRange = (next: DayRange) => {
    const params = new URLSearchParams(search);
    params.set("from", next.from);
    params.set("to", next.to);
    setSearch(params);
  };
  return { range, setRange, failed: calendar.error !== undefined };
}

/** 统计区间: a range of days, written to the URL. */
export function RangeField({
  range,
  onChange,
}: {
  range: DayRange;
  onChange: (range: DayRange) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="stats-range" data-print="hide">
      <span className="stats-range__label">{t("stats.range")}</span>
      <DatePicker.RangePicker
        allowClear={false}
        value={[dayjs(range.from), dayjs(range.to)]}
        format="YYYY-MM-DD"
        onChange={(values) => {
          const [from, to] = values ?? [];
          if (from && to)
            onChange({ from: from.format("YYYY-MM-DD"), to: to.format("YYYY-MM-DD") });
        }}
      />
    </label>
  );
}

/** A figure as a counter shows it: the number, or "<5" (never 0) when the cell is suppressed. */
export function FigureValue({ value, suppressed }: { value: number | null; suppressed: boolean }) {
  const { t, number } = useI18n();
  if (suppressed)
    return (
      <abbr title={t("stats.suppressedReason")} data-suppressed="">
        {t("stats.suppressed")}
      </abbr>
    );
  if (value === null) return <span data-unavailable="">{t("dashboard.unavailable")}</span>;
  return <>{number(value)}</>;
}

/** The headline figures of a range: raised, handled, closed, overdue, students; then `extra`. */
export function Headline({
  total,
  range,
  unit,
  extra,
}: {
  total: Figures;
  range: DayRange;
  unit?: string;
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const measures: Measure[] = ["raised", "handled", "closed", "overdue"];
  return (
    <ul className="counters" aria-label={t("dashboard.summary")}>
      {measures.map((m) => (
        <Counter
          key={m}
          name={m}
          value={<FigureValue value={total[m] ?? null} suppressed={total.suppressed} />}
          label={t(`stats.measure.${m}`)}
          href={
            total.suppressed ? undefined : rowsHref({ unit, range, status: statusOfMeasure(m) })
          }
        />
      ))}
      <Counter
        name="students"
        value={<FigureValue value={total.students ?? null} suppressed={total.suppressed} />}
        label={t("stats.students")}
      />
      {extra}
    </ul>
  );
}

/** The trend, the breakdowns and the time to close of one answer, each chart with its table. */
export function StatisticsCharts({
  stats,
  range,
  unit,
}: {
  stats: WarningStatisticsAnswer;
  range: DayRange;
  unit?: string;
}) {
  const { t, label } = useI18n();
  const sets = useMemo(
    () => statisticsDatasets(stats, range, unit, t, label),
    [stats, range, unit, t, label],
  );
  return (
    <div className="stats-charts">
      <StatsChart
        kind="line"
        name="trend"
        title={t("stats.chart.trend")}
        rowHeader={t("stats.month")}
        valueName={t("stats.measure.raised")}
        dataset={sets.trend}
      />
      <StatsChart
        kind="bar"
        name="categories"
        title={t("stats.chart.categories")}
        rowHeader={t("stats.category")}
        valueName={t("stats.measure.raised")}
        dataset={sets.categories}
      />
      <StatsChart
        kind="bar"
        name="levels"
        title={t("stats.chart.levels")}
        rowHeader={t("stats.level")}
        valueName={t("stats.measure.raised")}
        dataset={sets.levels}
      />
      <StatsChart
        kind="bar"
        name="time-to-close"
        title={t("stats.chart.timeToClose")}
        description={t("stats.chart.timeToCloseNote")}
        rowHeader={t("stats.level")}
        valueName={t("stats.hours")}
        dataset={sets.timeToClose}
      />
    </div>
  );
}

export function StatsChart(props: {
  kind: "bar" | "line";
  name: string;
  title: string;
  description?: string;
  rowHeader: string;
  valueName: string;
  dataset: ChartDataset;
}) {
  const { t } = useI18n();
  return (
    <section className="stats-chart" aria-label={props.title}>
      <h2 className="stats-chart__title">{props.title}</h2>
      <Chart {...props} description={props.description ?? t("stats.chart.note")} height={280} />
    </section>
  );
}
