import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { Facts, ProfileSection } from "./ProfileSection";
import { problemOf, type SectionErrors, type SectionProblem } from "./sectionErrors";

/** 基本信息: owned by the people subgraph; school and college names come from organisation. */
export const IdentitySection_person = graphql(`
  fragment IdentitySection_person on Person {
    id
    name
    kind
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
`);

export type IdentitySectionPerson = ResultOf<typeof IdentitySection_person>;

/** A student with neither school nor college, next to an unplaced error: organisation did not answer. */
export function identityProblem(
  person: IdentitySectionPerson,
  { errors, unattributed }: SectionErrors,
): SectionProblem {
  return (
    problemOf(errors) ??
    (unattributed && person.kind === "STUDENT" && !person.school && !person.college
      ? "unavailable"
      : null)
  );
}

export function IdentitySection({
  person,
  errors,
}: {
  person: IdentitySectionPerson;
  errors: SectionErrors;
}) {
  const { t, label } = useI18n();
  return (
    <ProfileSection
      id="identity"
      title={t("section.identity")}
      problem={identityProblem(person, errors)}
    >
      <Facts
        items={[
          { label: t("identity.name"), value: person.name },
          {
            label: t(person.kind === "STAFF" ? "identity.staffNumber" : "identity.studentNumber"),
            value: person.number,
            key: "number",
          },
          { label: t("identity.kind"), value: label("PersonKind", person.kind) },
          {
            label: t("identity.cohort"),
            value:
              person.cohort === null ? null : t("identity.cohortValue", { cohort: person.cohort }),
          },
          {
            label: t("identity.degreeLevel"),
            value: person.degreeLevel && label("DegreeLevel", person.degreeLevel),
          },
          {
            label: t("identity.politicalStatus"),
            value: label("PoliticalStatus", person.politicalStatus),
          },
          { label: t("identity.school"), value: person.school?.name },
          { label: t("identity.college"), value: person.college?.name },
        ]}
      />
    </ProfileSection>
  );
}
