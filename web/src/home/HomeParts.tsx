import type { GraphQLFormattedError } from "graphql";
import type { ApolloError } from "@apollo/client";
import { Alert, Tag } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { LevelTag, StatusTag, warningStatusTone } from "../ui/tags";

/** Whether the server refused (FORBIDDEN) what was asked. */
export function refused(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return (errors ?? []).some((e) => e.extensions?.code === "FORBIDDEN");
}

/**
 * A home card's body while its answer is not usable: loading, the server's refusal in the card's
 * own words (`forbidden`), or a failure with a retry. Null when there is something to show.
 */
export function CardState({
  loading,
  error,
  hasData,
  forbidden,
  failed,
  retry,
}: {
  loading: boolean;
  error: ApolloError | undefined;
  hasData: boolean;
  forbidden: string;
  failed: string;
  retry?: () => unknown;
}) {
  if (hasData) return null;
  if (loading) return <Loading />;
  if (refused(error?.graphQLErrors)) return <Refusal text={forbidden} />;
  if (error) return <LoadError text={failed} retry={retry} />;
  return null;
}

/** The server said no: what this page or card cannot show, said in its own words. */
export function Refusal({ text, detail }: { text: string; detail?: ReactNode }) {
  return (
    <Alert
      className="notice"
      type="info"
      showIcon
      data-notice="forbidden"
      title={text}
      description={detail}
    />
  );
}

/** A short list of people, each a link to their profile. */
export function PeopleList({
  people,
  empty,
  name = "people",
}: {
  people: readonly { id: string; name: string; extra?: ReactNode }[];
  empty: string;
  name?: string;
}) {
  if (people.length === 0) return <EmptyText>{empty}</EmptyText>;
  return (
    <ul className="home-list" data-list={name}>
      {people.map((p) => (
        <li key={p.id} data-person={p.id}>
          <Link to={paths.person(p.id)} className="person-link">
            {p.name}
          </Link>
          {p.extra && <span className="home-list__extra">{p.extra}</span>}
        </li>
      ))}
    </ul>
  );
}

/** "Open …" under a card. */
export function MoreLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="home-more">
      <Link to={to}>{children} →</Link>
    </p>
  );
}

/** No duty of this kind on record for the signed-in person. */
export function NoDuty() {
  const { t } = useI18n();
  return <EmptyText data-state="no-duty">{t("home.noDuty")}</EmptyText>;
}

/** Open warnings, soonest due first: who, level, category, stage (no summaries: those need CARE). */
export function WarningList({
  warnings,
  total,
}: {
  warnings: readonly {
    id: string;
    level: Parameters<typeof LevelTag>[0]["level"];
    category: string;
    status: string;
    overdue: boolean;
    person?: { id: string; name: string } | null;
  }[];
  total: number;
}) {
  const { t, label } = useI18n();
  if (warnings.length === 0)
    return <EmptyText data-state="no-warnings">{t("home.warnings.none")}</EmptyText>;
  return (
    <>
      <p className="section-note" data-open-warnings={total}>
        {t("home.warnings.count", { count: total })}
      </p>
      <ul className="home-list" data-list="warnings">
        {warnings.map((w) => (
          <li key={w.id} data-warning={w.id}>
            {w.person ? (
              <Link to={paths.person(w.person.id)} className="person-link">
                {w.person.name}
              </Link>
            ) : (
              t("app.none")
            )}
            <span className="home-list__extra">
              <LevelTag level={w.level} />
              <Tag>{label("WarningCategory", w.category)}</Tag>
              <StatusTag tone={w.overdue ? "alert" : warningStatusTone(w.status)}>
                {label("WarningStatus", w.status)}
                {w.overdue ? ` · ${t("home.warnings.overdue")}` : ""}
              </StatusTag>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
