import { useQuery, type QueryHookOptions } from "@apollo/client";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Spin, Tag } from "antd";
import type { GraphQLFormattedError } from "graphql";
import { useEffect } from "react";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { CasesSection, CasesSection_person } from "../profile/CasesSection";
import {
  AccessRecordsSection,
  AccessRecordsSection_person,
  accessRecordsProblem,
} from "../profile/AccessRecordsSection";
import { ContactSection, ContactSection_person, contactProblem } from "../profile/ContactSection";
import { GrowthSection, GrowthSection_person } from "../profile/GrowthSection";
import { InboxSection, InboxSection_person } from "../profile/InboxSection";
import { EnrolmentsSection, EnrolmentsSection_person } from "../profile/EnrolmentsSection";
import {
  IdentitySection,
  IdentitySection_person,
  identityProblem,
} from "../profile/IdentitySection";
import { ResidenceSection, ResidenceSection_person } from "../profile/ResidenceSection";
import { WarningsSection, WarningsSection_person } from "../profile/WarningsSection";
import { ProfileSection, SectionNotice } from "../profile/ProfileSection";
import {
  errorsForFields,
  fragmentFields,
  problemOf,
  type SectionErrors,
} from "../profile/sectionErrors";
import { Link, paths } from "../router";
import { StaffDutiesSection } from "../home/StaffDutiesSection";
import { PartyTimelineSection } from "../party/PartyTimelineSection";
import { MyCasesCard } from "../home/StaffSections";
import { useSession } from "../auth/useSession";
import { hasCaseworkDuty, isStudentOnly } from "../auth/roles";
import { MissingEntity } from "./MissingEntity";
import { PageHeading, useDocumentTitle } from "./PageHeading";

/**
 * The profile in four requests through the gateway, one per subgraph that answers it, so each part
 * shows as soon as its owner answers instead of waiting for the slowest: the head (identity,
 * contact and aid, who viewed the data: people), residence and grid (organisation), courses
 * (curriculum), and the care record (warnings, cases, pushed resources, growth and term
 * evaluation: evaluation). Each section brings its own fragment. Sensitive fields (contact, aid,
 * warning summaries) are decided per field by the subgraph that owns them; a refused one shows as
 * restricted in place. `$term` is the current term as the API's campus calendar says
 * (CAMPUS_CALENDAR), for the comprehensive evaluation.
 */
export const CAMPUS_CALENDAR = graphql(`
  query CampusCalendar {
    campusCalendar {
      currentTerm
      previousTerm
    }
  }
`);

export const STUDENT_PROFILE = graphql(`
  query StudentProfile($id: ID!) {
    person(id: $id) {
      id
      ...IdentitySection_person
      ...ContactSection_person
      ...AccessRecordsSection_person
    }
  }
`);

export const STUDENT_PROFILE_RESIDENCE = graphql(`
  query StudentProfileResidence($id: ID!) {
    person(id: $id) {
      id
      ...ResidenceSection_person
    }
  }
`);

export const STUDENT_PROFILE_COURSES = graphql(`
  query StudentProfileCourses($id: ID!) {
    person(id: $id) {
      id
      ...EnrolmentsSection_person
    }
  }
`);

