import { useQuery } from "@apollo/client";
import { Button, Space } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { graphql } from "../generated";
import type { WarningCategory, WarningLevel } from "../generated/graphql";
import { ExportButton } from "../export/ExportButton";
import { campusDateStamp } from "../export/xlsx";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { DataTable, dataAttributes } from "../ui/layout";
import { LevelTag, StatusTag, warningStatusTone } from "../ui/tags";
import { filterOf, rangeOf, type RowsQuery } from "./statistics";

const PAGE_SIZE = 50;

export const WARNING_ROWS = graphql(`
  query DashboardWarningRows($first: Int!, $after: String, $filter: WarningFilter) {
    warnings(first: $first, after: $after, filter: $filter) {
      ...DashboardWarningRowPage
    }
  }
  fragment DashboardWarningRowPage on WarningConnection {
    totalCount
    edges {
      cursor
      node {
        id
        category
        level
        status
        raisedAt
        closedAt
        overdue
        person {
          id
          name
          number
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const UNIT_WARNING_ROWS = graphql(`
  query DashboardUnitWarningRows($id: ID!, $first: Int!, $after: String, $filter: WarningFilter) {
    orgUnit(id: $id) {
      id
      name
      warnings(first: $first, after: $after, filter: $filter) {
        ...DashboardWarningRowPage
      }
    }
  }
`);

const CATEGORIES: readonly WarningCategory[] = [
  "ACADEMIC",
  "MENTAL_HEALTH",
  "FINANCIAL",
  "BEHAVIOUR",
  "SAFETY",
];
const LEVELS: readonly WarningLevel[] = ["YELLOW", "ORANGE", "RED"];

function queryOf(search: URLSearchParams): RowsQuery {
  const category = search.get("category");
  const level = search.get("level");
  return {
    unit: search.get("unit") ?? undefined,
    range: rangeOf(search) ?? undefined,
    category: CATEGORIES.find((c) => c === category),
    level: LEVELS.find((l) => l === level),
    status: search.get("status") ?? undefined,
  };
}

/**
 * 预警明细 (`/dashboards/warnings?unit=&from=&to=&category=&level=&status=`): the warnings a
 * dashboard figure counts, a page at a time; its total is the figure. The export writes the page's
 * rows.
 */
export function WarningRowsPage() {
  const [search] = useSearchParams();
  // A new figure is a new list: start again from its first page.
  return <WarningRows key={search.toString()} query={queryOf(search)} />;
}

function WarningRows({ query }: { query: RowsQuery }) {
  const { t, label, dateTime } = useI18n();
  useDocumentTitle(t("stats.rows.title"));
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const filter = filterOf(query);
  const root = useQuery(WARNING_ROWS, {
    variables: { first: PAGE_SIZE, after, filter },
    skip: query.unit !== undefined,
    fetchPolicy: "cache-and-network",
  });
  const unit = useQuery(UNIT_WARNING_ROWS, {
    variables: { id: query.unit ?? "", first: PAGE_SIZE, after, filter },
    skip: query.unit === undefined,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const active = query.unit === undefined ? root : unit;
  const connection = query.unit === undefined ? root.data?.warnings : unit.data?.orgUnit?.warnings;
  const unitName = unit.data?.orgUnit?.name;

  const what = [
    unitName,
    query.range ? `${query.range.from} – ${query.range.to}` : null,
    query.category ? label("WarningCategory", query.category) : null,
    query.level ? label("WarningLevel", query.level) : null,
    query.status === "handled"
      ? t("stats.measure.handled")
      : query.status === "overdue"
        ? t("stats.measure.overdue")
        : query.status
          ? label("WarningStatus", query.status)
          : null,
  ].filter((s): s is string => Boolean(s));

  const rows = connection?.edges.map((e) => e.node) ?? [];
  type Row = (typeof rows)[number];
  const columns = [
    {
      key: "raisedAt",
      title: t("stats.rows.raisedAt"),
      render: (_: unknown, w: Row) => dateTime(w.raisedAt),
    },
    {
      key: "student",
      title: t("stats.rows.student"),
      render: (_: unknown, w: Row) =>
        w.person ? <Link to={paths.person(w.person.id)}>{w.person.name}</Link> : "—",
    },
    {
      key: "category",
      title: t("stats.category"),
      render: (_: unknown, w: Row) => label("WarningCategory", w.category),
    },
    {
      key: "level",
      title: t("stats.level"),
      render: (_: unknown, w: Row) => <LevelTag level={w.level} />,
    },
    {
      key: "status",
      title: t("stats.rows.status"),
      render: (_: unknown, w: Row) => (
        <StatusTag tone={warningStatusTone(w.status)}>{label("WarningStatus", w.status)}</StatusTag>
      ),
    },
    {
      key: "closedAt",
      title: t("stats.rows.closedAt"),
      render: (_: unknown, w: Row) => (w.closedAt ? dateTime(w.closedAt) : "—"),
    },
  ];

  return (
    <div className="dashboard" data-dashboard="warning-rows">
      <header className="dashboard__header">
        <PageHeading>{t("stats.rows.title")}</PageHeading>
        <p className="section-note" data-rows-query>
          {what.join(" · ")}
        </p>
      </header>
      {!connection ? (
        active.loading ? (
          <Loading />
        ) : (
          <LoadError
            text={active.error?.message ?? t("dashboard.failed")}
            retry={() => active.refetch()}
          />
        )
      ) : (
        <>
          <div className="dashboard__bar">
            <p className="dashboard__as-of">
              {t("stats.rows.total", { count: connection.totalCount })}{" "}
              <span data-total-count={connection.totalCount} hidden />
            </p>
            <ExportButton
              disabled={rows.length === 0}
              spec={() => ({
                fileName: t("stats.rows.fileName", { date: campusDateStamp(new Date()) }),
                sheetName: t("stats.rows.title"),
                columns: [
                  { header: t("stats.rows.raisedAt"), key: "raisedAt" },
                  { header: t("stats.rows.student"), key: "student" },
                  { header: t("stats.rows.number"), key: "number" },
                  { header: t("stats.category"), key: "category" },
                  { header: t("stats.level"), key: "level" },
                  { header: t("stats.rows.status"), key: "status" },
                  { header: t("stats.rows.closedAt"), key: "closedAt" },
                ],
                rows: rows.map((w) => ({
                  raisedAt: new Date(w.raisedAt),
                  student: w.person?.name ?? null,
                  number: w.person?.number ?? null,
                  category: label("WarningCategory", w.category),
                  level: label("WarningLevel", w.level),
                  status: label("WarningStatus", w.status),
                  closedAt: w.closedAt ? new Date(w.closedAt) : null,
                })),
              })}
            />
          </div>
          {rows.length === 0 ? (
            <EmptyText data-state="empty">{t("stats.rows.none")}</EmptyText>
          ) : (
            <DataTable
              rowKey="id"
              columns={columns}
              dataSource={rows}
              onRow={(w) => dataAttributes({ "data-warning": w.id })}
            />
          )}
          <Space className="rows-pager" data-print="hide">
            <Button
              disabled={cursors.length <= 1}
              onClick={() => setCursors((c) => c.slice(0, -1))}
            >
              {t("stats.rows.previous")}
            </Button>
            <Button
              disabled={!connection.pageInfo.hasNextPage}
              onClick={() => {
                const end = connection.pageInfo.endCursor;
                if (end) setCursors((c) => [...c, end]);
              }}
            >
              {t("stats.rows.next")}
            </Button>
          </Space>
        </>
      )}
    </div>
  );
}
