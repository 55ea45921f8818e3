import { useQuery } from "@apollo/client";
import { Tag } from "antd";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useEffect, useMemo } from "react";
import { Chart } from "../charts/Chart";
import type { ChartDataset } from "../charts/dataset";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { Facts, ProfileSection, SectionNotice } from "../profile/ProfileSection";
import { problemOf } from "../profile/sectionErrors";
import { Link, paths } from "../router";
import { Refusal } from "../home/HomeParts";
import { GridPostsSection } from "../governance-posts/GridPostsSection";
import { MissingEntity } from "./MissingEntity";
import { Counter } from "../ui/layout";
import { PageHeading, useDocumentTitle } from "./PageHeading";

/**
 * 网格: a floor's picture for the people looking after it. Name, building and branch come from
 * organisation; the warning counts from evaluation, over only the residents the viewer covers
 * through a duty (null, with FORBIDDEN, when they cover none).
 */
export const GRID_PAGE = graphql(`
  query GridPage($id: ID!) {
    grid(id: $id) {
      id
      name
      residentCount
      building {
        id
        name
      }
      branch {
        id
        name
      }
      warningStats {
        residents
        counted
        studentsWithOpenWarnings
        open
        overdue
        byLevel {
          level
          count
        }
        byCategory {
          category
          count
        }
        byStatus {
          status
          count
        }
      }
    }
  }
`);

type GridWarningStats = NonNullable<
  NonNullable<ResultOf<typeof GRID_PAGE>["grid"]>["warningStats"]
>;

/** One count per key as a bar chart, with its table. */
function countDataset(
  rows: { key: string; label: string; count: number }[],
  valueName: string,
): ChartDataset {
  return {
    rows: rows.map(({ key, label }) => ({ key, label })),
    columns: [{ key: "count", label: valueName }],
    cells: rows.map((r) => [{ value: r.count, name: r.label }]),
  };
}

/** The start of the academic year on campus (1 September) and of the next. */
export function academicYear(now = new Date()): { from: string; to: string } {
  const today = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
  }).format(now);
  const year = Number(today.slice(0, 4));
  const first = Number(today.slice(5, 7)) >= 9 ? year : year - 1;
  const start = (y: number) => new Date(`${y}-09-01T00:00:00+08:00`).toISOString();
  return { from: start(first), to: start(first + 1) };
}

export const GRID_WARNING_TREND = graphql(`
  query GridWarningTrend($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    grid(id: $id) {
      id
      warningStatistics(from: $from, to: $to) {
        byMonth {
          month
          figures {
            raised
            suppressed
          }
        }
      }
    }
  }
`);

