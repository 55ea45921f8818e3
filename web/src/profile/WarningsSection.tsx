import type { ResultOf } from "@graphql-typed-document-node/core";
import { Tag } from "antd";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText } from "../ui/feedback";
import { LevelTag, StatusTag, warningStatusTone } from "../ui/tags";
import { ProfileSection } from "./ProfileSection";
import { problemOf, type SectionErrors, type SectionProblem } from "./sectionErrors";

/** 预警: the evaluation subgraph's warnings about a person (sensitive: null with FORBIDDEN when not allowed). */
export const WarningsSection_person = graphql(`
  fragment WarningsSection_person on Person {
    id
    warnings {
      id
      category
      level
      status
      summary
      raisedAt
    }
  }
`);

/** `summary` is sensitive (CARE): null, with FORBIDDEN on its path, for a viewer without that duty. */
export type WarningsSectionPerson = ResultOf<typeof WarningsSection_person>;

const LEVEL_ORDER: Record<string, number> = { RED: 0, ORANGE: 1, YELLOW: 2 };

/**
 * A null list is never "no warnings": FORBIDDEN says not permitted, anything else unavailable. A
 * refused summary inside a row is shown in the row, not as the section's problem.
 */
export function warningsProblem(
  person: WarningsSectionPerson,
  { errors }: SectionErrors,
): SectionProblem {
  const sectionErrors = errors.filter(
    (e) => !((e.path?.length ?? 0) > 3 && e.extensions?.code === "FORBIDDEN"),
  );
  return problemOf(sectionErrors) ?? (person.warnings === null ? "unavailable" : null);
}

export function WarningsSection({
  person,
  errors,
}: {
  person: WarningsSectionPerson;
  errors: SectionErrors;
}) {
  const { t, label, dateTime } = useI18n();
  const { warnings } = person;
  const problem = warningsProblem(person, errors);
  // Open cases first, the most serious on top, then the newest.
  const rows = [...(warnings ?? [])].sort(
    (a, b) =>
      Number(a.status === "CLOSED") - Number(b.status === "CLOSED") ||
      (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) ||
      b.raisedAt.localeCompare(a.raisedAt),
  );
  return (
    <ProfileSection id="warnings" title={t("section.warnings")} problem={problem}>
      {warnings && rows.length === 0 && <EmptyText>{t("warnings.none")}</EmptyText>}
      {rows.length > 0 && (
        <ul className="warning-list" aria-label={t("warnings.caption")}>
          {rows.map((w) => (
            <li
              key={w.id}
              className={`warning warning--${w.level.toLowerCase()}${w.status === "CLOSED" ? " is-muted" : ""}`}
            >
              <div className="warning__head">
                <LevelTag level={w.level} />
                <Tag title={t("warnings.category")}>{label("WarningCategory", w.category)}</Tag>
                <StatusTag tone={warningStatusTone(w.status)} title={t("warnings.status")}>
                  {label("WarningStatus", w.status)}
                </StatusTag>
              </div>
              <p className={`warning__summary${w.summary === null ? " restricted" : ""}`}>
                {w.summary ?? t("warnings.summaryRestricted")}
              </p>
              <p className="warning__meta">
                {t("warnings.raisedAt")}
                {t("app.colon")}
                <time dateTime={w.raisedAt}>{dateTime(w.raisedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </ProfileSection>
  );
}
