import type { ResultOf } from "@graphql-typed-document-node/core";
import type { GraphQLFormattedError } from "graphql";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { Facts, ProfileSection } from "./ProfileSection";
import { problemOf, type SectionErrors, type SectionProblem } from "./sectionErrors";

/**
 * 联系方式与资助信息: sensitive fields of the people subgraph. Each is decided on its own (a grid
 * leader may reach a student by phone but not see their family's income), so a refusal marks the
 * one value, not the whole section.
 */
export const ContactSection_person = graphql(`
  fragment ContactSection_person on Person {
    id
    phone
    familyAnnualIncome
  }
`);

export type ContactSectionPerson = ResultOf<typeof ContactSection_person>;

const forbiddenAt = (errors: readonly GraphQLFormattedError[], field: string) =>
  errors.some((e) => e.path?.[1] === field && e.extensions?.code === "FORBIDDEN");

/** Per-field refusals are shown in place; only other failures are the section's problem. */
export function contactProblem(
  _person: ContactSectionPerson,
  { errors }: SectionErrors,
): SectionProblem {
  return problemOf(errors.filter((e) => e.extensions?.code !== "FORBIDDEN"));
}

export function ContactSection({
  person,
  errors,
}: {
  person: ContactSectionPerson;
  errors: SectionErrors;
}) {
  const { t } = useI18n();
  const restricted = (
    <span className="restricted" data-restricted="true">
      {t("contact.restricted")}
    </span>
  );
  const income =
    person.familyAnnualIncome === null
      ? null
      : t("contact.income", { amount: person.familyAnnualIncome });
  return (
    <ProfileSection
      id="contact"
      title={t("section.contact")}
      problem={contactProblem(person, errors)}
    >
      <Facts
        items={[
          {
            label: t("contact.phone"),
            value: forbiddenAt(errors.errors, "phone") ? restricted : person.phone,
            key: "phone",
          },
          {
            label: t("contact.familyAnnualIncome"),
            value: forbiddenAt(errors.errors, "familyAnnualIncome") ? restricted : income,
            key: "income",
          },
        ]}
      />
      <p className="section-note">{t("contact.audited")}</p>
    </ProfileSection>
  );
}
