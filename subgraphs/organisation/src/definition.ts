import { isId, type SubgraphDefinition } from "@campus/subgraph";
import { migrations } from "../migrations";
import { Building } from "./building/building.entity";
import { BuildingResolver } from "./building/building.resolver";
import { BuildingAdminResolver } from "./building/building-admin.resolver";
import { BuildingResidentsResolver } from "./building/building-residents.resolver";
import { Campus } from "./campus/campus.entity";
import { CampusResolver } from "./campus/campus.resolver";
import {
  SecretaryMeetingResolver,
  WorkItemFollowUpResolver,
  WorkItemResolver,
  WorkItemTransitionResolver,
} from "./governance/governance.resolver";
import { escalateWorkItemsJob } from "./governance/governance.job";
import { SecretaryMeeting, SecretaryMeetingAttendee } from "./governance/secretary-meeting.entity";
import {
  WorkItem,
  WorkItemEscalation,
  WorkItemFollowUp,
  WorkItemTransition,
} from "./governance/work-item.entity";
import { Grid } from "./grid/grid.entity";
import { GridBranchChange } from "./grid/grid-branch-change.entity";
import { GridAdminResolver, GridBranchChangeResolver } from "./grid/grid-admin.resolver";
import { GridResolver } from "./grid/grid.resolver";
import { GridResidentsResolver } from "./grid/grid-residents.resolver";
import { OrgUnitResidentsResolver } from "./org-unit/org-unit-residents.resolver";
import { GridCoverageResolver } from "./coverage/grid-coverage.resolver";
import { GridCoverageService } from "./coverage/grid-coverage.service";
import { createLoaders, type Loaders } from "./loaders";
import { OrgUnit } from "./org-unit/org-unit.entity";
import { OrgUnitResolver } from "./org-unit/org-unit.resolver";
import { OrgUnitChange } from "./org-unit/org-unit-change.entity";
import { OrgUnitAdminResolver, OrgUnitChangeResolver } from "./org-unit/org-unit-admin.resolver";
import { PersonResolver } from "./residence/person.resolver";
import { Residence } from "./residence/residence.entity";
import { ResidenceResolver } from "./residence/residence.resolver";
import { ResidenceImportPart } from "./residence-import/residence-import-part.entity";
import { ResidenceImportResolver } from "./residence-import/residence-import.resolver";
import { PartyPost } from "./partywork/party-post.entity";
import {
  BranchResponsibilityShareResolver,
  BuildingResponsibilityShareResolver,
  GridPartyPostsResolver,
  OrgUnitPartyworkResolver,
  PartyPostResolver,
  PersonPartyPostsResolver,
  ResponsibilityAreaResolver,
  VanguardTaskResolver,
  VanguardTaskTransitionResolver,
  VanguardTeamResolver,
} from "./partywork/partywork.resolver";
import {
  ResponsibilityArea,
  ResponsibilityAreaPlace,
} from "./partywork/responsibility-area.entity";
import {
  VanguardTask,
  VanguardTaskTransition,
  VanguardTeam,
  VanguardTeamMember,
} from "./partywork/vanguard-team.entity";
import { Pairing, PairingActivity, PairingUnit } from "./pairing/pairing.entity";
import {
  OrgUnitPairingsResolver,
  PairingActivityResolver,
  PairingResolver,
} from "./pairing/pairing.resolver";
import { Room } from "./room/room.entity";
import { RoomResolver } from "./room/room.resolver";
import { RoomAdminResolver } from "./room/room-admin.resolver";

/**
 * organisation: the party organisation, schools and colleges (OrgUnit); campuses, buildings,
 * rooms and grids; residences; governance (three lists, secretaries' meetings); pairings (结对共建). Extends Person with residence, grid and branch. Lends the residents
 * of a grid and of a building to other subgraphs' `@requires` (Grid.residentIds,
 * Building.residentIds, internal).
 */
export const organisation: SubgraphDefinition<Loaders> = {
  name: "organisation",
  database: {
    schema: "organisation",
    entities: [
      OrgUnit,
      OrgUnitChange,
      Campus,
      Building,
      Grid,
      GridBranchChange,
      Room,
      Residence,
      ResidenceImportPart,
      PartyPost,
      ResponsibilityArea,
      ResponsibilityAreaPlace,
      VanguardTeam,
      VanguardTeamMember,
      VanguardTask,
      VanguardTaskTransition,
      WorkItem,
      WorkItemTransition,
      WorkItemFollowUp,
      WorkItemEscalation,
      SecretaryMeeting,
      SecretaryMeetingAttendee,
      Pairing,
      PairingUnit,
      PairingActivity,
    ],
    migrations,
  },
  resolvers: [
    OrgUnitResolver,
    OrgUnitAdminResolver,
    OrgUnitChangeResolver,
    CampusResolver,
    BuildingResolver,
    BuildingAdminResolver,
    BuildingResidentsResolver,
    GridResolver,
    GridResidentsResolver,
    OrgUnitResidentsResolver,
    GridAdminResolver,
    GridBranchChangeResolver,
    RoomResolver,
    RoomAdminResolver,
    ResidenceResolver,
    ResidenceImportResolver,
    PersonResolver,
    GridCoverageResolver,
    PartyPostResolver,
    ResponsibilityAreaResolver,
    BuildingResponsibilityShareResolver,
    BranchResponsibilityShareResolver,
    VanguardTeamResolver,
    VanguardTaskResolver,
    VanguardTaskTransitionResolver,
    GridPartyPostsResolver,
    OrgUnitPartyworkResolver,
    PersonPartyPostsResolver,
    WorkItemResolver,
    WorkItemTransitionResolver,
    WorkItemFollowUpResolver,
    SecretaryMeetingResolver,
    PairingResolver,
    PairingActivityResolver,
    OrgUnitPairingsResolver,
  ],
  references: {
    // A key is all this subgraph knows of a person; residence, grid and branch resolve from it
    // through loaders. schoolId and collegeId come only with a plan for school or college.
    Person: (reference) => ({
      id: reference.id,
      schoolId: typeof reference.schoolId === "string" ? reference.schoolId : null,
      collegeId: typeof reference.collegeId === "string" ? reference.collegeId : null,
    }),
    OrgUnit: (reference, ctx) =>
      isId(reference.id) ? ctx.loaders.orgUnit.load(reference.id) : null,
    Campus: (reference, ctx) => (isId(reference.id) ? ctx.loaders.campus.load(reference.id) : null),
    Building: (reference, ctx) =>
      isId(reference.id) ? ctx.loaders.building.load(reference.id) : null,
    Grid: (reference, ctx) => (isId(reference.id) ? ctx.loaders.grid.load(reference.id) : null),
    Room: (reference, ctx) => (isId(reference.id) ? ctx.loaders.room.load(reference.id) : null),
    // The report is computed, not stored; the representation carries what people lent (@requires).
    GridCoverage: (reference, ctx) => {
      const coverage = new GridCoverageService(ctx).reference(reference.id);
      if (!coverage) return null;
      const ids = (value: unknown) =>
        Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : null;
      return {
        ...coverage,
        leaderGridIds: ids(reference.leaderGridIds),
        leaderPersonIds: ids(reference.leaderPersonIds),
      };
    },
  },
  createLoaders,
  // 督办: overdue work items one level up per missed deadline (src/governance/governance.job.ts).
  jobs: [escalateWorkItemsJob],
};
