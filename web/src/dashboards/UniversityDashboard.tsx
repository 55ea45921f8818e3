import { useQuery } from "@apollo/client";
import { useMemo } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { LoadError, Loading } from "../ui/feedback";
import { Counter } from "../ui/layout";
import {
  FigureValue,
  Headline,
  RangeField,
  StatisticsCharts,
  StatsChart,
  useDayRange,
} from "./StatisticsView";
import { UNIVERSITY_DASHBOARD, apiRange, unitsDataset } from "./statistics";

/**
 * 全校预警统计 (`/dashboards/university?from=&to=`): the warnings the viewer may list, raised in the
 * range (by default the current academic year), with the cases opened in it, the monthly trend,
 * the breakdowns by category and level, the time to close, and the residential colleges and schools
 * compared. Every figure links to its rows.
 */
export function UniversityDashboard() {
  const { t } = useI18n();
  useDocumentTitle(t("stats.university.title"));
  const { range, setRange, failed } = useDayRange();
  const { data, error, loading, refetch } = useQuery(UNIVERSITY_DASHBOARD, {
    variables: range ? apiRange(range) : { from: "", to: "" },
    skip: !range,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const colleges = useMemo(
    () => (data && range ? unitsDataset(data.colleges, range, t) : null),
    [data, range, t],
  );
  const schools = useMemo(
    () => (data && range ? unitsDataset(data.schools, range, t) : null),
    [data, range, t],
  );

  const heading = (
    <header className="dashboard__header">
      <PageHeading>{t("stats.university.title")}</PageHeading>
      <p className="section-note">{t("stats.university.intro")}</p>
    </header>
  );
  if (!range)
    return (
      <>
        {heading}
        {failed ? <LoadError text={t("dashboard.failed")} /> : <Loading />}
      </>
    );
  const stats = data?.warningStatistics;
  const cases = data?.assistanceCaseStatistics.total;
  return (
    <div className="dashboard" data-dashboard="university">
      {heading}
      <div className="dashboard__bar">
        <RangeField range={range} onChange={setRange} />
      </div>
      {!stats ? (
        loading ? (
          <Loading />
        ) : (
          <LoadError text={error?.message ?? t("dashboard.failed")} retry={() => refetch()} />
        )
      ) : (
        <>
          <Headline
            total={stats.total}
            range={range}
            extra={
              cases && (
                <>
                  <Counter
                    name="casesOpened"
                    value={
                      <FigureValue value={cases.opened ?? null} suppressed={cases.suppressed} />
                    }
                    label={t("stats.casesOpened")}
                  />
                  <Counter
                    name="casesAssisted"
                    value={
                      <FigureValue value={cases.assisted ?? null} suppressed={cases.suppressed} />
                    }
                    label={t("stats.casesAssisted")}
                  />
                </>
              )
            }
          />
          <StatisticsCharts stats={stats} range={range} />
          {colleges && colleges.rows.length > 0 && (
            <StatsChart
              kind="bar"
              name="colleges"
              title={t("stats.chart.colleges")}
              rowHeader={t("enum.OrgUnitKind.RESIDENTIAL_COLLEGE")}
              valueName={t("stats.measure.raised")}
              dataset={colleges}
            />
          )}
          {schools && schools.rows.length > 0 && (
            <StatsChart
              kind="bar"
              name="schools"
              title={t("stats.chart.schools")}
              rowHeader={t("enum.OrgUnitKind.SCHOOL")}
              valueName={t("stats.measure.raised")}
              dataset={schools}
            />
          )}
        </>
      )}
    </div>
  );
}
