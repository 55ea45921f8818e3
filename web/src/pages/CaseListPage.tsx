import { NetworkStatus, useQuery } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { Menu, Tag } from "antd";
import {
  caseFilterOf,
  casesHref,
  hasListFilters,
  readCaseListQuery,
  type CaseListQuery,
} from "../cases/caseListQuery";
import { ExportButton } from "../export/ExportButton";
import { campusDateStamp } from "../export/xlsx";
import { graphql } from "../generated";
import type { EscalationTier } from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";
import { useSearchParams } from "react-router";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { DataTable, dataAttributes } from "../ui/layout";
import { StatusTag, caseStatusTone } from "../ui/tags";
import { PageHeading, useDocumentTitle } from "./PageHeading";
import { PersonName } from "./PersonName";

const PAGE_SIZE = 20;

export const ASSISTANCE_CASES = graphql(`
  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCaseFilter) {
    assistanceCases(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          kind
          source
          openedAt
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
  }
`);

/** 督办: open measures past their due date, across the cases the caller may see. */
export const OVERDUE_MEASURES = graphql(`
  query OverdueMeasures($first: Int!, $after: String, $filter: OverdueMeasureFilter) {
    overdueMeasures(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          ...CaseMeasure_measure
          escalations {
            tier
            dueOn
            at
          }
          case {
            id
            person {
              id
              name
              number
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type CaseRow = ResultOf<typeof ASSISTANCE_CASES>["assistanceCases"]["edges"][number]["node"];

type OverdueMeasureRow = ResultOf<
  typeof OVERDUE_MEASURES
>["overdueMeasures"]["edges"][number]["node"];

const TIER_RANK: Record<EscalationTier, number> = { COUNSELOR: 0, COLLEGE: 1, UNIVERSITY: 2 };

/** The highest tier the measure has reached for its current due date; null before the first escalation run. */
function currentTier(m: OverdueMeasureRow): EscalationTier | null {
  let tier: EscalationTier | null = null;
  for (const e of m.escalations)
    if (e.dueOn === m.dueOn && (tier === null || TIER_RANK[e.tier] > TIER_RANK[tier]))
      tier = e.tier;
  return tier;
}

function TierCell({ tier }: { tier: EscalationTier | null }) {
  const { t, label } = useI18n();
  if (!tier) return <>{t("app.none")}</>;
  return (
    <span className="tier tier--escalated" data-tier={tier}>
      {label("EscalationTier", tier)}
    </span>
  );
}

function OverdueBoard({ tier }: { tier?: EscalationTier }) {
  const { t, label, localDate } = useI18n();
  const { data, error, loading, networkStatus, fetchMore } = useQuery(OVERDUE_MEASURES, {
    variables: { first: PAGE_SIZE, filter: tier ? { tier } : {} },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.overdueMeasures;
  const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
  return (
    <section className="board" aria-labelledby="overdue-heading" data-section="overdue-board">
      <h2 id="overdue-heading" className="board__title">
        {t("cases.overdue.title")}
      </h2>
      <p className="section-note">{t("cases.overdue.intro")}</p>
      {tier && (
        <p className="list-filters" data-filters="overdue">
          <Tag data-filter-tier={tier}>
            {t("caseDashboard.filter.tier", { tier: label("EscalationTier", tier) })}
          </Tag>
          <Link to={paths.cases()}>{t("caseDashboard.filter.clear")}</Link>
        </p>
      )}
      {!connection && loading && <Loading />}
      {!connection && error && (
        <LoadError text={t(forbidden ? "home.forbidden.overdue" : "cases.overdue.error")} />
      )}
      {connection && connection.edges.length === 0 && (
        <EmptyText>{t("cases.overdue.none")}</EmptyText>
      )}
      {connection && connection.edges.length > 0 && (
        <>
          <div className="list-bar">
            <p className="result-count" data-total={connection.totalCount}>
              {t("cases.overdue.count", { count: connection.totalCount })}
            </p>
            <ExportButton
              label={t("caseDashboard.export.overdue")}
              spec={() => ({
                fileName: t("caseDashboard.export.overdueFile", {
                  date: campusDateStamp(new Date()),
                }),
                sheetName: t("cases.overdue.title"),
                columns: [
                  { header: t("queue.col.student"), key: "student" },
                  { header: t("caseDashboard.col.number"), key: "number" },
                  { header: t("case.plan.measure"), key: "measure" },
                  { header: t("case.plan.responsible"), key: "responsible" },
                  { header: t("case.plan.dueOn"), key: "dueOn" },
                  { header: t("case.plan.status"), key: "status" },
                  { header: t("cases.overdue.tier"), key: "tier" },
                ],
                rows: connection.edges.map(({ node: m }) => {
                  const reached = currentTier(m);
                  return {
                    student: m.case.person?.name ?? t("person.unknown"),
                    number: m.case.person?.number ?? null,
                    measure: m.description,
                    responsible: m.responsible?.name ?? t("person.unknown"),
                    dueOn: m.dueOn,
                    status: label("MeasureStatus", m.status),
                    tier: reached ? label("EscalationTier", reached) : t("app.none"),
                  };
                }),
              })}
            />
          </div>
          <DataTable<OverdueMeasureRow>
            className="table--overdue"
            caption={<span className="visually-hidden">{t("cases.overdue.title")}</span>}
            rowKey="id"
            dataSource={connection.edges.map((e) => e.node)}
            rowClassName={() => "measure--overdue"}
            onRow={(m) => dataAttributes({ "data-measure": m.id })}
            columns={[
              {
                key: "student",
                title: t("queue.col.student"),
                rowScope: "row",
                render: (_, m) => (
                  <PersonName person={m.case.person} href={paths.assistanceCase(m.case.id)} />
                ),
              },
              { key: "measure", title: t("case.plan.measure"), dataIndex: "description" },
              {
                key: "responsible",
                title: t("case.plan.responsible"),
                render: (_, m) => m.responsible?.name ?? t("person.unknown"),
              },
              {
                key: "dueOn",
                title: t("case.plan.dueOn"),
                render: (_, m) => <span className="due due--overdue">{localDate(m.dueOn)}</span>,
              },
              {
                key: "status",
                title: t("case.plan.status"),
                render: (_, m) => label("MeasureStatus", m.status),
              },
              {
                key: "tier",
                title: t("cases.overdue.tier"),
                render: (_, m) => <TierCell tier={currentTier(m)} />,
              },
            ]}
          />
          <LoadMore
            connection={connection}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoad={(after) => void fetchMore({ variables: { after } })}
          />
        </>
      )}
    </section>
  );
}

/** The filters the address sets on the case list, as tags, and a way back to the whole list. */
function ListFilters({ query }: { query: CaseListQuery }) {
  const { t, label, localDate } = useI18n();
  const yesNo = (value: boolean) =>
    t(value ? "caseDashboard.filter.yes" : "caseDashboard.filter.no");
  const lastDay = (before: string) => {
    const date = new Date(`${before}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 1);
    return localDate(date.toISOString().slice(0, 10));
  };
  const tags = [
    query.openedFrom && t("caseDashboard.filter.openedFrom", { day: localDate(query.openedFrom) }),
    query.openedBefore && t("caseDashboard.filter.openedTo", { day: lastDay(query.openedBefore) }),
    query.kind && `${t("case.kind")}${t("app.colon")}${label("CaseKind", query.kind)}`,
    query.status &&
      `${t("case.status")}${t("app.colon")}${label("AssistanceCaseStatus", query.status)}`,
    query.grade &&
      `${t("caseDashboard.grade")}${t("app.colon")}${label("DifficultyGrade", query.grade)}`,
    query.graded !== undefined &&
      `${t("caseDashboard.figure.graded")}${t("app.colon")}${yesNo(query.graded)}`,
    query.reachedAssisting !== undefined &&
      `${t("caseDashboard.figure.assisted")}${t("app.colon")}${yesNo(query.reachedAssisting)}`,
  ].filter((tag): tag is string => typeof tag === "string");
  return (
    <p className="list-filters" data-filters="cases">
      {tags.map((tag) => (
        <Tag key={tag}>{tag}</Tag>
      ))}
      <Link to={casesHref({ mine: query.mine })}>{t("caseDashboard.filter.clear")}</Link>
    </p>
  );
}

