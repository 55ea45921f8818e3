import { useQuery } from "@apollo/client";
import { useEffect, useMemo, useState } from "react";
import { Chart } from "../charts/Chart";
import { datasetSheet } from "../charts/dataset";
import { ExportButton } from "../export/ExportButton";
import { campusDateStamp } from "../export/xlsx";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { OPEN_WARNINGS_DASHBOARD, openWarningsDataset } from "./openWarningsDataset";

/**
 * 未关闭预警热力图 (`/dashboards/open-warnings`): open warnings by building and floor, over the
 * residents the viewer's duty covers, each cell linking to its grid's page; grids the viewer covers
 * none of show as not covered. The table under the chart is the same data, and the export writes
 * exactly the table's rows.
 */
export function OpenWarningsDashboard() {
  const { t, dateTime } = useI18n();
  useDocumentTitle(t("dashboard.openWarnings.title"));
  const { data, error, loading, refetch } = useQuery(OPEN_WARNINGS_DASHBOARD, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  // When this answer arrived: printed and exported copies say how current they are.
  const [fetchedAt, setFetchedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (data) setFetchedAt(new Date());
  }, [data]);

  const view = useMemo(
    () => (data ? openWarningsDataset(data, error?.graphQLErrors ?? [], t) : null),
    [data, error, t],
  );

  const heading = (
    <header className="dashboard__header">
      <PageHeading>{t("dashboard.openWarnings.title")}</PageHeading>
      <p className="section-note">{t("dashboard.openWarnings.intro")}</p>
    </header>
  );

  if (!view) {
    return (
      <>
        {heading}
        {loading ? (
          <p className="loading" role="status" aria-live="polite">
            {t("app.loading")}
          </p>
        ) : (
          <div className="error-box" role="alert">
            <p>{t("dashboard.failed")}</p>
            <button type="button" className="button" onClick={() => void refetch()}>
              {t("app.retry")}
            </button>
          </div>
        )}
      </>
    );
  }

  const { dataset, summary } = view;
  const rowHeader = t("dashboard.building");
  const title = t("dashboard.openWarnings.chart");
  const stamp = fetchedAt ?? new Date();
  return (
    <div className="dashboard" data-dashboard="open-warnings">
      {heading}
      <div className="dashboard__bar">
        <p className="dashboard__as-of" data-as-of>
          {t("dashboard.asOf", { time: dateTime(stamp.toISOString()) })}
        </p>
        <ExportButton
          disabled={dataset.rows.length === 0}
          spec={() => ({
            fileName: t("dashboard.openWarnings.fileName", {
              date: campusDateStamp(stamp),
            }),
            sheetName: title,
            ...datasetSheet(dataset, rowHeader),
          })}
        />
      </div>
      <ul className="counters" aria-label={t("dashboard.summary")}>
        <Counter name="open" value={summary.open} label={t("dashboard.total.open")} />
        <Counter name="overdue" value={summary.overdue} label={t("dashboard.total.overdue")} />
        <Counter
          name="covered"
          value={`${summary.covered} / ${summary.grids}`}
          label={t("dashboard.total.covered")}
        />
      </ul>
      {dataset.rows.length === 0 ? (
        <p className="empty" data-state="empty">
          {t("dashboard.noGrids")}
        </p>
      ) : (
        <Chart
          kind="heatmap"
          name="open-warnings"
          title={title}
          description={t("dashboard.openWarnings.tableNote")}
          rowHeader={rowHeader}
          valueName={t("dashboard.openWarnings.valueName")}
          dataset={dataset}
        />
      )}
    </div>
  );
}

function Counter({ name, value, label }: { name: string; value: number | string; label: string }) {
  return (
    <li className={`counter counter--${name}`} data-counter={name}>
      <div className="counter__link">
        <span className="counter__value">{value}</span>
        <span className="counter__label">{label}</span>
      </div>
    </li>
  );
}
