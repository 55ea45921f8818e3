import { useQuery } from "@apollo/client";
import { Button, Descriptions } from "antd";
import { useSearchParams } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { Headline, StatisticsCharts } from "./StatisticsView";
import { DASHBOARD_CALENDAR, UNIT_DASHBOARD, apiRange, isTerm, termRange } from "./statistics";

/**
 * 书院学期报告 (`/reports/colleges/:id?term=2025-2026-1`): one college's (or school's) warning
 * figures for a term, made to be printed on A4 (the print stylesheet drops the navigation and the
 * buttons). Without `term`, the current term on the campus calendar.
 */
export function CollegeTermReport({ id }: { id: string }) {
  const { t, localDate, dateTime } = useI18n();
  const [search] = useSearchParams();
  const asked = search.get("term");
  const calendar = useQuery(DASHBOARD_CALENDAR, { skip: isTerm(asked) });
  const term = isTerm(asked) ? asked : (calendar.data?.campusCalendar.currentTerm ?? null);
  const range = term ? termRange(term) : null;
  const { data, error, loading, refetch } = useQuery(UNIT_DASHBOARD, {
    variables: range ? { id, ...apiRange(range) } : { id, from: "", to: "" },
    skip: !range,
    errorPolicy: "all",
  });
  const unit = data?.orgUnit;
  const title = unit ? t("stats.report.title", { name: unit.name }) : t("stats.report.heading");
  useDocumentTitle(title);

  if (asked !== null && !isTerm(asked))
    return (
      <>
        <PageHeading>{t("stats.report.heading")}</PageHeading>
        <EmptyText>{t("stats.report.badTerm")}</EmptyText>
      </>
    );
  if (!range || (!data && loading))
    return calendar.error ? <LoadError text={t("dashboard.failed")} /> : <Loading />;
  if (!unit)
    return <LoadError text={error?.message ?? t("dashboard.failed")} retry={() => refetch()} />;
  const stats = unit.warningStatistics;
  return (
    <article className="report" data-report="college-term" data-unit={unit.id}>
      <header className="report__header">
        <PageHeading>{title}</PageHeading>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: "term", label: t("stats.report.term"), children: <span data-term>{term}</span> },
            {
              key: "dates",
              label: t("stats.report.dates"),
              children: (
                <span data-term-dates>
                  {localDate(range.from)} – {localDate(range.to)}
                </span>
              ),
            },
            {
              key: "printed",
              label: t("stats.report.printed"),
              children: dateTime(new Date().toISOString()),
            },
          ]}
        />
        <div className="report__actions" data-print="hide">
          <Button type="primary" onClick={() => window.print()}>
            {t("stats.report.print")}
          </Button>
          <Link to={paths.unitDashboard(unit.id, range)}>{t("stats.report.dashboard")}</Link>
        </div>
      </header>
      {!stats ? (
        <LoadError text={t("stats.unit.notCovered")} />
      ) : (
        <>
          <Headline total={stats.total} range={range} unit={unit.id} />
          <StatisticsCharts stats={stats} range={range} unit={unit.id} />
        </>
      )}
    </article>
  );
}