export const STUDENT_PROFILE_CARE = graphql(`
  query StudentProfileCare($id: ID!, $term: String!) {
    person(id: $id) {
      id
      ...WarningsSection_person
      ...CasesSection_person
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
type SectionName = keyof typeof sectionFields;

/** Errors with data that none of these sections owns (no path, or a field outside every fragment). */
function unownedErrors(errors: readonly GraphQLFormattedError[], sections: SectionName[]) {
  return errors.filter(
    (e) => !sections.some((name) => errorsForFields([e], "person", sectionFields[name]).length > 0),
  );
}

const NO_ERRORS: readonly GraphQLFormattedError[] = [];

/**
 * What one request's answer gives each of its sections: the errors on the section's fields, and
 * whether the answer carried errors no section of this request owns (the gateway reports a
 * subgraph it could not reach that way).
 */
function sectionErrorsOf(errors: readonly GraphQLFormattedError[], sections: SectionName[]) {
  const unattributed = unownedErrors(errors, sections).length > 0;
  return (name: SectionName): SectionErrors => ({
    errors: errorsForFields(errors, "person", sectionFields[name]),
    unattributed,
  });
}

/** The state of one part of the profile, fetched on its own. */
type Part<P> =
  | { state: "loading" }
  | { state: "failed" }
  | { state: "ready"; person: P; errors: (name: SectionName) => SectionErrors };

/**
 * One part's request. A federated answer can hold data AND errors (one subgraph down, one field
 * forbidden): keep both, and let each section say what it could not show. No answer at all (the
 * request failed, or the person came back null) is "failed": its sections say they are unavailable.
 */
function usePart<P, V extends Record<string, unknown>>(
  document: TypedDocumentNode<{ person?: P | null }, V>,
  variables: V,
  sections: SectionName[],
  skip: boolean,
): Part<P> {
  const options: QueryHookOptions<{ person?: P | null }, V> = {
    variables,
    skip,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  };
  const result = useQuery(document, options);
  const person = result.data?.person ?? null;
  if (person) {
    const errors = result.error?.graphQLErrors ?? NO_ERRORS;
    return { state: "ready", person, errors: sectionErrorsOf(errors, sections) };
  }
  return result.loading || skip ? { state: "loading" } : { state: "failed" };
}

/** A section whose part has not arrived (busy) or could not be fetched at all. */
function PendingSection({ id, title, part }: { id: string; title: string; part: Part<unknown> }) {
  const { t } = useI18n();
  if (part.state === "failed")
    return <ProfileSection id={id} title={title} problem="unavailable" />;
  return (
    <ProfileSection id={id} title={title} problem={null} busy>
      <p className="loading" role="status">
        <Spin size="small" /> {t("app.loading")}
      </p>
    </ProfileSection>
  );
}

export function StudentProfilePage({ id }: { id: string }) {
  const { t, label } = useI18n();
  const session = useSession();
  // A student has no student list to go back to: their way back is their own home (我的).
  const backHome = isStudentOnly(session?.user.roles ?? []);
  // Asked once and kept (cache-first): a term that turns while the app is open does not refetch the profile.
  const calendar = useQuery(CAMPUS_CALENDAR, { fetchPolicy: "cache-first" });
  const terms = calendar.data?.campusCalendar;
  const term = terms?.currentTerm ?? "";
  const head = useQuery(STUDENT_PROFILE, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const person = head.data?.person ?? null;
  // Courses and the care record are a student's; a member of staff's profile shows their duties.
  const student = person?.kind === "STUDENT";
  const residence = usePart(STUDENT_PROFILE_RESIDENCE, { id }, ["residence"], false);
  const courses = usePart(STUDENT_PROFILE_COURSES, { id }, ["enrolments"], !student);
  const care = usePart(
    STUDENT_PROFILE_CARE,
    { id, term },
    ["warnings", "cases", "inbox", "growth"],
    !student || !terms,
  );
  const error = head.error ?? calendar.error;
  const errors = head.error?.graphQLErrors ?? NO_ERRORS;
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
        loading={head.loading || calendar.loading}
        error={error}
        refetch={head.refetch}
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
  // "could not be fetched". Only if no section of the head can account for them does the page say so.
  const headSections: SectionName[] = ["identity", "contact", "accessRecords"];
  const unowned = unownedErrors(errors, headSections);
  const headErrors = sectionErrorsOf(errors, headSections);
  const identity = headErrors("identity");
  const contact = headErrors("contact");
  const accessRecords = headErrors("accessRecords");
  const explainedBySection =
    identityProblem(person, identity) !== null ||
    contactProblem(person, contact) !== null ||
    accessRecordsProblem(person, accessRecords) !== null;

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
      {unowned.length > 0 && !explainedBySection && (
        <SectionNotice problem={problemOf(unowned) ?? "unavailable"} />
      )}
      <div className="profile-grid">
        <IdentitySection person={person} errors={identity} />
        <ContactSection person={person} errors={contact} />
        {residence.state === "ready" ? (
          <ResidenceSection person={residence.person} errors={residence.errors("residence")} />
        ) : (
          <PendingSection id="residence" title={t("section.residence")} part={residence} />
        )}
        {!student && <StaffDutiesSection personId={person.id} />}
        {!student &&
          session?.user.personId === person.id &&
          hasCaseworkDuty(session.user.roles) && <MyCasesCard />}
        {student &&
          (courses.state === "ready" ? (
            <EnrolmentsSection person={courses.person} errors={courses.errors("enrolments")} />
          ) : (
            <PendingSection id="enrolments" title={t("section.enrolments")} part={courses} />
          ))}
        {student &&
          (care.state === "ready" ? (
            <>
              <WarningsSection person={care.person} errors={care.errors("warnings")} />
              <CasesSection person={care.person} errors={care.errors("cases")} />
              <InboxSection person={care.person} errors={care.errors("inbox")} term={term} />
              <GrowthSection
                person={care.person}
                errors={care.errors("growth")}
                term={term}
                previousTerm={terms?.previousTerm ?? term}
              />
            </>
          ) : (
            <>
              <PendingSection id="warnings" title={t("section.warnings")} part={care} />
              <PendingSection id="cases" title={t("section.cases")} part={care} />
              <PendingSection id="inbox" title={t("section.inbox")} part={care} />
              <PendingSection id="growth" title={t("section.growth")} part={care} />
            </>
          ))}
        {student && <PartyTimelineSection personId={person.id} />}
        <AccessRecordsSection person={person} errors={accessRecords} />
      </div>
    </>
  );
}
