import { useQuery } from "@apollo/client";
import { Tag } from "antd";
import type { GraphQLFormattedError } from "graphql";
import { useEffect } from "react";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { CasesSection, CasesSection_person, casesProblem } from "../profile/CasesSection";
import {
  AccessRecordsSection,
  AccessRecordsSection_person,
  accessRecordsProblem,
} from "../profile/AccessRecordsSection";
import { ContactSection, ContactSection_person, contactProblem } from "../profile/ContactSection";
import { GrowthSection, GrowthSection_person, growthProblem } from "../profile/GrowthSection";
import { InboxSection, InboxSection_person, inboxProblem } from "../profile/InboxSection";
import {
  EnrolmentsSection,
  EnrolmentsSection_person,
  enrolmentsProblem,
} from "../profile/EnrolmentsSection";
import {
  IdentitySection,
  IdentitySection_person,
  identityProblem,
} from "../profile/IdentitySection";
import {
  ResidenceSection,
  ResidenceSection_person,
  residenceProblem,
} from "../profile/ResidenceSection";
import {
  WarningsSection,
  WarningsSection_person,
  warningsProblem,
} from "../profile/WarningsSection";
import { SectionNotice } from "../profile/ProfileSection";
import { errorsForFields, fragmentFields, problemOf } from "../profile/sectionErrors";
import { Link, paths } from "../router";
import { StaffDutiesSection } from "../home/StaffDutiesSection";
import { MyCasesCard } from "../home/StaffSections";
import { useSession } from "../auth/useSession";
import { hasCaseworkDuty, isStudentOnly } from "../auth/roles";
import { PartyTimelineSection } from "../party/PartyTimelineSection";
import { VisitsSection } from "../duty/VisitsSection";
import { PersonPostsSection } from "../governance-posts/PersonPostsSection";
import { ClimbSection } from "../climb/ClimbSection";
import { MissingEntity } from "./MissingEntity";
import { PageHeading, useDocumentTitle } from "./PageHeading";

/**
 * The whole profile in ONE request through the gateway: identity (people), residence and grid
 * (organisation), enrolments (curriculum) and warnings (evaluation). Each section brings its
 * own fragment. Sensitive fields (contact, aid, warning summaries) are decided per field by the
 * subgraph that owns them; a refused one shows as restricted in place. `$term` is the current
 * term as the API's campus calendar says (CAMPUS_CALENDAR), for the comprehensive evaluation.
 */
/** The platform's campus calendar: the web app does not compute terms itself. */
export const CAMPUS_CALENDAR = graphql(`
  query CampusCalendar {
    campusCalendar {
      currentTerm
      previousTerm
    }
  }
`);

export const STUDENT_PROFILE = graphql(`
  query StudentProfile($id: ID!, $term: String!) {
    person(id: $id) {
      id
      ...IdentitySection_person
      ...ContactSection_person
      ...ResidenceSection_person
      ...EnrolmentsSection_person
      ...WarningsSection_person
      ...CasesSection_person
      ...AccessRecordsSection_person
      ...InboxSection_person
      ...GrowthSection_person
    }
  }
`);

const sectionFields = {
  identity: fragmentFields(IdentitySection_person),
  contact: fragmentFields(ContactSection_person),
  accessRecords: fragmentFields(AccessRecordsSection_person),
  residence: fragmentFields(ResidenceSection_person),
  enrolments: fragmentFields(EnrolmentsSection_person),
  warnings: fragmentFields(WarningsSection_person),
  cases: fragmentFields(CasesSection_person),
  inbox: fragmentFields(InboxSection_person, "Person"),
  growth: fragmentFields(GrowthSection_person, "Person"),
};

/** Errors with data that no section owns (no path, or a field outside every fragment). */
function unownedErrors(errors: readonly GraphQLFormattedError[]) {
  return errors.filter(
    (e) =>
      !Object.values(sectionFields).some(
        (fields) => errorsForFields([e], "person", fields).length > 0,
      ),
  );
}

const NO_ERRORS: readonly GraphQLFormattedError[] = [];

