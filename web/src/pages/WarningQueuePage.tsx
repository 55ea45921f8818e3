import { NetworkStatus, useQuery } from "@apollo/client";
import { Fragment, useId, useState } from "react";
import { graphql } from "../generated";
import type {
  WarningCategory,
  WarningFilter,
  WarningLevel,
  WarningOrder,
} from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { useNavigate, useSearchParams } from "react-router";
import { Link, paths } from "../router";
import { WarningPanel } from "../warnings/WarningPanel";
import { WarningRow } from "../warnings/WarningRow";
import { ALL_STATUSES, OPEN_STATUSES } from "../warnings/statuses";
import { PageHeading, useDocumentTitle } from "./PageHeading";

const PAGE_SIZE = 20;

export const WARNING_QUEUE_SUMMARY = graphql(`
  query WarningQueueSummary {
    warningQueueSummary {
      open
      assignedToMe
      overdue
      dueToday
    }
  }
`);

export const WARNING_QUEUE = graphql(`
  query WarningQueue($first: Int!, $after: String, $filter: WarningFilter, $orderBy: WarningOrder) {
    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          ...WarningRow_warning
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The queue's views: everything still open, what is mine, what is late. */
type View = "all" | "mine" | "overdue";
const VIEWS: readonly { view: View; key: MessageKey }[] = [
  { view: "all", key: "queue.view.all" },
  { view: "mine", key: "queue.view.mine" },
  { view: "overdue", key: "queue.view.overdue" },
];
const LEVELS: readonly WarningLevel[] = ["RED", "ORANGE", "YELLOW"];
const CATEGORIES: readonly WarningCategory[] = [
  "ACADEMIC",
  "BEHAVIOUR",
  "MENTAL_HEALTH",
  "FINANCIAL",
  "SAFETY",
];

function oneOf<T extends string>(value: string | null, values: readonly T[]): T | undefined {
  return values.find((v) => v === value);
}

/** The queue's state lives in the address (?view=&status=&level=&category=&order=), so Back restores it. */
function readQuery(search: URLSearchParams) {
  const order: WarningOrder = search.get("order") === "raised" ? "RAISED_AT" : "DUE_AT";
  return {
    view: oneOf(search.get("view"), ["mine", "overdue"] as const) ?? ("all" as View),
    status: oneOf(search.get("status"), ALL_STATUSES),
    level: oneOf(search.get("level"), LEVELS),
    category: oneOf(search.get("category"), CATEGORIES),
    order,
  };
}

export function WarningQueuePage() {
  const { t, label } = useI18n();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const query = readQuery(search);
  const [expanded, setExpanded] = useState<string | null>(null);
  const baseId = useId();
  useDocumentTitle(t("queue.title"));

  const filter: WarningFilter = {
    ...(query.status ? { status: query.status } : { statuses: [...OPEN_STATUSES] }),
    ...(query.level && { level: query.level }),
    ...(query.category && { category: query.category }),
    ...(query.view === "mine" && { assignedToMe: true }),
    ...(query.view === "overdue" && { overdue: true }),
  };

  const summary = useQuery(WARNING_QUEUE_SUMMARY, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(WARNING_QUEUE, {
    variables: { first: PAGE_SIZE, filter, orderBy: query.order },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.warnings;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  /** The address with one setting changed; an empty value removes it. */
  const withParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    return paths.warnings(next);
  };
  const setParam = (name: string, value: string) => {
    void navigate(withParam(name, value || null), { replace: true });
  };

  const counters = summary.data?.warningQueueSummary ?? null;
  const summaryForbidden =
    summary.error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
  const counter = (key: MessageKey, value: number | undefined, name: string, href?: string) => {
    const body = (
      <>
        <span className="counter__value">{value ?? t("app.none")}</span>
        <span className="counter__label">{t(key)}</span>
      </>
    );
    return (
      <li
        className={`counter counter--${name}${value ? " counter--nonzero" : ""}`}
        data-counter={name}
      >
        {href ? (
          <Link to={href} className="counter__link">
            {body}
          </Link>
        ) : (
          <div className="counter__link">{body}</div>
        )}
      </li>
    );
  };

  return (
    <>
      <PageHeading>{t("queue.title")}</PageHeading>
      <p className="page-intro">{t("queue.intro")}</p>

      <section aria-label={t("queue.summary")} className="counters-wrap">
        {summaryForbidden && !counters ? (
          <p className="restricted" data-restricted="true">
            {t("notice.forbidden")}
          </p>
        ) : (
          <ul className="counters">
            {counter("queue.counter.open", counters?.open, "open", withParam("view", null))}
            {counter(
              "queue.counter.assignedToMe",
              counters?.assignedToMe,
              "assignedToMe",
              withParam("view", "mine"),
            )}
            {counter(
              "queue.counter.overdue",
              counters?.overdue,
              "overdue",
              withParam("view", "overdue"),
            )}
            {counter("queue.counter.dueToday", counters?.dueToday, "dueToday")}
          </ul>
        )}
      </section>

      <nav className="tabs" aria-label={t("queue.views")}>
        {VIEWS.map(({ view, key }) => (
          <Link
            key={view}
            to={withParam("view", view === "all" ? null : view)}
            className="tabs__tab"
            aria-current={query.view === view ? "page" : undefined}
            data-view={view}
          >
            {t(key)}
          </Link>
        ))}
      </nav>

      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filters__field">
          <span>{t("warnings.status")}</span>
          <select
            className="select"
            name="status"
            value={query.status ?? ""}
            onChange={(e) => setParam("status", e.target.value)}
          >
            <option value="">{t("queue.filter.openStatuses")}</option>
            {ALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {label("WarningStatus", s)}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>{t("warnings.level")}</span>
          <select
            className="select"
            name="level"
            value={query.level ?? ""}
            onChange={(e) => setParam("level", e.target.value)}
          >
            <option value="">{t("queue.filter.any")}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {label("WarningLevel", l)}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>{t("warnings.category")}</span>
          <select
            className="select"
            name="category"
            value={query.category ?? ""}
            onChange={(e) => setParam("category", e.target.value)}
          >
            <option value="">{t("queue.filter.any")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {label("WarningCategory", c)}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>{t("queue.order")}</span>
          <select
            className="select"
            name="order"
            value={query.order === "RAISED_AT" ? "raised" : ""}
            onChange={(e) => setParam("order", e.target.value)}
          >
            <option value="">{t("queue.order.due")}</option>
            <option value="raised">{t("queue.order.raised")}</option>
          </select>
        </label>
      </form>

      {!connection && loading && (
        <p className="loading" role="status">
          {t("app.loading")}
        </p>
      )}
      {!connection && error && (
        <div className="error-box" role="alert">
          <p>{t("queue.error")}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t("app.retry")}
          </button>
        </div>
      )}
      {connection && (
        <>
          <p
            className="result-count"
            role="status"
            aria-live="polite"
            data-total={connection.totalCount}
          >
            {t("queue.count", { count: connection.totalCount })}
            {rows.length < connection.totalCount && (
              <span className="result-count__shown">
                {" "}
                · {t("list.showing", { shown: rows.length, count: connection.totalCount })}
              </span>
            )}
          </p>
          {rows.length === 0 ? (
            <p className="empty">{t("queue.empty")}</p>
          ) : (
            <div className="table-wrap">
              <table className="table table--queue">
                <caption className="visually-hidden">{t("queue.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("warnings.level")}</th>
                    <th scope="col">{t("queue.col.student")}</th>
                    <th scope="col">{t("warnings.category")}</th>
                    <th scope="col">{t("queue.col.stage")}</th>
                    <th scope="col">{t("queue.col.due")}</th>
                    <th scope="col">{t("queue.col.tier")}</th>
                    <th scope="col">{t("queue.col.assignee")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("queue.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((w) => {
                    const panelId = `${baseId}-panel-${w.id}`;
                    const open = expanded === w.id;
                    return (
                      <Fragment key={w.id}>
                        <WarningRow
                          warning={w}
                          expanded={open}
                          panelId={panelId}
                          onToggle={() => setExpanded(open ? null : w.id)}
                        />
                        {open && (
                          <tr className="queue-panel-row">
                            <td colSpan={8}>
                              <WarningPanel warning={w} id={panelId} />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {connection.pageInfo.hasNextPage && (
            <p className="load-more">
              <button
                type="button"
                className="button"
                disabled={loadingMore}
                aria-busy={loadingMore}
                onClick={() =>
                  connection.pageInfo.endCursor &&
                  void fetchMore({ variables: { after: connection.pageInfo.endCursor } })
                }
              >
                {loadingMore ? t("list.loadingMore") : t("list.loadMore")}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
