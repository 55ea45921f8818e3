import { isId, type SubgraphDefinition } from "@campus/subgraph";
import { migrations } from "../migrations";
import { AttendanceChange } from "./attendance/attendance-change.entity";
import { Attendance } from "./attendance/attendance.entity";
import {
  AttendanceChangeResolver,
  AttendanceResolver,
  CheckInWindowResolver,
  CourseAttendanceResolver,
  EnrolmentAttendanceResolver,
  PersonAttendanceResolver,
  SessionAttendanceResolver,
} from "./attendance/attendance.resolver";
import { CheckInWindow } from "./attendance/check-in-window.entity";
import { Course } from "./course/course.entity";
import { CourseResolver } from "./course/course.resolver";
import { Enrolment } from "./enrolment/enrolment.entity";
import { EnrolmentResolver } from "./enrolment/enrolment.resolver";
import { createLoaders, type Loaders } from "./loaders";
import { PersonResolver } from "./person/person.resolver";
import { CourseSession } from "./session/session.entity";
import { CourseSessionResolver } from "./session/session.resolver";
import { OutboxEvent } from "@campus/subgraph/outbox";
import { ChallengeClaim } from "./challenge/challenge-claim.entity";
import { Challenge } from "./challenge/challenge.entity";
import { ChallengeClaimResolver, ChallengeResolver } from "./challenge/challenge.resolver";
import { ClimbTier } from "./climb/climb-tier.entity";
import { ClimbTierResolver, PersonClimbResolver } from "./climb/climb-tier.resolver";
import { PartnerContact, PartnerOrganisation } from "./partner/partner.entity";
import { PartnerOrganisationResolver } from "./partner/partner.resolver";
import { Milestone, MilestoneSubmission } from "./project/milestone.entity";
import { Project, ProjectMember, ProjectTransition } from "./project/project.entity";
import {
  MilestoneResolver,
  MilestoneSubmissionResolver,
  ProjectMemberResolver,
  ProjectResolver,
  ProjectTransitionResolver,
} from "./project/project.resolver";
import {
  Competition,
  CompetitionEntry,
  CompetitionEntryMember,
  CompetitionEntryTransition,
} from "./competition/competition.entity";
import {
  CompetitionEntryMemberResolver,
  CompetitionEntryResolver,
  CompetitionEntryTransitionResolver,
  PersonCompetitionResolver,
} from "./competition/competition.resolver";
import { CompetitionEntriesResolver } from "./competition/competition-entries.resolver";
import { curriculumOutbox, outboxRelay } from "./outbox/curriculum-events";
import { HabitCheckIn, HabitParticipation, HabitProject } from "./habit/habit.entity";
import {
  HabitParticipationResolver,
  HabitProjectResolver,
  PersonHabitResolver,
} from "./habit/habit.resolver";
import {
  PracticeReflectionTransition,
  PracticeVisit,
  PracticeVisitSignUp,
} from "./practice-visit/practice-visit.entity";
import {
  PersonPracticeVisitResolver,
  PracticeReflectionTransitionResolver,
  PracticeVisitResolver,
  PracticeVisitSignUpResolver,
} from "./practice-visit/practice-visit.resolver";
import {
  FormationCompletion,
  FormationModule,
  FormationModuleCourse,
  FormationProgramme,
} from "./formation/formation.entity";
import {
  FormationModuleCourseResolver,
  FormationModuleResolver,
  FormationProgrammeResolver,
  PersonFormationResolver,
} from "./formation/formation.resolver";
import { personReference } from "./person/person.reference";
import { Placement, PlacementTransition } from "./placement/placement.entity";
import {
  PersonPlacementResolver,
  PlacementResolver,
  PlacementTransitionResolver,
} from "./placement/placement.resolver";

/**
 * curriculum: community courses, their sessions, who enrolled and who attended; the climb plan
 * (攀登计划): partner organisations, challenges claimed as projects, students' tiers. Extends
 * Person with enrolments, attendance, course progress, climb tier and projects.
 */
export const curriculum: SubgraphDefinition<Loaders> = {
  name: "curriculum",
  database: {
    schema: "curriculum",
    entities: [
      Course,
      CourseSession,
      Enrolment,
      CheckInWindow,
      Attendance,
      AttendanceChange,
      OutboxEvent,
      PartnerOrganisation,
      PartnerContact,
      Challenge,
      ChallengeClaim,
      Project,
      ProjectMember,
      ProjectTransition,
      Milestone,
      MilestoneSubmission,
      ClimbTier,
      Competition,
      CompetitionEntry,
      CompetitionEntryMember,
      CompetitionEntryTransition,
      HabitProject,
      HabitParticipation,
      HabitCheckIn,
      PracticeVisit,
      PracticeVisitSignUp,
      PracticeReflectionTransition,
      FormationProgramme,
      FormationModule,
      FormationModuleCourse,
      FormationCompletion,
      Placement,
      PlacementTransition,
    ],
    migrations,
  },
  resolvers: [
    CourseResolver,
    CourseSessionResolver,
    EnrolmentResolver,
    PersonResolver,
    AttendanceResolver,
    AttendanceChangeResolver,
    CheckInWindowResolver,
    SessionAttendanceResolver,
    EnrolmentAttendanceResolver,
    CourseAttendanceResolver,
    PersonAttendanceResolver,
    ...curriculumOutbox.resolvers,
    PartnerOrganisationResolver,
    ChallengeResolver,
    ChallengeClaimResolver,
    ProjectResolver,
    ProjectMemberResolver,
    ProjectTransitionResolver,
    MilestoneResolver,
    MilestoneSubmissionResolver,
    ClimbTierResolver,
    PersonClimbResolver,
    CompetitionEntryResolver,
    CompetitionEntryMemberResolver,
    CompetitionEntryTransitionResolver,
    PersonCompetitionResolver,
    HabitProjectResolver,
    HabitParticipationResolver,
    PersonHabitResolver,
    PracticeVisitResolver,
    PracticeVisitSignUpResolver,
    PracticeReflectionTransitionResolver,
    PersonPracticeVisitResolver,
    FormationProgrammeResolver,
    FormationModuleResolver,
    FormationModuleCourseResolver,
    PersonFormationResolver,
    PlacementResolver,
    PlacementTransitionResolver,
    PersonPlacementResolver,
    CompetitionEntriesResolver,
  ],
  references: {
    // A key is all this subgraph knows of a person; enrolments resolve from it through a loader.
    Person: (reference) => personReference(reference),
    Room: (reference) => ({ id: reference.id }),
    Course: (reference, ctx) => (isId(reference.id) ? ctx.loaders.course.load(reference.id) : null),
    CourseSession: (reference, ctx) =>
      isId(reference.id) ? ctx.loaders.session.load(reference.id) : null,
    Enrolment: (reference, ctx) =>
      isId(reference.id) ? ctx.loaders.enrolment.load(reference.id) : null,
    PartnerOrganisation: (reference, ctx) =>
      isId(reference.id) ? ctx.loaders.partner.load(reference.id) : null,
  },
  createLoaders,
  // The outbox's relay: events to other subgraphs, through the gateway (README, "Events between subgraphs").
  jobs: [outboxRelay],
};
