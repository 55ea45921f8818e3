import { NetworkStatus, useQuery } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";
import type { EscalationTier } from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";
import { useSearchParams } from "react-router";
import { Link, paths } from "../router";
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
  query OverdueMeasures($first: Int!, $after: String) {
    overdueMeasures(first: $first, after: $after) {
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

function LoadMore({
  connection,
  loadingMore,
  onLoad,
}: {
  connection: { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  loadingMore: boolean;
  onLoad: (after: string) => void;
}) {
  const { t } = useI18n();
  if (!connection.pageInfo.hasNextPage) return null;
  return (
    <p className="load-more">
      <button
        type="button"
        className="button"
        disabled={loadingMore}
        aria-busy={loadingMore}
        onClick={() => connection.pageInfo.endCursor && onLoad(connection.pageInfo.endCursor)}
      >
        {loadingMore ? t("list.loadingMore") : t("list.loadMore")}
      </button>
    </p>
  );
}

function OverdueBoard() {
  const { t, label, localDate } = useI18n();
  const { data, error, loading, networkStatus, fetchMore } = useQuery(OVERDUE_MEASURES, {
    variables: { first: PAGE_SIZE },
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
      {!connection && loading && (
        <p className="loading" role="status">
          {t("app.loading")}
        </p>
      )}
      {!connection && error && (
        <p className="error-box" role="alert">
          {t(forbidden ? "notice.forbidden" : "cases.overdue.error")}
        </p>
      )}
      {connection && connection.edges.length === 0 && (
        <p className="empty">{t("cases.overdue.none")}</p>
      )}
      {connection && connection.edges.length > 0 && (
        <>
          <p className="result-count" data-total={connection.totalCount}>
            {t("cases.overdue.count", { count: connection.totalCount })}
          </p>
          <div className="table-wrap">
            <table className="table table--overdue">
              <caption className="visually-hidden">{t("cases.overdue.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("queue.col.student")}</th>
                  <th scope="col">{t("case.plan.measure")}</th>
                  <th scope="col">{t("case.plan.responsible")}</th>
                  <th scope="col">{t("case.plan.dueOn")}</th>
                  <th scope="col">{t("case.plan.status")}</th>
                  <th scope="col">{t("cases.overdue.tier")}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node: m }) => (
                  <tr key={m.id} className="measure--overdue" data-measure={m.id}>
                    <th scope="row">
                      <PersonName person={m.case.person} href={paths.assistanceCase(m.case.id)} />
                    </th>
                    <td>{m.description}</td>
                    <td>{m.responsible?.name ?? t("person.unknown")}</td>
                    <td>
                      <span className="due due--overdue">{localDate(m.dueOn)}</span>
                    </td>
                    <td>{label("MeasureStatus", m.status)}</td>
                    <td>
                      <TierCell tier={currentTier(m)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore
            connection={connection}
            loadingMore={networkStatus === NetworkStatus.fetchMore}
            onLoad={(after) => void fetchMore({ variables: { after } })}
          />
        </>
      )}
    </section>
  );
}

/** 帮扶个案: the caller's visible cases (all, or only those they work on) and the overdue board. */
export function CaseListPage() {
  const { t, label, dateTime } = useI18n();
  const [search] = useSearchParams();
  const mine = search.get("mine") === "1";
  useDocumentTitle(t("cases.title"));
  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(ASSISTANCE_CASES, {
    variables: { first: PAGE_SIZE, filter: mine ? { mine: true } : {} },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.assistanceCases;

  return (
    <>
      <PageHeading>{t("cases.title")}</PageHeading>
      <OverdueBoard />
      <section className="board" aria-labelledby="cases-heading" data-section="cases">
        <h2 id="cases-heading" className="board__title">
          {t("cases.list.title")}
        </h2>
        <nav className="tabs" aria-label={t("cases.list.views")}>
          <Link to={paths.cases()} className="tabs__tab" aria-current={!mine ? "page" : undefined}>
            {t("cases.list.all")}
          </Link>
          <Link
            to={`${paths.cases()}?mine=1`}
            className="tabs__tab"
            aria-current={mine ? "page" : undefined}
          >
            {t("cases.list.mine")}
          </Link>
        </nav>
        {!connection && loading && (
          <p className="loading" role="status">
            {t("app.loading")}
          </p>
        )}
        {!connection && error && (
          <div className="error-box" role="alert">
            <p>{t("cases.list.error")}</p>
            <button type="button" className="button" onClick={() => void refetch()}>
              {t("app.retry")}
            </button>
          </div>
        )}
        {connection && connection.edges.length === 0 && (
          <p className="empty">{t("cases.list.none")}</p>
        )}
        {connection && connection.edges.length > 0 && (
          <>
            <p className="result-count" data-total={connection.totalCount}>
              {t("cases.list.count", { count: connection.totalCount })}
            </p>
            <div className="table-wrap">
              <table className="table table--cases">
                <caption className="visually-hidden">{t("cases.list.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("queue.col.student")}</th>
                    <th scope="col">{t("case.status")}</th>
                    <th scope="col">{t("case.kind")}</th>
                    <th scope="col">{t("case.source")}</th>
                    <th scope="col">{t("case.opened")}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node: c }) => (
                    <tr key={c.id} data-case={c.id}>
                      <th scope="row">
                        <PersonName person={c.person} href={paths.assistanceCase(c.id)} />
                      </th>
                      <td>
                        <span className={`status status--case-${c.status.toLowerCase()}`}>
                          {label("AssistanceCaseStatus", c.status)}
                        </span>
                      </td>
                      <td>{label("CaseKind", c.kind)}</td>
                      <td>{label("CaseSource", c.source)}</td>
                      <td>{dateTime(c.openedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <LoadMore
              connection={connection}
              loadingMore={networkStatus === NetworkStatus.fetchMore}
              onLoad={(after) => void fetchMore({ variables: { after } })}
            />
          </>
        )}
      </section>
    </>
  );
}
