import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";
import type { MessageKey } from "../i18n/zh";
import { useI18n } from "../i18n/I18nProvider";
import { ProfileSection } from "./ProfileSection";
import { problemOf, type SectionErrors, type SectionProblem } from "./sectionErrors";

/**
 * 谁查看了我的信息: the audit log's records about this person, from the people subgraph. Only the
 * person themselves, auditors and administrators may read it; for anyone else the section is
 * simply not there.
 */
export const AccessRecordsSection_person = graphql(`
  fragment AccessRecordsSection_person on Person {
    id
    accessRecords(first: 10) {
      totalCount
      edges {
        node {
          id
          readerName
          field
          purpose
          client
          readAt
        }
      }
    }
  }
`);

export type AccessRecordsSectionPerson = ResultOf<typeof AccessRecordsSection_person>;

/** Not the viewer's to read: no section at all, rather than a refusal notice. */
export function accessRecordsHidden(
  person: AccessRecordsSectionPerson,
  { errors }: SectionErrors,
): boolean {
  return person.accessRecords === null && errors.some((e) => e.extensions?.code === "FORBIDDEN");
}

export function accessRecordsProblem(
  person: AccessRecordsSectionPerson,
  { errors }: SectionErrors,
): SectionProblem {
  if (accessRecordsHidden(person, { errors, unattributed: false })) return null;
  return problemOf(errors) ?? (person.accessRecords === null ? "unavailable" : null);
}

export function AccessRecordsSection({
  person,
  errors,
}: {
  person: AccessRecordsSectionPerson;
  errors: SectionErrors;
}) {
  const { t, label, dateTime } = useI18n();
  if (accessRecordsHidden(person, errors)) return null;
  const records = person.accessRecords;
  const fieldLabel = (field: string) => {
    const key = `field.${field}` as MessageKey;
    const text = t(key);
    return text === undefined ? field : text;
  };
  return (
    <ProfileSection
      id="access-records"
      title={t("section.accessRecords")}
      problem={accessRecordsProblem(person, errors)}
    >
      {records && records.totalCount === 0 && <p className="empty">{t("accessRecords.none")}</p>}
      {records && records.totalCount > 0 && (
        <>
          <p className="section-note">{t("accessRecords.intro", { count: records.totalCount })}</p>
          <table className="table">
            <caption className="visually-hidden">{t("accessRecords.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("accessRecords.readAt")}</th>
                <th scope="col">{t("accessRecords.reader")}</th>
                <th scope="col">{t("accessRecords.field")}</th>
                <th scope="col">{t("accessRecords.purpose")}</th>
                <th scope="col">{t("accessRecords.client")}</th>
              </tr>
            </thead>
            <tbody>
              {records.edges.map(({ node }) => (
                <tr key={node.id} data-access-record={node.field}>
                  <td>
                    <time dateTime={node.readAt}>{dateTime(node.readAt)}</time>
                  </td>
                  <td>{node.readerName}</td>
                  <td>{fieldLabel(node.field)}</td>
                  <td>{label("AccessPurpose", node.purpose)}</td>
                  <td>{node.client}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ProfileSection>
  );
}
