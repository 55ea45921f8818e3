import { isId, type SubgraphDefinition } from "@campus/subgraph";
import { migrations } from "../migrations";
import { VolunteerActivity } from "./activity/volunteer-activity.entity";
import {
  TeamVolunteerActivityResolver,
  VolunteerActivityResolver,
  VolunteerSignUpResolver,
} from "./activity/volunteer-activity.resolver";
import { VolunteerSignUp } from "./activity/volunteer-sign-up.entity";
import { AccessRecord } from "./access-record/access-record.entity";
import {
  AccessRecordResolver,
  PersonAccessRecordsResolver,
} from "./access-record/access-record.resolver";
import { GridCoverage } from "./coverage/grid-coverage.reference";
import { GridCoverageResolver } from "./coverage/grid-coverage.resolver";
import {
  BuildingLeaderResolver,
  GridLeaderResolver,
  OrgUnitSecretaryResolver,
} from "./coverage/place-leaders.resolver";
import { GridDutyCoverageResolver } from "./duty/duty-coverage.resolver";
import { DutyShift } from "./duty/duty-shift.entity";
import {
  BuildingDutyResolver,
  DutyShiftResolver,
  GridDutyResolver,
} from "./duty/duty-shift.resolver";
import { createLoaders, type Loaders } from "./loaders";
import { OrgUnitStudentsResolver } from "./org-unit/org-unit.resolver";
import { Person } from "./person/person.entity";
import { personReference } from "./person/person.reference";
import { PersonResolver } from "./person/person.resolver";
import { PartyDevelopment } from "./party-development/party-development.entity";
import {
  PartyDevelopmentResolver,
  PartySponsorResolver,
  PartyTransitionResolver,
  PersonPartyDevelopmentResolver,
} from "./party-development/party-development.resolver";
import { PartySponsor } from "./party-development/party-sponsor.entity";
import { PartyTransition } from "./party-development/party-transition.entity";
import { ThoughtReport } from "./party-development/thought-report.entity";
import { TeamMembership } from "./team/team-membership.entity";
import { Team } from "./team/team.entity";
import { TeamMembershipResolver, TeamResolver } from "./team/team.resolver";
import { VolunteerService } from "./volunteer/volunteer-service.entity";
import {
  PersonVolunteerResolver,
  VolunteerServiceResolver,
  VolunteerServiceTransitionResolver,
} from "./volunteer/volunteer-service.resolver";
import { VolunteerServiceTransition } from "./volunteer/volunteer-service-transition.entity";
import { RosterResolver } from "./roster/roster.resolver";
import {
  BuildingStudentsResolver,
  GridStudentsResolver,
  OrgUnitRosterResolver,
} from "./roster/roster-places.resolver";
import { RosterImportResolver } from "./roster-import/roster-import.resolver";
import { Building, buildingReference } from "./building/building.reference";
import { Grid, gridReference } from "./grid/grid.reference";
import { RegisteredOperation } from "./service-client/registered-operation.entity";
import { ServiceClient } from "./service-client/service-client.entity";
import { ServiceClientResolver } from "./service-client/service-client.resolver";
import { StaffAssignment } from "./staff-assignment/staff-assignment.entity";
import {
  PersonStaffAssignmentsResolver,
  StaffAssignmentResolver,
  StaffScopeResolver,
} from "./staff-assignment/staff-assignment.resolver";
import { StudentClass } from "./student-class/student-class.entity";
import { Visit } from "./visit/visit.entity";
import { GovernancePost } from "./governance-post/governance-post.entity";
import {
  GovernancePostResolver,
  GridGovernancePostsResolver,
  PersonGovernancePostsResolver,
  RoomGovernancePostsResolver,
} from "./governance-post/governance-post.resolver";
import { PersonVisitsResolver, VisitResolver } from "./visit/visit.resolver";
import {
  PersonStudentClassResolver,
  StudentClassResolver,
} from "./student-class/student-class.resolver";
import { OutboxEvent } from "@campus/subgraph/outbox";
import { outboxRelay, peopleOutbox } from "./outbox/people-events";