/** 帮扶个案: the caller's visible cases (all, or only those they work on) and the overdue board. */
export function CaseListPage() {
  const { t, label, dateTime } = useI18n();
  const [search] = useSearchParams();
  const query = readCaseListQuery(search);
  const mine = query.mine === true;
  useDocumentTitle(t("cases.title"));
  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(ASSISTANCE_CASES, {
    variables: { first: PAGE_SIZE, filter: caseFilterOf(query) },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.assistanceCases;

  return (
    <>
      <PageHeading>{t("cases.title")}</PageHeading>
      <OverdueBoard tier={query.tier} />
      <section className="board" aria-labelledby="cases-heading" data-section="cases">
        <h2 id="cases-heading" className="board__title">
          {t("cases.list.title")}
        </h2>
        <nav className="tabs" aria-label={t("cases.list.views")}>
          <Menu
            mode="horizontal"
            className="tabs__menu"
            selectedKeys={[mine ? "mine" : "all"]}
            items={[
              {
                key: "all",
                label: (
                  <Link to={paths.cases()} aria-current={!mine ? "page" : undefined}>
                    {t("cases.list.all")}
                  </Link>
                ),
              },
              {
                key: "mine",
                label: (
                  <Link to={`${paths.cases()}?mine=1`} aria-current={mine ? "page" : undefined}>
                    {t("cases.list.mine")}
                  </Link>
                ),
              },
            ]}
          />
        </nav>
        {hasListFilters(query) && <ListFilters query={query} />}
        {!connection && loading && <Loading />}
        {!connection && error && <LoadError text={t("cases.list.error")} retry={refetch} />}
        {connection && connection.edges.length === 0 && (
          <EmptyText>{t("cases.list.none")}</EmptyText>
        )}
        {connection && connection.edges.length > 0 && (
          <>
            <div className="list-bar">
              <p className="result-count" data-total={connection.totalCount}>
                {t("cases.list.count", { count: connection.totalCount })}
              </p>
              <ExportButton
                spec={() => ({
                  fileName: t("caseDashboard.export.casesFile", {
                    date: campusDateStamp(new Date()),
                  }),
                  sheetName: t("cases.list.title"),
                  columns: [
                    { header: t("queue.col.student"), key: "student" },
                    { header: t("caseDashboard.col.number"), key: "number" },
                    { header: t("case.status"), key: "status" },
                    { header: t("case.kind"), key: "kind" },
                    { header: t("case.source"), key: "source" },
                    { header: t("case.opened"), key: "opened" },
                  ],
                  rows: connection.edges.map(({ node: c }) => ({
                    student: c.person?.name ?? t("person.unknown"),
                    number: c.person?.number ?? null,
                    status: label("AssistanceCaseStatus", c.status),
                    kind: label("CaseKind", c.kind),
                    source: label("CaseSource", c.source),
                    opened: new Date(c.openedAt),
                  })),
                })}
              />
            </div>
            <DataTable<CaseRow>
              className="table--cases"
              caption={<span className="visually-hidden">{t("cases.list.title")}</span>}
              rowKey="id"
              dataSource={connection.edges.map((e) => e.node)}
              onRow={(c) => dataAttributes({ "data-case": c.id })}
              columns={[
                {
                  key: "student",
                  title: t("queue.col.student"),
                  rowScope: "row",
                  render: (_, c) => (
                    <PersonName person={c.person} href={paths.assistanceCase(c.id)} />
                  ),
                },
                {
                  key: "status",
                  title: t("case.status"),
                  render: (_, c) => (
                    <StatusTag tone={caseStatusTone(c.status)}>
                      {label("AssistanceCaseStatus", c.status)}
                    </StatusTag>
                  ),
                },
                { key: "kind", title: t("case.kind"), render: (_, c) => label("CaseKind", c.kind) },
                {
                  key: "source",
                  title: t("case.source"),
                  render: (_, c) => label("CaseSource", c.source),
                },
                { key: "opened", title: t("case.opened"), render: (_, c) => dateTime(c.openedAt) },
              ]}
            />
            <LoadMore
              connection={connection}
              loading={networkStatus === NetworkStatus.fetchMore}
              onLoad={(after) => void fetchMore({ variables: { after } })}
            />
          </>
        )}
      </section>
    </>
  );
}
