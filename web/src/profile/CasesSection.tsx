import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { Link, paths } from "../router";
import { EmptyText } from "../ui/feedback";
import { StatusTag, caseStatusTone } from "../ui/tags";
import { ProfileSection } from "./ProfileSection";
import { problemOf, type SectionErrors, type SectionProblem } from "./sectionErrors";

/** 帮扶个案: the evaluation subgraph's assistance cases of a person, each linking to its case page. */
export const CasesSection_person = graphql(`
  fragment CasesSection_person on Person {
    id
    cases {
      id
      status
      kind
      openedAt
    }
  }
`);

/** `cases` is null, with FORBIDDEN on its path, for a viewer with no relationship to the student. */
export type CasesSectionPerson = ResultOf<typeof CasesSection_person>;

/** A null list is never "no cases". */
export function casesProblem(
  person: CasesSectionPerson,
  { errors }: SectionErrors,
): SectionProblem {
  return problemOf(errors) ?? (person.cases === null ? "unavailable" : null);
}

export function CasesSection({
  person,
  errors,
}: {
  person: CasesSectionPerson;
  errors: SectionErrors;
}) {
  const { t, label, dateTime } = useI18n();
  const { cases } = person;
  return (
    <ProfileSection id="cases" title={t("section.cases")} problem={casesProblem(person, errors)}>
      {cases && cases.length === 0 && <EmptyText>{t("profileCases.none")}</EmptyText>}
      {cases && cases.length > 0 && (
        <ul className="case-list">
          {cases.map((c) => (
            <li
              key={c.id}
              className={c.status === "CLOSED" ? "is-muted" : undefined}
              data-case={c.id}
            >
              <Link to={paths.assistanceCase(c.id)}>{label("CaseKind", c.kind)}</Link>{" "}
              <StatusTag tone={caseStatusTone(c.status)}>
                {label("AssistanceCaseStatus", c.status)}
              </StatusTag>
              <span className="muted">{t("case.openedAt", { at: dateTime(c.openedAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </ProfileSection>
  );
}
