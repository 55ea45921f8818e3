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
    "\n  query GridResidents {\n    grids(first: 10) {\n      edges {\n        node {\n          name\n          residentIds\n        }\n      }\n    }\n  }\n": typeof types.GridResidentsDocument,
    "\n  mutation GridsCreate($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      name\n      kind\n      branch {\n        id\n      }\n      rooms {\n        number\n      }\n      branchHistory {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GridsCreateDocument,
    "\n  mutation GridsAssign($grid: ID!, $branch: ID!) {\n    assignGridBranch(gridId: $grid, branchId: $branch) {\n      id\n      branch {\n        name\n      }\n      branchHistory {\n        createdAt\n        from {\n          name\n        }\n        to {\n          name\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GridsAssignDocument,
    "\n  mutation GridsClose($grid: ID!) {\n    closeGrid(gridId: $grid) {\n      id\n      closedOn\n      rooms {\n        number\n      }\n    }\n  }\n": typeof types.GridsCloseDocument,
    "\n  query GridsList($building: ID!) {\n    grids(first: 100, filter: { buildingId: $building }) {\n      edges {\n        node {\n          name\n          kind\n          rooms {\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.GridsListDocument,
    "\n  query GridsCoverage {\n    gridCoverage {\n      id\n      gridCount\n      gridsWithoutBranch {\n        name\n      }\n      roomsInNoGrid {\n        totalCount\n        rooms {\n          number\n        }\n      }\n      branches {\n        branch {\n          name\n        }\n        gridCount\n        residentCount\n        grids {\n          name\n        }\n      }\n    }\n  }\n": typeof types.GridsCoverageDocument,
    "\n  query DemoOverview {\n    grids(first: 100) {\n      totalCount\n      edges {\n        node {\n          residentCount\n          branch {\n            kind\n          }\n        }\n      }\n    }\n    orgUnits {\n      id\n      kind\n      purpose\n      college {\n        kind\n      }\n      history {\n        change\n      }\n    }\n    campuses {\n      buildings {\n        rooms {\n          id\n        }\n      }\n    }\n    pairings(first: 10) {\n      edges {\n        node {\n          id\n          state\n          activities(first: 10) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoOverviewDocument,
    "\n  query OrgUnitWithFamily($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      kind\n      parent {\n        name\n        kind\n      }\n      children {\n        name\n        kind\n      }\n      grids {\n        name\n      }\n    }\n  }\n": typeof types.OrgUnitWithFamilyDocument,
    "\n  query BranchUnit($id: ID!) {\n    orgUnit(id: $id) {\n      grids {\n        name\n      }\n      parent {\n        name\n      }\n    }\n  }\n": typeof types.BranchUnitDocument,
    "\n  query TopUnit($id: ID!) {\n    orgUnit(id: $id) {\n      parent {\n        id\n      }\n      children {\n        kind\n        name\n      }\n      grids {\n        id\n      }\n    }\n  }\n": typeof types.TopUnitDocument,
    "\n    query OrgUnitById($id: ID!) {\n      orgUnit(id: $id) {\n        id\n      }\n    }\n  ": typeof types.OrgUnitByIdDocument,
    "\n    query BuildingById($id: ID!) {\n      building(id: $id) {\n        id\n      }\n    }\n  ": typeof types.BuildingByIdDocument,
    "\n    query GridById($id: ID!) {\n      grid(id: $id) {\n        id\n      }\n    }\n  ": typeof types.GridByIdDocument,
    "\n    query RoomById($id: ID!) {\n      room(id: $id) {\n        id\n      }\n    }\n  ": typeof types.RoomByIdDocument,
    "\n  query AllOrgUnits {\n    orgUnits {\n      name\n      kind\n    }\n  }\n": typeof types.AllOrgUnitsDocument,
    "\n  query JointBranches {\n    orgUnits(kind: JOINT_BRANCH) {\n      id\n    }\n  }\n": typeof types.JointBranchesDocument,
    "\n  query Schools {\n    orgUnits(kind: SCHOOL) {\n      name\n      grids {\n        id\n      }\n      children {\n        id\n      }\n    }\n  }\n": typeof types.SchoolsDocument,
    "\n  query Campuses {\n    campuses {\n      id\n      name\n      buildings {\n        name\n        campus {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CampusesDocument,
    "\n  query BuildingDetail($id: ID!) {\n    building(id: $id) {\n      id\n      name\n      floors\n      campus {\n        name\n      }\n      college {\n        name\n        kind\n      }\n      rooms {\n        number\n        floor\n      }\n      grids {\n        name\n      }\n    }\n  }\n": typeof types.BuildingDetailDocument,
    "\n  query PlainBuilding($id: ID!) {\n    building(id: $id) {\n      college {\n        id\n      }\n      rooms {\n        number\n        grid {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PlainBuildingDocument,
    "\n  query GridDetail($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      building {\n        name\n      }\n      branch {\n        name\n        kind\n      }\n      rooms {\n        number\n      }\n      floors\n      residents {\n        id\n      }\n      residentCount\n    }\n  }\n": typeof types.GridDetailDocument,
    "\n  query GridResidentCount($id: ID!) {\n    grid(id: $id) {\n      residentCount\n      residents {\n        id\n      }\n    }\n  }\n": typeof types.GridResidentCountDocument,
    "\n  query Grids($first: Int, $after: String, $filter: GridFilter) {\n    grids(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GridsDocument,
    "\n  query GridsByBuilding($id: ID!) {\n    grids(filter: { buildingId: $id }) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GridsByBuildingDocument,
    "\n  query RoomDetail($id: ID!) {\n    room(id: $id) {\n      id\n      number\n      floor\n      capacity\n      building {\n        name\n      }\n      grid {\n        name\n      }\n      residents {\n        id\n      }\n    }\n  }\n": typeof types.RoomDetailDocument,
    "\n  query RoomGridAndResidents($id: ID!) {\n    room(id: $id) {\n      grid {\n        id\n      }\n      residents {\n        id\n      }\n    }\n  }\n": typeof types.RoomGridAndResidentsDocument,
    "\n  query GridsDeep($n: Int!) {\n    grids(first: $n) {\n      edges {\n        node {\n          name\n          building {\n            name\n            college {\n              name\n            }\n            campus {\n              name\n            }\n          }\n          branch {\n            name\n            parent {\n              name\n            }\n            grids {\n              id\n            }\n          }\n          rooms {\n            number\n            building {\n              name\n            }\n            grid {\n              id\n            }\n            residents {\n              id\n            }\n          }\n          residents {\n            id\n          }\n          residentCount\n        }\n      }\n    }\n  }\n": typeof types.GridsDeepDocument,
    "\n  mutation MoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      id\n      bed\n      movedInOn\n      movedOutOn\n      person {\n        id\n      }\n      room {\n        id\n        number\n      }\n    }\n  }\n": typeof types.MoveInDocument,
    "\n  mutation MoveOut($id: ID!, $on: LocalDate!) {\n    moveOut(residenceId: $id, movedOutOn: $on) {\n      id\n      movedInOn\n      movedOutOn\n      person {\n        id\n      }\n    }\n  }\n": typeof types.MoveOutDocument,
    "\n  query RoomAndGridResidents($id: ID!, $grid: ID!) {\n    room(id: $id) {\n      residents {\n        id\n      }\n    }\n    grid: grid(id: $grid) {\n      residentCount\n    }\n  }\n": typeof types.RoomAndGridResidentsDocument,
    "\n  mutation PairingCreate($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      kind\n      state\n      startsOn\n      endsOn\n      plan\n      unit {\n        id\n      }\n      branch {\n        id\n      }\n      teacher {\n        id\n      }\n      student {\n        id\n      }\n    }\n  }\n": typeof types.PairingCreateDocument,
    "\n  mutation PairingLog($input: LogPairingActivityInput!) {\n    logPairingActivity(input: $input) {\n      id\n      heldOn\n      term\n      title\n      summary\n      participantCount\n      recordedBy {\n        id\n      }\n      pairing {\n        id\n      }\n    }\n  }\n": typeof types.PairingLogDocument,
    "\n  mutation PairingEnd($id: ID!, $note: String) {\n    endPairing(pairingId: $id, note: $note) {\n      id\n      state\n      endedAt\n      endNote\n      endedBy {\n        id\n      }\n    }\n  }\n": typeof types.PairingEndDocument,
    "\n  mutation PairingCloseUnit($id: ID!) {\n    closeOrgUnit(unitId: $id) {\n      id\n      closedOn\n    }\n  }\n": typeof types.PairingCloseUnitDocument,
    "\n  query PairingOne($id: ID!) {\n    pairing(id: $id) {\n      id\n      state\n      activities(first: 2) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            heldOn\n            title\n          }\n        }\n      }\n      activitiesByTerm {\n        term\n        activityCount\n        participantCount\n      }\n    }\n  }\n": typeof types.PairingOneDocument,
    "\n  query PairingMoreActivities($id: ID!, $after: String) {\n    pairing(id: $id) {\n      activities(first: 2, after: $after) {\n        edges {\n          node {\n            heldOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.PairingMoreActivitiesDocument,
    "\n  query PairingList($unitId: ID, $kind: PairingKind, $state: PairingState) {\n    pairings(first: 50, unitId: $unitId, kind: $kind, state: $state) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n": typeof types.PairingListDocument,
    "\n  query PairingUnitPage($id: ID!) {\n    orgUnit(id: $id) {\n      pairings(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            state\n            plan\n            unit {\n              name\n            }\n            branch {\n              name\n            }\n            teacher {\n              id\n            }\n            activities(first: 3) {\n              totalCount\n              edges {\n                node {\n                  title\n                  recordedBy {\n                    id\n                  }\n                }\n              }\n            }\n            activitiesByTerm {\n              term\n              activityCount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PairingUnitPageDocument,
    "\n  mutation PartyworkCreatePost($input: CreatePartyPostInput!) {\n    createPartyPost(input: $input) {\n      id\n      title\n      startsOn\n      endsOn\n      current\n      holder {\n        id\n      }\n      grid {\n        id\n      }\n      room {\n        number\n      }\n      branch {\n        id\n      }\n    }\n  }\n": typeof types.PartyworkCreatePostDocument,
    "\n  mutation PartyworkChangePost($input: ChangePartyPostInput!) {\n    changePartyPost(input: $input) {\n      id\n      title\n      endsOn\n    }\n  }\n": typeof types.PartyworkChangePostDocument,
    "\n  mutation PartyworkEndPost($id: ID!, $on: LocalDate) {\n    endPartyPost(postId: $id, endedOn: $on) {\n      id\n      endedOn\n      current\n    }\n  }\n": typeof types.PartyworkEndPostDocument,
    "\n  query PartyworkBranch($id: ID!) {\n    orgUnit(id: $id) {\n      partyPosts {\n        title\n      }\n      responsibilityAreas {\n        name\n        member {\n          id\n        }\n        rooms {\n          number\n        }\n        grids {\n          name\n        }\n      }\n      vanguardTeams {\n        name\n        members {\n          id\n        }\n        tasks {\n          title\n          state\n          transitions {\n            fromState\n            toState\n            note\n            by {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartyworkBranchDocument,
    "\n  query PartyworkGridPosts($id: ID!) {\n    grid(id: $id) {\n      posts {\n        title\n      }\n    }\n  }\n": typeof types.PartyworkGridPostsDocument,
    "\n  mutation PartyworkCreateArea($input: CreateResponsibilityAreaInput!) {\n    createResponsibilityArea(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.PartyworkCreateAreaDocument,
    "\n  mutation PartyworkEndArea($id: ID!) {\n    endResponsibilityArea(areaId: $id) {\n      id\n      endedOn\n    }\n  }\n": typeof types.PartyworkEndAreaDocument,
    "\n  query PartyworkCoverage($branch: ID) {\n    responsibilityCoverage(branchId: $branch) {\n      buildings {\n        building {\n          name\n        }\n        roomCount\n        coveredRoomCount\n        share\n      }\n      branches {\n        branch {\n          name\n        }\n        roomCount\n        coveredRoomCount\n        share\n      }\n    }\n  }\n": typeof types.PartyworkCoverageDocument,
    "\n  mutation PartyworkCreateTeam($input: CreateVanguardTeamInput!) {\n    createVanguardTeam(input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": typeof types.PartyworkCreateTeamDocument,
    "\n  mutation PartyworkAddTask($input: AddVanguardTaskInput!) {\n    addVanguardTask(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.PartyworkAddTaskDocument,
    "\n  mutation PartyworkCompleteTask($id: ID!, $note: String) {\n    completeVanguardTask(taskId: $id, note: $note) {\n      id\n      state\n      transitions {\n        fromState\n        toState\n        by {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PartyworkCompleteTaskDocument,
    "\n  query ResidentsOf($g: [ID!]!, $b: [ID!]!, $br: [ID!]!, $r: [ID!]! = []) {\n    residentsOf(gridIds: $g, buildingIds: $b, branchIds: $br, roomIds: $r)\n  }\n": typeof types.ResidentsOfDocument,
};
const documents: Documents = {
    "\n  query GridResidents {\n    grids(first: 10) {\n      edges {\n        node {\n          name\n          residentIds\n        }\n      }\n    }\n  }\n": types.GridResidentsDocument,
    "\n  mutation GridsCreate($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      name\n      kind\n      branch {\n        id\n      }\n      rooms {\n        number\n      }\n      branchHistory {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": types.GridsCreateDocument,
    "\n  mutation GridsAssign($grid: ID!, $branch: ID!) {\n    assignGridBranch(gridId: $grid, branchId: $branch) {\n      id\n      branch {\n        name\n      }\n      branchHistory {\n        createdAt\n        from {\n          name\n        }\n        to {\n          name\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": types.GridsAssignDocument,
    "\n  mutation GridsClose($grid: ID!) {\n    closeGrid(gridId: $grid) {\n      id\n      closedOn\n      rooms {\n        number\n      }\n    }\n  }\n": types.GridsCloseDocument,
    "\n  query GridsList($building: ID!) {\n    grids(first: 100, filter: { buildingId: $building }) {\n      edges {\n        node {\n          name\n          kind\n          rooms {\n            number\n          }\n        }\n      }\n    }\n  }\n": types.GridsListDocument,
    "\n  query GridsCoverage {\n    gridCoverage {\n      id\n      gridCount\n      gridsWithoutBranch {\n        name\n      }\n      roomsInNoGrid {\n        totalCount\n        rooms {\n          number\n        }\n      }\n      branches {\n        branch {\n          name\n        }\n        gridCount\n        residentCount\n        grids {\n          name\n        }\n      }\n    }\n  }\n": types.GridsCoverageDocument,
    "\n  query DemoOverview {\n    grids(first: 100) {\n      totalCount\n      edges {\n        node {\n          residentCount\n          branch {\n            kind\n          }\n        }\n      }\n    }\n    orgUnits {\n      id\n      kind\n      purpose\n      college {\n        kind\n      }\n      history {\n        change\n      }\n    }\n    campuses {\n      buildings {\n        rooms {\n          id\n        }\n      }\n    }\n    pairings(first: 10) {\n      edges {\n        node {\n          id\n          state\n          activities(first: 10) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.DemoOverviewDocument,
    "\n  query OrgUnitWithFamily($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      kind\n      parent {\n        name\n        kind\n      }\n      children {\n        name\n        kind\n      }\n      grids {\n        name\n      }\n    }\n  }\n": types.OrgUnitWithFamilyDocument,
    "\n  query BranchUnit($id: ID!) {\n    orgUnit(id: $id) {\n      grids {\n        name\n      }\n      parent {\n        name\n      }\n    }\n  }\n": types.BranchUnitDocument,
    "\n  query TopUnit($id: ID!) {\n    orgUnit(id: $id) {\n      parent {\n        id\n      }\n      children {\n        kind\n        name\n      }\n      grids {\n        id\n      }\n    }\n  }\n": types.TopUnitDocument,
    "\n    query OrgUnitById($id: ID!) {\n      orgUnit(id: $id) {\n        id\n      }\n    }\n  ": types.OrgUnitByIdDocument,
    "\n    query BuildingById($id: ID!) {\n      building(id: $id) {\n        id\n      }\n    }\n  ": types.BuildingByIdDocument,
    "\n    query GridById($id: ID!) {\n      grid(id: $id) {\n        id\n      }\n    }\n  ": types.GridByIdDocument,
    "\n    query RoomById($id: ID!) {\n      room(id: $id) {\n        id\n      }\n    }\n  ": types.RoomByIdDocument,
    "\n  query AllOrgUnits {\n    orgUnits {\n      name\n      kind\n    }\n  }\n": types.AllOrgUnitsDocument,
    "\n  query JointBranches {\n    orgUnits(kind: JOINT_BRANCH) {\n      id\n    }\n  }\n": types.JointBranchesDocument,
    "\n  query Schools {\n    orgUnits(kind: SCHOOL) {\n      name\n      grids {\n        id\n      }\n      children {\n        id\n      }\n    }\n  }\n": types.SchoolsDocument,
    "\n  query Campuses {\n    campuses {\n      id\n      name\n      buildings {\n        name\n        campus {\n          id\n        }\n      }\n    }\n  }\n": types.CampusesDocument,
    "\n  query BuildingDetail($id: ID!) {\n    building(id: $id) {\n      id\n      name\n      floors\n      campus {\n        name\n      }\n      college {\n        name\n        kind\n      }\n      rooms {\n        number\n        floor\n      }\n      grids {\n        name\n      }\n    }\n  }\n": types.BuildingDetailDocument,
    "\n  query PlainBuilding($id: ID!) {\n    building(id: $id) {\n      college {\n        id\n      }\n      rooms {\n        number\n        grid {\n          id\n        }\n      }\n    }\n  }\n": types.PlainBuildingDocument,
    "\n  query GridDetail($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      building {\n        name\n      }\n      branch {\n        name\n        kind\n      }\n      rooms {\n        number\n      }\n      floors\n      residents {\n        id\n      }\n      residentCount\n    }\n  }\n": types.GridDetailDocument,
    "\n  query GridResidentCount($id: ID!) {\n    grid(id: $id) {\n      residentCount\n      residents {\n        id\n      }\n    }\n  }\n": types.GridResidentCountDocument,
    "\n  query Grids($first: Int, $after: String, $filter: GridFilter) {\n    grids(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GridsDocument,
    "\n  query GridsByBuilding($id: ID!) {\n    grids(filter: { buildingId: $id }) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.GridsByBuildingDocument,
    "\n  query RoomDetail($id: ID!) {\n    room(id: $id) {\n      id\n      number\n      floor\n      capacity\n      building {\n        name\n      }\n      grid {\n        name\n      }\n      residents {\n        id\n      }\n    }\n  }\n": types.RoomDetailDocument,
    "\n  query RoomGridAndResidents($id: ID!) {\n    room(id: $id) {\n      grid {\n        id\n      }\n      residents {\n        id\n      }\n    }\n  }\n": types.RoomGridAndResidentsDocument,
    "\n  query GridsDeep($n: Int!) {\n    grids(first: $n) {\n      edges {\n        node {\n          name\n          building {\n            name\n            college {\n              name\n            }\n            campus {\n              name\n            }\n          }\n          branch {\n            name\n            parent {\n              name\n            }\n            grids {\n              id\n            }\n          }\n          rooms {\n            number\n            building {\n              name\n            }\n            grid {\n              id\n            }\n            residents {\n              id\n            }\n          }\n          residents {\n            id\n          }\n          residentCount\n        }\n      }\n    }\n  }\n": types.GridsDeepDocument,
    "\n  mutation MoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      id\n      bed\n      movedInOn\n      movedOutOn\n      person {\n        id\n      }\n      room {\n        id\n        number\n      }\n    }\n  }\n": types.MoveInDocument,
    "\n  mutation MoveOut($id: ID!, $on: LocalDate!) {\n    moveOut(residenceId: $id, movedOutOn: $on) {\n      id\n      movedInOn\n      movedOutOn\n      person {\n        id\n      }\n    }\n  }\n": types.MoveOutDocument,
    "\n  query RoomAndGridResidents($id: ID!, $grid: ID!) {\n    room(id: $id) {\n      residents {\n        id\n      }\n    }\n    grid: grid(id: $grid) {\n      residentCount\n    }\n  }\n": types.RoomAndGridResidentsDocument,
    "\n  mutation PairingCreate($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      kind\n      state\n      startsOn\n      endsOn\n      plan\n      unit {\n        id\n      }\n      branch {\n        id\n      }\n      teacher {\n        id\n      }\n      student {\n        id\n      }\n    }\n  }\n": types.PairingCreateDocument,
    "\n  mutation PairingLog($input: LogPairingActivityInput!) {\n    logPairingActivity(input: $input) {\n      id\n      heldOn\n      term\n      title\n      summary\n      participantCount\n      recordedBy {\n        id\n      }\n      pairing {\n        id\n      }\n    }\n  }\n": types.PairingLogDocument,
    "\n  mutation PairingEnd($id: ID!, $note: String) {\n    endPairing(pairingId: $id, note: $note) {\n      id\n      state\n      endedAt\n      endNote\n      endedBy {\n        id\n      }\n    }\n  }\n": types.PairingEndDocument,
    "\n  mutation PairingCloseUnit($id: ID!) {\n    closeOrgUnit(unitId: $id) {\n      id\n      closedOn\n    }\n  }\n": types.PairingCloseUnitDocument,
    "\n  query PairingOne($id: ID!) {\n    pairing(id: $id) {\n      id\n      state\n      activities(first: 2) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            heldOn\n            title\n          }\n        }\n      }\n      activitiesByTerm {\n        term\n        activityCount\n        participantCount\n      }\n    }\n  }\n": types.PairingOneDocument,
    "\n  query PairingMoreActivities($id: ID!, $after: String) {\n    pairing(id: $id) {\n      activities(first: 2, after: $after) {\n        edges {\n          node {\n            heldOn\n          }\n        }\n      }\n    }\n  }\n": types.PairingMoreActivitiesDocument,
    "\n  query PairingList($unitId: ID, $kind: PairingKind, $state: PairingState) {\n    pairings(first: 50, unitId: $unitId, kind: $kind, state: $state) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n": types.PairingListDocument,
    "\n  query PairingUnitPage($id: ID!) {\n    orgUnit(id: $id) {\n      pairings(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            state\n            plan\n            unit {\n              name\n            }\n            branch {\n              name\n            }\n            teacher {\n              id\n            }\n            activities(first: 3) {\n              totalCount\n              edges {\n                node {\n                  title\n                  recordedBy {\n                    id\n                  }\n                }\n              }\n            }\n            activitiesByTerm {\n              term\n              activityCount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PairingUnitPageDocument,
    "\n  mutation PartyworkCreatePost($input: CreatePartyPostInput!) {\n    createPartyPost(input: $input) {\n      id\n      title\n      startsOn\n      endsOn\n      current\n      holder {\n        id\n      }\n      grid {\n        id\n      }\n      room {\n        number\n      }\n      branch {\n        id\n      }\n    }\n  }\n": types.PartyworkCreatePostDocument,
    "\n  mutation PartyworkChangePost($input: ChangePartyPostInput!) {\n    changePartyPost(input: $input) {\n      id\n      title\n      endsOn\n    }\n  }\n": types.PartyworkChangePostDocument,
    "\n  mutation PartyworkEndPost($id: ID!, $on: LocalDate) {\n    endPartyPost(postId: $id, endedOn: $on) {\n      id\n      endedOn\n      current\n    }\n  }\n": types.PartyworkEndPostDocument,
    "\n  query PartyworkBranch($id: ID!) {\n    orgUnit(id: $id) {\n      partyPosts {\n        title\n      }\n      responsibilityAreas {\n        name\n        member {\n          id\n        }\n        rooms {\n          number\n        }\n        grids {\n          name\n        }\n      }\n      vanguardTeams {\n        name\n        members {\n          id\n        }\n        tasks {\n          title\n          state\n          transitions {\n            fromState\n            toState\n            note\n            by {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PartyworkBranchDocument,
    "\n  query PartyworkGridPosts($id: ID!) {\n    grid(id: $id) {\n      posts {\n        title\n      }\n    }\n  }\n": types.PartyworkGridPostsDocument,
    "\n  mutation PartyworkCreateArea($input: CreateResponsibilityAreaInput!) {\n    createResponsibilityArea(input: $input) {\n      id\n      name\n    }\n  }\n": types.PartyworkCreateAreaDocument,
    "\n  mutation PartyworkEndArea($id: ID!) {\n    endResponsibilityArea(areaId: $id) {\n      id\n      endedOn\n    }\n  }\n": types.PartyworkEndAreaDocument,
    "\n  query PartyworkCoverage($branch: ID) {\n    responsibilityCoverage(branchId: $branch) {\n      buildings {\n        building {\n          name\n        }\n        roomCount\n        coveredRoomCount\n        share\n      }\n      branches {\n        branch {\n          name\n        }\n        roomCount\n        coveredRoomCount\n        share\n      }\n    }\n  }\n": types.PartyworkCoverageDocument,
    "\n  mutation PartyworkCreateTeam($input: CreateVanguardTeamInput!) {\n    createVanguardTeam(input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": types.PartyworkCreateTeamDocument,
    "\n  mutation PartyworkAddTask($input: AddVanguardTaskInput!) {\n    addVanguardTask(input: $input) {\n      id\n      state\n    }\n  }\n": types.PartyworkAddTaskDocument,
    "\n  mutation PartyworkCompleteTask($id: ID!, $note: String) {\n    completeVanguardTask(taskId: $id, note: $note) {\n      id\n      state\n      transitions {\n        fromState\n        toState\n        by {\n          id\n        }\n      }\n    }\n  }\n": types.PartyworkCompleteTaskDocument,
    "\n  query ResidentsOf($g: [ID!]!, $b: [ID!]!, $br: [ID!]!, $r: [ID!]! = []) {\n    residentsOf(gridIds: $g, buildingIds: $b, branchIds: $br, roomIds: $r)\n  }\n": types.ResidentsOfDocument,
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
export function graphql(source: "\n  query GridResidents {\n    grids(first: 10) {\n      edges {\n        node {\n          name\n          residentIds\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridResidents {\n    grids(first: 10) {\n      edges {\n        node {\n          name\n          residentIds\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsCreate($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      name\n      kind\n      branch {\n        id\n      }\n      rooms {\n        number\n      }\n      branchHistory {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridsCreate($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      name\n      kind\n      branch {\n        id\n      }\n      rooms {\n        number\n      }\n      branchHistory {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsAssign($grid: ID!, $branch: ID!) {\n    assignGridBranch(gridId: $grid, branchId: $branch) {\n      id\n      branch {\n        name\n      }\n      branchHistory {\n        createdAt\n        from {\n          name\n        }\n        to {\n          name\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridsAssign($grid: ID!, $branch: ID!) {\n    assignGridBranch(gridId: $grid, branchId: $branch) {\n      id\n      branch {\n        name\n      }\n      branchHistory {\n        createdAt\n        from {\n          name\n        }\n        to {\n          name\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsClose($grid: ID!) {\n    closeGrid(gridId: $grid) {\n      id\n      closedOn\n      rooms {\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridsClose($grid: ID!) {\n    closeGrid(gridId: $grid) {\n      id\n      closedOn\n      rooms {\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsList($building: ID!) {\n    grids(first: 100, filter: { buildingId: $building }) {\n      edges {\n        node {\n          name\n          kind\n          rooms {\n            number\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridsList($building: ID!) {\n    grids(first: 100, filter: { buildingId: $building }) {\n      edges {\n        node {\n          name\n          kind\n          rooms {\n            number\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsCoverage {\n    gridCoverage {\n      id\n      gridCount\n      gridsWithoutBranch {\n        name\n      }\n      roomsInNoGrid {\n        totalCount\n        rooms {\n          number\n        }\n      }\n      branches {\n        branch {\n          name\n        }\n        gridCount\n        residentCount\n        grids {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridsCoverage {\n    gridCoverage {\n      id\n      gridCount\n      gridsWithoutBranch {\n        name\n      }\n      roomsInNoGrid {\n        totalCount\n        rooms {\n          number\n        }\n      }\n      branches {\n        branch {\n          name\n        }\n        gridCount\n        residentCount\n        grids {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoOverview {\n    grids(first: 100) {\n      totalCount\n      edges {\n        node {\n          residentCount\n          branch {\n            kind\n          }\n        }\n      }\n    }\n    orgUnits {\n      id\n      kind\n      purpose\n      college {\n        kind\n      }\n      history {\n        change\n      }\n    }\n    campuses {\n      buildings {\n        rooms {\n          id\n        }\n      }\n    }\n    pairings(first: 10) {\n      edges {\n        node {\n          id\n          state\n          activities(first: 10) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoOverview {\n    grids(first: 100) {\n      totalCount\n      edges {\n        node {\n          residentCount\n          branch {\n            kind\n          }\n        }\n      }\n    }\n    orgUnits {\n      id\n      kind\n      purpose\n      college {\n        kind\n      }\n      history {\n        change\n      }\n    }\n    campuses {\n      buildings {\n        rooms {\n          id\n        }\n      }\n    }\n    pairings(first: 10) {\n      edges {\n        node {\n          id\n          state\n          activities(first: 10) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitWithFamily($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      kind\n      parent {\n        name\n        kind\n      }\n      children {\n        name\n        kind\n      }\n      grids {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitWithFamily($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      kind\n      parent {\n        name\n        kind\n      }\n      children {\n        name\n        kind\n      }\n      grids {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchUnit($id: ID!) {\n    orgUnit(id: $id) {\n      grids {\n        name\n      }\n      parent {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchUnit($id: ID!) {\n    orgUnit(id: $id) {\n      grids {\n        name\n      }\n      parent {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopUnit($id: ID!) {\n    orgUnit(id: $id) {\n      parent {\n        id\n      }\n      children {\n        kind\n        name\n      }\n      grids {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopUnit($id: ID!) {\n    orgUnit(id: $id) {\n      parent {\n        id\n      }\n      children {\n        kind\n        name\n      }\n      grids {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query OrgUnitById($id: ID!) {\n      orgUnit(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    query OrgUnitById($id: ID!) {\n      orgUnit(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BuildingById($id: ID!) {\n      building(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    query BuildingById($id: ID!) {\n      building(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GridById($id: ID!) {\n      grid(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    query GridById($id: ID!) {\n      grid(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RoomById($id: ID!) {\n      room(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    query RoomById($id: ID!) {\n      room(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllOrgUnits {\n    orgUnits {\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query AllOrgUnits {\n    orgUnits {\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointBranches {\n    orgUnits(kind: JOINT_BRANCH) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query JointBranches {\n    orgUnits(kind: JOINT_BRANCH) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schools {\n    orgUnits(kind: SCHOOL) {\n      name\n      grids {\n        id\n      }\n      children {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Schools {\n    orgUnits(kind: SCHOOL) {\n      name\n      grids {\n        id\n      }\n      children {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campuses {\n    campuses {\n      id\n      name\n      buildings {\n        name\n        campus {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campuses {\n    campuses {\n      id\n      name\n      buildings {\n        name\n        campus {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingDetail($id: ID!) {\n    building(id: $id) {\n      id\n      name\n      floors\n      campus {\n        name\n      }\n      college {\n        name\n        kind\n      }\n      rooms {\n        number\n        floor\n      }\n      grids {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingDetail($id: ID!) {\n    building(id: $id) {\n      id\n      name\n      floors\n      campus {\n        name\n      }\n      college {\n        name\n        kind\n      }\n      rooms {\n        number\n        floor\n      }\n      grids {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlainBuilding($id: ID!) {\n    building(id: $id) {\n      college {\n        id\n      }\n      rooms {\n        number\n        grid {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlainBuilding($id: ID!) {\n    building(id: $id) {\n      college {\n        id\n      }\n      rooms {\n        number\n        grid {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridDetail($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      building {\n        name\n      }\n      branch {\n        name\n        kind\n      }\n      rooms {\n        number\n      }\n      floors\n      residents {\n        id\n      }\n      residentCount\n    }\n  }\n"): (typeof documents)["\n  query GridDetail($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      building {\n        name\n      }\n      branch {\n        name\n        kind\n      }\n      rooms {\n        number\n      }\n      floors\n      residents {\n        id\n      }\n      residentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridResidentCount($id: ID!) {\n    grid(id: $id) {\n      residentCount\n      residents {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridResidentCount($id: ID!) {\n    grid(id: $id) {\n      residentCount\n      residents {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Grids($first: Int, $after: String, $filter: GridFilter) {\n    grids(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Grids($first: Int, $after: String, $filter: GridFilter) {\n    grids(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsByBuilding($id: ID!) {\n    grids(filter: { buildingId: $id }) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridsByBuilding($id: ID!) {\n    grids(filter: { buildingId: $id }) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomDetail($id: ID!) {\n    room(id: $id) {\n      id\n      number\n      floor\n      capacity\n      building {\n        name\n      }\n      grid {\n        name\n      }\n      residents {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomDetail($id: ID!) {\n    room(id: $id) {\n      id\n      number\n      floor\n      capacity\n      building {\n        name\n      }\n      grid {\n        name\n      }\n      residents {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomGridAndResidents($id: ID!) {\n    room(id: $id) {\n      grid {\n        id\n      }\n      residents {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomGridAndResidents($id: ID!) {\n    room(id: $id) {\n      grid {\n        id\n      }\n      residents {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsDeep($n: Int!) {\n    grids(first: $n) {\n      edges {\n        node {\n          name\n          building {\n            name\n            college {\n              name\n            }\n            campus {\n              name\n            }\n          }\n          branch {\n            name\n            parent {\n              name\n            }\n            grids {\n              id\n            }\n          }\n          rooms {\n            number\n            building {\n              name\n            }\n            grid {\n              id\n            }\n            residents {\n              id\n            }\n          }\n          residents {\n            id\n          }\n          residentCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridsDeep($n: Int!) {\n    grids(first: $n) {\n      edges {\n        node {\n          name\n          building {\n            name\n            college {\n              name\n            }\n            campus {\n              name\n            }\n          }\n          branch {\n            name\n            parent {\n              name\n            }\n            grids {\n              id\n            }\n          }\n          rooms {\n            number\n            building {\n              name\n            }\n            grid {\n              id\n            }\n            residents {\n              id\n            }\n          }\n          residents {\n            id\n          }\n          residentCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      id\n      bed\n      movedInOn\n      movedOutOn\n      person {\n        id\n      }\n      room {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveIn($input: MoveInInput!) {\n    moveIn(input: $input) {\n      id\n      bed\n      movedInOn\n      movedOutOn\n      person {\n        id\n      }\n      room {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOut($id: ID!, $on: LocalDate!) {\n    moveOut(residenceId: $id, movedOutOn: $on) {\n      id\n      movedInOn\n      movedOutOn\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOut($id: ID!, $on: LocalDate!) {\n    moveOut(residenceId: $id, movedOutOn: $on) {\n      id\n      movedInOn\n      movedOutOn\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomAndGridResidents($id: ID!, $grid: ID!) {\n    room(id: $id) {\n      residents {\n        id\n      }\n    }\n    grid: grid(id: $grid) {\n      residentCount\n    }\n  }\n"): (typeof documents)["\n  query RoomAndGridResidents($id: ID!, $grid: ID!) {\n    room(id: $id) {\n      residents {\n        id\n      }\n    }\n    grid: grid(id: $grid) {\n      residentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairingCreate($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      kind\n      state\n      startsOn\n      endsOn\n      plan\n      unit {\n        id\n      }\n      branch {\n        id\n      }\n      teacher {\n        id\n      }\n      student {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PairingCreate($input: CreatePairingInput!) {\n    createPairing(input: $input) {\n      id\n      kind\n      state\n      startsOn\n      endsOn\n      plan\n      unit {\n        id\n      }\n      branch {\n        id\n      }\n      teacher {\n        id\n      }\n      student {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairingLog($input: LogPairingActivityInput!) {\n    logPairingActivity(input: $input) {\n      id\n      heldOn\n      term\n      title\n      summary\n      participantCount\n      recordedBy {\n        id\n      }\n      pairing {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PairingLog($input: LogPairingActivityInput!) {\n    logPairingActivity(input: $input) {\n      id\n      heldOn\n      term\n      title\n      summary\n      participantCount\n      recordedBy {\n        id\n      }\n      pairing {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairingEnd($id: ID!, $note: String) {\n    endPairing(pairingId: $id, note: $note) {\n      id\n      state\n      endedAt\n      endNote\n      endedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PairingEnd($id: ID!, $note: String) {\n    endPairing(pairingId: $id, note: $note) {\n      id\n      state\n      endedAt\n      endNote\n      endedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairingCloseUnit($id: ID!) {\n    closeOrgUnit(unitId: $id) {\n      id\n      closedOn\n    }\n  }\n"): (typeof documents)["\n  mutation PairingCloseUnit($id: ID!) {\n    closeOrgUnit(unitId: $id) {\n      id\n      closedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairingOne($id: ID!) {\n    pairing(id: $id) {\n      id\n      state\n      activities(first: 2) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            heldOn\n            title\n          }\n        }\n      }\n      activitiesByTerm {\n        term\n        activityCount\n        participantCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PairingOne($id: ID!) {\n    pairing(id: $id) {\n      id\n      state\n      activities(first: 2) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            heldOn\n            title\n          }\n        }\n      }\n      activitiesByTerm {\n        term\n        activityCount\n        participantCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairingMoreActivities($id: ID!, $after: String) {\n    pairing(id: $id) {\n      activities(first: 2, after: $after) {\n        edges {\n          node {\n            heldOn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PairingMoreActivities($id: ID!, $after: String) {\n    pairing(id: $id) {\n      activities(first: 2, after: $after) {\n        edges {\n          node {\n            heldOn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairingList($unitId: ID, $kind: PairingKind, $state: PairingState) {\n    pairings(first: 50, unitId: $unitId, kind: $kind, state: $state) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PairingList($unitId: ID, $kind: PairingKind, $state: PairingState) {\n    pairings(first: 50, unitId: $unitId, kind: $kind, state: $state) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairingUnitPage($id: ID!) {\n    orgUnit(id: $id) {\n      pairings(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            state\n            plan\n            unit {\n              name\n            }\n            branch {\n              name\n            }\n            teacher {\n              id\n            }\n            activities(first: 3) {\n              totalCount\n              edges {\n                node {\n                  title\n                  recordedBy {\n                    id\n                  }\n                }\n              }\n            }\n            activitiesByTerm {\n              term\n              activityCount\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PairingUnitPage($id: ID!) {\n    orgUnit(id: $id) {\n      pairings(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            state\n            plan\n            unit {\n              name\n            }\n            branch {\n              name\n            }\n            teacher {\n              id\n            }\n            activities(first: 3) {\n              totalCount\n              edges {\n                node {\n                  title\n                  recordedBy {\n                    id\n                  }\n                }\n              }\n            }\n            activitiesByTerm {\n              term\n              activityCount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyworkCreatePost($input: CreatePartyPostInput!) {\n    createPartyPost(input: $input) {\n      id\n      title\n      startsOn\n      endsOn\n      current\n      holder {\n        id\n      }\n      grid {\n        id\n      }\n      room {\n        number\n      }\n      branch {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyworkCreatePost($input: CreatePartyPostInput!) {\n    createPartyPost(input: $input) {\n      id\n      title\n      startsOn\n      endsOn\n      current\n      holder {\n        id\n      }\n      grid {\n        id\n      }\n      room {\n        number\n      }\n      branch {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyworkChangePost($input: ChangePartyPostInput!) {\n    changePartyPost(input: $input) {\n      id\n      title\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation PartyworkChangePost($input: ChangePartyPostInput!) {\n    changePartyPost(input: $input) {\n      id\n      title\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyworkEndPost($id: ID!, $on: LocalDate) {\n    endPartyPost(postId: $id, endedOn: $on) {\n      id\n      endedOn\n      current\n    }\n  }\n"): (typeof documents)["\n  mutation PartyworkEndPost($id: ID!, $on: LocalDate) {\n    endPartyPost(postId: $id, endedOn: $on) {\n      id\n      endedOn\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyworkBranch($id: ID!) {\n    orgUnit(id: $id) {\n      partyPosts {\n        title\n      }\n      responsibilityAreas {\n        name\n        member {\n          id\n        }\n        rooms {\n          number\n        }\n        grids {\n          name\n        }\n      }\n      vanguardTeams {\n        name\n        members {\n          id\n        }\n        tasks {\n          title\n          state\n          transitions {\n            fromState\n            toState\n            note\n            by {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyworkBranch($id: ID!) {\n    orgUnit(id: $id) {\n      partyPosts {\n        title\n      }\n      responsibilityAreas {\n        name\n        member {\n          id\n        }\n        rooms {\n          number\n        }\n        grids {\n          name\n        }\n      }\n      vanguardTeams {\n        name\n        members {\n          id\n        }\n        tasks {\n          title\n          state\n          transitions {\n            fromState\n            toState\n            note\n            by {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyworkGridPosts($id: ID!) {\n    grid(id: $id) {\n      posts {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyworkGridPosts($id: ID!) {\n    grid(id: $id) {\n      posts {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyworkCreateArea($input: CreateResponsibilityAreaInput!) {\n    createResponsibilityArea(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation PartyworkCreateArea($input: CreateResponsibilityAreaInput!) {\n    createResponsibilityArea(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyworkEndArea($id: ID!) {\n    endResponsibilityArea(areaId: $id) {\n      id\n      endedOn\n    }\n  }\n"): (typeof documents)["\n  mutation PartyworkEndArea($id: ID!) {\n    endResponsibilityArea(areaId: $id) {\n      id\n      endedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyworkCoverage($branch: ID) {\n    responsibilityCoverage(branchId: $branch) {\n      buildings {\n        building {\n          name\n        }\n        roomCount\n        coveredRoomCount\n        share\n      }\n      branches {\n        branch {\n          name\n        }\n        roomCount\n        coveredRoomCount\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyworkCoverage($branch: ID) {\n    responsibilityCoverage(branchId: $branch) {\n      buildings {\n        building {\n          name\n        }\n        roomCount\n        coveredRoomCount\n        share\n      }\n      branches {\n        branch {\n          name\n        }\n        roomCount\n        coveredRoomCount\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyworkCreateTeam($input: CreateVanguardTeamInput!) {\n    createVanguardTeam(input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyworkCreateTeam($input: CreateVanguardTeamInput!) {\n    createVanguardTeam(input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyworkAddTask($input: AddVanguardTaskInput!) {\n    addVanguardTask(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation PartyworkAddTask($input: AddVanguardTaskInput!) {\n    addVanguardTask(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyworkCompleteTask($id: ID!, $note: String) {\n    completeVanguardTask(taskId: $id, note: $note) {\n      id\n      state\n      transitions {\n        fromState\n        toState\n        by {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyworkCompleteTask($id: ID!, $note: String) {\n    completeVanguardTask(taskId: $id, note: $note) {\n      id\n      state\n      transitions {\n        fromState\n        toState\n        by {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentsOf($g: [ID!]!, $b: [ID!]!, $br: [ID!]!, $r: [ID!]! = []) {\n    residentsOf(gridIds: $g, buildingIds: $b, branchIds: $br, roomIds: $r)\n  }\n"): (typeof documents)["\n  query ResidentsOf($g: [ID!]!, $b: [ID!]!, $br: [ID!]!, $r: [ID!]! = []) {\n    residentsOf(gridIds: $g, buildingIds: $b, branchIds: $br, roomIds: $r)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;