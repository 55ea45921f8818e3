/**
 * How many items an unpaged list can really hold, by schema coordinate, so the cost estimate is
 * honest (modelled on the `assumedSize` of the GraphQL cost directives' `@listSize`).
 *
 * `each` bounds one parent's list. `total` bounds the list across all parents when the relation is
 * a partition (every item has one parent: a unit's children, a building's rooms, a grid's
 * residents), so `orgUnits { children { children { grids } } }` costs at most every unit and every
 * grid once, not the product of the levels. The figures are a large Chinese university (~50,000
 * students in residence, ~300 organisation units, ~1,000 grids), well above the demo campus.
 * A list of objects missing here is assumed to hold DEFAULT_LIST_SIZE; a test lists the missing ones.
 */
export interface ListSize {
  each: number;
  total?: number;
  /**
   * A narrower `each` when an argument has one of these values, given literally or as a variable:
   * `orgUnits(kind: RESIDENTIAL_COLLEGE)` holds the colleges, not every unit.
   */
  byArgument?: { name: string; each: Readonly<Record<string, number>> };
}

export const DEFAULT_LIST_SIZE = 10;

const STUDENTS = 50_000;
const ORG_UNITS = 300;
const GRIDS = 1_000;
const BUILDINGS = 200;
const ROOMS = 15_000;

