import { NetworkStatus, useQuery } from "@apollo/client";
import { useEffect, useId, useState, type FormEvent } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { PeopleFilter } from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";
import { useNavigate, useSearchParams } from "react-router";
import { Link, paths } from "../router";
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(paths.students(text.trim()), { replace: true });
  };

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  };

  return (
    <>
      <PageHeading>{t("list.title")}</PageHeading>
      {selfOnly && (
        <p className="hint" data-self-only="true">
          {t("list.selfOnly")}
        </p>
      )}
      <form className="search" role="search" onSubmit={submit}>
        <label htmlFor={inputId} className="search__label">
          {t("list.searchLabel")}
        </label>
        <input
          id={inputId}
          className="search__input"
          type="search"
          name="q"
          value={text}
          placeholder={t("list.searchPlaceholder")}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
        <span id={hintId} className="search__hint">
          {t("list.searchHint")}
        </span>
      </form>

      {!connection && loading && (
        <p className="loading" role="status">
          {t("app.loading")}
        </p>
      )}
      {!connection && error && (
        <div className="error-box" role="alert">
          <p>{t("list.error")}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t("app.retry")}
          </button>
        </div>
      )}

      {connection && (
        <>
          <p className="result-count" role="status" aria-live="polite">
            {t("list.count", { count: connection.totalCount })}
            {rows.length < connection.totalCount && (
              <span className="result-count__shown">
                {" "}
                · {t("list.showing", { shown: rows.length, count: connection.totalCount })}
              </span>
            )}
          </p>
          {rows.length === 0 ? (
            <p className="empty">{t("list.empty")}</p>
          ) : (
            <div className="table-wrap">
              <table className="table table--students">
                <caption className="visually-hidden">{t("list.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("list.col.name")}</th>
                    <th scope="col">{t("list.col.number")}</th>
                    <th scope="col">{t("list.col.cohort")}</th>
                    <th scope="col">{t("list.col.degreeLevel")}</th>
                    <th scope="col">{t("list.col.school")}</th>
                    <th scope="col">{t("list.col.college")}</th>
                    <th scope="col">{t("list.col.politicalStatus")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        <Link to={paths.person(p.id)} className="person-link">
                          {p.name}
                        </Link>
                      </th>
                      <td className="mono">{p.number}</td>
                      <td>{p.cohort ?? t("app.none")}</td>
                      <td>{label("DegreeLevel", p.degreeLevel)}</td>
                      <td>{p.school?.name ?? t("app.none")}</td>
                      <td>{p.college?.name ?? t("app.none")}</td>
                      <td>{label("PoliticalStatus", p.politicalStatus)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {connection.pageInfo.hasNextPage && (
            <p className="load-more">
              <button
                type="button"
                className="button"
                onClick={loadMore}
                disabled={loadingMore}
                aria-busy={loadingMore}
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
