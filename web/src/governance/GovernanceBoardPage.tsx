import { useQuery } from "@apollo/client";
import { Card, Tag } from "antd";
import { graphql } from "../generated";
import type { WorkItemStatus } from "../generated/graphql";
import { ExportButton } from "../export/ExportButton";
import type { XlsxSpec } from "../export/xlsx";
import { useI18n } from "../i18n/I18nProvider";
import type { Translator } from "../i18n";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { LEVEL_KEY, LIST_KEY, STATUS_KEY } from "./governance";
import { NewWorkItemForm, type ParentChoice } from "./NewWorkItemForm";
import "./governance.css";

export const GOVERNANCE_BOARD = graphql(`
  query GovernanceBoard {
    workItems(first: 50, filter: { list: PROBLEM }) {
      totalCount
      edges {
        node {
          ...GovernanceItemRow
          children {
            ...GovernanceItemRow
            children {
              ...GovernanceItemRow
            }
          }
        }
      }
    }
    overdueWorkItems(first: 50) {
      totalCount
      edges {
        node {
          ...GovernanceItemRow
        }
      }
    }
  }
  fragment GovernanceItemRow on WorkItem {
    id
    list
    title
    dueOn
    status
    level
    overdue
    unit {
      id
      name
    }
    inCharge {
      id
      name
    }
  }
`);

type Row = {
  id: string;
  list: keyof typeof LIST_KEY;
  title: string;
  dueOn: string;
  status: WorkItemStatus;
  level: keyof typeof LEVEL_KEY;
  overdue: boolean;
  unit: { name: string };
  inCharge: { name: string } | null;
};
type Tree = Row & { children?: Tree[] };

function statusColor(status: WorkItemStatus, overdue: boolean): string {
  if (overdue) return "red";
  if (status === "DONE") return "green";
  if (status === "CANCELLED") return "default";
  return status === "IN_PROGRESS" ? "blue" : "gold";
}

function ItemLine({ item }: { item: Row }) {
  const { t } = useI18n();
  return (
    <>
      <Tag>{t(LIST_KEY[item.list])}</Tag>
      <Link to={paths.workItem(item.id)}>{item.title}</Link>{" "}
      <Tag color={statusColor(item.status, item.overdue)} data-status={item.status}>
        {item.overdue ? t("governance.overdue") : t(STATUS_KEY[item.status])}
      </Tag>
      <div className="governance__meta">
        {item.unit.name} · {item.inCharge?.name ?? t("person.unknown")} ·{" "}
        {t("governance.field.dueOn")} {item.dueOn} · {t(LEVEL_KEY[item.level])}
      </div>
    </>
  );
}

function TreeList({ items }: { items: readonly Tree[] }) {
  return (
    <ul className="governance__list">
      {items.map((item) => (
        <li key={item.id} data-item={item.id} data-list={item.list}>
          <ItemLine item={item} />
          {item.children && item.children.length > 0 && <TreeList items={item.children} />}
        </li>
      ))}
    </ul>
  );
}

function flatten(items: readonly Tree[]): Tree[] {
  return items.flatMap((item) => [item, ...flatten(item.children ?? [])]);
}

/** The lists as the board shows them, one row per item, problems followed by their measures. */
function exportSpec(items: readonly Tree[], t: Translator["t"]): XlsxSpec {
  return {
    fileName: `${t("governance.title")}-${new Date().toISOString().slice(0, 10)}`,
    sheetName: t("governance.title"),
    columns: [
      { header: t("governance.field.list"), key: "list" },
      { header: t("governance.field.title"), key: "title" },
      { header: t("governance.field.unit"), key: "unit" },
      { header: t("governance.field.inCharge"), key: "inCharge" },
      { header: t("governance.field.dueOn"), key: "dueOn" },
      { header: t("governance.field.status"), key: "status" },
      { header: t("governance.field.level"), key: "level" },
      { header: t("governance.overdue"), key: "overdue" },
    ],
    rows: flatten(items).map((item) => ({
      list: t(LIST_KEY[item.list]),
      title: item.title,
      unit: item.unit.name,
      inCharge: item.inCharge?.name ?? "",
      dueOn: item.dueOn,
      status: t(STATUS_KEY[item.status]),
      level: t(LEVEL_KEY[item.level]),
      overdue: item.overdue ? t("governance.overdue") : "",
    })),
  };
}

/** 三张清单 with the 督办 board: problems, their measures and responsibilities, and what is overdue. */
export function GovernanceBoardPage() {
  const { t } = useI18n();
  useDocumentTitle(t("governance.title"));
  const board = useQuery(GOVERNANCE_BOARD, { errorPolicy: "all" });
  const refetch = () => void board.refetch();
  let body;
  if (board.loading && !board.data) body = <Loading />;
  else if (!board.data) body = <LoadError text={t("governance.failed")} retry={refetch} />;
  else {
    const problems = board.data.workItems.edges.map((e) => e.node) as Tree[];
    const overdue = board.data.overdueWorkItems.edges.map((e) => e.node) as Row[];
    const parents: ParentChoice[] = flatten(problems).filter((i) => i.list !== "RESPONSIBILITY");
    body = (
      <div className="governance__cards">
        <Card
          size="small"
          title={<h2 className="governance__title">{t("governance.overdueBoard")}</h2>}
          data-card="overdue"
          data-total={board.data.overdueWorkItems.totalCount}
        >
          {overdue.length === 0 ? (
            <EmptyText>{t("governance.noOverdue")}</EmptyText>
          ) : (
            <ul className="governance__list">
              {overdue.map((item) => (
                <li key={item.id} data-item={item.id}>
                  <ItemLine item={item} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card
          size="small"
          title={<h2 className="governance__title">{t("governance.lists")}</h2>}
          extra={<ExportButton spec={() => exportSpec(problems, t)} disabled={!problems.length} />}
          data-card="lists"
          data-total={board.data.workItems.totalCount}
        >
          {problems.length === 0 ? (
            <EmptyText>{t("governance.none")}</EmptyText>
          ) : (
            <TreeList items={problems} />
          )}
        </Card>
        <NewWorkItemForm parents={parents} onCreated={refetch} />
      </div>
    );
  }
  return (
    <div className="governance" data-page="governance">
      <PageHeading>{t("governance.title")}</PageHeading>
      <p className="governance__meta">
        {t("governance.intro")} <Link to={paths.meetings()}>{t("governance.meetings.nav")}</Link>
      </p>
      {body}
    </div>
  );
}