/**
 * people: who is who. Owns Person, StudentClass and staff assignments (whom each member of staff
 * covers; `staffScope` tells the gateway), the read audit log (`recordSensitiveReads`,
 * `accessRecords`) and the registry of service clients (`serviceClientGrant` for the gateway).
 * Party development (党员发展): each student's pipeline, its steps, sponsors and thought reports;
 * the political status follows it. Teams (队伍) with their members, and the volunteer hours members
 * log and leaders verify; the teams' volunteer activities (志愿活动), students' sign-ups and the
 * check-ins that record their hours. The three staff lines on community duty: the duty roster of grids and
 * buildings (值班) and staff's dorm visits and talks (走访, 谈心谈话); students' governance posts in grids
 * and rooms (学生自治岗位: 楼层长, 宿舍长, 安全员). Every other subgraph extends Person by key. Lends each school's and college's students to other
 * subgraphs' `@requires` (OrgUnit.studentIds, internal).
 */
export const people: SubgraphDefinition<Loaders> = {
  name: "people",
  database: {
    schema: "people",
    entities: [
      Person,
      StudentClass,
      StaffAssignment,
      AccessRecord,
      ServiceClient,
      RegisteredOperation,
      PartyDevelopment,
      PartyTransition,
      PartySponsor,
      ThoughtReport,
      Team,
      TeamMembership,
      VolunteerService,
      VolunteerServiceTransition,
      VolunteerActivity,
      VolunteerSignUp,
      DutyShift,
      Visit,
      OutboxEvent,
      GovernancePost,
    ],
    migrations,
  },
  resolvers: [
    PersonResolver,
    StudentClassResolver,
    PersonStudentClassResolver,
    StaffAssignmentResolver,
    PersonStaffAssignmentsResolver,
    StaffScopeResolver,
    AccessRecordResolver,
    PersonAccessRecordsResolver,
    ServiceClientResolver,
    OrgUnitStudentsResolver,
    RosterResolver,
    GridStudentsResolver,
    BuildingStudentsResolver,
    OrgUnitRosterResolver,
    GridLeaderResolver,
    BuildingLeaderResolver,
    OrgUnitSecretaryResolver,
    GridCoverageResolver,
    PartyDevelopmentResolver,
    PartySponsorResolver,
    PartyTransitionResolver,
    PersonPartyDevelopmentResolver,
    RosterImportResolver,
    TeamResolver,
    TeamMembershipResolver,
    VolunteerServiceResolver,
    VolunteerServiceTransitionResolver,
    PersonVolunteerResolver,
    VolunteerActivityResolver,
    VolunteerSignUpResolver,
    TeamVolunteerActivityResolver,
    DutyShiftResolver,
    GridDutyResolver,
    BuildingDutyResolver,
    GridDutyCoverageResolver,
    VisitResolver,
    PersonVisitsResolver,
    ...peopleOutbox.resolvers,
    GovernancePostResolver,
    GridGovernancePostsResolver,
    RoomGovernancePostsResolver,
    PersonGovernancePostsResolver,
  ],
  references: {
    Person: (reference, ctx) => personReference(reference, ctx),
    StudentClass: (reference, ctx) => ctx.loaders.studentClass.load(reference.id),
    // Owned by organisation; here the key, the students it lends through OrgUnit.studentIds, and
    // a branch's residents organisation lends (`@requires`) for its roster.
    OrgUnit: (reference) => ({
      id: reference.id,
      residentIds: Array.isArray(reference.residentIds)
        ? [...new Set(reference.residentIds.filter(isId))]
        : undefined,
    }),
    // Owned by organisation; here the residents it lends (`@requires`), for their roster.
    Grid: (reference) => gridReference(reference),
    Building: (reference) => buildingReference(reference),
    // Owned by organisation; here only the key (a visit's or a governance post's room).
    Room: (reference) => ({ id: reference.id }),
    // Owned by organisation; here the grids in use it lends (`@requires`), for their leaders.
    GridCoverage: (reference) => ({
      id: reference.id,
      gridIds: Array.isArray(reference.gridIds)
        ? reference.gridIds.filter((id): id is string => typeof id === "string")
        : [],
    }),
  },
  // Reached only through _entities: the roster of a grid's or building's residents.
  orphanedTypes: [Grid, Building, GridCoverage],
  // The outbox's relay: growth facts to evaluation, through the gateway (README, "Events between subgraphs").
  jobs: [outboxRelay],
  createLoaders,
};
