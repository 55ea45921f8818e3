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
    "\n  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {\n    recordSensitiveReads(input: $input)\n  }\n": typeof types.RecordSensitiveReadsDocument,
    "\n  query AccessRecordsPage($filter: AccessRecordFilter, $first: Int, $after: String) {\n    accessRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          readerName\n          client\n          field\n          purpose\n          requestId\n          readAt\n          reader {\n            id\n            name\n          }\n          subject {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n": typeof types.AccessRecordsPageDocument,
    "\n  query PersonAccessRecords($id: ID!) {\n    person(id: $id) {\n      name\n      accessRecords(first: 10) {\n        totalCount\n        edges {\n          node {\n            readerName\n            field\n            purpose\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonAccessRecordsDocument,
    "\n  query OwnAccessRecords($id: ID!) {\n    person(id: $id) {\n      accessRecords {\n        edges {\n          node {\n            field\n            readerName\n            subject {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OwnAccessRecordsDocument,
    "\n  query PeopleLatestAccessRecord($n: Int!) {\n    people(first: $n, filter: { search: \"学生\" }) {\n      edges {\n        node {\n          id\n          accessRecords(first: 1) {\n            totalCount\n            edges {\n              node {\n                field\n                reader {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleLatestAccessRecordDocument,
    "\n      query AuditorFindsPerson($search: String!) {\n        people(first: 10, filter: { search: $search }) {\n          edges {\n            node {\n              id\n              name\n              phone\n            }\n          }\n        }\n      }\n    ": typeof types.AuditorFindsPersonDocument,
    "\n  query SensitivePerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      familyAnnualIncome\n    }\n  }\n": typeof types.SensitivePersonDocument,
    "\n  query SensitiveStudents {\n    people(filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          phone\n          familyAnnualIncome\n        }\n      }\n    }\n  }\n": typeof types.SensitiveStudentsDocument,
    "\n  query PhonesTwice($a: ID!, $c: ID!) {\n    x: person(id: $a) {\n      phone\n    }\n    y: person(id: $a) {\n      phone\n    }\n    z: person(id: $c) {\n      phone\n      familyAnnualIncome\n    }\n  }\n": typeof types.PhonesTwiceDocument,
    "\n  mutation GovernanceAppoint($input: AppointGovernancePostInput!) {\n    appointGovernancePost(input: $input) {\n      id\n      kind\n      gridId\n      roomId\n      startsOn\n      endsOn\n      endedOn\n      holder {\n        id\n      }\n      appointedBy {\n        id\n      }\n    }\n  }\n": typeof types.GovernanceAppointDocument,
    "\n  mutation GovernanceEnd($postId: ID!, $endedOn: LocalDate) {\n    endGovernancePost(postId: $postId, endedOn: $endedOn) {\n      id\n      endedOn\n      endedBy {\n        id\n      }\n    }\n  }\n": typeof types.GovernanceEndDocument,
    "\n  query GovernancePersonPosts($id: ID!) {\n    person(id: $id) {\n      governancePosts {\n        kind\n        gridId\n        endedOn\n      }\n    }\n  }\n": typeof types.GovernancePersonPostsDocument,
    "\n  query GovernancePagePosts($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          governancePosts {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.GovernancePagePostsDocument,
    "\n  mutation PartyApply($input: RecordPartyApplicationInput!) {\n    recordPartyApplication(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.PartyApplyDocument,
    "\n  mutation PartySponsors($input: SetPartySponsorsInput!) {\n    setPartySponsors(input: $input) {\n      id\n    }\n  }\n": typeof types.PartySponsorsDocument,
    "\n  mutation PartyCheck($input: RecordPartyCheckInput!) {\n    recordPartyCheck(input: $input) {\n      id\n    }\n  }\n": typeof types.PartyCheckDocument,
    "\n  mutation PartyMove($input: MovePartyStageInput!) {\n    movePartyStage(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.PartyMoveDocument,
    "\n  mutation PartyReport($input: RecordThoughtReportInput!) {\n    recordThoughtReport(input: $input) {\n      id\n      submittedOn\n      stage\n    }\n  }\n": typeof types.PartyReportDocument,
    "\n  query PartyTimeline($id: ID!) {\n    person(id: $id) {\n      politicalStatus\n      partyDevelopment {\n        id\n        stage\n        appliedOn\n        activistSince\n        developmentTargetSince\n        probationSince\n        probationEndsOn\n        fullMemberSince\n        trainingPassedOn\n        politicalReviewPassedOn\n        publicNoticeCompletedOn\n        thoughtReportDueOn\n        transitions {\n          step\n          from\n          to\n          effectiveOn\n          basis\n          basisReference\n          probationEndsOn\n          recordedBy {\n            id\n          }\n        }\n        sponsors {\n          role\n          since\n          person {\n            id\n          }\n        }\n        thoughtReports {\n          submittedOn\n          stage\n        }\n      }\n    }\n  }\n": typeof types.PartyTimelineDocument,
    "\n  query PartyBoard($branchId: ID!) {\n    partyPipelineBoard(branchId: $branchId) {\n      stages {\n        stage\n        count\n      }\n      overdueThoughtReports {\n        person {\n          id\n        }\n        thoughtReportDueOn\n      }\n      probationsEnding {\n        person {\n          id\n        }\n        probationEndsOn\n      }\n      activistsReachingYear {\n        person {\n          id\n        }\n        activistSince\n      }\n    }\n  }\n": typeof types.PartyBoardDocument,
    "\n  query PartyWorklist {\n    myCultivatedActivists {\n      stage\n      person {\n        id\n      }\n    }\n  }\n": typeof types.PartyWorklistDocument,
    "\n  query PersonWithUnits($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      kind\n      number\n      cohort\n      school {\n        id\n      }\n      college {\n        id\n      }\n    }\n  }\n": typeof types.PersonWithUnitsDocument,
    "\n  query PersonId($id: ID!) {\n    person(id: $id) {\n      id\n    }\n  }\n": typeof types.PersonIdDocument,
    "\n  query People($first: Int, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query SearchPeople($s: String) {\n    people(filter: { search: $s }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SearchPeopleDocument,
    "\n  mutation CreatePersonTest($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      number\n      kind\n      cohort\n      studentClass {\n        id\n      }\n    }\n  }\n": typeof types.CreatePersonTestDocument,
    "\n  mutation UpdatePersonTest($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      number\n      namePinyin\n    }\n  }\n": typeof types.UpdatePersonTestDocument,
    "\n  mutation ImportRosterTest($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      committed\n      rowCount\n      created\n      problemCount\n      ignoredColumns\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n": typeof types.ImportRosterTestDocument,
    "\n  query SearchPeopleAnywhere($search: String!) {\n    people(first: 50, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          name\n          number\n        }\n      }\n    }\n  }\n": typeof types.SearchPeopleAnywhereDocument,
    "\n  query RosterSearchAnywhere($search: String!) {\n    roster(filter: { search: $search }, pageSize: 50) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n": typeof types.RosterSearchAnywhereDocument,
    "\n  query Roster($filter: RosterFilter, $orderBy: RosterOrder, $page: Int, $pageSize: Int) {\n    roster(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {\n      totalCount\n      page\n      pageSize\n      pageCount\n      nodes {\n        id\n        name\n        namePinyin\n        number\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) {\n      secret\n      client {\n        id\n        name\n        department\n        purposes\n        operations {\n          name\n          sha256\n        }\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.RegisterServiceClientDocument,
    "\n  mutation RevokeServiceClient($id: ID!) {\n    revokeServiceClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeServiceClientDocument,
    "\n  query ServiceClientGrant($clientId: ID!, $secret: String) {\n    serviceClientGrant(clientId: $clientId, secret: $secret) {\n      id\n      name\n      purposes\n      operations {\n        name\n        sha256\n        document\n      }\n    }\n  }\n": typeof types.ServiceClientGrantDocument,
    "\n  query ServiceClientCount {\n    serviceClients {\n      totalCount\n    }\n  }\n": typeof types.ServiceClientCountDocument,
    "\n  query ServiceClients {\n    serviceClients(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          revokedAt\n          operations {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ServiceClientsDocument,
    "\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      id\n      role\n      targetKind\n      targetId\n      startsOn\n      endsOn\n      person {\n        id\n      }\n      createdBy {\n        id\n      }\n    }\n  }\n": typeof types.AssignStaffDocument,
    "\n  mutation EndStaffAssignment($id: ID!, $endsOn: LocalDate!) {\n    endStaffAssignment(id: $id, endsOn: $endsOn) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.EndStaffAssignmentDocument,
    "\n  query StaffAssignments($filter: StaffAssignmentFilter, $first: Int, $after: String) {\n    staffAssignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n": typeof types.StaffAssignmentsDocument,
    "\n  query PersonStaffAssignments($id: ID!) {\n    person(id: $id) {\n      name\n      staffAssignments {\n        id\n        role\n        targetKind\n        startsOn\n        endsOn\n      }\n    }\n  }\n": typeof types.PersonStaffAssignmentsDocument,
    "\n  query EnderStaffScope($id: ID!) {\n    staffScope(personId: $id) {\n      role\n      gridIds\n      branchIds\n    }\n  }\n": typeof types.EnderStaffScopeDocument,
    "\n  query StaffScope($id: ID!) {\n    staffScope(personId: $id) {\n      role\n      studentIds\n      gridIds\n      buildingIds\n      branchIds\n      unitIds\n    }\n  }\n": typeof types.StaffScopeDocument,
    "\n  fragment StudentClassStudentNames on PersonConnection {\n    totalCount\n    edges {\n      node {\n        name\n      }\n    }\n  }\n": typeof types.StudentClassStudentNamesFragmentDoc,
    "\n  query StudentClass($id: ID!) {\n    studentClass(id: $id) {\n      id\n      name\n      cohort\n      school {\n        id\n      }\n      students(first: 10) {\n        ...StudentClassStudentNames\n      }\n    }\n  }\n": typeof types.StudentClassDocument,
    "\n  query StudentClassId($id: ID!) {\n    studentClass(id: $id) {\n      id\n    }\n  }\n": typeof types.StudentClassIdDocument,
    "\n  query StudentClassPage($id: ID!, $first: Int, $after: String) {\n    studentClass(id: $id) {\n      students(first: $first, after: $after) {\n        ...StudentClassStudentNames\n        pageInfo {\n          ...PeoplePageInfo\n        }\n      }\n    }\n  }\n": typeof types.StudentClassPageDocument,
    "\n  query PeopleClasses($n: Int!) {\n    people(first: $n, filter: { search: \"学生\" }) {\n      edges {\n        node {\n          studentClass {\n            name\n            students(first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleClassesDocument,
    "\n  fragment PeoplePageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PeoplePageInfoFragmentDoc,
    "\n  mutation TeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      kind\n      leader {\n        id\n      }\n    }\n  }\n": typeof types.TeamCreateDocument,
    "\n  mutation TeamAdd($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n      joinedOn\n      leftOn\n    }\n  }\n": typeof types.TeamAddDocument,
    "\n  mutation TeamEnd($input: EndTeamMembershipInput!) {\n    endTeamMembership(input: $input) {\n      id\n      leftOn\n    }\n  }\n": typeof types.TeamEndDocument,
    "\n  mutation VolunteerLog($input: LogVolunteerServiceInput!) {\n    logVolunteerService(input: $input) {\n      id\n      status\n      hours\n      term\n    }\n  }\n": typeof types.VolunteerLogDocument,
    "\n  mutation VolunteerVerify($input: VerifyVolunteerServiceInput!) {\n    verifyVolunteerService(input: $input) {\n      id\n      status\n      decidedAt\n      decidedBy {\n        id\n      }\n      transitions {\n        from\n        to\n        note\n        by {\n          id\n        }\n      }\n    }\n  }\n": typeof types.VolunteerVerifyDocument,
    "\n  mutation VolunteerReject($input: RejectVolunteerServiceInput!) {\n    rejectVolunteerService(input: $input) {\n      id\n      status\n      reason\n      transitions {\n        from\n        to\n        note\n      }\n    }\n  }\n": typeof types.VolunteerRejectDocument,
    "\n  query TeamPage($id: ID!, $term: String) {\n    team(id: $id) {\n      id\n      name\n      viewerRuns\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            role\n            person {\n              id\n            }\n          }\n        }\n      }\n      verifiedHours(term: $term)\n    }\n  }\n": typeof types.TeamPageDocument,
    "\n  query TeamQueue($id: ID!, $term: String) {\n    team(id: $id) {\n      pendingVolunteerService {\n        id\n        person {\n          id\n        }\n      }\n      members(first: 50) {\n        edges {\n          node {\n            verifiedHours(term: $term)\n            person {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamQueueDocument,
    "\n  query TeamMemberHours($id: ID!, $term: String) {\n    team(id: $id) {\n      members(first: 50) {\n        edges {\n          node {\n            verifiedHours(term: $term)\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamMemberHoursDocument,
    "\n  query MyTeams {\n    teams {\n      id\n      name\n      viewerRuns\n      viewerIsMember\n    }\n  }\n": typeof types.MyTeamsDocument,
    "\n  query VolunteerHours($id: ID!, $term: String) {\n    person(id: $id) {\n      volunteerHours(term: $term)\n      volunteerService(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            activity\n            hours\n            reason\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolunteerHoursDocument,
    "\n  mutation ActivityCreate($input: CreateVolunteerActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n      title\n      place\n      grid {\n        id\n      }\n      startsAt\n      endsAt\n      slots\n      term\n      state\n      openToAllStudents\n      signedUpCount\n    }\n  }\n": typeof types.ActivityCreateDocument,
    "\n  mutation ActivityCancel($input: VolunteerActivityIdInput!) {\n    cancelVolunteerActivity(input: $input) {\n      id\n      state\n      cancelledAt\n    }\n  }\n": typeof types.ActivityCancelDocument,
    "\n  mutation ActivitySignUp($input: VolunteerActivityIdInput!) {\n    signUpForVolunteerActivity(input: $input) {\n      id\n      state\n      activity {\n        id\n        signedUpCount\n      }\n    }\n  }\n": typeof types.ActivitySignUpDocument,
    "\n  mutation ActivityCancelSignUp($input: VolunteerSignUpIdInput!) {\n    cancelVolunteerSignUp(input: $input) {\n      id\n      state\n      cancelledAt\n    }\n  }\n": typeof types.ActivityCancelSignUpDocument,
    "\n  mutation ActivityCheckIn($input: VolunteerSignUpIdInput!) {\n    checkInVolunteer(input: $input) {\n      id\n      state\n      checkedInAt\n      service {\n        id\n        status\n        hours\n        activity\n        transitions {\n          to\n          by {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivityCheckInDocument,
    "\n  mutation ActivityLogHours($input: LogVolunteerServiceInput!) {\n    logVolunteerService(input: $input) {\n      id\n    }\n  }\n": typeof types.ActivityLogHoursDocument,
    "\n  mutation ActivityVerify($input: VerifyVolunteerServiceInput!) {\n    verifyVolunteerService(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ActivityVerifyDocument,
    "\n  query ActivityTeams {\n    teams {\n      id\n      name\n      viewerOrganises\n    }\n  }\n": typeof types.ActivityTeamsDocument,
    "\n  query ActivityTeamActivities($id: ID!) {\n    team(id: $id) {\n      volunteerActivities {\n        id\n        title\n        state\n        slots\n        signedUpCount\n        viewerOrganises\n        viewerSignUp {\n          id\n          state\n        }\n      }\n    }\n  }\n": typeof types.ActivityTeamActivitiesDocument,
    "\n  query ActivitySignUps($id: ID!) {\n    team(id: $id) {\n      volunteerActivities {\n        id\n        signedUpCount\n        signUps {\n          id\n          state\n          person {\n            id\n            name\n          }\n          service {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivitySignUpsDocument,
    "\n  query ActivityOpen {\n    volunteerActivities {\n      id\n      title\n      openToAllStudents\n      team {\n        name\n      }\n    }\n    myVolunteerSignUps {\n      id\n      state\n      activity {\n        id\n      }\n    }\n  }\n": typeof types.ActivityOpenDocument,
    "\n  query ActivityQueue($id: ID!) {\n    team(id: $id) {\n      pendingVolunteerService {\n        id\n        activity\n        person {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ActivityQueueDocument,
};
const documents: Documents = {
    "\n  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {\n    recordSensitiveReads(input: $input)\n  }\n": types.RecordSensitiveReadsDocument,
    "\n  query AccessRecordsPage($filter: AccessRecordFilter, $first: Int, $after: String) {\n    accessRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          readerName\n          client\n          field\n          purpose\n          requestId\n          readAt\n          reader {\n            id\n            name\n          }\n          subject {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n": types.AccessRecordsPageDocument,
    "\n  query PersonAccessRecords($id: ID!) {\n    person(id: $id) {\n      name\n      accessRecords(first: 10) {\n        totalCount\n        edges {\n          node {\n            readerName\n            field\n            purpose\n          }\n        }\n      }\n    }\n  }\n": types.PersonAccessRecordsDocument,
    "\n  query OwnAccessRecords($id: ID!) {\n    person(id: $id) {\n      accessRecords {\n        edges {\n          node {\n            field\n            readerName\n            subject {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OwnAccessRecordsDocument,
    "\n  query PeopleLatestAccessRecord($n: Int!) {\n    people(first: $n, filter: { search: \"学生\" }) {\n      edges {\n        node {\n          id\n          accessRecords(first: 1) {\n            totalCount\n            edges {\n              node {\n                field\n                reader {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PeopleLatestAccessRecordDocument,
    "\n      query AuditorFindsPerson($search: String!) {\n        people(first: 10, filter: { search: $search }) {\n          edges {\n            node {\n              id\n              name\n              phone\n            }\n          }\n        }\n      }\n    ": types.AuditorFindsPersonDocument,
    "\n  query SensitivePerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      familyAnnualIncome\n    }\n  }\n": types.SensitivePersonDocument,
    "\n  query SensitiveStudents {\n    people(filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          phone\n          familyAnnualIncome\n        }\n      }\n    }\n  }\n": types.SensitiveStudentsDocument,
    "\n  query PhonesTwice($a: ID!, $c: ID!) {\n    x: person(id: $a) {\n      phone\n    }\n    y: person(id: $a) {\n      phone\n    }\n    z: person(id: $c) {\n      phone\n      familyAnnualIncome\n    }\n  }\n": types.PhonesTwiceDocument,
    "\n  mutation GovernanceAppoint($input: AppointGovernancePostInput!) {\n    appointGovernancePost(input: $input) {\n      id\n      kind\n      gridId\n      roomId\n      startsOn\n      endsOn\n      endedOn\n      holder {\n        id\n      }\n      appointedBy {\n        id\n      }\n    }\n  }\n": types.GovernanceAppointDocument,
    "\n  mutation GovernanceEnd($postId: ID!, $endedOn: LocalDate) {\n    endGovernancePost(postId: $postId, endedOn: $endedOn) {\n      id\n      endedOn\n      endedBy {\n        id\n      }\n    }\n  }\n": types.GovernanceEndDocument,
    "\n  query GovernancePersonPosts($id: ID!) {\n    person(id: $id) {\n      governancePosts {\n        kind\n        gridId\n        endedOn\n      }\n    }\n  }\n": types.GovernancePersonPostsDocument,
    "\n  query GovernancePagePosts($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          governancePosts {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.GovernancePagePostsDocument,
    "\n  mutation PartyApply($input: RecordPartyApplicationInput!) {\n    recordPartyApplication(input: $input) {\n      id\n      stage\n    }\n  }\n": types.PartyApplyDocument,
    "\n  mutation PartySponsors($input: SetPartySponsorsInput!) {\n    setPartySponsors(input: $input) {\n      id\n    }\n  }\n": types.PartySponsorsDocument,
    "\n  mutation PartyCheck($input: RecordPartyCheckInput!) {\n    recordPartyCheck(input: $input) {\n      id\n    }\n  }\n": types.PartyCheckDocument,
    "\n  mutation PartyMove($input: MovePartyStageInput!) {\n    movePartyStage(input: $input) {\n      id\n      stage\n    }\n  }\n": types.PartyMoveDocument,
    "\n  mutation PartyReport($input: RecordThoughtReportInput!) {\n    recordThoughtReport(input: $input) {\n      id\n      submittedOn\n      stage\n    }\n  }\n": types.PartyReportDocument,
    "\n  query PartyTimeline($id: ID!) {\n    person(id: $id) {\n      politicalStatus\n      partyDevelopment {\n        id\n        stage\n        appliedOn\n        activistSince\n        developmentTargetSince\n        probationSince\n        probationEndsOn\n        fullMemberSince\n        trainingPassedOn\n        politicalReviewPassedOn\n        publicNoticeCompletedOn\n        thoughtReportDueOn\n        transitions {\n          step\n          from\n          to\n          effectiveOn\n          basis\n          basisReference\n          probationEndsOn\n          recordedBy {\n            id\n          }\n        }\n        sponsors {\n          role\n          since\n          person {\n            id\n          }\n        }\n        thoughtReports {\n          submittedOn\n          stage\n        }\n      }\n    }\n  }\n": types.PartyTimelineDocument,
    "\n  query PartyBoard($branchId: ID!) {\n    partyPipelineBoard(branchId: $branchId) {\n      stages {\n        stage\n        count\n      }\n      overdueThoughtReports {\n        person {\n          id\n        }\n        thoughtReportDueOn\n      }\n      probationsEnding {\n        person {\n          id\n        }\n        probationEndsOn\n      }\n      activistsReachingYear {\n        person {\n          id\n        }\n        activistSince\n      }\n    }\n  }\n": types.PartyBoardDocument,
    "\n  query PartyWorklist {\n    myCultivatedActivists {\n      stage\n      person {\n        id\n      }\n    }\n  }\n": types.PartyWorklistDocument,
    "\n  query PersonWithUnits($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      kind\n      number\n      cohort\n      school {\n        id\n      }\n      college {\n        id\n      }\n    }\n  }\n": types.PersonWithUnitsDocument,
    "\n  query PersonId($id: ID!) {\n    person(id: $id) {\n      id\n    }\n  }\n": types.PersonIdDocument,
    "\n  query People($first: Int, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query SearchPeople($s: String) {\n    people(filter: { search: $s }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SearchPeopleDocument,
    "\n  mutation CreatePersonTest($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      number\n      kind\n      cohort\n      studentClass {\n        id\n      }\n    }\n  }\n": types.CreatePersonTestDocument,
    "\n  mutation UpdatePersonTest($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      number\n      namePinyin\n    }\n  }\n": types.UpdatePersonTestDocument,
    "\n  mutation ImportRosterTest($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      committed\n      rowCount\n      created\n      problemCount\n      ignoredColumns\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n": types.ImportRosterTestDocument,
    "\n  query SearchPeopleAnywhere($search: String!) {\n    people(first: 50, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          name\n          number\n        }\n      }\n    }\n  }\n": types.SearchPeopleAnywhereDocument,
    "\n  query RosterSearchAnywhere($search: String!) {\n    roster(filter: { search: $search }, pageSize: 50) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n": types.RosterSearchAnywhereDocument,
    "\n  query Roster($filter: RosterFilter, $orderBy: RosterOrder, $page: Int, $pageSize: Int) {\n    roster(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {\n      totalCount\n      page\n      pageSize\n      pageCount\n      nodes {\n        id\n        name\n        namePinyin\n        number\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) {\n      secret\n      client {\n        id\n        name\n        department\n        purposes\n        operations {\n          name\n          sha256\n        }\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.RegisterServiceClientDocument,
    "\n  mutation RevokeServiceClient($id: ID!) {\n    revokeServiceClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeServiceClientDocument,
    "\n  query ServiceClientGrant($clientId: ID!, $secret: String) {\n    serviceClientGrant(clientId: $clientId, secret: $secret) {\n      id\n      name\n      purposes\n      operations {\n        name\n        sha256\n        document\n      }\n    }\n  }\n": types.ServiceClientGrantDocument,
    "\n  query ServiceClientCount {\n    serviceClients {\n      totalCount\n    }\n  }\n": types.ServiceClientCountDocument,
    "\n  query ServiceClients {\n    serviceClients(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          revokedAt\n          operations {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ServiceClientsDocument,
    "\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      id\n      role\n      targetKind\n      targetId\n      startsOn\n      endsOn\n      person {\n        id\n      }\n      createdBy {\n        id\n      }\n    }\n  }\n": types.AssignStaffDocument,
    "\n  mutation EndStaffAssignment($id: ID!, $endsOn: LocalDate!) {\n    endStaffAssignment(id: $id, endsOn: $endsOn) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n": types.EndStaffAssignmentDocument,
    "\n  query StaffAssignments($filter: StaffAssignmentFilter, $first: Int, $after: String) {\n    staffAssignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n": types.StaffAssignmentsDocument,
    "\n  query PersonStaffAssignments($id: ID!) {\n    person(id: $id) {\n      name\n      staffAssignments {\n        id\n        role\n        targetKind\n        startsOn\n        endsOn\n      }\n    }\n  }\n": types.PersonStaffAssignmentsDocument,
    "\n  query EnderStaffScope($id: ID!) {\n    staffScope(personId: $id) {\n      role\n      gridIds\n      branchIds\n    }\n  }\n": types.EnderStaffScopeDocument,
    "\n  query StaffScope($id: ID!) {\n    staffScope(personId: $id) {\n      role\n      studentIds\n      gridIds\n      buildingIds\n      branchIds\n      unitIds\n    }\n  }\n": types.StaffScopeDocument,
    "\n  fragment StudentClassStudentNames on PersonConnection {\n    totalCount\n    edges {\n      node {\n        name\n      }\n    }\n  }\n": types.StudentClassStudentNamesFragmentDoc,
    "\n  query StudentClass($id: ID!) {\n    studentClass(id: $id) {\n      id\n      name\n      cohort\n      school {\n        id\n      }\n      students(first: 10) {\n        ...StudentClassStudentNames\n      }\n    }\n  }\n": types.StudentClassDocument,
    "\n  query StudentClassId($id: ID!) {\n    studentClass(id: $id) {\n      id\n    }\n  }\n": types.StudentClassIdDocument,
    "\n  query StudentClassPage($id: ID!, $first: Int, $after: String) {\n    studentClass(id: $id) {\n      students(first: $first, after: $after) {\n        ...StudentClassStudentNames\n        pageInfo {\n          ...PeoplePageInfo\n        }\n      }\n    }\n  }\n": types.StudentClassPageDocument,
    "\n  query PeopleClasses($n: Int!) {\n    people(first: $n, filter: { search: \"学生\" }) {\n      edges {\n        node {\n          studentClass {\n            name\n            students(first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PeopleClassesDocument,
    "\n  fragment PeoplePageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PeoplePageInfoFragmentDoc,
    "\n  mutation TeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      kind\n      leader {\n        id\n      }\n    }\n  }\n": types.TeamCreateDocument,
    "\n  mutation TeamAdd($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n      joinedOn\n      leftOn\n    }\n  }\n": types.TeamAddDocument,
    "\n  mutation TeamEnd($input: EndTeamMembershipInput!) {\n    endTeamMembership(input: $input) {\n      id\n      leftOn\n    }\n  }\n": types.TeamEndDocument,
    "\n  mutation VolunteerLog($input: LogVolunteerServiceInput!) {\n    logVolunteerService(input: $input) {\n      id\n      status\n      hours\n      term\n    }\n  }\n": types.VolunteerLogDocument,
    "\n  mutation VolunteerVerify($input: VerifyVolunteerServiceInput!) {\n    verifyVolunteerService(input: $input) {\n      id\n      status\n      decidedAt\n      decidedBy {\n        id\n      }\n      transitions {\n        from\n        to\n        note\n        by {\n          id\n        }\n      }\n    }\n  }\n": types.VolunteerVerifyDocument,
    "\n  mutation VolunteerReject($input: RejectVolunteerServiceInput!) {\n    rejectVolunteerService(input: $input) {\n      id\n      status\n      reason\n      transitions {\n        from\n        to\n        note\n      }\n    }\n  }\n": types.VolunteerRejectDocument,
    "\n  query TeamPage($id: ID!, $term: String) {\n    team(id: $id) {\n      id\n      name\n      viewerRuns\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            role\n            person {\n              id\n            }\n          }\n        }\n      }\n      verifiedHours(term: $term)\n    }\n  }\n": types.TeamPageDocument,
    "\n  query TeamQueue($id: ID!, $term: String) {\n    team(id: $id) {\n      pendingVolunteerService {\n        id\n        person {\n          id\n        }\n      }\n      members(first: 50) {\n        edges {\n          node {\n            verifiedHours(term: $term)\n            person {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TeamQueueDocument,
    "\n  query TeamMemberHours($id: ID!, $term: String) {\n    team(id: $id) {\n      members(first: 50) {\n        edges {\n          node {\n            verifiedHours(term: $term)\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TeamMemberHoursDocument,
    "\n  query MyTeams {\n    teams {\n      id\n      name\n      viewerRuns\n      viewerIsMember\n    }\n  }\n": types.MyTeamsDocument,
    "\n  query VolunteerHours($id: ID!, $term: String) {\n    person(id: $id) {\n      volunteerHours(term: $term)\n      volunteerService(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            activity\n            hours\n            reason\n          }\n        }\n      }\n    }\n  }\n": types.VolunteerHoursDocument,
    "\n  mutation ActivityCreate($input: CreateVolunteerActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n      title\n      place\n      grid {\n        id\n      }\n      startsAt\n      endsAt\n      slots\n      term\n      state\n      openToAllStudents\n      signedUpCount\n    }\n  }\n": types.ActivityCreateDocument,
    "\n  mutation ActivityCancel($input: VolunteerActivityIdInput!) {\n    cancelVolunteerActivity(input: $input) {\n      id\n      state\n      cancelledAt\n    }\n  }\n": types.ActivityCancelDocument,
    "\n  mutation ActivitySignUp($input: VolunteerActivityIdInput!) {\n    signUpForVolunteerActivity(input: $input) {\n      id\n      state\n      activity {\n        id\n        signedUpCount\n      }\n    }\n  }\n": types.ActivitySignUpDocument,
    "\n  mutation ActivityCancelSignUp($input: VolunteerSignUpIdInput!) {\n    cancelVolunteerSignUp(input: $input) {\n      id\n      state\n      cancelledAt\n    }\n  }\n": types.ActivityCancelSignUpDocument,
    "\n  mutation ActivityCheckIn($input: VolunteerSignUpIdInput!) {\n    checkInVolunteer(input: $input) {\n      id\n      state\n      checkedInAt\n      service {\n        id\n        status\n        hours\n        activity\n        transitions {\n          to\n          by {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ActivityCheckInDocument,
    "\n  mutation ActivityLogHours($input: LogVolunteerServiceInput!) {\n    logVolunteerService(input: $input) {\n      id\n    }\n  }\n": types.ActivityLogHoursDocument,
    "\n  mutation ActivityVerify($input: VerifyVolunteerServiceInput!) {\n    verifyVolunteerService(input: $input) {\n      id\n      status\n    }\n  }\n": types.ActivityVerifyDocument,
    "\n  query ActivityTeams {\n    teams {\n      id\n      name\n      viewerOrganises\n    }\n  }\n": types.ActivityTeamsDocument,
    "\n  query ActivityTeamActivities($id: ID!) {\n    team(id: $id) {\n      volunteerActivities {\n        id\n        title\n        state\n        slots\n        signedUpCount\n        viewerOrganises\n        viewerSignUp {\n          id\n          state\n        }\n      }\n    }\n  }\n": types.ActivityTeamActivitiesDocument,
    "\n  query ActivitySignUps($id: ID!) {\n    team(id: $id) {\n      volunteerActivities {\n        id\n        signedUpCount\n        signUps {\n          id\n          state\n          person {\n            id\n            name\n          }\n          service {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ActivitySignUpsDocument,
    "\n  query ActivityOpen {\n    volunteerActivities {\n      id\n      title\n      openToAllStudents\n      team {\n        name\n      }\n    }\n    myVolunteerSignUps {\n      id\n      state\n      activity {\n        id\n      }\n    }\n  }\n": types.ActivityOpenDocument,
    "\n  query ActivityQueue($id: ID!) {\n    team(id: $id) {\n      pendingVolunteerService {\n        id\n        activity\n        person {\n          id\n        }\n      }\n    }\n  }\n": types.ActivityQueueDocument,
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
export function graphql(source: "\n  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {\n    recordSensitiveReads(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {\n    recordSensitiveReads(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRecordsPage($filter: AccessRecordFilter, $first: Int, $after: String) {\n    accessRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          readerName\n          client\n          field\n          purpose\n          requestId\n          readAt\n          reader {\n            id\n            name\n          }\n          subject {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessRecordsPage($filter: AccessRecordFilter, $first: Int, $after: String) {\n    accessRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          readerName\n          client\n          field\n          purpose\n          requestId\n          readAt\n          reader {\n            id\n            name\n          }\n          subject {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonAccessRecords($id: ID!) {\n    person(id: $id) {\n      name\n      accessRecords(first: 10) {\n        totalCount\n        edges {\n          node {\n            readerName\n            field\n            purpose\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonAccessRecords($id: ID!) {\n    person(id: $id) {\n      name\n      accessRecords(first: 10) {\n        totalCount\n        edges {\n          node {\n            readerName\n            field\n            purpose\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnAccessRecords($id: ID!) {\n    person(id: $id) {\n      accessRecords {\n        edges {\n          node {\n            field\n            readerName\n            subject {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnAccessRecords($id: ID!) {\n    person(id: $id) {\n      accessRecords {\n        edges {\n          node {\n            field\n            readerName\n            subject {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleLatestAccessRecord($n: Int!) {\n    people(first: $n, filter: { search: \"学生\" }) {\n      edges {\n        node {\n          id\n          accessRecords(first: 1) {\n            totalCount\n            edges {\n              node {\n                field\n                reader {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleLatestAccessRecord($n: Int!) {\n    people(first: $n, filter: { search: \"学生\" }) {\n      edges {\n        node {\n          id\n          accessRecords(first: 1) {\n            totalCount\n            edges {\n              node {\n                field\n                reader {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuditorFindsPerson($search: String!) {\n        people(first: 10, filter: { search: $search }) {\n          edges {\n            node {\n              id\n              name\n              phone\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AuditorFindsPerson($search: String!) {\n        people(first: 10, filter: { search: $search }) {\n          edges {\n            node {\n              id\n              name\n              phone\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SensitivePerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      familyAnnualIncome\n    }\n  }\n"): (typeof documents)["\n  query SensitivePerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      familyAnnualIncome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SensitiveStudents {\n    people(filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          phone\n          familyAnnualIncome\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SensitiveStudents {\n    people(filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          phone\n          familyAnnualIncome\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhonesTwice($a: ID!, $c: ID!) {\n    x: person(id: $a) {\n      phone\n    }\n    y: person(id: $a) {\n      phone\n    }\n    z: person(id: $c) {\n      phone\n      familyAnnualIncome\n    }\n  }\n"): (typeof documents)["\n  query PhonesTwice($a: ID!, $c: ID!) {\n    x: person(id: $a) {\n      phone\n    }\n    y: person(id: $a) {\n      phone\n    }\n    z: person(id: $c) {\n      phone\n      familyAnnualIncome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovernanceAppoint($input: AppointGovernancePostInput!) {\n    appointGovernancePost(input: $input) {\n      id\n      kind\n      gridId\n      roomId\n      startsOn\n      endsOn\n      endedOn\n      holder {\n        id\n      }\n      appointedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GovernanceAppoint($input: AppointGovernancePostInput!) {\n    appointGovernancePost(input: $input) {\n      id\n      kind\n      gridId\n      roomId\n      startsOn\n      endsOn\n      endedOn\n      holder {\n        id\n      }\n      appointedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GovernanceEnd($postId: ID!, $endedOn: LocalDate) {\n    endGovernancePost(postId: $postId, endedOn: $endedOn) {\n      id\n      endedOn\n      endedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GovernanceEnd($postId: ID!, $endedOn: LocalDate) {\n    endGovernancePost(postId: $postId, endedOn: $endedOn) {\n      id\n      endedOn\n      endedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovernancePersonPosts($id: ID!) {\n    person(id: $id) {\n      governancePosts {\n        kind\n        gridId\n        endedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovernancePersonPosts($id: ID!) {\n    person(id: $id) {\n      governancePosts {\n        kind\n        gridId\n        endedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovernancePagePosts($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          governancePosts {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovernancePagePosts($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id\n          governancePosts {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyApply($input: RecordPartyApplicationInput!) {\n    recordPartyApplication(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation PartyApply($input: RecordPartyApplicationInput!) {\n    recordPartyApplication(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartySponsors($input: SetPartySponsorsInput!) {\n    setPartySponsors(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PartySponsors($input: SetPartySponsorsInput!) {\n    setPartySponsors(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyCheck($input: RecordPartyCheckInput!) {\n    recordPartyCheck(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PartyCheck($input: RecordPartyCheckInput!) {\n    recordPartyCheck(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMove($input: MovePartyStageInput!) {\n    movePartyStage(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation PartyMove($input: MovePartyStageInput!) {\n    movePartyStage(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyReport($input: RecordThoughtReportInput!) {\n    recordThoughtReport(input: $input) {\n      id\n      submittedOn\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation PartyReport($input: RecordThoughtReportInput!) {\n    recordThoughtReport(input: $input) {\n      id\n      submittedOn\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyTimeline($id: ID!) {\n    person(id: $id) {\n      politicalStatus\n      partyDevelopment {\n        id\n        stage\n        appliedOn\n        activistSince\n        developmentTargetSince\n        probationSince\n        probationEndsOn\n        fullMemberSince\n        trainingPassedOn\n        politicalReviewPassedOn\n        publicNoticeCompletedOn\n        thoughtReportDueOn\n        transitions {\n          step\n          from\n          to\n          effectiveOn\n          basis\n          basisReference\n          probationEndsOn\n          recordedBy {\n            id\n          }\n        }\n        sponsors {\n          role\n          since\n          person {\n            id\n          }\n        }\n        thoughtReports {\n          submittedOn\n          stage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyTimeline($id: ID!) {\n    person(id: $id) {\n      politicalStatus\n      partyDevelopment {\n        id\n        stage\n        appliedOn\n        activistSince\n        developmentTargetSince\n        probationSince\n        probationEndsOn\n        fullMemberSince\n        trainingPassedOn\n        politicalReviewPassedOn\n        publicNoticeCompletedOn\n        thoughtReportDueOn\n        transitions {\n          step\n          from\n          to\n          effectiveOn\n          basis\n          basisReference\n          probationEndsOn\n          recordedBy {\n            id\n          }\n        }\n        sponsors {\n          role\n          since\n          person {\n            id\n          }\n        }\n        thoughtReports {\n          submittedOn\n          stage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyBoard($branchId: ID!) {\n    partyPipelineBoard(branchId: $branchId) {\n      stages {\n        stage\n        count\n      }\n      overdueThoughtReports {\n        person {\n          id\n        }\n        thoughtReportDueOn\n      }\n      probationsEnding {\n        person {\n          id\n        }\n        probationEndsOn\n      }\n      activistsReachingYear {\n        person {\n          id\n        }\n        activistSince\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyBoard($branchId: ID!) {\n    partyPipelineBoard(branchId: $branchId) {\n      stages {\n        stage\n        count\n      }\n      overdueThoughtReports {\n        person {\n          id\n        }\n        thoughtReportDueOn\n      }\n      probationsEnding {\n        person {\n          id\n        }\n        probationEndsOn\n      }\n      activistsReachingYear {\n        person {\n          id\n        }\n        activistSince\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyWorklist {\n    myCultivatedActivists {\n      stage\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyWorklist {\n    myCultivatedActivists {\n      stage\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonWithUnits($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      kind\n      number\n      cohort\n      school {\n        id\n      }\n      college {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonWithUnits($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      kind\n      number\n      cohort\n      school {\n        id\n      }\n      college {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonId($id: ID!) {\n    person(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PersonId($id: ID!) {\n    person(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPeople($s: String) {\n    people(filter: { search: $s }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPeople($s: String) {\n    people(filter: { search: $s }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersonTest($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      number\n      kind\n      cohort\n      studentClass {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersonTest($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      number\n      kind\n      cohort\n      studentClass {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonTest($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      number\n      namePinyin\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonTest($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      number\n      namePinyin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRosterTest($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      committed\n      rowCount\n      created\n      problemCount\n      ignoredColumns\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRosterTest($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      committed\n      rowCount\n      created\n      problemCount\n      ignoredColumns\n      problems {\n        row\n        column\n        reason\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPeopleAnywhere($search: String!) {\n    people(first: 50, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          name\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPeopleAnywhere($search: String!) {\n    people(first: 50, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          name\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterSearchAnywhere($search: String!) {\n    roster(filter: { search: $search }, pageSize: 50) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RosterSearchAnywhere($search: String!) {\n    roster(filter: { search: $search }, pageSize: 50) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($filter: RosterFilter, $orderBy: RosterOrder, $page: Int, $pageSize: Int) {\n    roster(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {\n      totalCount\n      page\n      pageSize\n      pageCount\n      nodes {\n        id\n        name\n        namePinyin\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster($filter: RosterFilter, $orderBy: RosterOrder, $page: Int, $pageSize: Int) {\n    roster(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {\n      totalCount\n      page\n      pageSize\n      pageCount\n      nodes {\n        id\n        name\n        namePinyin\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) {\n      secret\n      client {\n        id\n        name\n        department\n        purposes\n        operations {\n          name\n          sha256\n        }\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) {\n      secret\n      client {\n        id\n        name\n        department\n        purposes\n        operations {\n          name\n          sha256\n        }\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeServiceClient($id: ID!) {\n    revokeServiceClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeServiceClient($id: ID!) {\n    revokeServiceClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceClientGrant($clientId: ID!, $secret: String) {\n    serviceClientGrant(clientId: $clientId, secret: $secret) {\n      id\n      name\n      purposes\n      operations {\n        name\n        sha256\n        document\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceClientGrant($clientId: ID!, $secret: String) {\n    serviceClientGrant(clientId: $clientId, secret: $secret) {\n      id\n      name\n      purposes\n      operations {\n        name\n        sha256\n        document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceClientCount {\n    serviceClients {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ServiceClientCount {\n    serviceClients {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceClients {\n    serviceClients(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          revokedAt\n          operations {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceClients {\n    serviceClients(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          revokedAt\n          operations {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      id\n      role\n      targetKind\n      targetId\n      startsOn\n      endsOn\n      person {\n        id\n      }\n      createdBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      id\n      role\n      targetKind\n      targetId\n      startsOn\n      endsOn\n      person {\n        id\n      }\n      createdBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndStaffAssignment($id: ID!, $endsOn: LocalDate!) {\n    endStaffAssignment(id: $id, endsOn: $endsOn) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation EndStaffAssignment($id: ID!, $endsOn: LocalDate!) {\n    endStaffAssignment(id: $id, endsOn: $endsOn) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAssignments($filter: StaffAssignmentFilter, $first: Int, $after: String) {\n    staffAssignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffAssignments($filter: StaffAssignmentFilter, $first: Int, $after: String) {\n    staffAssignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...PeoplePageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonStaffAssignments($id: ID!) {\n    person(id: $id) {\n      name\n      staffAssignments {\n        id\n        role\n        targetKind\n        startsOn\n        endsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonStaffAssignments($id: ID!) {\n    person(id: $id) {\n      name\n      staffAssignments {\n        id\n        role\n        targetKind\n        startsOn\n        endsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnderStaffScope($id: ID!) {\n    staffScope(personId: $id) {\n      role\n      gridIds\n      branchIds\n    }\n  }\n"): (typeof documents)["\n  query EnderStaffScope($id: ID!) {\n    staffScope(personId: $id) {\n      role\n      gridIds\n      branchIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffScope($id: ID!) {\n    staffScope(personId: $id) {\n      role\n      studentIds\n      gridIds\n      buildingIds\n      branchIds\n      unitIds\n    }\n  }\n"): (typeof documents)["\n  query StaffScope($id: ID!) {\n    staffScope(personId: $id) {\n      role\n      studentIds\n      gridIds\n      buildingIds\n      branchIds\n      unitIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudentClassStudentNames on PersonConnection {\n    totalCount\n    edges {\n      node {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StudentClassStudentNames on PersonConnection {\n    totalCount\n    edges {\n      node {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentClass($id: ID!) {\n    studentClass(id: $id) {\n      id\n      name\n      cohort\n      school {\n        id\n      }\n      students(first: 10) {\n        ...StudentClassStudentNames\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentClass($id: ID!) {\n    studentClass(id: $id) {\n      id\n      name\n      cohort\n      school {\n        id\n      }\n      students(first: 10) {\n        ...StudentClassStudentNames\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentClassId($id: ID!) {\n    studentClass(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query StudentClassId($id: ID!) {\n    studentClass(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentClassPage($id: ID!, $first: Int, $after: String) {\n    studentClass(id: $id) {\n      students(first: $first, after: $after) {\n        ...StudentClassStudentNames\n        pageInfo {\n          ...PeoplePageInfo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentClassPage($id: ID!, $first: Int, $after: String) {\n    studentClass(id: $id) {\n      students(first: $first, after: $after) {\n        ...StudentClassStudentNames\n        pageInfo {\n          ...PeoplePageInfo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleClasses($n: Int!) {\n    people(first: $n, filter: { search: \"学生\" }) {\n      edges {\n        node {\n          studentClass {\n            name\n            students(first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleClasses($n: Int!) {\n    people(first: $n, filter: { search: \"学生\" }) {\n      edges {\n        node {\n          studentClass {\n            name\n            students(first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeoplePageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PeoplePageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      kind\n      leader {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      kind\n      leader {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamAdd($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n      joinedOn\n      leftOn\n    }\n  }\n"): (typeof documents)["\n  mutation TeamAdd($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n      joinedOn\n      leftOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamEnd($input: EndTeamMembershipInput!) {\n    endTeamMembership(input: $input) {\n      id\n      leftOn\n    }\n  }\n"): (typeof documents)["\n  mutation TeamEnd($input: EndTeamMembershipInput!) {\n    endTeamMembership(input: $input) {\n      id\n      leftOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerLog($input: LogVolunteerServiceInput!) {\n    logVolunteerService(input: $input) {\n      id\n      status\n      hours\n      term\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerLog($input: LogVolunteerServiceInput!) {\n    logVolunteerService(input: $input) {\n      id\n      status\n      hours\n      term\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerVerify($input: VerifyVolunteerServiceInput!) {\n    verifyVolunteerService(input: $input) {\n      id\n      status\n      decidedAt\n      decidedBy {\n        id\n      }\n      transitions {\n        from\n        to\n        note\n        by {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerVerify($input: VerifyVolunteerServiceInput!) {\n    verifyVolunteerService(input: $input) {\n      id\n      status\n      decidedAt\n      decidedBy {\n        id\n      }\n      transitions {\n        from\n        to\n        note\n        by {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerReject($input: RejectVolunteerServiceInput!) {\n    rejectVolunteerService(input: $input) {\n      id\n      status\n      reason\n      transitions {\n        from\n        to\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerReject($input: RejectVolunteerServiceInput!) {\n    rejectVolunteerService(input: $input) {\n      id\n      status\n      reason\n      transitions {\n        from\n        to\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPage($id: ID!, $term: String) {\n    team(id: $id) {\n      id\n      name\n      viewerRuns\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            role\n            person {\n              id\n            }\n          }\n        }\n      }\n      verifiedHours(term: $term)\n    }\n  }\n"): (typeof documents)["\n  query TeamPage($id: ID!, $term: String) {\n    team(id: $id) {\n      id\n      name\n      viewerRuns\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            role\n            person {\n              id\n            }\n          }\n        }\n      }\n      verifiedHours(term: $term)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamQueue($id: ID!, $term: String) {\n    team(id: $id) {\n      pendingVolunteerService {\n        id\n        person {\n          id\n        }\n      }\n      members(first: 50) {\n        edges {\n          node {\n            verifiedHours(term: $term)\n            person {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamQueue($id: ID!, $term: String) {\n    team(id: $id) {\n      pendingVolunteerService {\n        id\n        person {\n          id\n        }\n      }\n      members(first: 50) {\n        edges {\n          node {\n            verifiedHours(term: $term)\n            person {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMemberHours($id: ID!, $term: String) {\n    team(id: $id) {\n      members(first: 50) {\n        edges {\n          node {\n            verifiedHours(term: $term)\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMemberHours($id: ID!, $term: String) {\n    team(id: $id) {\n      members(first: 50) {\n        edges {\n          node {\n            verifiedHours(term: $term)\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTeams {\n    teams {\n      id\n      name\n      viewerRuns\n      viewerIsMember\n    }\n  }\n"): (typeof documents)["\n  query MyTeams {\n    teams {\n      id\n      name\n      viewerRuns\n      viewerIsMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerHours($id: ID!, $term: String) {\n    person(id: $id) {\n      volunteerHours(term: $term)\n      volunteerService(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            activity\n            hours\n            reason\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerHours($id: ID!, $term: String) {\n    person(id: $id) {\n      volunteerHours(term: $term)\n      volunteerService(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            activity\n            hours\n            reason\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityCreate($input: CreateVolunteerActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n      title\n      place\n      grid {\n        id\n      }\n      startsAt\n      endsAt\n      slots\n      term\n      state\n      openToAllStudents\n      signedUpCount\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityCreate($input: CreateVolunteerActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n      title\n      place\n      grid {\n        id\n      }\n      startsAt\n      endsAt\n      slots\n      term\n      state\n      openToAllStudents\n      signedUpCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityCancel($input: VolunteerActivityIdInput!) {\n    cancelVolunteerActivity(input: $input) {\n      id\n      state\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityCancel($input: VolunteerActivityIdInput!) {\n    cancelVolunteerActivity(input: $input) {\n      id\n      state\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivitySignUp($input: VolunteerActivityIdInput!) {\n    signUpForVolunteerActivity(input: $input) {\n      id\n      state\n      activity {\n        id\n        signedUpCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivitySignUp($input: VolunteerActivityIdInput!) {\n    signUpForVolunteerActivity(input: $input) {\n      id\n      state\n      activity {\n        id\n        signedUpCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityCancelSignUp($input: VolunteerSignUpIdInput!) {\n    cancelVolunteerSignUp(input: $input) {\n      id\n      state\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityCancelSignUp($input: VolunteerSignUpIdInput!) {\n    cancelVolunteerSignUp(input: $input) {\n      id\n      state\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityCheckIn($input: VolunteerSignUpIdInput!) {\n    checkInVolunteer(input: $input) {\n      id\n      state\n      checkedInAt\n      service {\n        id\n        status\n        hours\n        activity\n        transitions {\n          to\n          by {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityCheckIn($input: VolunteerSignUpIdInput!) {\n    checkInVolunteer(input: $input) {\n      id\n      state\n      checkedInAt\n      service {\n        id\n        status\n        hours\n        activity\n        transitions {\n          to\n          by {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityLogHours($input: LogVolunteerServiceInput!) {\n    logVolunteerService(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityLogHours($input: LogVolunteerServiceInput!) {\n    logVolunteerService(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityVerify($input: VerifyVolunteerServiceInput!) {\n    verifyVolunteerService(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityVerify($input: VerifyVolunteerServiceInput!) {\n    verifyVolunteerService(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityTeams {\n    teams {\n      id\n      name\n      viewerOrganises\n    }\n  }\n"): (typeof documents)["\n  query ActivityTeams {\n    teams {\n      id\n      name\n      viewerOrganises\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityTeamActivities($id: ID!) {\n    team(id: $id) {\n      volunteerActivities {\n        id\n        title\n        state\n        slots\n        signedUpCount\n        viewerOrganises\n        viewerSignUp {\n          id\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityTeamActivities($id: ID!) {\n    team(id: $id) {\n      volunteerActivities {\n        id\n        title\n        state\n        slots\n        signedUpCount\n        viewerOrganises\n        viewerSignUp {\n          id\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitySignUps($id: ID!) {\n    team(id: $id) {\n      volunteerActivities {\n        id\n        signedUpCount\n        signUps {\n          id\n          state\n          person {\n            id\n            name\n          }\n          service {\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitySignUps($id: ID!) {\n    team(id: $id) {\n      volunteerActivities {\n        id\n        signedUpCount\n        signUps {\n          id\n          state\n          person {\n            id\n            name\n          }\n          service {\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityOpen {\n    volunteerActivities {\n      id\n      title\n      openToAllStudents\n      team {\n        name\n      }\n    }\n    myVolunteerSignUps {\n      id\n      state\n      activity {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityOpen {\n    volunteerActivities {\n      id\n      title\n      openToAllStudents\n      team {\n        name\n      }\n    }\n    myVolunteerSignUps {\n      id\n      state\n      activity {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityQueue($id: ID!) {\n    team(id: $id) {\n      pendingVolunteerService {\n        id\n        activity\n        person {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityQueue($id: ID!) {\n    team(id: $id) {\n      pendingVolunteerService {\n        id\n        activity\n        person {\n          id\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;