export const LIST_SIZES: Record<string, ListSize> = {
  // Party work in the grids (organisation's partywork), at a branch's scale: a branch looks after
  // a few grids, so its posts, areas and teams are tens, an area a floor's rooms, a task two steps.
  // The coverage report has a row per building and per branch.
  "Grid.posts": { each: 10 },
  "OrgUnit.partyPosts": { each: 50 },
  "OrgUnit.responsibilityAreas": { each: 50 },
  "OrgUnit.vanguardTeams": { each: 10 },
  // A pairing runs a few years at most: two terms a year.
  "Pairing.activitiesByTerm": { each: 10 },
  "Person.partyPosts": { each: 5 },
  // The climb plan (curriculum): bounded where they are written (challenge.workflow.ts,
  // milestone.service.ts, project.service.ts, partner.input.ts).
  "Challenge.claims": { each: 50 },
  "ChallengeClaim.members": { each: 15 },
  "Project.members": { each: 15 },
  "Project.milestones": { each: 30 },
  "Project.history": { each: 2 },
  "Milestone.submissions": { each: 20 },
  "Person.projects": { each: 100 },
  // Competitions (competition.input.ts, competition.service.ts): a team of at most 10, two
  // transitions, a student's 100 newest entries.
  "CompetitionEntry.members": { each: 10 },
  "CompetitionEntry.history": { each: 2 },
  "Person.competitionEntries": { each: 100 },
  // A competition's entries, newest first (MAX_COMPETITION_ENTRIES in competition-entries.resolver.ts).
  "Competition.entries": { each: 100 },
  // Habit projects and practice visits (habit/, practice-visit/): a project is open to a residential
  // college's students (no cap is written; a college holds a few thousand), a participation checks
  // in once a day over at most MAX_PERIOD_DAYS; a visit's sign-ups are at most its capacity (1,000);
  // a reflection is submitted, returned and submitted again a few times; a student's 100 newest.
  "HabitProject.participants": { each: 5_000 },
  "HabitParticipation.checkIns": { each: 366 },
  "Person.habitParticipations": { each: 100 },
  "PracticeVisit.signUps": { each: 1_000 },
  "PracticeVisitSignUp.history": { each: 10 },
  "Person.practiceVisitSignUps": { each: 100 },
  // Placements (placement/): proposed, recommended, accepted, evaluated at most; a student's 100 newest.
  "Placement.history": { each: 4 },
  "Person.placements": { each: 100 },
  // Freshman formation (formation/): the 50 newest cohorts' programmes, MAX_MODULES (9) modules
  // each, a module counting a handful of courses (tens at most; no cap is written).
  "Query.formationProgrammes": { each: 50 },
  "FormationProgramme.modules": { each: 9 },
  "FormationProgress.modules": { each: 9 },
  "FormationCohortProgress.modules": { each: 9 },
  "FormationModule.courses": { each: 30 },
  "FormationModuleProgress.completedCourses": { each: 30 },
  "PartnerOrganisation.contacts": { each: 20 },
  "Query.myPartnerOrganisations": { each: 5 },
  "ResponsibilityArea.rooms": { each: 30 },
  "ResponsibilityArea.grids": { each: 10 },
  "ResponsibilityCoverage.buildings": { each: BUILDINGS },
  "ResponsibilityCoverage.branches": { each: ORG_UNITS },
  "VanguardTask.transitions": { each: 2 },
  "VanguardTeam.members": { each: 30 },
  "VanguardTeam.tasks": { each: 30 },
  // Governance (organisation's three lists and secretaries' meetings): a problem has a few
  // measures, a measure a few responsibilities; every item has one parent, and a campus keeps a
  // couple of thousand items on its lists. A status moves at most three times, a deadline is
  // escalated at most four levels; a meeting seats a committee and decides tens of items.
  "WorkItem.children": { each: 20, total: 2_000 },
  "WorkItem.transitions": { each: 4 },
  "WorkItem.followUps": { each: 50 },
  "WorkItem.escalations": { each: 5 },
  "SecretaryMeeting.attendees": { each: 50 },
  "SecretaryMeeting.decisions": { each: 30 },
  // organisation
  "Query.campuses": { each: 10 },
  // The seed's university has about 25 schools and 9 residential colleges.
  "Query.orgUnits": {
    each: ORG_UNITS,
    byArgument: { name: "kind", each: { SCHOOL: 60, RESIDENTIAL_COLLEGE: 20 } },
  },
  "Campus.buildings": { each: BUILDINGS, total: BUILDINGS },
  "Building.rooms": { each: 400, total: ROOMS },
  "Building.grids": { each: 40, total: GRIDS },
  "OrgUnit.children": { each: 60, total: ORG_UNITS },
  "OrgUnit.grids": { each: 40, total: GRIDS },
  "Grid.rooms": { each: 60, total: ROOMS },
  "Grid.residents": { each: 240, total: STUDENTS },
  "Room.residents": { each: 8, total: STUDENTS },
  "Grid.branchHistory": { each: 50 },
  // A unit is renamed or moved a few times in its life: most have one or two changes, none many.
  "OrgUnit.history": { each: 20, total: ORG_UNITS * 4 },
  // The coverage report: each list is a part of the campus's grids, rooms or branches.
  "GridCoverage.gridsWithoutBranch": { each: GRIDS, total: GRIDS },
  "GridCoverage.gridsWithoutLeader": { each: GRIDS, total: GRIDS },
  "GridCoverage.gridsWithLeaderAssignmentEnded": { each: GRIDS, total: GRIDS },
  "GridCoverage.gridsWithLeaderMovedOut": { each: GRIDS, total: GRIDS },
  "GridCoverage.branches": { each: ORG_UNITS, total: ORG_UNITS },
  "BranchCoverage.grids": { each: 40, total: GRIDS },
  // The report lists at most 200 (MAX_UNGRIDDED_ROOMS in organisation).
  "UngriddedRooms.rooms": { each: 200, total: 200 },
  // people
  "Person.staffAssignments": { each: 20 },
  // A picker's list: at most MAX_STAFF_FOUND (people's person.service.ts).
  "Query.findStaff": { each: 10 },
  // Today's counselor, class adviser, grid leader, building leader and branch secretary, a few of each at most.
  "Person.responsibleStaff": { each: 12 },
  // Party development: the application and at most five steps; two contacts and two introducers;
  // a report a quarter over a few years; the board's lists and the worklist are capped by the query.
  "PartyDevelopment.transitions": { each: 8 },
  "PartyDevelopment.sponsors": { each: 4 },
  "PartyDevelopment.thoughtReports": { each: 40 },
  "PartyPipelineBoard.stages": { each: 6 },
  "PartyPipelineBoard.overdueThoughtReports": { each: 100 }, // BOARD_LIST_SIZE
  "PartyPipelineBoard.probationsEnding": { each: 100 },
  "PartyPipelineBoard.activistsReachingYear": { each: 100 },
  // Teams: the caller's teams (MAX_TEAMS), a leader's queue (MAX_PENDING), a record's two steps.
  "Query.teams": { each: 200 },
  "Team.pendingVolunteerService": { each: 200 },
  "VolunteerService.transitions": { each: 2 },
  // Volunteer activities (people's activity/): a team's list and the open ones (MAX_ACTIVITIES),
  // a student's sign-ups, an activity's sign-ups at most its slots (MAX_SLOTS).
  "Team.volunteerActivities": { each: 100 },
  "Query.volunteerActivities": { each: 100 },
  "Query.myVolunteerSignUps": { each: 100 },
  "VolunteerActivity.signUps": { each: 200 },
  "Query.myCultivatedActivists": { each: 200 }, // WORKLIST_SIZE
  // The duty roster (值班): a place's week is tens of shifts, a handful serving at one moment; a
  // member of staff a few a week. The coverage report's duty part is a part of the campus's grids.
  "Grid.dutyRoster": { each: 100 },
  "Building.dutyRoster": { each: 100 },
  "Grid.staffOnDuty": { each: 20 },
  // Student governance posts (people): a grid's floor head and safety officer, its rooms' dorm heads
  // (a floor's rooms, 60 at most, each with one at a time, plus next terms'); a room's one or two; a
  // student's over their years in residence.
  "Grid.governancePosts": { each: 130 },
  "Room.governancePosts": { each: 5 },
  "Person.governancePosts": { each: 20 },
  "Building.staffOnDuty": { each: 20 },
  "Query.myDuties": { each: 50 },
  "GridCoverage.gridsWithoutCounselor": { each: GRIDS, total: GRIDS },
  "GridCoverage.gridsWithoutDutyThisWeek": { each: GRIDS, total: GRIDS },
  "GridCoverage.gridVisitsThisTerm": { each: GRIDS, total: GRIDS },
  // curriculum
  "Course.sessions": { each: 50 },
  "Person.enrolments": { each: 50 },
  // A course a student holds a place in, each counted once; a term has tens, not hundreds.
  "Person.courseProgress": { each: 50 },
  "Person.courseCompletions": { each: 50 },
  // A check-in and a few corrections.
  "Attendance.history": { each: 20 },
  // evaluation
  "Person.warnings": { each: 20 },
  "Person.cases": { each: 10 },
  "Person.referrals": { each: 10 },
  // A psychology teacher's open referrals; the query answers at most this many.
  "Query.myReferrals": { each: 200 },
  // MY_PEER_REPORTS_LIMIT in the evaluation subgraph.
  "Query.myPeerReports": { each: 50 },
  // MAX_LISTED_PROBLEMS in people's roster import.
  "RosterImportReport.problems": { each: 1000 },
  // MAX_LISTED_PROBLEMS in organisation's residence import (住宿导入).
  "ResidenceImportReport.problems": { each: 1000 },
  // MAX_ROSTER_PAGE_SIZE in people's roster.
  "RosterPage.nodes": { each: 100 },
  "AssistanceCase.transitions": { each: 20 },
  "AssistanceCase.taskForce": { each: 10 },
  "AssistanceCase.taskForceChanges": { each: 20 },
  "AssistanceCase.plan": { each: 30 },
  // 谈心谈话记录: a conversation every week or two over a case's year, a warning's months.
  "AssistanceCase.talks": { each: 50 },
  "Warning.talks": { each: 20 },
  // The cases opened from one warning: one, now and then a second after a relapse.
  "Warning.cases": { each: 3 },
  // MAX_BULK_WARNINGS in evaluation's warning workflow.
  "Mutation.assignWarnings": { each: 100 },
  "Mutation.advanceWarnings": { each: 100 },
  "CaseMeasure.escalations": { each: 5 },
  "CaseMeasure.transitions": { each: 20 },
  "Warning.transitions": { each: 20 },
  "GridWarningStats.byLevel": { each: 5 },
  "GridWarningStats.byCategory": { each: 20 },
  "GridWarningStats.byStatus": { each: 10 },
  "WarningStatistics.byMonth": { each: 121 }, // a range of at most 10 years touches at most 121 months
  "WarningStatistics.byCategory": { each: 5 },
  "WarningStatistics.byLevel": { each: 3 },
  "AssistanceCaseStatistics.byYear": { each: 11 }, // a range of at most 10 years touches at most 11 years
  "AssistanceCaseStatistics.byKind": { each: 5 },
  "AssistanceCaseStatistics.byGrade": { each: 4 },
  "AssistanceCaseStatistics.byStatus": { each: 5 },
  "AssistanceCaseStatistics.overdueMeasuresByTier": { each: 3 },
  "Warning.evidence": { each: 10 },
  "Warning.escalations": { each: 5 },
  "WarningRule.versions": { each: 20 }, // unbounded in principle; a rule is republished a few times a year
  "WarningRuleVersion.conditions": { each: 10 }, // MAX_CONDITIONS
  "BacktestReport.students": { each: 100 }, // "the first 100 students"
  "Query.gradingConditions": { each: 30 },
  "Query.resourceOutcomeReport": { each: 100 }, // resource kinds × warning categories
  "Resource.rules": { each: 20 },
  "TermEvaluation.domains": { each: 5 }, // 德智体美劳
  "EvaluationScheme.weights": { each: 5 },
  "GrowthEventBatchReport.rows": { each: 1_000 }, // MAX_GROWTH_BATCH
  "IndicatorBatch.rows": { each: 5_000 }, // MAX_BATCH_RECORDS
  "ServiceClient.operations": { each: 50 },
  "ServiceClientGrant.operations": { each: 50 },
  // The evaluation subgraph's scheduled jobs (four today), each with its runs in the queue (the
  // next period's, a retry, a few by hand) and its latest failed attempts (the query keeps 5).
  "Query.scheduledJobs": { each: 20 },
  "ScheduledJob.queued": { each: 10 },
  "ScheduledJob.failures": { each: 5 },
};

/** The size of a list at `coordinate`; `argument` gives the value of one of the field's arguments, if known. */
export function listSize(
  coordinate: string,
  argument: (name: string) => unknown = () => undefined,
): ListSize {
  const size = LIST_SIZES[coordinate] ?? { each: DEFAULT_LIST_SIZE };
  if (!size.byArgument) return size;
  const value = argument(size.byArgument.name);
  const narrowed = typeof value === "string" ? size.byArgument.each[value] : undefined;
  return narrowed === undefined ? size : { ...size, each: narrowed };
}
