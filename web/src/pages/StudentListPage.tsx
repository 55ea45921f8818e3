import { NetworkStatus, useQuery } from "@apollo/client";
import { SearchOutlined } from "@ant-design/icons";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { Alert, Card, Form, Input, type TableColumnsType } from "antd";
import { useEffect, useId, useState } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { PeopleFilter } from "../generated/graphql";
import { MAX_SEARCH_LENGTH } from "../graphql/limits";
import { ExportButton } from "../export/ExportButton";
import { campusDateStamp } from "../export/xlsx";
import { useI18n } from "../i18n/I18nProvider";
import { useNavigate, useSearchParams } from "react-router";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { DataTable, useNarrow } from "../ui/layout";
import { PageHeading, useDocumentTitle } from "./PageHeading";

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

export const STUDENT_LIST = graphql(`
  query StudentList($first: Int!, $after: String, $filter: PeopleFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          number
          cohort
          degreeLevel
          politicalStatus
          school {
            id
            name
          }
          college {
            id
            name
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

type StudentRow = ResultOf<typeof STUDENT_LIST>["people"]["edges"][number]["node"];

export function StudentListPage() {
  const { t, label } = useI18n();
  const session = useSession();
  // The server lists a student only themselves (no campus directory); say so rather than look broken.
  const selfOnly =
    !!session &&
    session.user.roles.length > 0 &&
    session.user.roles.every((role) => role === "student");
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const search = (searchParams.get("q") ?? "").trim();
  const [text, setText] = useState(search);
  // The address changed from outside the box (a nav link, Back): show that search in the box.
  const [shownSearch, setShownSearch] = useState(search);
  if (search !== shownSearch) {
    setShownSearch(search);
    if (text.trim() !== search) setText(search);
  }
  const inputId = useId();
  const hintId = useId();
  const narrow = useNarrow();
  useDocumentTitle(t("list.title"));

  // Typing searches after a short pause; the search lives in the address (?q=) so Back restores it.
  useEffect(() => {
    const next = text.trim();
    if (next === search) return;
    const timer = setTimeout(
      () => void navigate(paths.students(next), { replace: true }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [text, search, navigate]);

  const filter: PeopleFilter = search ? { kind: "STUDENT", search } : { kind: "STUDENT" };
  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(STUDENT_LIST, {
    variables: { first: PAGE_SIZE, filter },
    errorPolicy: "all",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.people;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const submit = () => {
    void navigate(paths.students(text.trim()), { replace: true });
  };

  const loadMore = (after: string) => void fetchMore({ variables: { after } });

  const columns: TableColumnsType<StudentRow> = [
    {
      key: "name",
      title: t("list.col.name"),
      rowScope: "row",
      render: (_, p) => (
        <Link to={paths.person(p.id)} className="person-link">
          {p.name}
        </Link>
      ),
    },
    {
      key: "number",
      title: t("list.col.number"),
      className: "mono",
      render: (_, p) => p.number,
    },
    { key: "cohort", title: t("list.col.cohort"), render: (_, p) => p.cohort ?? t("app.none") },
    {
      key: "degreeLevel",
      title: t("list.col.degreeLevel"),
      render: (_, p) => label("DegreeLevel", p.degreeLevel),
    },
    {
      key: "school",
      title: t("list.col.school"),
      render: (_, p) => p.school?.name ?? t("app.none"),
    },
    {
      key: "college",
      title: t("list.col.college"),
      render: (_, p) => p.college?.name ?? t("app.none"),
    },
    {
      key: "politicalStatus",
      title: t("list.col.politicalStatus"),
      render: (_, p) => label("PoliticalStatus", p.politicalStatus),
    },
  ];

  return (
    <>
      <PageHeading>{t("list.title")}</PageHeading>
      {selfOnly && (
        <Alert
          className="hint"
          type="info"
          showIcon
          data-self-only="true"
          title={t("list.selfOnly")}
        />
      )}
      <Form className="search" role="search" layout="vertical" onFinish={submit}>
        <Form.Item
          label={t("list.searchLabel")}
          htmlFor={inputId}
          extra={
            <span id={hintId} className="search__hint">
              {t("list.searchHint")}
            </span>
          }
          className="search__field"
        >
          <Input
            id={inputId}
            type="search"
            name="q"
            value={text}
            placeholder={t("list.searchPlaceholder")}
            aria-describedby={hintId}
            autoComplete="off"
            maxLength={MAX_SEARCH_LENGTH}
            spellCheck={false}
            allowClear
            prefix={<SearchOutlined aria-hidden="true" />}
            onChange={(e) => setText(e.target.value)}
          />
        </Form.Item>
      </Form>

      {!connection && loading && <Loading />}
      {!connection && error && <LoadError text={t("list.error")} retry={refetch} />}

      {connection && (
        <>
          <div className="list-bar">
            <p className="result-count" role="status" aria-live="polite">
              {t("list.count", { count: connection.totalCount })}
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
                fileName: t("caseDashboard.export.studentsFile", {
                  date: campusDateStamp(new Date()),
                }),
                sheetName: t("list.title"),
                // The table's columns, each value as the table shows it.
                columns: [
                  { header: t("list.col.name"), key: "name" },
                  { header: t("list.col.number"), key: "number" },
                  { header: t("list.col.cohort"), key: "cohort" },
                  { header: t("list.col.degreeLevel"), key: "degreeLevel" },
                  { header: t("list.col.school"), key: "school" },
                  { header: t("list.col.college"), key: "college" },
                  { header: t("list.col.politicalStatus"), key: "politicalStatus" },
                ],
                rows: rows.map((p) => ({
                  name: p.name,
                  number: p.number,
                  cohort: p.cohort ?? t("app.none"),
                  degreeLevel: label("DegreeLevel", p.degreeLevel),
                  school: p.school?.name ?? t("app.none"),
                  college: p.college?.name ?? t("app.none"),
                  politicalStatus: label("PoliticalStatus", p.politicalStatus),
                })),
              })}
            />
          </div>
          {rows.length === 0 ? (
            <EmptyText>{t("list.empty")}</EmptyText>
          ) : narrow ? (
            <ul className="card-list" aria-label={t("list.title")}>
              {rows.map((p) => (
                <li key={p.id}>
                  <Card size="small" className="student-card">
                    <Link to={paths.person(p.id)} className="person-link">
                      {p.name}
                    </Link>{" "}
                    <span className="mono muted">{p.number}</span>
                    <p className="student-card__meta">
                      {[
                        p.cohort === null ? null : t("identity.cohortValue", { cohort: p.cohort }),
                        p.degreeLevel && label("DegreeLevel", p.degreeLevel),
                        p.school?.name,
                        p.college?.name,
                        label("PoliticalStatus", p.politicalStatus),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </Card>
                </li>
              ))}
            </ul>
          ) : (
            <DataTable<StudentRow>
              className="table--students"
              caption={<span className="visually-hidden">{t("list.title")}</span>}
              rowKey="id"
              columns={columns}
              dataSource={rows}
            />
          )}
          <LoadMore connection={connection} loading={loadingMore} onLoad={loadMore} />
        </>
      )}
    </>
  );
}
