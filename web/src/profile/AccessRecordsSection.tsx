import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";
import type { MessageKey } from "../i18n/zh";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText } from "../ui/feedback";
import { DataTable, dataAttributes } from "../ui/layout";
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
type AccessRecordRow = NonNullable<
  AccessRecordsSectionPerson["accessRecords"]
>["edges"][number]["node"];

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
      {records && records.totalCount === 0 && <EmptyText>{t("accessRecords.none")}</EmptyText>}
      {records && records.totalCount > 0 && (
        <>
          <p className="section-note">{t("accessRecords.intro", { count: records.totalCount })}</p>
          <DataTable<AccessRecordRow>
            caption={<span className="visually-hidden">{t("accessRecords.caption")}</span>}
            rowKey="id"
            dataSource={records.edges.map((e) => e.node)}
            onRow={(node) => dataAttributes({ "data-access-record": node.field })}
            columns={[
              {
                key: "readAt",
                title: t("accessRecords.readAt"),
                render: (_, node) => <time dateTime={node.readAt}>{dateTime(node.readAt)}</time>,
              },
              { key: "reader", title: t("accessRecords.reader"), dataIndex: "readerName" },
              {
                key: "field",
                title: t("accessRecords.field"),
                render: (_, node) => fieldLabel(node.field),
              },
              {
                key: "purpose",
                title: t("accessRecords.purpose"),
                render: (_, node) => label("AccessPurpose", node.purpose),
              },
              { key: "client", title: t("accessRecords.client"), dataIndex: "client" },
            ]}
          />
        </>
      )}
    </ProfileSection>
  );
}
