/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MatrixInbox($id: ID!) {\n    person(id: $id) {\n      inbox(first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MatrixInboxDocument,
    "\n  query MatrixMutationNames {\n    __schema {\n      mutationType {\n        fields {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MatrixMutationNamesDocument,
    "\n  query AccessRecords($filter: AccessRecordFilter, $first: Int) {\n    accessRecords(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          field\n          purpose\n          client\n          readerName\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccessRecordsDocument,
    "\n  query PhonesAndSummaries {\n    people(first: 50) {\n      edges {\n        node {\n          id\n          phone\n          warnings {\n            summary\n          }\n        }\n      }\n    }\n  }\n": typeof types.PhonesAndSummariesDocument,
    "\n  query PhoneTwice($id: ID!) {\n    a: person(id: $id) {\n      phone\n    }\n    b: person(id: $id) {\n      phone\n    }\n  }\n": typeof types.PhoneTwiceDocument,
    "\n  query Phone($id: ID!) {\n    person(id: $id) {\n      phone\n    }\n  }\n": typeof types.PhoneDocument,
    "\n  query WhoViewed($id: ID!) {\n    person(id: $id) {\n      accessRecords(first: 20) {\n        edges {\n          node {\n            readerName\n            field\n            purpose\n            readAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.WhoViewedDocument,
    "\n  query WarningSummaries {\n    warnings(first: 3) {\n      edges {\n        node {\n          id\n          summary\n        }\n      }\n    }\n  }\n": typeof types.WarningSummariesDocument,
    "\n  query WarningLevels {\n    warnings(first: 3) {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n": typeof types.WarningLevelsDocument,
    "\n  query StackCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      total {\n        students\n        opened\n        closed\n        suppressed\n      }\n      byKind {\n        kind\n        figures {\n          students\n          opened\n          suppressed\n        }\n      }\n      byYear {\n        year\n        figures {\n          opened\n        }\n      }\n    }\n  }\n": typeof types.StackCaseStatisticsDocument,
    "\n  query StackCaseCount($filter: AssistanceCaseFilter) {\n    assistanceCases(first: 1, filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.StackCaseCountDocument,
    "\n  query OutageProfile($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        bed\n      }\n      enrolments {\n        status\n      }\n    }\n  }\n": typeof types.OutageProfileDocument,
    "\n  query OutageCourses {\n    courses(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.OutageCoursesDocument,
    "\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) {\n      secret\n      client {\n        id\n        name\n        purposes\n        operations {\n          name\n          sha256\n        }\n        revokedAt\n      }\n    }\n  }\n": typeof types.RegisterServiceClientDocument,
    "\n  mutation PostsAppoint($input: AppointGovernancePostInput!) {\n    appointGovernancePost(input: $input) {\n      id\n      kind\n      gridId\n      room {\n        number\n      }\n      holder {\n        name\n      }\n    }\n  }\n": typeof types.PostsAppointDocument,
    "\n  query PostsOfGrid($id: ID!, $room: ID!) {\n    grid(id: $id) {\n      name\n      governancePosts {\n        kind\n        holder {\n          name\n        }\n        room {\n          number\n        }\n      }\n    }\n    room(id: $room) {\n      governancePosts {\n        kind\n        holder {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PostsOfGridDocument,
    "\n  mutation GovCreateWorkItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      id\n      list\n      status\n      level\n      inCharge {\n        name\n      }\n      parent {\n        id\n      }\n      meeting {\n        id\n      }\n    }\n  }\n": typeof types.GovCreateWorkItemDocument,
    "\n  mutation GovChangeWorkItem($input: ChangeWorkItemInput!) {\n    changeWorkItem(input: $input) {\n      id\n      dueOn\n    }\n  }\n": typeof types.GovChangeWorkItemDocument,
    "\n  mutation GovMoveWorkItem($input: MoveWorkItemInput!) {\n    moveWorkItem(input: $input) {\n      id\n      status\n      transitions {\n        fromStatus\n        toStatus\n        note\n        createdAt\n        by {\n          name\n        }\n      }\n    }\n  }\n": typeof types.GovMoveWorkItemDocument,
    "\n  mutation GovFollowUp($input: AddWorkItemFollowUpInput!) {\n    addWorkItemFollowUp(input: $input) {\n      id\n      followUps {\n        on\n        note\n        by {\n          name\n        }\n      }\n    }\n  }\n": typeof types.GovFollowUpDocument,
    "\n  mutation GovEscalate($asOf: LocalDate) {\n    escalateOverdueWorkItems(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n": typeof types.GovEscalateDocument,
    "\n  query GovWorkItem($id: ID!) {\n    workItem(id: $id) {\n      id\n      level\n      overdue\n      escalations {\n        dueOn\n        fromLevel\n        toLevel\n      }\n    }\n  }\n": typeof types.GovWorkItemDocument,
    "\n  query GovWorkItems($filter: WorkItemFilter, $first: Int) {\n    workItems(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          list\n          dueOn\n          status\n          level\n          overdue\n          unit {\n            name\n          }\n          inCharge {\n            name\n          }\n          parent {\n            title\n          }\n          children {\n            title\n            children {\n              title\n            }\n          }\n          transitions {\n            toStatus\n            by {\n              name\n            }\n          }\n          followUps {\n            note\n          }\n          escalations {\n            toLevel\n          }\n          meeting {\n            topic\n            attendees {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GovWorkItemsDocument,
    "\n  query GovOverdue($mine: Boolean) {\n    overdueWorkItems(first: 50, mine: $mine) {\n      totalCount\n      edges {\n        node {\n          id\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.GovOverdueDocument,
    "\n  mutation GovCreateMeeting($input: CreateSecretaryMeetingInput!) {\n    createSecretaryMeeting(input: $input) {\n      id\n      level\n      locked\n      chair {\n        name\n      }\n      attendees {\n        name\n      }\n    }\n  }\n": typeof types.GovCreateMeetingDocument,
    "\n  mutation GovMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      id\n      minutes\n    }\n  }\n": typeof types.GovMinutesDocument,
    "\n  mutation GovSignOff($id: ID!) {\n    signOffMeetingMinutes(meetingId: $id) {\n      id\n      locked\n      signedOffAt\n      signedOffBy {\n        name\n      }\n    }\n  }\n": typeof types.GovSignOffDocument,
    "\n  query GovMeeting($id: ID!) {\n    secretaryMeeting(id: $id) {\n      id\n      minutes\n      locked\n      decisions {\n        title\n      }\n    }\n  }\n": typeof types.GovMeetingDocument,
    "\n  query GovMeetings {\n    secretaryMeetings(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GovMeetingsDocument,
    "\n  query CoverageReport {\n    gridCoverage {\n      gridCount\n      gridsWithoutBranch {\n        name\n      }\n      gridsWithoutLeader {\n        name\n      }\n      gridsWithLeaderAssignmentEnded {\n        name\n      }\n      gridsWithLeaderMovedOut {\n        name\n        leader {\n          name\n        }\n      }\n      roomsInNoGrid {\n        totalCount\n        rooms {\n          number\n        }\n      }\n      branches {\n        branch {\n          name\n          secretary {\n            name\n          }\n        }\n        gridCount\n        residentCount\n        grids {\n          name\n          leader {\n            name\n          }\n          building {\n            name\n            leader {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CoverageReportDocument,
    "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents\n        counted\n        studentsWithOpenWarnings\n        open\n        overdue\n        byLevel {\n          level\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.GridPageDocument,
    "\n  query GridsWithStats {\n    grids(first: 10) {\n      edges {\n        node {\n          name\n          warningStats {\n            residents\n            open\n          }\n        }\n      }\n    }\n  }\n": typeof types.GridsWithStatsDocument,
    "\n  mutation MoveOut($id: ID!, $on: LocalDate!) {\n    moveOut(residenceId: $id, movedOutOn: $on) {\n      id\n    }\n  }\n": typeof types.MoveOutDocument,
    "\n  query InputErrorsPeoplePage($after: String) {\n    people(first: 1, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.InputErrorsPeoplePageDocument,
    "\n  query ProfileAcrossSubgraphs($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        room {\n          number\n        }\n      }\n      enrolments {\n        status\n      }\n      warnings {\n        level\n      }\n    }\n  }\n": typeof types.ProfileAcrossSubgraphsDocument,
    "\n  query StudentsWithGrids {\n    people(first: 3, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          name\n          grid {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.StudentsWithGridsDocument,
    "\n  query LimitsCampuses {\n    campuses {\n      name\n      buildings {\n        name\n        grids {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LimitsCampusesDocument,
    "\n  query LimitsQueryType {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": typeof types.LimitsQueryTypeDocument,
    "\n  query LimitsTypeNames {\n    __schema {\n      types {\n        name\n      }\n    }\n  }\n": typeof types.LimitsTypeNamesDocument,
    "\n  query LimitsOrganisationTree {\n    orgUnits(kind: PARTY_COMMITTEE) {\n      name\n      children {\n        name\n        kind\n        children {\n          name\n          kind\n          grids {\n            name\n            building {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LimitsOrganisationTreeDocument,
    "\n  query Profile($id: ID!) {\n    person(id: $id) {\n      name\n      grid {\n        name\n      }\n      enrolments {\n        id\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation AdminCreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n      kind\n      purpose\n      startsOn\n      endsOn\n      teamId\n      parent {\n        id\n      }\n      college {\n        name\n      }\n      history {\n        change\n        name\n        changedOn\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AdminCreateOrgUnitDocument,
    "\n  mutation AdminRenameOrgUnit($unit: ID!, $name: String!) {\n    renameOrgUnit(unitId: $unit, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.AdminRenameOrgUnitDocument,
    "\n  mutation AdminMoveOrgUnit($unit: ID!, $parent: ID!) {\n    moveOrgUnit(unitId: $unit, parentId: $parent) {\n      id\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.AdminMoveOrgUnitDocument,
    "\n  mutation AdminCloseOrgUnit($unit: ID!) {\n    closeOrgUnit(unitId: $unit) {\n      id\n      closedOn\n    }\n  }\n": typeof types.AdminCloseOrgUnitDocument,
    "\n  query AdminOrgUnitHistory(\n    $unit: ID!\n    $before: LocalDate!\n    $long: LocalDate!\n    $today: LocalDate!\n  ) {\n    orgUnit(id: $unit) {\n      name\n      history {\n        change\n        name\n        changedOn\n        parent {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n      before: nameOn(date: $before)\n      then: nameOn(date: $long)\n      now: nameOn(date: $today)\n      parentThen: parentOn(date: $long) {\n        id\n      }\n      parentNow: parentOn(date: $today) {\n        id\n      }\n    }\n  }\n": typeof types.AdminOrgUnitHistoryDocument,
    "\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateTeamDocument,
    "\n  mutation AdminCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) {\n      id\n      name\n      floors\n      college {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateBuildingDocument,
    "\n  mutation AdminCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      number\n      capacity\n      bedsInUse\n    }\n  }\n": typeof types.AdminCreateRoomDocument,
    "\n  mutation AdminChangeRoomCapacity($room: ID!, $capacity: Int!) {\n    changeRoomCapacity(roomId: $room, capacity: $capacity) {\n      id\n      capacity\n    }\n  }\n": typeof types.AdminChangeRoomCapacityDocument,
    "\n  mutation AdminTakeRoomOutOfUse($room: ID!) {\n    takeRoomOutOfUse(roomId: $room) {\n      id\n      outOfUseOn\n    }\n  }\n": typeof types.AdminTakeRoomOutOfUseDocument,
    "\n  mutation AdminMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminMoveInDocument,
    "\n  query AdminRoom($room: ID!) {\n    room(id: $room) {\n      capacity\n      bedsInUse\n    }\n  }\n": typeof types.AdminRoomDocument,
    "\n  mutation AdminAssignGridBranch($grid: ID!, $branch: ID!, $expected: ID) {\n    assignGridBranch(gridId: $grid, branchId: $branch, expectedBranchId: $expected) {\n      id\n      branch {\n        id\n      }\n    }\n  }\n": typeof types.AdminAssignGridBranchDocument,
    "\n  query AdminGridHistory($grid: ID!) {\n    grid(id: $grid) {\n      branchHistory {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AdminGridHistoryDocument,
    "\n  query AdminOrganisationTree($on: LocalDate!) {\n    orgUnits {\n      id\n      name\n      closedOn\n      nameOn(date: $on)\n      parentOn(date: $on) {\n        name\n      }\n      college {\n        name\n      }\n      history {\n        name\n        parent {\n          name\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganisationTreeDocument,
    "\n  query AdminBuildingRooms($building: ID!) {\n    building(id: $building) {\n      rooms {\n        number\n        capacity\n        bedsInUse\n        outOfUseOn\n      }\n    }\n  }\n": typeof types.AdminBuildingRoomsDocument,
    "\n  mutation StackCreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      state\n      teacher {\n        name\n      }\n      student {\n        name\n      }\n    }\n  }\n": typeof types.StackCreatePairingDocument,
    "\n  mutation StackLogPairingActivity($input: LogPairingActivityInput!) {\n    logPairingActivity(input: $input) {\n      id\n      term\n      recordedBy {\n        name\n      }\n    }\n  }\n": typeof types.StackLogPairingActivityDocument,
    "\n  mutation StackEndPairing($id: ID!) {\n    endPairing(pairingId: $id) {\n      state\n      endedBy {\n        name\n      }\n    }\n  }\n": typeof types.StackEndPairingDocument,
    "\n  query StackBranchPairings($id: ID!) {\n    orgUnit(id: $id) {\n      name\n      pairings(first: 10) {\n        totalCount\n        edges {\n          node {\n            kind\n            state\n            unit {\n              name\n            }\n            branch {\n              name\n            }\n            teacher {\n              name\n            }\n            activitiesByTerm {\n              term\n              activityCount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StackBranchPairingsDocument,
    "\n  mutation StackCreatePartyPost($input: CreatePartyPostInput!) {\n    createPartyPost(input: $input) {\n      id\n      holder {\n        name\n        politicalStatus\n      }\n    }\n  }\n": typeof types.StackCreatePartyPostDocument,
    "\n  mutation StackCreateVanguardTeam($input: CreateVanguardTeamInput!) {\n    createVanguardTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.StackCreateVanguardTeamDocument,
    "\n  mutation StackCreateResponsibilityArea($input: CreateResponsibilityAreaInput!) {\n    createResponsibilityArea(input: $input) {\n      id\n    }\n  }\n": typeof types.StackCreateResponsibilityAreaDocument,
    "\n  query StackBranchPartyWork($branch: ID!, $person: ID!) {\n    orgUnit(id: $branch) {\n      name\n      secretary {\n        name\n      }\n      partyPosts {\n        title\n        holder {\n          name\n        }\n        grid {\n          name\n        }\n      }\n      responsibilityAreas {\n        name\n        member {\n          name\n        }\n      }\n      vanguardTeams {\n        name\n        members {\n          name\n          politicalStatus\n        }\n      }\n    }\n    person(id: $person) {\n      partyPosts {\n        title\n      }\n    }\n    responsibilityCoverage(branchId: $branch) {\n      branches {\n        roomCount\n        coveredRoomCount\n      }\n    }\n  }\n": typeof types.StackBranchPartyWorkDocument,
    "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      number\n      college {\n        name\n      }\n      residence {\n        bed\n        room {\n          number\n          building {\n            name\n          }\n        }\n      }\n      grid {\n        name\n        branch {\n          name\n        }\n      }\n      enrolments {\n        status\n        session {\n          course {\n            title\n          }\n        }\n      }\n      warnings {\n        category\n        level\n        status\n        summary\n      }\n    }\n  }\n": typeof types.StudentProfileDocument,
    "\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.IngestDocument,
    "\n  mutation Record($input: RecordGrowthEventsInput!) {\n    recordGrowthEvents(input: $input) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n": typeof types.RecordDocument,
    "\n  mutation OpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation AddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      taskForce {\n        member {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  query WarnedPeople {\n    warnings(first: 50) {\n      edges {\n        node {\n          id\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.WarnedPeopleDocument,
    "\n  mutation StackStageResidenceImport($input: StageResidenceImportInput!) {\n    stageResidenceImport(input: $input) {\n      importId\n      stagedRows\n    }\n  }\n": typeof types.StackStageResidenceImportDocument,
    "\n  mutation StackImportResidences($input: ImportResidencesInput!) {\n    importResidences(input: $input) {\n      committed\n      rowCount\n      movedIn\n      problemCount\n      ignoredColumns\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n": typeof types.StackImportResidencesDocument,
    "\n  query StackImportedResidence($id: ID!) {\n    person(id: $id) {\n      residence {\n        bed\n        movedInOn\n        room {\n          number\n        }\n      }\n    }\n  }\n": typeof types.StackImportedResidenceDocument,
    "\n  query StackImportReadsBy($filter: AccessRecordFilter) {\n    accessRecords(filter: $filter, first: 100) {\n      edges {\n        node {\n          field\n          purpose\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.StackImportReadsByDocument,
    "\n  mutation StackImportRoomOutOfUse($roomId: ID!) {\n    takeRoomOutOfUse(roomId: $roomId) {\n      id\n    }\n  }\n": typeof types.StackImportRoomOutOfUseDocument,
    "\n  fragment Residence on Person {\n    residence {\n      bed\n      movedInOn\n      room {\n        number\n        building {\n          name\n        }\n      }\n    }\n    grid {\n      name\n    }\n    branch {\n      name\n    }\n  }\n": typeof types.ResidenceFragmentDoc,
    "\n  query MyResidence($id: ID!) {\n    person(id: $id) {\n      ...Residence\n    }\n  }\n": typeof types.MyResidenceDocument,
    "\n  query NameAndResidence($id: ID!) {\n    person(id: $id) {\n      name\n      ...Residence\n    }\n  }\n": typeof types.NameAndResidenceDocument,
    "\n  query Places($room: ID!, $grid: ID!) {\n    room(id: $room) {\n      number\n      residents {\n        id\n        residence {\n          bed\n        }\n      }\n    }\n    grid(id: $grid) {\n      name\n      residentCount\n      residents {\n        id\n      }\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  query Residents($room: ID!, $grid: ID!) {\n    room(id: $room) {\n      residents {\n        id\n      }\n    }\n    grid(id: $grid) {\n      residents {\n        id\n      }\n      residentCount\n    }\n  }\n": typeof types.ResidentsDocument,
    "\n  query Directory($filter: PeopleFilter) {\n    people(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query StudentRooms {\n    people(first: 50, filter: { kind: STUDENT }) {\n      totalCount\n      edges {\n        node {\n          id\n          residence {\n            room {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StudentRoomsDocument,
    "\n  query TwoGrids($a: ID!, $b: ID!) {\n    mine: grid(id: $a) {\n      residents {\n        id\n      }\n    }\n    other: grid(id: $b) {\n      residents {\n        id\n      }\n    }\n  }\n": typeof types.TwoGridsDocument,
    "\n  query PeopleCount($filter: PeopleFilter) {\n    people(first: 50, filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.PeopleCountDocument,
    "\n  query BedAndGrid($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        bed\n      }\n      grid {\n        name\n      }\n    }\n  }\n": typeof types.BedAndGridDocument,
    "\n  query GridResidents($id: ID!) {\n    grid(id: $id) {\n      residents {\n        id\n      }\n    }\n  }\n": typeof types.GridResidentsDocument,
    "\n  query ResponsibleStaff($id: ID!) {\n    person(id: $id) {\n      responsibleStaff {\n        role\n        name\n      }\n    }\n  }\n": typeof types.ResponsibleStaffDocument,
    "\n  query ReadsBy($filter: AccessRecordFilter) {\n    accessRecords(filter: $filter, first: 100) {\n      edges {\n        node {\n          field\n          purpose\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadsByDocument,
    "\n  query SameResidenceTwice($id: ID!, $grid: ID!, $denied: ID!) {\n    a: person(id: $id) {\n      residence {\n        bed\n        room {\n          number\n        }\n        movedOutOn\n      }\n      grid {\n        name\n      }\n    }\n    b: person(id: $id) {\n      residence {\n        bed\n      }\n    }\n    grid(id: $grid) {\n      residents {\n        id\n        residence {\n          bed\n        }\n      }\n    }\n    denied: person(id: $denied) {\n      residence {\n        bed\n      }\n    }\n  }\n": typeof types.SameResidenceTwiceDocument,
    "\n  query MyBed($id: ID!) {\n    person(id: $id) {\n      residence {\n        bed\n      }\n    }\n  }\n": typeof types.MyBedDocument,
    "\n  mutation StackImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      committed\n      created\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n": typeof types.StackImportRosterDocument,
    "\n  mutation StackCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.StackCreatePersonDocument,
    "\n  query StackFindImported($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          name\n          school {\n            name\n          }\n          college {\n            name\n          }\n          studentClass {\n            name\n          }\n          cohort\n          degreeLevel\n        }\n      }\n    }\n  }\n": typeof types.StackFindImportedDocument,
    "\n  query ClientAccessRecords($id: ID!) {\n    accessRecords(filter: { subjectId: $id }, first: 50) {\n      edges {\n        node {\n          client\n          field\n          purpose\n          readerName\n        }\n      }\n    }\n  }\n": typeof types.ClientAccessRecordsDocument,
    "\n  mutation RevokeServiceClient($id: ID!) {\n    revokeServiceClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeServiceClientDocument,
    "\n  query Enrolments($id: ID!) {\n    person(id: $id) {\n      name\n      enrolments {\n        status\n      }\n    }\n  }\n": typeof types.EnrolmentsDocument,
    "\n  mutation Enrol($s: ID!, $p: ID!) {\n    enrol(sessionId: $s, personId: $p) {\n      status\n    }\n  }\n": typeof types.EnrolDocument,
    "\n  query AdminOnly {\n    staffAssignments(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AdminOnlyDocument,
    "\n  mutation DutyAssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.DutyAssignStaffDocument,
    "\n  mutation DutyAddShift($input: AddDutyShiftInput!) {\n    addDutyShift(input: $input) {\n      id\n      weekday\n      startTime\n      endTime\n      person {\n        name\n      }\n    }\n  }\n": typeof types.DutyAddShiftDocument,
    "\n  mutation DutyEndShift($id: ID!, $lastDay: LocalDate!) {\n    endDutyShift(id: $id, lastDay: $lastDay) {\n      id\n      validUntil\n    }\n  }\n": typeof types.DutyEndShiftDocument,
    "\n  query DutyOnDuty($grid: ID!, $building: ID!, $at: DateTimeISO) {\n    grid(id: $grid) {\n      staffOnDuty(at: $at) {\n        role\n        person {\n          name\n        }\n      }\n    }\n    building(id: $building) {\n      staffOnDuty(at: $at) {\n        person {\n          name\n        }\n      }\n    }\n  }\n": typeof types.DutyOnDutyDocument,
    "\n  query DutyMine {\n    myDuties {\n      weekday\n      startTime\n      endTime\n      placeKind\n      placeId\n    }\n  }\n": typeof types.DutyMineDocument,
    "\n  mutation DutyRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      kind\n      gridId\n      notes\n      student {\n        name\n      }\n    }\n  }\n": typeof types.DutyRecordVisitDocument,
    "\n  query DutyStudentVisits($id: ID!) {\n    person(id: $id) {\n      name\n      visits(first: 10) {\n        totalCount\n        edges {\n          node {\n            kind\n            notes\n            warningId\n            by {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DutyStudentVisitsDocument,
    "\n  query DutyMyVisits {\n    myVisits(first: 10) {\n      totalCount\n      edges {\n        node {\n          notes\n        }\n      }\n    }\n  }\n": typeof types.DutyMyVisitsDocument,
    "\n  query DutyPhone($id: ID!) {\n    person(id: $id) {\n      phone\n    }\n  }\n": typeof types.DutyPhoneDocument,
    "\n  query DutyCoverage {\n    gridCoverage {\n      gridCount\n      gridsWithoutCounselor {\n        id\n      }\n      gridsWithoutDutyThisWeek {\n        id\n      }\n      gridVisitsThisTerm {\n        grid {\n          id\n        }\n        visits\n      }\n    }\n  }\n": typeof types.DutyCoverageDocument,
    "\n  query StartStudents {\n    people(first: 1, filter: { kind: STUDENT }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          grid {\n            name\n          }\n          enrolments {\n            id\n          }\n          warnings {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.StartStudentsDocument,
    "\n  mutation StartIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rows {\n          index\n          field\n        }\n      }\n    }\n  }\n": typeof types.StartIngestDocument,
    "\n  query StatementMetricProfile($id: ID!) {\n    person(id: $id) {\n      name\n      enrolments {\n        id\n      }\n    }\n  }\n": typeof types.StatementMetricProfileDocument,
    "\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          name\n          school {\n            name\n          }\n          college {\n            name\n          }\n          residence {\n            bed\n            room {\n              number\n              building {\n                name\n              }\n            }\n          }\n          grid {\n            name\n            branch {\n              name\n            }\n          }\n          branch {\n            name\n          }\n          enrolments {\n            status\n            session {\n              startsAt\n              course {\n                title\n              }\n            }\n          }\n          warnings {\n            level\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.StudentsWithEverythingDocument,
    "\n  query WarningStatisticsColleges($from: DateTimeISO!, $to: DateTimeISO!) {\n    orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      name\n      warningStatistics(from: $from, to: $to) {\n        ...UnitWarningStatistics\n      }\n    }\n  }\n  fragment UnitWarningStatistics on WarningStatistics {\n    total {\n      ...UnitWarningFigures\n    }\n    byMonth {\n      month\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n    byCategory {\n      category\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n    byLevel {\n      level\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n  }\n  fragment UnitWarningFigures on WarningFigures {\n    students\n    raised\n    handled\n    closed\n    overdue\n    suppressed\n  }\n": typeof types.WarningStatisticsCollegesDocument,
    "\n  query WarningStatisticsCollegeLists(\n    $raised: WarningFilter!\n    $handled: WarningFilter!\n    $closed: WarningFilter!\n    $overdue: WarningFilter!\n  ) {\n    orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      ...UnitWarningLists\n    }\n  }\n  fragment UnitWarningLists on OrgUnit {\n    raised: warnings(first: 100, filter: $raised) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n    handled: warnings(first: 1, filter: $handled) {\n      totalCount\n    }\n    closed: warnings(first: 1, filter: $closed) {\n      totalCount\n    }\n    overdue: warnings(first: 1, filter: $overdue) {\n      totalCount\n    }\n  }\n": typeof types.WarningStatisticsCollegeListsDocument,
    "\n  query WarningStatisticsBuilding($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    building(id: $id) {\n      name\n      warningStatistics(from: $from, to: $to) {\n        total {\n          students\n          raised\n          handled\n          closed\n          overdue\n          suppressed\n        }\n      }\n      warnings(filter: { raisedFrom: $from, raisedBefore: $to }) {\n        totalCount\n      }\n      all: warnings {\n        totalCount\n      }\n    }\n  }\n": typeof types.WarningStatisticsBuildingDocument,
    "\n  query WarningStatisticsUnitsOfKind($kind: OrgUnitKind, $from: DateTimeISO!, $to: DateTimeISO!) {\n    orgUnits(kind: $kind) {\n      name\n      warningStatistics(from: $from, to: $to) {\n        ...UnitWarningStatistics\n      }\n    }\n  }\n": typeof types.WarningStatisticsUnitsOfKindDocument,
};
const documents: Documents = {
    "\n  query MatrixInbox($id: ID!) {\n    person(id: $id) {\n      inbox(first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MatrixInboxDocument,
    "\n  query MatrixMutationNames {\n    __schema {\n      mutationType {\n        fields {\n          name\n        }\n      }\n    }\n  }\n": types.MatrixMutationNamesDocument,
    "\n  query AccessRecords($filter: AccessRecordFilter, $first: Int) {\n    accessRecords(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          field\n          purpose\n          client\n          readerName\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AccessRecordsDocument,
    "\n  query PhonesAndSummaries {\n    people(first: 50) {\n      edges {\n        node {\n          id\n          phone\n          warnings {\n            summary\n          }\n        }\n      }\n    }\n  }\n": types.PhonesAndSummariesDocument,
    "\n  query PhoneTwice($id: ID!) {\n    a: person(id: $id) {\n      phone\n    }\n    b: person(id: $id) {\n      phone\n    }\n  }\n": types.PhoneTwiceDocument,
    "\n  query Phone($id: ID!) {\n    person(id: $id) {\n      phone\n    }\n  }\n": types.PhoneDocument,
    "\n  query WhoViewed($id: ID!) {\n    person(id: $id) {\n      accessRecords(first: 20) {\n        edges {\n          node {\n            readerName\n            field\n            purpose\n            readAt\n          }\n        }\n      }\n    }\n  }\n": types.WhoViewedDocument,
    "\n  query WarningSummaries {\n    warnings(first: 3) {\n      edges {\n        node {\n          id\n          summary\n        }\n      }\n    }\n  }\n": types.WarningSummariesDocument,
    "\n  query WarningLevels {\n    warnings(first: 3) {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n": types.WarningLevelsDocument,
    "\n  query StackCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      total {\n        students\n        opened\n        closed\n        suppressed\n      }\n      byKind {\n        kind\n        figures {\n          students\n          opened\n          suppressed\n        }\n      }\n      byYear {\n        year\n        figures {\n          opened\n        }\n      }\n    }\n  }\n": types.StackCaseStatisticsDocument,
    "\n  query StackCaseCount($filter: AssistanceCaseFilter) {\n    assistanceCases(first: 1, filter: $filter) {\n      totalCount\n    }\n  }\n": types.StackCaseCountDocument,
    "\n  query OutageProfile($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        bed\n      }\n      enrolments {\n        status\n      }\n    }\n  }\n": types.OutageProfileDocument,
    "\n  query OutageCourses {\n    courses(first: 5) {\n      totalCount\n    }\n  }\n": types.OutageCoursesDocument,
    "\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) {\n      secret\n      client {\n        id\n        name\n        purposes\n        operations {\n          name\n          sha256\n        }\n        revokedAt\n      }\n    }\n  }\n": types.RegisterServiceClientDocument,
    "\n  mutation PostsAppoint($input: AppointGovernancePostInput!) {\n    appointGovernancePost(input: $input) {\n      id\n      kind\n      gridId\n      room {\n        number\n      }\n      holder {\n        name\n      }\n    }\n  }\n": types.PostsAppointDocument,
    "\n  query PostsOfGrid($id: ID!, $room: ID!) {\n    grid(id: $id) {\n      name\n      governancePosts {\n        kind\n        holder {\n          name\n        }\n        room {\n          number\n        }\n      }\n    }\n    room(id: $room) {\n      governancePosts {\n        kind\n        holder {\n          name\n        }\n      }\n    }\n  }\n": types.PostsOfGridDocument,
    "\n  mutation GovCreateWorkItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      id\n      list\n      status\n      level\n      inCharge {\n        name\n      }\n      parent {\n        id\n      }\n      meeting {\n        id\n      }\n    }\n  }\n": types.GovCreateWorkItemDocument,
    "\n  mutation GovChangeWorkItem($input: ChangeWorkItemInput!) {\n    changeWorkItem(input: $input) {\n      id\n      dueOn\n    }\n  }\n": types.GovChangeWorkItemDocument,
    "\n  mutation GovMoveWorkItem($input: MoveWorkItemInput!) {\n    moveWorkItem(input: $input) {\n      id\n      status\n      transitions {\n        fromStatus\n        toStatus\n        note\n        createdAt\n        by {\n          name\n        }\n      }\n    }\n  }\n": types.GovMoveWorkItemDocument,
    "\n  mutation GovFollowUp($input: AddWorkItemFollowUpInput!) {\n    addWorkItemFollowUp(input: $input) {\n      id\n      followUps {\n        on\n        note\n        by {\n          name\n        }\n      }\n    }\n  }\n": types.GovFollowUpDocument,
    "\n  mutation GovEscalate($asOf: LocalDate) {\n    escalateOverdueWorkItems(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n": types.GovEscalateDocument,
    "\n  query GovWorkItem($id: ID!) {\n    workItem(id: $id) {\n      id\n      level\n      overdue\n      escalations {\n        dueOn\n        fromLevel\n        toLevel\n      }\n    }\n  }\n": types.GovWorkItemDocument,
    "\n  query GovWorkItems($filter: WorkItemFilter, $first: Int) {\n    workItems(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          list\n          dueOn\n          status\n          level\n          overdue\n          unit {\n            name\n          }\n          inCharge {\n            name\n          }\n          parent {\n            title\n          }\n          children {\n            title\n            children {\n              title\n            }\n          }\n          transitions {\n            toStatus\n            by {\n              name\n            }\n          }\n          followUps {\n            note\n          }\n          escalations {\n            toLevel\n          }\n          meeting {\n            topic\n            attendees {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GovWorkItemsDocument,
    "\n  query GovOverdue($mine: Boolean) {\n    overdueWorkItems(first: 50, mine: $mine) {\n      totalCount\n      edges {\n        node {\n          id\n          overdue\n        }\n      }\n    }\n  }\n": types.GovOverdueDocument,
    "\n  mutation GovCreateMeeting($input: CreateSecretaryMeetingInput!) {\n    createSecretaryMeeting(input: $input) {\n      id\n      level\n      locked\n      chair {\n        name\n      }\n      attendees {\n        name\n      }\n    }\n  }\n": types.GovCreateMeetingDocument,
    "\n  mutation GovMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      id\n      minutes\n    }\n  }\n": types.GovMinutesDocument,
    "\n  mutation GovSignOff($id: ID!) {\n    signOffMeetingMinutes(meetingId: $id) {\n      id\n      locked\n      signedOffAt\n      signedOffBy {\n        name\n      }\n    }\n  }\n": types.GovSignOffDocument,
    "\n  query GovMeeting($id: ID!) {\n    secretaryMeeting(id: $id) {\n      id\n      minutes\n      locked\n      decisions {\n        title\n      }\n    }\n  }\n": types.GovMeetingDocument,
    "\n  query GovMeetings {\n    secretaryMeetings(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.GovMeetingsDocument,
    "\n  query CoverageReport {\n    gridCoverage {\n      gridCount\n      gridsWithoutBranch {\n        name\n      }\n      gridsWithoutLeader {\n        name\n      }\n      gridsWithLeaderAssignmentEnded {\n        name\n      }\n      gridsWithLeaderMovedOut {\n        name\n        leader {\n          name\n        }\n      }\n      roomsInNoGrid {\n        totalCount\n        rooms {\n          number\n        }\n      }\n      branches {\n        branch {\n          name\n          secretary {\n            name\n          }\n        }\n        gridCount\n        residentCount\n        grids {\n          name\n          leader {\n            name\n          }\n          building {\n            name\n            leader {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CoverageReportDocument,
    "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents\n        counted\n        studentsWithOpenWarnings\n        open\n        overdue\n        byLevel {\n          level\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.GridPageDocument,
    "\n  query GridsWithStats {\n    grids(first: 10) {\n      edges {\n        node {\n          name\n          warningStats {\n            residents\n            open\n          }\n        }\n      }\n    }\n  }\n": types.GridsWithStatsDocument,
    "\n  mutation MoveOut($id: ID!, $on: LocalDate!) {\n    moveOut(residenceId: $id, movedOutOn: $on) {\n      id\n    }\n  }\n": types.MoveOutDocument,
    "\n  query InputErrorsPeoplePage($after: String) {\n    people(first: 1, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.InputErrorsPeoplePageDocument,
    "\n  query ProfileAcrossSubgraphs($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        room {\n          number\n        }\n      }\n      enrolments {\n        status\n      }\n      warnings {\n        level\n      }\n    }\n  }\n": types.ProfileAcrossSubgraphsDocument,
    "\n  query StudentsWithGrids {\n    people(first: 3, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          name\n          grid {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.StudentsWithGridsDocument,
    "\n  query LimitsCampuses {\n    campuses {\n      name\n      buildings {\n        name\n        grids {\n          name\n        }\n      }\n    }\n  }\n": types.LimitsCampusesDocument,
    "\n  query LimitsQueryType {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": types.LimitsQueryTypeDocument,
    "\n  query LimitsTypeNames {\n    __schema {\n      types {\n        name\n      }\n    }\n  }\n": types.LimitsTypeNamesDocument,
    "\n  query LimitsOrganisationTree {\n    orgUnits(kind: PARTY_COMMITTEE) {\n      name\n      children {\n        name\n        kind\n        children {\n          name\n          kind\n          grids {\n            name\n            building {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LimitsOrganisationTreeDocument,
    "\n  query Profile($id: ID!) {\n    person(id: $id) {\n      name\n      grid {\n        name\n      }\n      enrolments {\n        id\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation AdminCreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n      kind\n      purpose\n      startsOn\n      endsOn\n      teamId\n      parent {\n        id\n      }\n      college {\n        name\n      }\n      history {\n        change\n        name\n        changedOn\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": types.AdminCreateOrgUnitDocument,
    "\n  mutation AdminRenameOrgUnit($unit: ID!, $name: String!) {\n    renameOrgUnit(unitId: $unit, name: $name) {\n      id\n      name\n    }\n  }\n": types.AdminRenameOrgUnitDocument,
    "\n  mutation AdminMoveOrgUnit($unit: ID!, $parent: ID!) {\n    moveOrgUnit(unitId: $unit, parentId: $parent) {\n      id\n      parent {\n        id\n      }\n    }\n  }\n": types.AdminMoveOrgUnitDocument,
    "\n  mutation AdminCloseOrgUnit($unit: ID!) {\n    closeOrgUnit(unitId: $unit) {\n      id\n      closedOn\n    }\n  }\n": types.AdminCloseOrgUnitDocument,
    "\n  query AdminOrgUnitHistory(\n    $unit: ID!\n    $before: LocalDate!\n    $long: LocalDate!\n    $today: LocalDate!\n  ) {\n    orgUnit(id: $unit) {\n      name\n      history {\n        change\n        name\n        changedOn\n        parent {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n      before: nameOn(date: $before)\n      then: nameOn(date: $long)\n      now: nameOn(date: $today)\n      parentThen: parentOn(date: $long) {\n        id\n      }\n      parentNow: parentOn(date: $today) {\n        id\n      }\n    }\n  }\n": types.AdminOrgUnitHistoryDocument,
    "\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateTeamDocument,
    "\n  mutation AdminCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) {\n      id\n      name\n      floors\n      college {\n        id\n      }\n    }\n  }\n": types.AdminCreateBuildingDocument,
    "\n  mutation AdminCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      number\n      capacity\n      bedsInUse\n    }\n  }\n": types.AdminCreateRoomDocument,
    "\n  mutation AdminChangeRoomCapacity($room: ID!, $capacity: Int!) {\n    changeRoomCapacity(roomId: $room, capacity: $capacity) {\n      id\n      capacity\n    }\n  }\n": types.AdminChangeRoomCapacityDocument,
    "\n  mutation AdminTakeRoomOutOfUse($room: ID!) {\n    takeRoomOutOfUse(roomId: $room) {\n      id\n      outOfUseOn\n    }\n  }\n": types.AdminTakeRoomOutOfUseDocument,
    "\n  mutation AdminMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      id\n    }\n  }\n": types.AdminMoveInDocument,
    "\n  query AdminRoom($room: ID!) {\n    room(id: $room) {\n      capacity\n      bedsInUse\n    }\n  }\n": types.AdminRoomDocument,
    "\n  mutation AdminAssignGridBranch($grid: ID!, $branch: ID!, $expected: ID) {\n    assignGridBranch(gridId: $grid, branchId: $branch, expectedBranchId: $expected) {\n      id\n      branch {\n        id\n      }\n    }\n  }\n": types.AdminAssignGridBranchDocument,
    "\n  query AdminGridHistory($grid: ID!) {\n    grid(id: $grid) {\n      branchHistory {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n    }\n  }\n": types.AdminGridHistoryDocument,
    "\n  query AdminOrganisationTree($on: LocalDate!) {\n    orgUnits {\n      id\n      name\n      closedOn\n      nameOn(date: $on)\n      parentOn(date: $on) {\n        name\n      }\n      college {\n        name\n      }\n      history {\n        name\n        parent {\n          name\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": types.AdminOrganisationTreeDocument,
    "\n  query AdminBuildingRooms($building: ID!) {\n    building(id: $building) {\n      rooms {\n        number\n        capacity\n        bedsInUse\n        outOfUseOn\n      }\n    }\n  }\n": types.AdminBuildingRoomsDocument,
    "\n  mutation StackCreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      state\n      teacher {\n        name\n      }\n      student {\n        name\n      }\n    }\n  }\n": types.StackCreatePairingDocument,
    "\n  mutation StackLogPairingActivity($input: LogPairingActivityInput!) {\n    logPairingActivity(input: $input) {\n      id\n      term\n      recordedBy {\n        name\n      }\n    }\n  }\n": types.StackLogPairingActivityDocument,
    "\n  mutation StackEndPairing($id: ID!) {\n    endPairing(pairingId: $id) {\n      state\n      endedBy {\n        name\n      }\n    }\n  }\n": types.StackEndPairingDocument,
    "\n  query StackBranchPairings($id: ID!) {\n    orgUnit(id: $id) {\n      name\n      pairings(first: 10) {\n        totalCount\n        edges {\n          node {\n            kind\n            state\n            unit {\n              name\n            }\n            branch {\n              name\n            }\n            teacher {\n              name\n            }\n            activitiesByTerm {\n              term\n              activityCount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StackBranchPairingsDocument,
    "\n  mutation StackCreatePartyPost($input: CreatePartyPostInput!) {\n    createPartyPost(input: $input) {\n      id\n      holder {\n        name\n        politicalStatus\n      }\n    }\n  }\n": types.StackCreatePartyPostDocument,
    "\n  mutation StackCreateVanguardTeam($input: CreateVanguardTeamInput!) {\n    createVanguardTeam(input: $input) {\n      id\n    }\n  }\n": types.StackCreateVanguardTeamDocument,
    "\n  mutation StackCreateResponsibilityArea($input: CreateResponsibilityAreaInput!) {\n    createResponsibilityArea(input: $input) {\n      id\n    }\n  }\n": types.StackCreateResponsibilityAreaDocument,
    "\n  query StackBranchPartyWork($branch: ID!, $person: ID!) {\n    orgUnit(id: $branch) {\n      name\n      secretary {\n        name\n      }\n      partyPosts {\n        title\n        holder {\n          name\n        }\n        grid {\n          name\n        }\n      }\n      responsibilityAreas {\n        name\n        member {\n          name\n        }\n      }\n      vanguardTeams {\n        name\n        members {\n          name\n          politicalStatus\n        }\n      }\n    }\n    person(id: $person) {\n      partyPosts {\n        title\n      }\n    }\n    responsibilityCoverage(branchId: $branch) {\n      branches {\n        roomCount\n        coveredRoomCount\n      }\n    }\n  }\n": types.StackBranchPartyWorkDocument,
    "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      number\n      college {\n        name\n      }\n      residence {\n        bed\n        room {\n          number\n          building {\n            name\n          }\n        }\n      }\n      grid {\n        name\n        branch {\n          name\n        }\n      }\n      enrolments {\n        status\n        session {\n          course {\n            title\n          }\n        }\n      }\n      warnings {\n        category\n        level\n        status\n        summary\n      }\n    }\n  }\n": types.StudentProfileDocument,
    "\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": types.IngestDocument,
    "\n  mutation Record($input: RecordGrowthEventsInput!) {\n    recordGrowthEvents(input: $input) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n": types.RecordDocument,
    "\n  mutation OpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation AddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      taskForce {\n        member {\n          id\n        }\n      }\n    }\n  }\n": types.AddMemberDocument,
    "\n  query WarnedPeople {\n    warnings(first: 50) {\n      edges {\n        node {\n          id\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.WarnedPeopleDocument,
    "\n  mutation StackStageResidenceImport($input: StageResidenceImportInput!) {\n    stageResidenceImport(input: $input) {\n      importId\n      stagedRows\n    }\n  }\n": types.StackStageResidenceImportDocument,
    "\n  mutation StackImportResidences($input: ImportResidencesInput!) {\n    importResidences(input: $input) {\n      committed\n      rowCount\n      movedIn\n      problemCount\n      ignoredColumns\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n": types.StackImportResidencesDocument,
    "\n  query StackImportedResidence($id: ID!) {\n    person(id: $id) {\n      residence {\n        bed\n        movedInOn\n        room {\n          number\n        }\n      }\n    }\n  }\n": types.StackImportedResidenceDocument,
    "\n  query StackImportReadsBy($filter: AccessRecordFilter) {\n    accessRecords(filter: $filter, first: 100) {\n      edges {\n        node {\n          field\n          purpose\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.StackImportReadsByDocument,
    "\n  mutation StackImportRoomOutOfUse($roomId: ID!) {\n    takeRoomOutOfUse(roomId: $roomId) {\n      id\n    }\n  }\n": types.StackImportRoomOutOfUseDocument,
    "\n  fragment Residence on Person {\n    residence {\n      bed\n      movedInOn\n      room {\n        number\n        building {\n          name\n        }\n      }\n    }\n    grid {\n      name\n    }\n    branch {\n      name\n    }\n  }\n": types.ResidenceFragmentDoc,
    "\n  query MyResidence($id: ID!) {\n    person(id: $id) {\n      ...Residence\n    }\n  }\n": types.MyResidenceDocument,
    "\n  query NameAndResidence($id: ID!) {\n    person(id: $id) {\n      name\n      ...Residence\n    }\n  }\n": types.NameAndResidenceDocument,
    "\n  query Places($room: ID!, $grid: ID!) {\n    room(id: $room) {\n      number\n      residents {\n        id\n        residence {\n          bed\n        }\n      }\n    }\n    grid(id: $grid) {\n      name\n      residentCount\n      residents {\n        id\n      }\n    }\n  }\n": types.PlacesDocument,
    "\n  query Residents($room: ID!, $grid: ID!) {\n    room(id: $room) {\n      residents {\n        id\n      }\n    }\n    grid(id: $grid) {\n      residents {\n        id\n      }\n      residentCount\n    }\n  }\n": types.ResidentsDocument,
    "\n  query Directory($filter: PeopleFilter) {\n    people(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query StudentRooms {\n    people(first: 50, filter: { kind: STUDENT }) {\n      totalCount\n      edges {\n        node {\n          id\n          residence {\n            room {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StudentRoomsDocument,
    "\n  query TwoGrids($a: ID!, $b: ID!) {\n    mine: grid(id: $a) {\n      residents {\n        id\n      }\n    }\n    other: grid(id: $b) {\n      residents {\n        id\n      }\n    }\n  }\n": types.TwoGridsDocument,
    "\n  query PeopleCount($filter: PeopleFilter) {\n    people(first: 50, filter: $filter) {\n      totalCount\n    }\n  }\n": types.PeopleCountDocument,
    "\n  query BedAndGrid($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        bed\n      }\n      grid {\n        name\n      }\n    }\n  }\n": types.BedAndGridDocument,
    "\n  query GridResidents($id: ID!) {\n    grid(id: $id) {\n      residents {\n        id\n      }\n    }\n  }\n": types.GridResidentsDocument,
    "\n  query ResponsibleStaff($id: ID!) {\n    person(id: $id) {\n      responsibleStaff {\n        role\n        name\n      }\n    }\n  }\n": types.ResponsibleStaffDocument,
    "\n  query ReadsBy($filter: AccessRecordFilter) {\n    accessRecords(filter: $filter, first: 100) {\n      edges {\n        node {\n          field\n          purpose\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ReadsByDocument,
    "\n  query SameResidenceTwice($id: ID!, $grid: ID!, $denied: ID!) {\n    a: person(id: $id) {\n      residence {\n        bed\n        room {\n          number\n        }\n        movedOutOn\n      }\n      grid {\n        name\n      }\n    }\n    b: person(id: $id) {\n      residence {\n        bed\n      }\n    }\n    grid(id: $grid) {\n      residents {\n        id\n        residence {\n          bed\n        }\n      }\n    }\n    denied: person(id: $denied) {\n      residence {\n        bed\n      }\n    }\n  }\n": types.SameResidenceTwiceDocument,
    "\n  query MyBed($id: ID!) {\n    person(id: $id) {\n      residence {\n        bed\n      }\n    }\n  }\n": types.MyBedDocument,
    "\n  mutation StackImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      committed\n      created\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n": types.StackImportRosterDocument,
    "\n  mutation StackCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": types.StackCreatePersonDocument,
    "\n  query StackFindImported($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          name\n          school {\n            name\n          }\n          college {\n            name\n          }\n          studentClass {\n            name\n          }\n          cohort\n          degreeLevel\n        }\n      }\n    }\n  }\n": types.StackFindImportedDocument,
    "\n  query ClientAccessRecords($id: ID!) {\n    accessRecords(filter: { subjectId: $id }, first: 50) {\n      edges {\n        node {\n          client\n          field\n          purpose\n          readerName\n        }\n      }\n    }\n  }\n": types.ClientAccessRecordsDocument,
    "\n  mutation RevokeServiceClient($id: ID!) {\n    revokeServiceClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeServiceClientDocument,
    "\n  query Enrolments($id: ID!) {\n    person(id: $id) {\n      name\n      enrolments {\n        status\n      }\n    }\n  }\n": types.EnrolmentsDocument,
    "\n  mutation Enrol($s: ID!, $p: ID!) {\n    enrol(sessionId: $s, personId: $p) {\n      status\n    }\n  }\n": types.EnrolDocument,
    "\n  query AdminOnly {\n    staffAssignments(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.AdminOnlyDocument,
    "\n  mutation DutyAssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      id\n      role\n    }\n  }\n": types.DutyAssignStaffDocument,
    "\n  mutation DutyAddShift($input: AddDutyShiftInput!) {\n    addDutyShift(input: $input) {\n      id\n      weekday\n      startTime\n      endTime\n      person {\n        name\n      }\n    }\n  }\n": types.DutyAddShiftDocument,
    "\n  mutation DutyEndShift($id: ID!, $lastDay: LocalDate!) {\n    endDutyShift(id: $id, lastDay: $lastDay) {\n      id\n      validUntil\n    }\n  }\n": types.DutyEndShiftDocument,
    "\n  query DutyOnDuty($grid: ID!, $building: ID!, $at: DateTimeISO) {\n    grid(id: $grid) {\n      staffOnDuty(at: $at) {\n        role\n        person {\n          name\n        }\n      }\n    }\n    building(id: $building) {\n      staffOnDuty(at: $at) {\n        person {\n          name\n        }\n      }\n    }\n  }\n": types.DutyOnDutyDocument,
    "\n  query DutyMine {\n    myDuties {\n      weekday\n      startTime\n      endTime\n      placeKind\n      placeId\n    }\n  }\n": types.DutyMineDocument,
    "\n  mutation DutyRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      kind\n      gridId\n      notes\n      student {\n        name\n      }\n    }\n  }\n": types.DutyRecordVisitDocument,
    "\n  query DutyStudentVisits($id: ID!) {\n    person(id: $id) {\n      name\n      visits(first: 10) {\n        totalCount\n        edges {\n          node {\n            kind\n            notes\n            warningId\n            by {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DutyStudentVisitsDocument,
    "\n  query DutyMyVisits {\n    myVisits(first: 10) {\n      totalCount\n      edges {\n        node {\n          notes\n        }\n      }\n    }\n  }\n": types.DutyMyVisitsDocument,
    "\n  query DutyPhone($id: ID!) {\n    person(id: $id) {\n      phone\n    }\n  }\n": types.DutyPhoneDocument,
    "\n  query DutyCoverage {\n    gridCoverage {\n      gridCount\n      gridsWithoutCounselor {\n        id\n      }\n      gridsWithoutDutyThisWeek {\n        id\n      }\n      gridVisitsThisTerm {\n        grid {\n          id\n        }\n        visits\n      }\n    }\n  }\n": types.DutyCoverageDocument,
    "\n  query StartStudents {\n    people(first: 1, filter: { kind: STUDENT }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          grid {\n            name\n          }\n          enrolments {\n            id\n          }\n          warnings {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.StartStudentsDocument,
    "\n  mutation StartIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rows {\n          index\n          field\n        }\n      }\n    }\n  }\n": types.StartIngestDocument,
    "\n  query StatementMetricProfile($id: ID!) {\n    person(id: $id) {\n      name\n      enrolments {\n        id\n      }\n    }\n  }\n": types.StatementMetricProfileDocument,
    "\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          name\n          school {\n            name\n          }\n          college {\n            name\n          }\n          residence {\n            bed\n            room {\n              number\n              building {\n                name\n              }\n            }\n          }\n          grid {\n            name\n            branch {\n              name\n            }\n          }\n          branch {\n            name\n          }\n          enrolments {\n            status\n            session {\n              startsAt\n              course {\n                title\n              }\n            }\n          }\n          warnings {\n            level\n            status\n          }\n        }\n      }\n    }\n  }\n": types.StudentsWithEverythingDocument,
    "\n  query WarningStatisticsColleges($from: DateTimeISO!, $to: DateTimeISO!) {\n    orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      name\n      warningStatistics(from: $from, to: $to) {\n        ...UnitWarningStatistics\n      }\n    }\n  }\n  fragment UnitWarningStatistics on WarningStatistics {\n    total {\n      ...UnitWarningFigures\n    }\n    byMonth {\n      month\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n    byCategory {\n      category\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n    byLevel {\n      level\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n  }\n  fragment UnitWarningFigures on WarningFigures {\n    students\n    raised\n    handled\n    closed\n    overdue\n    suppressed\n  }\n": types.WarningStatisticsCollegesDocument,
    "\n  query WarningStatisticsCollegeLists(\n    $raised: WarningFilter!\n    $handled: WarningFilter!\n    $closed: WarningFilter!\n    $overdue: WarningFilter!\n  ) {\n    orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      ...UnitWarningLists\n    }\n  }\n  fragment UnitWarningLists on OrgUnit {\n    raised: warnings(first: 100, filter: $raised) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n    handled: warnings(first: 1, filter: $handled) {\n      totalCount\n    }\n    closed: warnings(first: 1, filter: $closed) {\n      totalCount\n    }\n    overdue: warnings(first: 1, filter: $overdue) {\n      totalCount\n    }\n  }\n": types.WarningStatisticsCollegeListsDocument,
    "\n  query WarningStatisticsBuilding($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    building(id: $id) {\n      name\n      warningStatistics(from: $from, to: $to) {\n        total {\n          students\n          raised\n          handled\n          closed\n          overdue\n          suppressed\n        }\n      }\n      warnings(filter: { raisedFrom: $from, raisedBefore: $to }) {\n        totalCount\n      }\n      all: warnings {\n        totalCount\n      }\n    }\n  }\n": types.WarningStatisticsBuildingDocument,
    "\n  query WarningStatisticsUnitsOfKind($kind: OrgUnitKind, $from: DateTimeISO!, $to: DateTimeISO!) {\n    orgUnits(kind: $kind) {\n      name\n      warningStatistics(from: $from, to: $to) {\n        ...UnitWarningStatistics\n      }\n    }\n  }\n": types.WarningStatisticsUnitsOfKindDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixInbox($id: ID!) {\n    person(id: $id) {\n      inbox(first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixInbox($id: ID!) {\n    person(id: $id) {\n      inbox(first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixMutationNames {\n    __schema {\n      mutationType {\n        fields {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixMutationNames {\n    __schema {\n      mutationType {\n        fields {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRecords($filter: AccessRecordFilter, $first: Int) {\n    accessRecords(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          field\n          purpose\n          client\n          readerName\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessRecords($filter: AccessRecordFilter, $first: Int) {\n    accessRecords(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          field\n          purpose\n          client\n          readerName\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhonesAndSummaries {\n    people(first: 50) {\n      edges {\n        node {\n          id\n          phone\n          warnings {\n            summary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhonesAndSummaries {\n    people(first: 50) {\n      edges {\n        node {\n          id\n          phone\n          warnings {\n            summary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneTwice($id: ID!) {\n    a: person(id: $id) {\n      phone\n    }\n    b: person(id: $id) {\n      phone\n    }\n  }\n"): (typeof documents)["\n  query PhoneTwice($id: ID!) {\n    a: person(id: $id) {\n      phone\n    }\n    b: person(id: $id) {\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Phone($id: ID!) {\n    person(id: $id) {\n      phone\n    }\n  }\n"): (typeof documents)["\n  query Phone($id: ID!) {\n    person(id: $id) {\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoViewed($id: ID!) {\n    person(id: $id) {\n      accessRecords(first: 20) {\n        edges {\n          node {\n            readerName\n            field\n            purpose\n            readAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoViewed($id: ID!) {\n    person(id: $id) {\n      accessRecords(first: 20) {\n        edges {\n          node {\n            readerName\n            field\n            purpose\n            readAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningSummaries {\n    warnings(first: 3) {\n      edges {\n        node {\n          id\n          summary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningSummaries {\n    warnings(first: 3) {\n      edges {\n        node {\n          id\n          summary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningLevels {\n    warnings(first: 3) {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningLevels {\n    warnings(first: 3) {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StackCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      total {\n        students\n        opened\n        closed\n        suppressed\n      }\n      byKind {\n        kind\n        figures {\n          students\n          opened\n          suppressed\n        }\n      }\n      byYear {\n        year\n        figures {\n          opened\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StackCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      total {\n        students\n        opened\n        closed\n        suppressed\n      }\n      byKind {\n        kind\n        figures {\n          students\n          opened\n          suppressed\n        }\n      }\n      byYear {\n        year\n        figures {\n          opened\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StackCaseCount($filter: AssistanceCaseFilter) {\n    assistanceCases(first: 1, filter: $filter) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StackCaseCount($filter: AssistanceCaseFilter) {\n    assistanceCases(first: 1, filter: $filter) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageProfile($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        bed\n      }\n      enrolments {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutageProfile($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        bed\n      }\n      enrolments {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageCourses {\n    courses(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OutageCourses {\n    courses(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) {\n      secret\n      client {\n        id\n        name\n        purposes\n        operations {\n          name\n          sha256\n        }\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) {\n      secret\n      client {\n        id\n        name\n        purposes\n        operations {\n          name\n          sha256\n        }\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostsAppoint($input: AppointGovernancePostInput!) {\n    appointGovernancePost(input: $input) {\n      id\n      kind\n      gridId\n      room {\n        number\n      }\n      holder {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostsAppoint($input: AppointGovernancePostInput!) {\n    appointGovernancePost(input: $input) {\n      id\n      kind\n      gridId\n      room {\n        number\n      }\n      holder {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsOfGrid($id: ID!, $room: ID!) {\n    grid(id: $id) {\n      name\n      governancePosts {\n        kind\n        holder {\n          name\n        }\n        room {\n          number\n        }\n      }\n    }\n    room(id: $room) {\n      governancePosts {\n        kind\n        holder {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostsOfGrid($id: ID!, $room: ID!) {\n    grid(id: $id) {\n      name\n      governancePosts {\n        kind\n        holder {\n          name\n        }\n        room {\n          number\n        }\n      }\n    }\n    room(id: $room) {\n      governancePosts {\n        kind\n        holder {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovCreateWorkItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      id\n      list\n      status\n      level\n      inCharge {\n        name\n      }\n      parent {\n        id\n      }\n      meeting {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GovCreateWorkItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      id\n      list\n      status\n      level\n      inCharge {\n        name\n      }\n      parent {\n        id\n      }\n      meeting {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovChangeWorkItem($input: ChangeWorkItemInput!) {\n    changeWorkItem(input: $input) {\n      id\n      dueOn\n    }\n  }\n"): (typeof documents)["\n  mutation GovChangeWorkItem($input: ChangeWorkItemInput!) {\n    changeWorkItem(input: $input) {\n      id\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovMoveWorkItem($input: MoveWorkItemInput!) {\n    moveWorkItem(input: $input) {\n      id\n      status\n      transitions {\n        fromStatus\n        toStatus\n        note\n        createdAt\n        by {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GovMoveWorkItem($input: MoveWorkItemInput!) {\n    moveWorkItem(input: $input) {\n      id\n      status\n      transitions {\n        fromStatus\n        toStatus\n        note\n        createdAt\n        by {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovFollowUp($input: AddWorkItemFollowUpInput!) {\n    addWorkItemFollowUp(input: $input) {\n      id\n      followUps {\n        on\n        note\n        by {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GovFollowUp($input: AddWorkItemFollowUpInput!) {\n    addWorkItemFollowUp(input: $input) {\n      id\n      followUps {\n        on\n        note\n        by {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovEscalate($asOf: LocalDate) {\n    escalateOverdueWorkItems(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n"): (typeof documents)["\n  mutation GovEscalate($asOf: LocalDate) {\n    escalateOverdueWorkItems(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovWorkItem($id: ID!) {\n    workItem(id: $id) {\n      id\n      level\n      overdue\n      escalations {\n        dueOn\n        fromLevel\n        toLevel\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovWorkItem($id: ID!) {\n    workItem(id: $id) {\n      id\n      level\n      overdue\n      escalations {\n        dueOn\n        fromLevel\n        toLevel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovWorkItems($filter: WorkItemFilter, $first: Int) {\n    workItems(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          list\n          dueOn\n          status\n          level\n          overdue\n          unit {\n            name\n          }\n          inCharge {\n            name\n          }\n          parent {\n            title\n          }\n          children {\n            title\n            children {\n              title\n            }\n          }\n          transitions {\n            toStatus\n            by {\n              name\n            }\n          }\n          followUps {\n            note\n          }\n          escalations {\n            toLevel\n          }\n          meeting {\n            topic\n            attendees {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovWorkItems($filter: WorkItemFilter, $first: Int) {\n    workItems(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          list\n          dueOn\n          status\n          level\n          overdue\n          unit {\n            name\n          }\n          inCharge {\n            name\n          }\n          parent {\n            title\n          }\n          children {\n            title\n            children {\n              title\n            }\n          }\n          transitions {\n            toStatus\n            by {\n              name\n            }\n          }\n          followUps {\n            note\n          }\n          escalations {\n            toLevel\n          }\n          meeting {\n            topic\n            attendees {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovOverdue($mine: Boolean) {\n    overdueWorkItems(first: 50, mine: $mine) {\n      totalCount\n      edges {\n        node {\n          id\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovOverdue($mine: Boolean) {\n    overdueWorkItems(first: 50, mine: $mine) {\n      totalCount\n      edges {\n        node {\n          id\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovCreateMeeting($input: CreateSecretaryMeetingInput!) {\n    createSecretaryMeeting(input: $input) {\n      id\n      level\n      locked\n      chair {\n        name\n      }\n      attendees {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GovCreateMeeting($input: CreateSecretaryMeetingInput!) {\n    createSecretaryMeeting(input: $input) {\n      id\n      level\n      locked\n      chair {\n        name\n      }\n      attendees {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      id\n      minutes\n    }\n  }\n"): (typeof documents)["\n  mutation GovMinutes($input: RecordMeetingMinutesInput!) {\n    recordMeetingMinutes(input: $input) {\n      id\n      minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovSignOff($id: ID!) {\n    signOffMeetingMinutes(meetingId: $id) {\n      id\n      locked\n      signedOffAt\n      signedOffBy {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GovSignOff($id: ID!) {\n    signOffMeetingMinutes(meetingId: $id) {\n      id\n      locked\n      signedOffAt\n      signedOffBy {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovMeeting($id: ID!) {\n    secretaryMeeting(id: $id) {\n      id\n      minutes\n      locked\n      decisions {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovMeeting($id: ID!) {\n    secretaryMeeting(id: $id) {\n      id\n      minutes\n      locked\n      decisions {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovMeetings {\n    secretaryMeetings(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovMeetings {\n    secretaryMeetings(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageReport {\n    gridCoverage {\n      gridCount\n      gridsWithoutBranch {\n        name\n      }\n      gridsWithoutLeader {\n        name\n      }\n      gridsWithLeaderAssignmentEnded {\n        name\n      }\n      gridsWithLeaderMovedOut {\n        name\n        leader {\n          name\n        }\n      }\n      roomsInNoGrid {\n        totalCount\n        rooms {\n          number\n        }\n      }\n      branches {\n        branch {\n          name\n          secretary {\n            name\n          }\n        }\n        gridCount\n        residentCount\n        grids {\n          name\n          leader {\n            name\n          }\n          building {\n            name\n            leader {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageReport {\n    gridCoverage {\n      gridCount\n      gridsWithoutBranch {\n        name\n      }\n      gridsWithoutLeader {\n        name\n      }\n      gridsWithLeaderAssignmentEnded {\n        name\n      }\n      gridsWithLeaderMovedOut {\n        name\n        leader {\n          name\n        }\n      }\n      roomsInNoGrid {\n        totalCount\n        rooms {\n          number\n        }\n      }\n      branches {\n        branch {\n          name\n          secretary {\n            name\n          }\n        }\n        gridCount\n        residentCount\n        grids {\n          name\n          leader {\n            name\n          }\n          building {\n            name\n            leader {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents\n        counted\n        studentsWithOpenWarnings\n        open\n        overdue\n        byLevel {\n          level\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents\n        counted\n        studentsWithOpenWarnings\n        open\n        overdue\n        byLevel {\n          level\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsWithStats {\n    grids(first: 10) {\n      edges {\n        node {\n          name\n          warningStats {\n            residents\n            open\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridsWithStats {\n    grids(first: 10) {\n      edges {\n        node {\n          name\n          warningStats {\n            residents\n            open\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOut($id: ID!, $on: LocalDate!) {\n    moveOut(residenceId: $id, movedOutOn: $on) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOut($id: ID!, $on: LocalDate!) {\n    moveOut(residenceId: $id, movedOutOn: $on) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputErrorsPeoplePage($after: String) {\n    people(first: 1, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InputErrorsPeoplePage($after: String) {\n    people(first: 1, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileAcrossSubgraphs($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        room {\n          number\n        }\n      }\n      enrolments {\n        status\n      }\n      warnings {\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileAcrossSubgraphs($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        room {\n          number\n        }\n      }\n      enrolments {\n        status\n      }\n      warnings {\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentsWithGrids {\n    people(first: 3, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          name\n          grid {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentsWithGrids {\n    people(first: 3, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          name\n          grid {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsCampuses {\n    campuses {\n      name\n      buildings {\n        name\n        grids {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsCampuses {\n    campuses {\n      name\n      buildings {\n        name\n        grids {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsQueryType {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsQueryType {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsTypeNames {\n    __schema {\n      types {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsTypeNames {\n    __schema {\n      types {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsOrganisationTree {\n    orgUnits(kind: PARTY_COMMITTEE) {\n      name\n      children {\n        name\n        kind\n        children {\n          name\n          kind\n          grids {\n            name\n            building {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsOrganisationTree {\n    orgUnits(kind: PARTY_COMMITTEE) {\n      name\n      children {\n        name\n        kind\n        children {\n          name\n          kind\n          grids {\n            name\n            building {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($id: ID!) {\n    person(id: $id) {\n      name\n      grid {\n        name\n      }\n      enrolments {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile($id: ID!) {\n    person(id: $id) {\n      name\n      grid {\n        name\n      }\n      enrolments {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n      kind\n      purpose\n      startsOn\n      endsOn\n      teamId\n      parent {\n        id\n      }\n      college {\n        name\n      }\n      history {\n        change\n        name\n        changedOn\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n      kind\n      purpose\n      startsOn\n      endsOn\n      teamId\n      parent {\n        id\n      }\n      college {\n        name\n      }\n      history {\n        change\n        name\n        changedOn\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRenameOrgUnit($unit: ID!, $name: String!) {\n    renameOrgUnit(unitId: $unit, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRenameOrgUnit($unit: ID!, $name: String!) {\n    renameOrgUnit(unitId: $unit, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMoveOrgUnit($unit: ID!, $parent: ID!) {\n    moveOrgUnit(unitId: $unit, parentId: $parent) {\n      id\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMoveOrgUnit($unit: ID!, $parent: ID!) {\n    moveOrgUnit(unitId: $unit, parentId: $parent) {\n      id\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCloseOrgUnit($unit: ID!) {\n    closeOrgUnit(unitId: $unit) {\n      id\n      closedOn\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCloseOrgUnit($unit: ID!) {\n    closeOrgUnit(unitId: $unit) {\n      id\n      closedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrgUnitHistory(\n    $unit: ID!\n    $before: LocalDate!\n    $long: LocalDate!\n    $today: LocalDate!\n  ) {\n    orgUnit(id: $unit) {\n      name\n      history {\n        change\n        name\n        changedOn\n        parent {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n      before: nameOn(date: $before)\n      then: nameOn(date: $long)\n      now: nameOn(date: $today)\n      parentThen: parentOn(date: $long) {\n        id\n      }\n      parentNow: parentOn(date: $today) {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrgUnitHistory(\n    $unit: ID!\n    $before: LocalDate!\n    $long: LocalDate!\n    $today: LocalDate!\n  ) {\n    orgUnit(id: $unit) {\n      name\n      history {\n        change\n        name\n        changedOn\n        parent {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n      before: nameOn(date: $before)\n      then: nameOn(date: $long)\n      now: nameOn(date: $today)\n      parentThen: parentOn(date: $long) {\n        id\n      }\n      parentNow: parentOn(date: $today) {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) {\n      id\n      name\n      floors\n      college {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateBuilding($input: CreateBuildingInput!) {\n    createBuilding(input: $input) {\n      id\n      name\n      floors\n      college {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      number\n      capacity\n      bedsInUse\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      number\n      capacity\n      bedsInUse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChangeRoomCapacity($room: ID!, $capacity: Int!) {\n    changeRoomCapacity(roomId: $room, capacity: $capacity) {\n      id\n      capacity\n    }\n  }\n"): (typeof documents)["\n  mutation AdminChangeRoomCapacity($room: ID!, $capacity: Int!) {\n    changeRoomCapacity(roomId: $room, capacity: $capacity) {\n      id\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminTakeRoomOutOfUse($room: ID!) {\n    takeRoomOutOfUse(roomId: $room) {\n      id\n      outOfUseOn\n    }\n  }\n"): (typeof documents)["\n  mutation AdminTakeRoomOutOfUse($room: ID!) {\n    takeRoomOutOfUse(roomId: $room) {\n      id\n      outOfUseOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoom($room: ID!) {\n    room(id: $room) {\n      capacity\n      bedsInUse\n    }\n  }\n"): (typeof documents)["\n  query AdminRoom($room: ID!) {\n    room(id: $room) {\n      capacity\n      bedsInUse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAssignGridBranch($grid: ID!, $branch: ID!, $expected: ID) {\n    assignGridBranch(gridId: $grid, branchId: $branch, expectedBranchId: $expected) {\n      id\n      branch {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAssignGridBranch($grid: ID!, $branch: ID!, $expected: ID) {\n    assignGridBranch(gridId: $grid, branchId: $branch, expectedBranchId: $expected) {\n      id\n      branch {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminGridHistory($grid: ID!) {\n    grid(id: $grid) {\n      branchHistory {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminGridHistory($grid: ID!) {\n    grid(id: $grid) {\n      branchHistory {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisationTree($on: LocalDate!) {\n    orgUnits {\n      id\n      name\n      closedOn\n      nameOn(date: $on)\n      parentOn(date: $on) {\n        name\n      }\n      college {\n        name\n      }\n      history {\n        name\n        parent {\n          name\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisationTree($on: LocalDate!) {\n    orgUnits {\n      id\n      name\n      closedOn\n      nameOn(date: $on)\n      parentOn(date: $on) {\n        name\n      }\n      college {\n        name\n      }\n      history {\n        name\n        parent {\n          name\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBuildingRooms($building: ID!) {\n    building(id: $building) {\n      rooms {\n        number\n        capacity\n        bedsInUse\n        outOfUseOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBuildingRooms($building: ID!) {\n    building(id: $building) {\n      rooms {\n        number\n        capacity\n        bedsInUse\n        outOfUseOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackCreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      state\n      teacher {\n        name\n      }\n      student {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StackCreatePairing($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      state\n      teacher {\n        name\n      }\n      student {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackLogPairingActivity($input: LogPairingActivityInput!) {\n    logPairingActivity(input: $input) {\n      id\n      term\n      recordedBy {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StackLogPairingActivity($input: LogPairingActivityInput!) {\n    logPairingActivity(input: $input) {\n      id\n      term\n      recordedBy {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackEndPairing($id: ID!) {\n    endPairing(pairingId: $id) {\n      state\n      endedBy {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StackEndPairing($id: ID!) {\n    endPairing(pairingId: $id) {\n      state\n      endedBy {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StackBranchPairings($id: ID!) {\n    orgUnit(id: $id) {\n      name\n      pairings(first: 10) {\n        totalCount\n        edges {\n          node {\n            kind\n            state\n            unit {\n              name\n            }\n            branch {\n              name\n            }\n            teacher {\n              name\n            }\n            activitiesByTerm {\n              term\n              activityCount\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StackBranchPairings($id: ID!) {\n    orgUnit(id: $id) {\n      name\n      pairings(first: 10) {\n        totalCount\n        edges {\n          node {\n            kind\n            state\n            unit {\n              name\n            }\n            branch {\n              name\n            }\n            teacher {\n              name\n            }\n            activitiesByTerm {\n              term\n              activityCount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackCreatePartyPost($input: CreatePartyPostInput!) {\n    createPartyPost(input: $input) {\n      id\n      holder {\n        name\n        politicalStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StackCreatePartyPost($input: CreatePartyPostInput!) {\n    createPartyPost(input: $input) {\n      id\n      holder {\n        name\n        politicalStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackCreateVanguardTeam($input: CreateVanguardTeamInput!) {\n    createVanguardTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StackCreateVanguardTeam($input: CreateVanguardTeamInput!) {\n    createVanguardTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackCreateResponsibilityArea($input: CreateResponsibilityAreaInput!) {\n    createResponsibilityArea(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StackCreateResponsibilityArea($input: CreateResponsibilityAreaInput!) {\n    createResponsibilityArea(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StackBranchPartyWork($branch: ID!, $person: ID!) {\n    orgUnit(id: $branch) {\n      name\n      secretary {\n        name\n      }\n      partyPosts {\n        title\n        holder {\n          name\n        }\n        grid {\n          name\n        }\n      }\n      responsibilityAreas {\n        name\n        member {\n          name\n        }\n      }\n      vanguardTeams {\n        name\n        members {\n          name\n          politicalStatus\n        }\n      }\n    }\n    person(id: $person) {\n      partyPosts {\n        title\n      }\n    }\n    responsibilityCoverage(branchId: $branch) {\n      branches {\n        roomCount\n        coveredRoomCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query StackBranchPartyWork($branch: ID!, $person: ID!) {\n    orgUnit(id: $branch) {\n      name\n      secretary {\n        name\n      }\n      partyPosts {\n        title\n        holder {\n          name\n        }\n        grid {\n          name\n        }\n      }\n      responsibilityAreas {\n        name\n        member {\n          name\n        }\n      }\n      vanguardTeams {\n        name\n        members {\n          name\n          politicalStatus\n        }\n      }\n    }\n    person(id: $person) {\n      partyPosts {\n        title\n      }\n    }\n    responsibilityCoverage(branchId: $branch) {\n      branches {\n        roomCount\n        coveredRoomCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      number\n      college {\n        name\n      }\n      residence {\n        bed\n        room {\n          number\n          building {\n            name\n          }\n        }\n      }\n      grid {\n        name\n        branch {\n          name\n        }\n      }\n      enrolments {\n        status\n        session {\n          course {\n            title\n          }\n        }\n      }\n      warnings {\n        category\n        level\n        status\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      number\n      college {\n        name\n      }\n      residence {\n        bed\n        room {\n          number\n          building {\n            name\n          }\n        }\n      }\n      grid {\n        name\n        branch {\n          name\n        }\n      }\n      enrolments {\n        status\n        session {\n          course {\n            title\n          }\n        }\n      }\n      warnings {\n        category\n        level\n        status\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Record($input: RecordGrowthEventsInput!) {\n    recordGrowthEvents(input: $input) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Record($input: RecordGrowthEventsInput!) {\n    recordGrowthEvents(input: $input) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      taskForce {\n        member {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      taskForce {\n        member {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarnedPeople {\n    warnings(first: 50) {\n      edges {\n        node {\n          id\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarnedPeople {\n    warnings(first: 50) {\n      edges {\n        node {\n          id\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackStageResidenceImport($input: StageResidenceImportInput!) {\n    stageResidenceImport(input: $input) {\n      importId\n      stagedRows\n    }\n  }\n"): (typeof documents)["\n  mutation StackStageResidenceImport($input: StageResidenceImportInput!) {\n    stageResidenceImport(input: $input) {\n      importId\n      stagedRows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackImportResidences($input: ImportResidencesInput!) {\n    importResidences(input: $input) {\n      committed\n      rowCount\n      movedIn\n      problemCount\n      ignoredColumns\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StackImportResidences($input: ImportResidencesInput!) {\n    importResidences(input: $input) {\n      committed\n      rowCount\n      movedIn\n      problemCount\n      ignoredColumns\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StackImportedResidence($id: ID!) {\n    person(id: $id) {\n      residence {\n        bed\n        movedInOn\n        room {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StackImportedResidence($id: ID!) {\n    person(id: $id) {\n      residence {\n        bed\n        movedInOn\n        room {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StackImportReadsBy($filter: AccessRecordFilter) {\n    accessRecords(filter: $filter, first: 100) {\n      edges {\n        node {\n          field\n          purpose\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StackImportReadsBy($filter: AccessRecordFilter) {\n    accessRecords(filter: $filter, first: 100) {\n      edges {\n        node {\n          field\n          purpose\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackImportRoomOutOfUse($roomId: ID!) {\n    takeRoomOutOfUse(roomId: $roomId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StackImportRoomOutOfUse($roomId: ID!) {\n    takeRoomOutOfUse(roomId: $roomId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Residence on Person {\n    residence {\n      bed\n      movedInOn\n      room {\n        number\n        building {\n          name\n        }\n      }\n    }\n    grid {\n      name\n    }\n    branch {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Residence on Person {\n    residence {\n      bed\n      movedInOn\n      room {\n        number\n        building {\n          name\n        }\n      }\n    }\n    grid {\n      name\n    }\n    branch {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResidence($id: ID!) {\n    person(id: $id) {\n      ...Residence\n    }\n  }\n"): (typeof documents)["\n  query MyResidence($id: ID!) {\n    person(id: $id) {\n      ...Residence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NameAndResidence($id: ID!) {\n    person(id: $id) {\n      name\n      ...Residence\n    }\n  }\n"): (typeof documents)["\n  query NameAndResidence($id: ID!) {\n    person(id: $id) {\n      name\n      ...Residence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places($room: ID!, $grid: ID!) {\n    room(id: $room) {\n      number\n      residents {\n        id\n        residence {\n          bed\n        }\n      }\n    }\n    grid(id: $grid) {\n      name\n      residentCount\n      residents {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Places($room: ID!, $grid: ID!) {\n    room(id: $room) {\n      number\n      residents {\n        id\n        residence {\n          bed\n        }\n      }\n    }\n    grid(id: $grid) {\n      name\n      residentCount\n      residents {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Residents($room: ID!, $grid: ID!) {\n    room(id: $room) {\n      residents {\n        id\n      }\n    }\n    grid(id: $grid) {\n      residents {\n        id\n      }\n      residentCount\n    }\n  }\n"): (typeof documents)["\n  query Residents($room: ID!, $grid: ID!) {\n    room(id: $room) {\n      residents {\n        id\n      }\n    }\n    grid(id: $grid) {\n      residents {\n        id\n      }\n      residentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($filter: PeopleFilter) {\n    people(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory($filter: PeopleFilter) {\n    people(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentRooms {\n    people(first: 50, filter: { kind: STUDENT }) {\n      totalCount\n      edges {\n        node {\n          id\n          residence {\n            room {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentRooms {\n    people(first: 50, filter: { kind: STUDENT }) {\n      totalCount\n      edges {\n        node {\n          id\n          residence {\n            room {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoGrids($a: ID!, $b: ID!) {\n    mine: grid(id: $a) {\n      residents {\n        id\n      }\n    }\n    other: grid(id: $b) {\n      residents {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TwoGrids($a: ID!, $b: ID!) {\n    mine: grid(id: $a) {\n      residents {\n        id\n      }\n    }\n    other: grid(id: $b) {\n      residents {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleCount($filter: PeopleFilter) {\n    people(first: 50, filter: $filter) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PeopleCount($filter: PeopleFilter) {\n    people(first: 50, filter: $filter) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BedAndGrid($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        bed\n      }\n      grid {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BedAndGrid($id: ID!) {\n    person(id: $id) {\n      name\n      residence {\n        bed\n      }\n      grid {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridResidents($id: ID!) {\n    grid(id: $id) {\n      residents {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridResidents($id: ID!) {\n    grid(id: $id) {\n      residents {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsibleStaff($id: ID!) {\n    person(id: $id) {\n      responsibleStaff {\n        role\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponsibleStaff($id: ID!) {\n    person(id: $id) {\n      responsibleStaff {\n        role\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadsBy($filter: AccessRecordFilter) {\n    accessRecords(filter: $filter, first: 100) {\n      edges {\n        node {\n          field\n          purpose\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadsBy($filter: AccessRecordFilter) {\n    accessRecords(filter: $filter, first: 100) {\n      edges {\n        node {\n          field\n          purpose\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SameResidenceTwice($id: ID!, $grid: ID!, $denied: ID!) {\n    a: person(id: $id) {\n      residence {\n        bed\n        room {\n          number\n        }\n        movedOutOn\n      }\n      grid {\n        name\n      }\n    }\n    b: person(id: $id) {\n      residence {\n        bed\n      }\n    }\n    grid(id: $grid) {\n      residents {\n        id\n        residence {\n          bed\n        }\n      }\n    }\n    denied: person(id: $denied) {\n      residence {\n        bed\n      }\n    }\n  }\n"): (typeof documents)["\n  query SameResidenceTwice($id: ID!, $grid: ID!, $denied: ID!) {\n    a: person(id: $id) {\n      residence {\n        bed\n        room {\n          number\n        }\n        movedOutOn\n      }\n      grid {\n        name\n      }\n    }\n    b: person(id: $id) {\n      residence {\n        bed\n      }\n    }\n    grid(id: $grid) {\n      residents {\n        id\n        residence {\n          bed\n        }\n      }\n    }\n    denied: person(id: $denied) {\n      residence {\n        bed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBed($id: ID!) {\n    person(id: $id) {\n      residence {\n        bed\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBed($id: ID!) {\n    person(id: $id) {\n      residence {\n        bed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      committed\n      created\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StackImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      committed\n      created\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StackCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StackCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StackFindImported($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          name\n          school {\n            name\n          }\n          college {\n            name\n          }\n          studentClass {\n            name\n          }\n          cohort\n          degreeLevel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StackFindImported($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          name\n          school {\n            name\n          }\n          college {\n            name\n          }\n          studentClass {\n            name\n          }\n          cohort\n          degreeLevel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAccessRecords($id: ID!) {\n    accessRecords(filter: { subjectId: $id }, first: 50) {\n      edges {\n        node {\n          client\n          field\n          purpose\n          readerName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientAccessRecords($id: ID!) {\n    accessRecords(filter: { subjectId: $id }, first: 50) {\n      edges {\n        node {\n          client\n          field\n          purpose\n          readerName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeServiceClient($id: ID!) {\n    revokeServiceClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeServiceClient($id: ID!) {\n    revokeServiceClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enrolments($id: ID!) {\n    person(id: $id) {\n      name\n      enrolments {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Enrolments($id: ID!) {\n    person(id: $id) {\n      name\n      enrolments {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enrol($s: ID!, $p: ID!) {\n    enrol(sessionId: $s, personId: $p) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Enrol($s: ID!, $p: ID!) {\n    enrol(sessionId: $s, personId: $p) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOnly {\n    staffAssignments(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOnly {\n    staffAssignments(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyAssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation DutyAssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyAddShift($input: AddDutyShiftInput!) {\n    addDutyShift(input: $input) {\n      id\n      weekday\n      startTime\n      endTime\n      person {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DutyAddShift($input: AddDutyShiftInput!) {\n    addDutyShift(input: $input) {\n      id\n      weekday\n      startTime\n      endTime\n      person {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyEndShift($id: ID!, $lastDay: LocalDate!) {\n    endDutyShift(id: $id, lastDay: $lastDay) {\n      id\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation DutyEndShift($id: ID!, $lastDay: LocalDate!) {\n    endDutyShift(id: $id, lastDay: $lastDay) {\n      id\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyOnDuty($grid: ID!, $building: ID!, $at: DateTimeISO) {\n    grid(id: $grid) {\n      staffOnDuty(at: $at) {\n        role\n        person {\n          name\n        }\n      }\n    }\n    building(id: $building) {\n      staffOnDuty(at: $at) {\n        person {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyOnDuty($grid: ID!, $building: ID!, $at: DateTimeISO) {\n    grid(id: $grid) {\n      staffOnDuty(at: $at) {\n        role\n        person {\n          name\n        }\n      }\n    }\n    building(id: $building) {\n      staffOnDuty(at: $at) {\n        person {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyMine {\n    myDuties {\n      weekday\n      startTime\n      endTime\n      placeKind\n      placeId\n    }\n  }\n"): (typeof documents)["\n  query DutyMine {\n    myDuties {\n      weekday\n      startTime\n      endTime\n      placeKind\n      placeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      kind\n      gridId\n      notes\n      student {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DutyRecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      kind\n      gridId\n      notes\n      student {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyStudentVisits($id: ID!) {\n    person(id: $id) {\n      name\n      visits(first: 10) {\n        totalCount\n        edges {\n          node {\n            kind\n            notes\n            warningId\n            by {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyStudentVisits($id: ID!) {\n    person(id: $id) {\n      name\n      visits(first: 10) {\n        totalCount\n        edges {\n          node {\n            kind\n            notes\n            warningId\n            by {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyMyVisits {\n    myVisits(first: 10) {\n      totalCount\n      edges {\n        node {\n          notes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyMyVisits {\n    myVisits(first: 10) {\n      totalCount\n      edges {\n        node {\n          notes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyPhone($id: ID!) {\n    person(id: $id) {\n      phone\n    }\n  }\n"): (typeof documents)["\n  query DutyPhone($id: ID!) {\n    person(id: $id) {\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyCoverage {\n    gridCoverage {\n      gridCount\n      gridsWithoutCounselor {\n        id\n      }\n      gridsWithoutDutyThisWeek {\n        id\n      }\n      gridVisitsThisTerm {\n        grid {\n          id\n        }\n        visits\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyCoverage {\n    gridCoverage {\n      gridCount\n      gridsWithoutCounselor {\n        id\n      }\n      gridsWithoutDutyThisWeek {\n        id\n      }\n      gridVisitsThisTerm {\n        grid {\n          id\n        }\n        visits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartStudents {\n    people(first: 1, filter: { kind: STUDENT }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          grid {\n            name\n          }\n          enrolments {\n            id\n          }\n          warnings {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StartStudents {\n    people(first: 1, filter: { kind: STUDENT }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          grid {\n            name\n          }\n          enrolments {\n            id\n          }\n          warnings {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rows {\n          index\n          field\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rows {\n          index\n          field\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementMetricProfile($id: ID!) {\n    person(id: $id) {\n      name\n      enrolments {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementMetricProfile($id: ID!) {\n    person(id: $id) {\n      name\n      enrolments {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          name\n          school {\n            name\n          }\n          college {\n            name\n          }\n          residence {\n            bed\n            room {\n              number\n              building {\n                name\n              }\n            }\n          }\n          grid {\n            name\n            branch {\n              name\n            }\n          }\n          branch {\n            name\n          }\n          enrolments {\n            status\n            session {\n              startsAt\n              course {\n                title\n              }\n            }\n          }\n          warnings {\n            level\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          name\n          school {\n            name\n          }\n          college {\n            name\n          }\n          residence {\n            bed\n            room {\n              number\n              building {\n                name\n              }\n            }\n          }\n          grid {\n            name\n            branch {\n              name\n            }\n          }\n          branch {\n            name\n          }\n          enrolments {\n            status\n            session {\n              startsAt\n              course {\n                title\n              }\n            }\n          }\n          warnings {\n            level\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningStatisticsColleges($from: DateTimeISO!, $to: DateTimeISO!) {\n    orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      name\n      warningStatistics(from: $from, to: $to) {\n        ...UnitWarningStatistics\n      }\n    }\n  }\n  fragment UnitWarningStatistics on WarningStatistics {\n    total {\n      ...UnitWarningFigures\n    }\n    byMonth {\n      month\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n    byCategory {\n      category\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n    byLevel {\n      level\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n  }\n  fragment UnitWarningFigures on WarningFigures {\n    students\n    raised\n    handled\n    closed\n    overdue\n    suppressed\n  }\n"): (typeof documents)["\n  query WarningStatisticsColleges($from: DateTimeISO!, $to: DateTimeISO!) {\n    orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      name\n      warningStatistics(from: $from, to: $to) {\n        ...UnitWarningStatistics\n      }\n    }\n  }\n  fragment UnitWarningStatistics on WarningStatistics {\n    total {\n      ...UnitWarningFigures\n    }\n    byMonth {\n      month\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n    byCategory {\n      category\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n    byLevel {\n      level\n      figures {\n        ...UnitWarningFigures\n      }\n    }\n  }\n  fragment UnitWarningFigures on WarningFigures {\n    students\n    raised\n    handled\n    closed\n    overdue\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningStatisticsCollegeLists(\n    $raised: WarningFilter!\n    $handled: WarningFilter!\n    $closed: WarningFilter!\n    $overdue: WarningFilter!\n  ) {\n    orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      ...UnitWarningLists\n    }\n  }\n  fragment UnitWarningLists on OrgUnit {\n    raised: warnings(first: 100, filter: $raised) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n    handled: warnings(first: 1, filter: $handled) {\n      totalCount\n    }\n    closed: warnings(first: 1, filter: $closed) {\n      totalCount\n    }\n    overdue: warnings(first: 1, filter: $overdue) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WarningStatisticsCollegeLists(\n    $raised: WarningFilter!\n    $handled: WarningFilter!\n    $closed: WarningFilter!\n    $overdue: WarningFilter!\n  ) {\n    orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      ...UnitWarningLists\n    }\n  }\n  fragment UnitWarningLists on OrgUnit {\n    raised: warnings(first: 100, filter: $raised) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n    handled: warnings(first: 1, filter: $handled) {\n      totalCount\n    }\n    closed: warnings(first: 1, filter: $closed) {\n      totalCount\n    }\n    overdue: warnings(first: 1, filter: $overdue) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningStatisticsBuilding($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    building(id: $id) {\n      name\n      warningStatistics(from: $from, to: $to) {\n        total {\n          students\n          raised\n          handled\n          closed\n          overdue\n          suppressed\n        }\n      }\n      warnings(filter: { raisedFrom: $from, raisedBefore: $to }) {\n        totalCount\n      }\n      all: warnings {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningStatisticsBuilding($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    building(id: $id) {\n      name\n      warningStatistics(from: $from, to: $to) {\n        total {\n          students\n          raised\n          handled\n          closed\n          overdue\n          suppressed\n        }\n      }\n      warnings(filter: { raisedFrom: $from, raisedBefore: $to }) {\n        totalCount\n      }\n      all: warnings {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningStatisticsUnitsOfKind($kind: OrgUnitKind, $from: DateTimeISO!, $to: DateTimeISO!) {\n    orgUnits(kind: $kind) {\n      name\n      warningStatistics(from: $from, to: $to) {\n        ...UnitWarningStatistics\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningStatisticsUnitsOfKind($kind: OrgUnitKind, $from: DateTimeISO!, $to: DateTimeISO!) {\n    orgUnits(kind: $kind) {\n      name\n      warningStatistics(from: $from, to: $to) {\n        ...UnitWarningStatistics\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;