import type { ResultOf } from "@graphql-typed-document-node/core";
import type { TableColumnsType } from "antd";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText } from "../ui/feedback";
import { DataTable } from "../ui/layout";
import { StatusTag, progressTone } from "../ui/tags";
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
type EnrolmentRow = NonNullable<EnrolmentsSectionPerson["enrolments"]>[number];

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
  const columns: TableColumnsType<EnrolmentRow> = [
    {
      key: "course",
      title: t("enrolments.course"),
      render: (_, e) => (
        <>
          <span className="course-title">{e.session?.course?.title ?? t("app.none")}</span>
          {e.session?.course?.code && <span className="course-code">{e.session.course.code}</span>}
        </>
      ),
    },
    {
      key: "category",
      title: t("enrolments.category"),
      render: (_, e) => label("CourseCategory", e.session?.course?.category),
    },
    {
      key: "time",
      title: t("enrolments.time"),
      render: (_, e) =>
        e.session ? dateTimeRange(e.session.startsAt, e.session.endsAt) : t("app.none"),
    },
    {
      key: "location",
      title: t("enrolments.location"),
      render: (_, e) => e.session?.location ?? t("app.none"),
    },
    {
      key: "status",
      title: t("enrolments.status"),
      render: (_, e) => (
        <StatusTag tone={progressTone(e.status)}>{label("EnrolmentStatus", e.status)}</StatusTag>
      ),
    },
    {
      key: "enrolledAt",
      title: t("enrolments.enrolledAt"),
      render: (_, e) => dateTime(e.enrolledAt),
    },
  ];
  return (
    <ProfileSection id="enrolments" title={t("section.enrolments")} problem={problem}>
      {enrolments && rows.length === 0 && <EmptyText>{t("enrolments.none")}</EmptyText>}
      {rows.length > 0 && (
        <DataTable<EnrolmentRow>
          caption={<span className="visually-hidden">{t("enrolments.caption")}</span>}
          rowKey="id"
          columns={columns}
          dataSource={rows}
          rowClassName={(e) => (e.status === "CANCELLED" ? "is-muted" : "")}
        />
      )}
    </ProfileSection>
  );
}
