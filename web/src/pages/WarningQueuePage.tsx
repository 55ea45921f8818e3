import { NetworkStatus, useQuery } from "@apollo/client";
import { Checkbox, Form, Menu, Select } from "antd";
import { mayOfferActions } from "../auth/roles";
import { useSession } from "../auth/useSession";
import { BulkAdvance } from "../warnings/BulkAdvance";
import { BulkAssign } from "../warnings/BulkAssign";
import { useId, useState } from "react";
import { graphql } from "../generated";
import type {
  WarningCategory,
  WarningFilter,
  WarningLevel,
  WarningOrder,
} from "../generated/graphql";
import { ExportButton } from "../export/ExportButton";
import { campusDateStamp } from "../export/xlsx";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { useNavigate, useSearchParams } from "react-router";
import { Link, paths } from "../router";
import { WarningPanel } from "../warnings/WarningPanel";
import { WarningCard, useWarningColumns, type WarningRowWarning } from "../warnings/WarningRow";
import { ALL_STATUSES, OPEN_STATUSES } from "../warnings/statuses";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { Counter, DataTable, dataAttributes, useNarrow } from "../ui/layout";
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

/** A filter of the queue: a labelled select whose value lives in the address. */
function FilterSelect({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = `queue-filter-${name}`;
  return (
    <Form.Item label={label} htmlFor={id} className="filters__field">
      <Select
        id={id}
        className="filters__select"
        data-filter={name}
        value={value}
        options={options}
        popupMatchSelectWidth={false}
        onChange={onChange}
      />
    </Form.Item>
  );
}

export function WarningQueuePage() {
  const { t, label } = useI18n();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const query = readQuery(search);
  const [expanded, setExpanded] = useState<string | null>(null);
  // 批量分派: the rows selected for one assignment (offered to staff; the server decides each).
  const session = useSession();
  const me = session?.user.personId ?? null;
  const selectable = mayOfferActions(session?.user.roles ?? []);
  const [selected, setSelected] = useState<string[]>([]);
  const toggleSelected = (id: string, on: boolean) =>
    setSelected((now) => (on ? [...new Set([...now, id])] : now.filter((x) => x !== id)));
  const baseId = useId();
  const narrow = useNarrow();
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
  const counter = (key: MessageKey, value: number | undefined, name: string, href?: string) => (
    <Counter name={name} value={value ?? t("app.none")} label={t(key)} href={href} />
  );
  const panelId = (id: string) => `${baseId}-panel-${id}`;
  const toggle = (id: string) => setExpanded(expanded === id ? null : id);
  const columns = useWarningColumns((id) => expanded === id, toggle, panelId);
  const any = t("queue.filter.any");

  return (
    <>
      <PageHeading>{t("queue.title")}</PageHeading>
      <p className="page-intro">{t("queue.intro")}</p>

      <section aria-label={t("queue.summary")} className="counters-wrap">
        {summaryForbidden && !counters ? (
          <p className="restricted" data-restricted="true">
            {t("home.forbidden.queue")}
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
        <Menu
          mode="horizontal"
          className="tabs__menu"
          selectedKeys={[query.view]}
          items={VIEWS.map(({ view, key }) => ({
            key: view,
            label: (
              <Link
                to={withParam("view", view === "all" ? null : view)}
                aria-current={query.view === view ? "page" : undefined}
                data-view={view}
              >
                {t(key)}
              </Link>
            ),
          }))}
        />
      </nav>

      <Form
        className="filters"
        layout={narrow ? "vertical" : "inline"}
        aria-label={t("queue.filters")}
        onFinish={() => undefined}
      >
        <FilterSelect
          name="status"
          label={t("warnings.status")}
          value={query.status ?? ""}
          onChange={(v) => setParam("status", v)}
          options={[
            { value: "", label: t("queue.filter.openStatuses") },
            ...ALL_STATUSES.map((s) => ({ value: s, label: label("WarningStatus", s) })),
          ]}
        />
        <FilterSelect
          name="level"
          label={t("warnings.level")}
          value={query.level ?? ""}
          onChange={(v) => setParam("level", v)}
          options={[
            { value: "", label: any },
            ...LEVELS.map((l) => ({ value: l, label: label("WarningLevel", l) })),
          ]}
        />
        <FilterSelect
          name="category"
          label={t("warnings.category")}
          value={query.category ?? ""}
          onChange={(v) => setParam("category", v)}
          options={[
            { value: "", label: any },
            ...CATEGORIES.map((c) => ({ value: c, label: label("WarningCategory", c) })),
          ]}
        />
        <FilterSelect
          name="order"
          label={t("queue.order")}
          value={query.order === "RAISED_AT" ? "raised" : ""}
          onChange={(v) => setParam("order", v)}
          options={[
            { value: "", label: t("queue.order.due") },
            { value: "raised", label: t("queue.order.raised") },
          ]}
        />
      </Form>

      {!connection && loading && <Loading />}
      {!connection && error && <LoadError text={t("queue.error")} retry={refetch} />}
      {connection && (
        <>
          <div className="list-bar">
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
            <ExportButton
              disabled={rows.length === 0}
              spec={() => ({
                fileName: t("caseDashboard.export.queueFile", {
                  date: campusDateStamp(new Date()),
                }),
                sheetName: t("queue.title"),
                // The rows the page shows, in its columns (the panel's summary is not part of them).
                columns: [
                  { header: t("warnings.level"), key: "level" },
                  { header: t("queue.col.student"), key: "student" },
                  { header: t("caseDashboard.col.number"), key: "number" },
                  { header: t("warnings.category"), key: "category" },
                  { header: t("queue.col.stage"), key: "stage" },
                  { header: t("caseDashboard.col.dueAt"), key: "dueAt" },
                  { header: t("caseDashboard.col.overdue"), key: "overdue" },
                  { header: t("queue.col.tier"), key: "tier" },
                  { header: t("queue.col.assignee"), key: "assignee" },
                ],
                rows: rows.map((w) => ({
                  level: label("WarningLevel", w.level),
                  student: w.person?.name ?? t("person.unknown"),
                  number: w.person?.number ?? null,
                  category: label("WarningCategory", w.category),
                  stage: label("WarningStatus", w.status),
                  dueAt: w.dueAt ? new Date(w.dueAt) : null,
                  overdue: w.overdue ? t("caseDashboard.filter.yes") : t("caseDashboard.filter.no"),
                  tier: label("EscalationTier", w.escalationTier),
                  assignee: w.assignee?.name ?? t("queue.unassigned"),
                })),
              })}
            />
          </div>
          {selectable && <BulkAssign selected={selected} me={me} onDone={() => setSelected([])} />}
          {selectable && <BulkAdvance selected={selected} onDone={() => setSelected([])} />}
          {rows.length === 0 ? (
            <EmptyText>{t("queue.empty")}</EmptyText>
          ) : narrow ? (
            <ul className="card-list" aria-label={t("queue.title")}>
              {rows.map((w) => (
                <WarningCard
                  key={w.id}
                  warning={w}
                  expanded={expanded === w.id}
                  onToggle={() => toggle(w.id)}
                  panelId={panelId(w.id)}
                  select={
                    selectable && w.status !== "CLOSED" ? (
                      <Checkbox
                        checked={selected.includes(w.id)}
                        onChange={(e) => toggleSelected(w.id, e.target.checked)}
                        data-select={w.id}
                      >
                        {t("casework.bulk.select")}
                      </Checkbox>
                    ) : undefined
                  }
                >
                  {expanded === w.id && <WarningPanel warning={w} id={panelId(w.id)} />}
                </WarningCard>
              ))}
            </ul>
          ) : (
            <DataTable<WarningRowWarning>
              className="table--queue"
              caption={<span className="visually-hidden">{t("queue.title")}</span>}
              rowKey="id"
              columns={columns}
              dataSource={rows}
              rowSelection={
                selectable
                  ? {
                      selectedRowKeys: selected,
                      onChange: (keys) => setSelected(keys.map(String)),
                      getCheckboxProps: (w) => ({
                        disabled: w.status === "CLOSED",
                        "aria-label": t("casework.bulk.select"),
                      }),
                    }
                  : undefined
              }
              onRow={(w) => dataAttributes({ "data-warning": w.id, "data-status": w.status })}
              rowClassName={(w) =>
                `queue-row${w.overdue ? " queue-row--overdue" : ""}${expanded === w.id ? " is-expanded" : ""}`
              }
              expandable={{
                showExpandColumn: false,
                expandedRowKeys: expanded ? [expanded] : [],
                expandedRowClassName: () => "queue-panel-row",
                expandedRowRender: (w) => <WarningPanel warning={w} id={panelId(w.id)} />,
              }}
            />
          )}
          <LoadMore
            connection={connection}
            loading={loadingMore}
            onLoad={(after) => void fetchMore({ variables: { after } })}
          />
        </>
      )}
    </>
  );
}