/** 本学年各月新增预警: the grid's warnings raised each month of the academic year, small cells withheld. */
function MonthlyTrend({ id }: { id: string }) {
  const { t } = useI18n();
  const range = useMemo(() => academicYear(), []);
  const { data } = useQuery(GRID_WARNING_TREND, {
    variables: { id, ...range },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const months = data?.grid?.warningStatistics?.byMonth;
  if (!months) return null;
  const valueName = t("caseDashboard.grid.valueName");
  const dataset: ChartDataset = {
    rows: months.map((m) => ({ key: m.month, label: m.month })),
    columns: [{ key: "raised", label: valueName }],
    cells: months.map((m) => [
      m.figures.suppressed || m.figures.raised === null
        ? {
            value: null,
            note: t("caseDashboard.suppressed"),
            reason: t("caseDashboard.suppressedReason"),
          }
        : { value: m.figures.raised, name: m.month },
    ]),
  };
  return (
    <Chart
      kind="line"
      name="grid-trend"
      title={t("caseDashboard.grid.trend")}
      rowHeader={t("caseDashboard.grid.month")}
      valueName={valueName}
      dataset={dataset}
      height={220}
    />
  );
}

function Stats({ stats, gridId }: { stats: GridWarningStats; gridId: string }) {
  const { t, label } = useI18n();
  const valueName = t("grid.counter.open");
  const counter = (key: MessageKey, value: number, name: string) => (
    <Counter name={name} value={value} label={t(key)} />
  );
  return (
    <>
      <p className="section-note" data-scope={`${stats.counted}/${stats.residents}`}>
        {t("grid.statsScope", { counted: stats.counted, residents: stats.residents })}
      </p>
      <ul className="counters">
        {counter(
          "grid.counter.studentsWithOpenWarnings",
          stats.studentsWithOpenWarnings,
          "studentsWithOpenWarnings",
        )}
        {counter("grid.counter.open", stats.open, "open")}
        {counter("grid.counter.overdue", stats.overdue, "overdue")}
        {counter("grid.counter.counted", stats.counted, "counted")}
      </ul>
      <div className="grid-charts">
        <Chart
          kind="bar"
          name="level"
          title={t("grid.byLevel")}
          rowHeader={t("warnings.level")}
          valueName={valueName}
          height={220}
          dataset={countDataset(
            stats.byLevel.map((r) => ({
              key: r.level,
              label: label("WarningLevel", r.level),
              count: r.count,
            })),
            valueName,
          )}
        />
        <Chart
          kind="bar"
          name="category"
          title={t("grid.byCategory")}
          rowHeader={t("warnings.category")}
          valueName={valueName}
          height={220}
          dataset={countDataset(
            stats.byCategory.map((r) => ({
              key: r.category,
              label: label("WarningCategory", r.category),
              count: r.count,
            })),
            valueName,
          )}
        />
        <Chart
          kind="bar"
          name="status"
          title={t("grid.byStatus")}
          rowHeader={t("queue.col.stage")}
          valueName={valueName}
          height={220}
          dataset={countDataset(
            stats.byStatus.map((r) => ({
              key: r.status,
              label: label("WarningStatus", r.status),
              count: r.count,
            })),
            valueName,
          )}
        />
        <MonthlyTrend id={gridId} />
      </div>
    </>
  );
}

export function GridPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, loading, refetch } = useQuery(GRID_PAGE, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const grid = data?.grid ?? null;
  const errors = error?.graphQLErrors ?? [];
  useDocumentTitle(grid ? `${grid.name} · ${t("grid.title")}` : t("grid.title"));

  const shownId = grid?.id;
  useEffect(() => {
    if (shownId) document.getElementById("page-heading")?.focus({ preventScroll: true });
  }, [shownId]);

  const back = (
    <p className="back-link">
      <Link to={paths.home()}>← {t("home.back")}</Link>
    </p>
  );

  if (!grid) {
    return (
      <MissingEntity
        back={back}
        loading={loading}
        error={error}
        refetch={refetch}
        text={{
          loading: t("grid.loading"),
          failed: t("grid.error"),
          notFoundTitle: t("grid.title"),
          notFoundBody: t("grid.notFound", { id }),
        }}
      />
    );
  }

  const statsErrors = errors.filter((e) => e.path?.[0] === "grid" && e.path[1] === "warningStats");
  const statsProblem =
    problemOf(statsErrors) ?? (grid.warningStats === null ? "unavailable" : null);
  const otherProblem = problemOf(errors.filter((e) => !statsErrors.includes(e)));

  return (
    <>
      {back}
      <header className="profile-header">
        <PageHeading>{grid.name}</PageHeading>
        <p className="profile-header__meta">
          <Tag color="blue">{t("grid.title")}</Tag>
          {grid.building?.name && <span>{grid.building.name}</span>}
        </p>
      </header>
      <div className="profile-grid">
        <ProfileSection id="grid" title={t("grid.title")} problem={otherProblem}>
          <Facts
            items={[
              { label: t("grid.building"), value: grid.building?.name },
              { label: t("grid.branch"), value: grid.branch?.name },
              {
                label: t("grid.residents"),
                value: t("grid.residentsValue", { count: grid.residentCount }),
                key: "residents",
              },
            ]}
          />
        </ProfileSection>
        <ProfileSection id="grid-warnings" title={t("grid.stats")} problem={null}>
          {grid.warningStats ? (
            <Stats stats={grid.warningStats} gridId={grid.id} />
          ) : (
            statsProblem &&
            (statsProblem === "forbidden" ? (
              <Refusal text={t("home.forbidden.grid")} detail={t("home.forbidden.gridDetail")} />
            ) : (
              <SectionNotice problem={statsProblem} />
            ))
          )}
        </ProfileSection>
        <GridPostsSection gridId={grid.id} />
      </div>
    </>
  );
}
