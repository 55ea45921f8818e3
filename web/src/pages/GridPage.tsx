import { useQuery } from "@apollo/client";
import { Tag } from "antd";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useEffect } from "react";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { Facts, ProfileSection, SectionNotice } from "../profile/ProfileSection";
import { problemOf } from "../profile/sectionErrors";
import { Link, paths } from "../router";
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

/** Counts as bars against the largest, each with its number; zero rows stay, greyed. */
function BarList({
  title,
  name,
  rows,
}: {
  title: string;
  name: string;
  rows: { key: string; label: string; count: number; tone?: string }[];
}) {
  const { t } = useI18n();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <div className="bar-list" data-bars={name}>
      <h3 className="subheading">{title}</h3>
      <ul className="bars" aria-label={title}>
        {rows.map((r) => (
          <li
            key={r.key}
            className={`bar${r.count === 0 ? " bar--zero" : ""}${r.tone ? ` bar--${r.tone}` : ""}`}
            data-key={r.key}
            data-count={r.count}
          >
            <span className="bar__label">{r.label}</span>
            <span className="bar__track" aria-hidden="true">
              <span className="bar__fill" style={{ width: `${(r.count / max) * 100}%` }} />
            </span>
            <span className="bar__value">{t("grid.count", { count: r.count })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Stats({ stats }: { stats: GridWarningStats }) {
  const { t, label } = useI18n();
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
      <div className="bar-lists">
        <BarList
          title={t("grid.byLevel")}
          name="level"
          rows={stats.byLevel.map((r) => ({
            key: r.level,
            label: label("WarningLevel", r.level),
            count: r.count,
            tone: r.level.toLowerCase(),
          }))}
        />
        <BarList
          title={t("grid.byCategory")}
          name="category"
          rows={stats.byCategory.map((r) => ({
            key: r.category,
            label: label("WarningCategory", r.category),
            count: r.count,
          }))}
        />
        <BarList
          title={t("grid.byStatus")}
          name="status"
          rows={stats.byStatus.map((r) => ({
            key: r.status,
            label: label("WarningStatus", r.status),
            count: r.count,
          }))}
        />
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
      <Link to={paths.students()}>← {t("grid.back")}</Link>
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
            <Stats stats={grid.warningStats} />
          ) : (
            statsProblem && <SectionNotice problem={statsProblem} />
          )}
        </ProfileSection>
      </div>
    </>
  );
}
