import { useQuery } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";
import { useEffect } from "react";
import { graphql } from "../generated";
import type { Role } from "../graphql/types";
import { useI18n } from "../i18n/I18nProvider";
import { AccessRecordsSection, AccessRecordsSection_person } from "../profile/AccessRecordsSection";
import { EnrolmentsSection, EnrolmentsSection_person } from "../profile/EnrolmentsSection";
import { GrowthSection, GrowthSection_person } from "../profile/GrowthSection";
import { InboxSection, InboxSection_person } from "../profile/InboxSection";
import { Facts, ProfileSection } from "../profile/ProfileSection";
import { errorsForFields, fragmentFields, problemOf } from "../profile/sectionErrors";
import { CAMPUS_CALENDAR } from "../pages/StudentProfilePage";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";

/**
 * 我的: a student's own home. Their record (the full profile is one link away), who looks after
 * them, the resources pushed to them, their courses, growth record and evaluation, and who read
 * their data: all of it their own, in ONE request; nobody else's.
 */
export const STUDENT_PORTAL = graphql(`
  query StudentPortal($id: ID!, $term: String!) {
    person(id: $id) {
      id
      name
      number
      cohort
      studentClass {
        id
        name
      }
      school {
        id
        name
      }
      college {
        id
        name
      }
      responsibleStaff {
        role
        name
      }
      ...InboxSection_person
      ...EnrolmentsSection_person
      ...GrowthSection_person
      ...AccessRecordsSection_person
    }
  }
`);

const fields = {
  inbox: fragmentFields(InboxSection_person, "Person"),
  enrolments: fragmentFields(EnrolmentsSection_person),
  growth: fragmentFields(GrowthSection_person, "Person"),
  accessRecords: fragmentFields(AccessRecordsSection_person),
  staff: new Set(["responsibleStaff"]),
};

const NO_ERRORS: readonly GraphQLFormattedError[] = [];

export function StudentPortal({ personId }: { personId: string }) {
  const { t, label } = useI18n();
  useDocumentTitle(t("home.portal.title"));
  const calendar = useQuery(CAMPUS_CALENDAR, { fetchPolicy: "cache-first" });
  const terms = calendar.data?.campusCalendar;
  const term = terms?.currentTerm ?? "";
  const portal = useQuery(STUDENT_PORTAL, {
    variables: { id: personId, term },
    skip: !terms,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const person = portal.data?.person ?? null;
  const errors = portal.error?.graphQLErrors ?? NO_ERRORS;
  const shownId = person?.id;
  useEffect(() => {
    if (shownId) document.getElementById("page-heading")?.focus({ preventScroll: true });
  }, [shownId]);

  const heading = <PageHeading>{t("home.portal.title")}</PageHeading>;
  if (!person) {
    const error = portal.error ?? calendar.error;
    return (
      <div data-page="home" data-home="student">
        {heading}
        {error && !(portal.loading || calendar.loading) ? (
          <LoadError
            text={t("home.failed")}
            retry={() => (terms ? portal.refetch() : calendar.refetch())}
          />
        ) : (
          <Loading />
        )}
      </div>
    );
  }
  const sectionErrors = (names: Set<string>) => ({
    errors: errorsForFields(errors, "person", names),
    unattributed: errors.some((e) => !e.path),
  });
  const staffErrors = sectionErrors(fields.staff);
  const staff = person.responsibleStaff;
  return (
    <div data-page="home" data-home="student">
      {heading}
      <p className="page-intro">{t("home.portal.intro", { name: person.name })}</p>
      <div className="profile-grid home-grid">
        <ProfileSection id="my-record" title={t("home.portal.record")} problem={null}>
          <Facts
            items={[
              { label: t("identity.name"), value: person.name },
              { label: t("identity.studentNumber"), value: person.number, key: "number" },
              { label: t("home.portal.class"), value: person.studentClass?.name },
              { label: t("identity.school"), value: person.school?.name },
              { label: t("identity.college"), value: person.college?.name },
            ]}
          />
          <p className="home-more">
            <Link to={paths.person(person.id)} data-link="my-profile">
              {t("home.portal.openRecord")} →
            </Link>
          </p>
        </ProfileSection>
        <ProfileSection
          id="my-staff"
          title={t("home.portal.staff")}
          problem={problemOf(staffErrors.errors)}
        >
          {staff && staff.length === 0 && <EmptyText>{t("home.portal.noStaff")}</EmptyText>}
          {staff && staff.length > 0 && (
            <ul className="home-list" data-list="my-staff">
              {staff.map((s) => (
                <li key={`${s.role}-${s.name}`} data-role={s.role}>
                  <span className="home-list__role">
                    {label("Role", s.role.toLowerCase() as Role)}
                  </span>
                  <span>{s.name}</span>
                </li>
              ))}
            </ul>
          )}
        </ProfileSection>
        <InboxSection person={person} errors={sectionErrors(fields.inbox)} term={term} />
        <EnrolmentsSection person={person} errors={sectionErrors(fields.enrolments)} />
        <GrowthSection
          person={person}
          errors={sectionErrors(fields.growth)}
          term={term}
          previousTerm={terms?.previousTerm ?? term}
        />
        <AccessRecordsSection person={person} errors={sectionErrors(fields.accessRecords)} />
      </div>
    </div>
  );
}