export function StudentProfilePage({ id }: { id: string }) {
  const { t, label } = useI18n();
  const session = useSession();
  // A student has no student list to go back to: their way back is their own home (我的).
  const backHome = isStudentOnly(session?.user.roles ?? []);
  // Asked once and kept (cache-first): a term that turns while the app is open does not refetch the profile.
  const calendar = useQuery(CAMPUS_CALENDAR, { fetchPolicy: "cache-first" });
  const terms = calendar.data?.campusCalendar;
  const term = terms?.currentTerm ?? "";
  const profile = useQuery(STUDENT_PROFILE, {
    variables: { id, term },
    skip: !terms,
    // A federated answer can hold data AND errors (one subgraph down, one field forbidden):
    // keep both, and let each section say what it could not show.
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const data = profile.data;
  const error = profile.error ?? calendar.error;
  const loading = profile.loading || calendar.loading;
  const refetch = terms ? profile.refetch : calendar.refetch;
  const person = data?.person ?? null;
  const errors = error?.graphQLErrors ?? NO_ERRORS;
  useDocumentTitle(person ? `${person.name} · ${t("profile.title")}` : t("profile.title"));

  // Move keyboard focus to the page heading once the profile is shown.
  const shownId = person?.id;
  useEffect(() => {
    if (shownId) document.getElementById("page-heading")?.focus({ preventScroll: true });
  }, [shownId]);

  const back = (
    <p className="back-link">
      {backHome ? (
        <Link to={paths.home()}>← {t("home.backToPortal")}</Link>
      ) : (
        <Link to={paths.students()}>← {t("profile.back")}</Link>
      )}
    </p>
  );

  if (!person) {
    return (
      <MissingEntity
        back={back}
        loading={loading}
        error={error}
        refetch={refetch}
        text={{
          loading: t("profile.loading"),
          failed: t("profile.error"),
          notFoundTitle: t("profile.notFound.title"),
          notFoundBody: t("profile.notFound.body", { id }),
        }}
      />
    );
  }

  // Errors go to the section whose fragment selected the field on their path; errors without a
  // usable path are "unattributed", and a section whose fields came back empty takes them as
  // "could not be fetched". Only if no section can account for them does the page say so.
  const unowned = unownedErrors(errors);
  const unattributed = unowned.length > 0;
  const sectionErrors = (fields: Set<string>) => ({
    errors: errorsForFields(errors, "person", fields),
    unattributed,
  });
  const identity = sectionErrors(sectionFields.identity);
  const contact = sectionErrors(sectionFields.contact);
  const accessRecords = sectionErrors(sectionFields.accessRecords);
  const residence = sectionErrors(sectionFields.residence);
  const enrolments = sectionErrors(sectionFields.enrolments);
  const warnings = sectionErrors(sectionFields.warnings);
  const cases = sectionErrors(sectionFields.cases);
  const inbox = sectionErrors(sectionFields.inbox);
  const growth = sectionErrors(sectionFields.growth);
  // A staff member's profile shows what they cover, not a student's courses, warnings, cases,
  // growth record or resources.
  const student = person.kind === "STUDENT";
  const explainedBySection =
    identityProblem(person, identity) !== null ||
    contactProblem(person, contact) !== null ||
    accessRecordsProblem(person, accessRecords) !== null ||
    residenceProblem(person, residence) !== null ||
    (student && enrolmentsProblem(person, enrolments) !== null) ||
    (student && warningsProblem(person, warnings) !== null) ||
    (student && casesProblem(person, cases) !== null) ||
    (student && inboxProblem(person, inbox) !== null) ||
    (student && growthProblem(person, growth) !== null);

  return (
    <>
      {back}
      <header className="profile-header">
        <PageHeading>{person.name}</PageHeading>
        <p className="profile-header__meta">
          <Tag color="blue">{label("PersonKind", person.kind)}</Tag>
          <span>{person.number}</span>
          {person.college?.name && <span>{person.college.name}</span>}
          {person.school?.name && <span>{person.school.name}</span>}
        </p>
      </header>
      {unattributed && !explainedBySection && (
        <SectionNotice problem={problemOf(unowned) ?? "unavailable"} />
      )}
      <div className="profile-grid">
        <IdentitySection person={person} errors={identity} />
        <ContactSection person={person} errors={contact} />
        <ResidenceSection person={person} errors={residence} />
        {!student && <StaffDutiesSection personId={person.id} />}
        {!student &&
          session?.user.personId === person.id &&
          hasCaseworkDuty(session.user.roles) && <MyCasesCard />}
        {student && <EnrolmentsSection person={person} errors={enrolments} />}
        {student && <WarningsSection person={person} errors={warnings} />}
        {student && <CasesSection person={person} errors={cases} />}
        {student && <PartyTimelineSection personId={person.id} />}
        {student && !backHome && <VisitsSection personId={person.id} />}
        {student && <PersonPostsSection personId={person.id} />}
        {student && <ClimbSection personId={person.id} />}
        {student && <InboxSection person={person} errors={inbox} term={term} />}
        {student && (
          <GrowthSection
            person={person}
            errors={growth}
            term={term}
            previousTerm={terms?.previousTerm ?? term}
          />
        )}
        <AccessRecordsSection person={person} errors={accessRecords} />
      </div>
    </>
  );
}
