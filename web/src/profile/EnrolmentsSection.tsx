import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { ProfileSection } from "./ProfileSection";
import { problemOf, type SectionErrors, type SectionProblem } from "./sectionErrors";

/** 课程: the curriculum subgraph's enrolments of a person, with session and course. */
export const EnrolmentsSection_person = graphql(`
  fragment EnrolmentsSection_person on Person {
    id
    enrolments {
      id
      status
      enrolledAt
      session {
        id
        startsAt
        endsAt
        location
        course {
          id
          code
          title
          category
        }
      }
    }
  }
`);

/** `enrolments` is null when the curriculum subgraph did not answer (or refused). */
export type EnrolmentsSectionPerson = ResultOf<typeof EnrolmentsSection_person>;

/** A null list is never "no enrolments": with or without an error to explain it, it is unavailable. */
export function enrolmentsProblem(
  person: EnrolmentsSectionPerson,
  { errors }: SectionErrors,
): SectionProblem {
  return problemOf(errors) ?? (person.enrolments === null ? "unavailable" : null);
}

export function EnrolmentsSection({
  person,
  errors,
}: {
  person: EnrolmentsSectionPerson;
  errors: SectionErrors;
}) {
  const { t, label, dateTime, dateTimeRange } = useI18n();
  const { enrolments } = person;
  const problem = enrolmentsProblem(person, errors);
  const rows = [...(enrolments ?? [])].sort((a, b) =>
    (a.session?.startsAt ?? "").localeCompare(b.session?.startsAt ?? ""),
  );
  return (
    <ProfileSection id="enrolments" title={t("section.enrolments")} problem={problem}>
      {enrolments && rows.length === 0 && <p className="empty">{t("enrolments.none")}</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("enrolments.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("enrolments.course")}</th>
                <th scope="col">{t("enrolments.category")}</th>
                <th scope="col">{t("enrolments.time")}</th>
                <th scope="col">{t("enrolments.location")}</th>
                <th scope="col">{t("enrolments.status")}</th>
                <th scope="col">{t("enrolments.enrolledAt")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className={e.status === "CANCELLED" ? "is-muted" : undefined}>
                  <td>
                    <span className="course-title">
                      {e.session?.course?.title ?? t("app.none")}
                    </span>
                    {e.session?.course?.code && (
                      <span className="course-code">{e.session.course.code}</span>
                    )}
                  </td>
                  <td>{label("CourseCategory", e.session?.course?.category)}</td>
                  <td>
                    {e.session
                      ? dateTimeRange(e.session.startsAt, e.session.endsAt)
                      : t("app.none")}
                  </td>
                  <td>{e.session?.location ?? t("app.none")}</td>
                  <td>
                    <span className={`status status--${e.status.toLowerCase()}`}>
                      {label("EnrolmentStatus", e.status)}
                    </span>
                  </td>
                  <td>{dateTime(e.enrolledAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ProfileSection>
  );
}
