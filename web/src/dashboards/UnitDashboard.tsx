import { useQuery } from "@apollo/client";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { Headline, RangeField, StatisticsCharts, useDayRange } from "./StatisticsView";
import { UNIT_DASHBOARD, apiRange } from "./statistics";

/**
 * 书院/学院预警统计 (`/dashboards/colleges/:id?from=&to=`): one residential college's or school's
 * figures over the warnings the viewer may list of its students, as the university dashboard shows
 * them, with a link to its printable term report.
 */
export function UnitDashboard({ id }: { id: string }) {
  const { t, label } = useI18n();
  const { range, setRange, failed } = useDayRange();
  const { data, error, loading, refetch } = useQuery(UNIT_DASHBOARD, {
    variables: range ? { id, ...apiRange(range) } : { id, from: "", to: "" },
    skip: !range,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const unit = data?.orgUnit;
  useDocumentTitle(unit ? t("stats.unit.title", { name: unit.name }) : t("nav.dashboards"));

  if (!range || (!data && loading))
    return failed ? <LoadError text={t("dashboard.failed")} /> : <Loading />;
  if (data && !unit && !error)
    return (
      <>
        <PageHeading>{t("stats.unit.notFound")}</PageHeading>
        <EmptyText>{t("stats.unit.notFoundBody")}</EmptyText>
      </>
    );
  if (!unit)
    return <LoadError text={error?.message ?? t("dashboard.failed")} retry={() => refetch()} />;
  const stats = unit.warningStatistics;
  const refused = error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");
  return (
    <div className="dashboard" data-dashboard="unit" data-unit={unit.id}>
      <header className="dashboard__header">
        <PageHeading>{t("stats.unit.title", { name: unit.name })}</PageHeading>
        <p className="section-note">
          {t("stats.unit.intro", { kind: label("OrgUnitKind", unit.kind) })}
        </p>
      </header>
      <div className="dashboard__bar">
        <RangeField range={range} onChange={setRange} />
        <Link to={paths.collegeReport(unit.id)} data-print="hide">
          {t("stats.report.link")}
        </Link>
      </div>
      {!stats ? (
        <LoadError text={refused ? t("stats.unit.notCovered") : t("dashboard.failed")} />
      ) : (
        <>
          <Headline total={stats.total} range={range} unit={unit.id} />
          <StatisticsCharts stats={stats} range={range} unit={unit.id} />
        </>
      )}
    </div>
  );
}
