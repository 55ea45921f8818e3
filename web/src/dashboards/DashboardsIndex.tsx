import { useQuery } from "@apollo/client";
import { Card } from "antd";
import { hasCaseworkDuty, mayUseDashboards } from "../auth/roles";
import { useSession } from "../auth/useSession";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, Loading } from "../ui/feedback";
import { DASHBOARD_MY_UNITS, DASHBOARD_UNITS } from "./statistics";

/**
 * 数据看板 (`/dashboards`): the dashboards the signed-in role may use. A college or school
 * administrator finds their own unit first (from their staff assignments, which they may read);
 * every residential college and school follows, as a picker.
 */
export function DashboardsIndex() {
  const { t, label } = useI18n();
  useDocumentTitle(t("nav.dashboards"));
  const session = useSession();
  const roles = session?.user.roles ?? [];
  const personId = session?.user.personId ?? null;
  const administersUnit = roles.includes("college_admin") || roles.includes("school_admin");
  const units = useQuery(DASHBOARD_UNITS, { skip: !mayUseDashboards(roles) });
  const mine = useQuery(DASHBOARD_MY_UNITS, {
    variables: { id: personId ?? "" },
    skip: !administersUnit || personId === null,
    errorPolicy: "all",
  });
  const all = [...(units.data?.colleges ?? []), ...(units.data?.schools ?? [])];
  const myIds = new Set(
    (mine.data?.person?.staffAssignments ?? [])
      .filter(
        (a) =>
          (a.role === "COLLEGE_ADMIN" || a.role === "SCHOOL_ADMIN") &&
          a.targetKind === "UNIT" &&
          (!a.endsOn || a.endsOn >= new Date().toISOString().slice(0, 10)),
      )
      .map((a) => a.targetId),
  );
  const myUnits = all.filter((u) => myIds.has(u.id));

  if (!mayUseDashboards(roles))
    return (
      <>
        <PageHeading>{t("nav.dashboards")}</PageHeading>
        <EmptyText>{t("stats.index.none")}</EmptyText>
      </>
    );

  const entry = (href: string, title: string, body: string, name: string) => (
    <li key={name} data-dashboard-link={name}>
      <Card size="small" title={<Link to={href}>{title}</Link>}>
        <p className="section-note">{body}</p>
      </Card>
    </li>
  );

  return (
    <div className="dashboard" data-dashboard="index">
      <PageHeading>{t("nav.dashboards")}</PageHeading>
      {myUnits.length > 0 && (
        <section aria-label={t("stats.index.mine")}>
          <h2>{t("stats.index.mine")}</h2>
          <ul className="dashboard-index">
            {myUnits.map((u) =>
              entry(paths.unitDashboard(u.id), u.name, t("stats.index.unitBody"), `mine-${u.id}`),
            )}
          </ul>
        </section>
      )}
      <ul className="dashboard-index">
        {entry(
          paths.universityDashboard(),
          t("stats.university.title"),
          t("stats.index.universityBody"),
          "university",
        )}
        {entry(
          paths.openWarningsDashboard(),
          t("dashboard.openWarnings.title"),
          t("stats.index.openWarningsBody"),
          "open-warnings",
        )}
        {hasCaseworkDuty(roles) &&
          entry(paths.caseDashboard(), t("stats.index.cases"), t("stats.index.casesBody"), "cases")}
      </ul>
      <section aria-label={t("stats.index.units")}>
        <h2>{t("stats.index.units")}</h2>
        {units.loading && !units.data ? (
          <Loading />
        ) : all.length === 0 ? (
          <EmptyText>{t("stats.index.noUnits")}</EmptyText>
        ) : (
          <ul className="unit-picker">
            {all.map((u) => (
              <li key={u.id} data-unit={u.id}>
                <Link to={paths.unitDashboard(u.id)}>{u.name}</Link>{" "}
                <span className="section-note">{label("OrgUnitKind", u.kind)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
