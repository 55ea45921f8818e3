import { useQuery } from "@apollo/client";
import { DatePicker, Form } from "antd";
import dayjs from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { casesHref } from "../cases/caseListQuery";
import { Chart } from "../charts/Chart";
import type { ChartDataset, ChartKind } from "../charts/dataset";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { LoadError, Loading } from "../ui/feedback";
import { Counter } from "../ui/layout";
import {
  CASEWORK_DASHBOARD,
  caseworkView,
  figureQuery,
  FIGURES,
  rangeQuery,
  rangeVariables,
  readRange,
  type DayRange,
} from "./caseworkDataset";

/**
 * 帮扶工作看板 (`/dashboards/cases?from=YYYY-MM-DD&to=YYYY-MM-DD`, both days included; by default
 * the current calendar year): the cases opened in the range, over exactly the cases the viewer may
 * list, by stage, kind, difficulty grade and year, and the measures overdue now by tier. Every
 * figure links to the case list (or the overdue board) filtered to the rows it counts; figures the
 * API withholds show as such. The range lives in the address: a link shares the view.
 */
export function CaseworkDashboard() {
  const { t, label, dateTime } = useI18n();
  useDocumentTitle(t("caseDashboard.title"));
  const [search, setSearch] = useSearchParams();
  const from = search.get("from");
  const to = search.get("to");
  const range = useMemo(
    () => readRange(new URLSearchParams({ from: from ?? "", to: to ?? "" })),
    [from, to],
  );
  const { data, error, loading, refetch } = useQuery(CASEWORK_DASHBOARD, {
    variables: rangeVariables(range),
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const [fetchedAt, setFetchedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (data) setFetchedAt(new Date());
  }, [data]);
  const stats = data?.assistanceCaseStatistics ?? null;
  const view = useMemo(
    () => (stats ? caseworkView(stats, range, t, label) : null),
    [stats, range, t, label],
  );

  const setRange = (next: DayRange) => {
    const params = new URLSearchParams(search);
    params.set("from", next.from);
    params.set("to", next.to);
    setSearch(params, { replace: true });
  };

  return (
    <div className="dashboard" data-dashboard="cases" data-range={`${range.from}/${range.to}`}>
      <header className="dashboard__header">
        <PageHeading>{t("caseDashboard.title")}</PageHeading>
        <p className="section-note">{t("caseDashboard.intro")}</p>
      </header>
      <div className="dashboard__bar">
        <Form layout="inline" onFinish={() => undefined}>
          <Form.Item label={t("caseDashboard.range")} htmlFor="case-dashboard-range">
            <DatePicker.RangePicker
              id={{ start: "case-dashboard-range" }}
              allowClear={false}
              value={[dayjs(range.from), dayjs(range.to)]}
              onChange={(values) => {
                const [start, end] = values ?? [];
                if (start && end)
                  setRange({ from: start.format("YYYY-MM-DD"), to: end.format("YYYY-MM-DD") });
              }}
            />
          </Form.Item>
        </Form>
        {fetchedAt && (
          <p className="dashboard__as-of" data-as-of>
            {t("dashboard.asOf", { time: dateTime(fetchedAt.toISOString()) })}
          </p>
        )}
      </div>
      {!view && loading && <Loading />}
      {!view && !loading && error && (
        <LoadError text={t("caseDashboard.failed")} retry={() => refetch()} />
      )}
      {view && (
        <>
          <ul className="counters" aria-label={t("dashboard.summary")}>
            <Counter
              name="students"
              value={view.total.suppressed ? t("caseDashboard.suppressed") : view.total.students}
              label={t("caseDashboard.figure.students")}
            />
            {FIGURES.map((f) => (
              <Counter
                key={f}
                name={f}
                value={view.total.suppressed ? t("caseDashboard.suppressed") : view.total[f]}
                label={t(`caseDashboard.figure.${f}`)}
                href={
                  view.total.suppressed
                    ? undefined
                    : casesHref({ ...rangeQuery(range), ...figureQuery(f) })
                }
              />
            ))}
          </ul>
          <div className="dashboard__charts">
            <Section
              kind="bar"
              name="status"
              title="caseDashboard.byStatus"
              rowHeader="case.status"
              dataset={view.byStatus}
            />
            <Section
              kind="bar"
              name="kind"
              title="caseDashboard.byKind"
              rowHeader="case.kind"
              dataset={view.byKind}
            />
            <Section
              kind="bar"
              name="grade"
              title="caseDashboard.byGrade"
              rowHeader="caseDashboard.grade"
              description="caseDashboard.byGradeNote"
              dataset={view.byGrade}
            />
            <Section
              kind="bar"
              name="year"
              title="caseDashboard.byYear"
              rowHeader="caseDashboard.yearHeader"
              dataset={view.byYear}
            />
            <Section
              kind="bar"
              name="overdue"
              title="caseDashboard.overdue"
              rowHeader="cases.overdue.tier"
              description="caseDashboard.overdueNote"
              valueName="caseDashboard.overdue.valueName"
              dataset={view.overdue}
            />
          </div>
        </>
      )}
    </div>
  );
}

function Section({
  kind,
  name,
  title,
  rowHeader,
  description,
  valueName = "caseDashboard.valueName",
  dataset,
}: {
  kind: ChartKind;
  name: string;
  title: MessageKey;
  rowHeader: MessageKey;
  description?: MessageKey;
  valueName?: MessageKey;
  dataset: ChartDataset;
}) {
  const { t } = useI18n();
  return (
    <section className="dashboard__section" aria-label={t(title)}>
      <Chart
        kind={kind}
        name={name}
        title={t(title)}
        description={description && t(description)}
        rowHeader={t(rowHeader)}
        valueName={t(valueName)}
        dataset={dataset}
        height={260}
      />
    </section>
  );
}
