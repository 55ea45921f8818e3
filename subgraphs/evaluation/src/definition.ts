import type { SubgraphDefinition } from "@campus/subgraph";
import { migrations } from "../migrations";
import { AssistanceCase } from "./assistance-case/assistance-case.entity";
import {
  AssistanceCaseStatisticsResolver,
  BuildingAssistanceCasesResolver,
  GridAssistanceCasesResolver,
  OrgUnitAssistanceCasesResolver,
} from "./assistance-case-statistics/assistance-case-statistics.resolver";
import {
  AssistanceCaseResolver,
  CaseGradingResolver,
  CaseMeasureResolver,
  CaseTransitionResolver,
  MeasureTransitionResolver,
  PersonCasesResolver,
  TaskForceChangeResolver,
  TaskForceMemberResolver,
} from "./assistance-case/assistance-case.resolver";
import {
  CaseMeasure,
  MeasureEscalation,
  MeasureTransition,
} from "./assistance-case/case-measure.entity";
import { CaseTransition } from "./assistance-case/case-transition.entity";
import { TaskForceChange } from "./assistance-case/task-force-change.entity";
import { AssistanceCaseService } from "./assistance-case/assistance-case.service";
import { TaskForceMember } from "./assistance-case/task-force-member.entity";
import { CampusCalendarResolver } from "./calendar/calendar.resolver";
import { CareRecordStudentResolver } from "./care-scope/care-record-student.resolver";
import { CareScopeResolver } from "./care-scope/care-scope.resolver";
import { StudentRiskResolver } from "./student-risk/student-risk.resolver";
import { Building, buildingReference } from "./building/building.reference";
import { Grid, gridReference } from "./grid/grid.reference";
import { GridWarningStatsResolver } from "./grid/grid.resolver";
import { EvaluationScheme } from "./growth/evaluation-scheme.entity";
import { GrowthEvent } from "./growth/growth-event.entity";
import {
  EvaluationSchemeResolver,
  GrowthEventResolver,
  PersonGrowthResolver,
} from "./growth/growth.resolver";
import { createLoaders, type Loaders } from "./loaders";
import { WarningEngineResolver } from "./engine/engine.resolver";
import { WarningEngineRun } from "./engine/warning-engine-run.entity";
import { IndicatorResolver } from "./indicator/indicator.resolver";
import { IndicatorBatch } from "./indicator/indicator-batch.entity";
import { IndicatorRecord } from "./indicator/indicator-record.entity";
import { OrgUnit, orgUnitReference } from "./org-unit/org-unit.reference";
import { WarningRule } from "./warning-rule/warning-rule.entity";
import {
  WarningRuleResolver,
  WarningRuleVersionOfWarningResolver,
  WarningRuleVersionResolver,
} from "./warning-rule/warning-rule.resolver";
import { WarningRuleVersion } from "./warning-rule/warning-rule-version.entity";
import { MentalHealthReferral } from "./referral/referral.entity";
import { PersonReferralsResolver, ReferralResolver } from "./referral/referral.resolver";
import { ReferralService } from "./referral/referral.service";
import { Resource } from "./resource/resource.entity";
import {
  PersonInboxResolver,
  ResourcePushResolver,
  ResourceResolver,
  ResourceRuleResolver,
} from "./resource/resource.resolver";
import { ResourcePush } from "./resource/resource-push.entity";
import { ResourceRule } from "./resource/resource-rule.entity";
import { Warning } from "./warning/warning.entity";
import {
  PersonWarningsResolver,
  WarningResolver,
  WarningTransitionResolver,
} from "./warning/warning.resolver";
import { WarningService } from "./warning/warning.service";
import {
  BuildingWarningsResolver,
  GridWarningsResolver,
  OrgUnitWarningsResolver,
  WarningStatisticsResolver,
} from "./warning-statistics/warning-statistics.resolver";
import { JobRun } from "./job/job-run.entity";
import { JobResolver } from "./job/job.resolver";
import { jobs } from "./job/jobs";
import { WarningTransition } from "./warning/warning-transition.entity";
import { WarningEscalation } from "./warning/warning-escalation.entity";
import { Notification } from "./notification/notification.entity";
import { NotificationResolver } from "./notification/notification.resolver";
import { TalkRecord } from "./talk/talk-record.entity";
import { PeerReport } from "./peer-report/peer-report.entity";
import { PeerReportResolver } from "./peer-report/peer-report.resolver";
import {
  CaseTalksResolver,
  TalkRecordResolver,
  WarningTalksResolver,
} from "./talk/talk-record.resolver";

/**
 * evaluation (评价、预警与帮扶): indicators ingested from departmental apps and the versioned
 * warning rules and engine over them; early warnings (预警) and their workflow with due times and
 * escalation; referrals to psychology teachers; assistance casework (discovery, grading, task
 * force, plan, supervision, statistics); resource push to students' inboxes; the growth record and term
 * evaluation. Extends Person (warnings, cases, referrals, inbox, growthRecord, evaluation), Grid
 * (warningStats) and Grid, Building and OrgUnit (warningStatistics, warnings), from the residents
 * organisation and the students people lend through @requires; answers `warningStatistics` over the
 * caller's warnings; tells the gateway whom cases and referrals cover (`careScope`).
 */
export const evaluation: SubgraphDefinition<Loaders> = {
  name: "evaluation",
  database: {
    schema: "evaluation",
    entities: [
      IndicatorBatch,
      IndicatorRecord,
      WarningRule,
      WarningRuleVersion,
      WarningEngineRun,
      Warning,
      WarningTransition,
      WarningEscalation,
      MentalHealthReferral,
      AssistanceCase,
      TaskForceMember,
      CaseTransition,
      TaskForceChange,
      CaseMeasure,
      MeasureTransition,
      MeasureEscalation,
      GrowthEvent,
      EvaluationScheme,
      Resource,
      ResourceRule,
      ResourcePush,
      Notification,
      TalkRecord,
      PeerReport,
      JobRun,
    ],
    migrations,
  },
  resolvers: [
    CampusCalendarResolver,
    IndicatorResolver,
    WarningRuleResolver,
    WarningRuleVersionResolver,
    WarningRuleVersionOfWarningResolver,
    WarningEngineResolver,
    WarningResolver,
    WarningTransitionResolver,
    PersonWarningsResolver,
    NotificationResolver,
    TalkRecordResolver,
    PeerReportResolver,
    WarningTalksResolver,
    CaseTalksResolver,
    ReferralResolver,
    PersonReferralsResolver,
    AssistanceCaseResolver,
    TaskForceMemberResolver,
    CaseTransitionResolver,
    TaskForceChangeResolver,
    CaseGradingResolver,
    CaseMeasureResolver,
    MeasureTransitionResolver,
    PersonCasesResolver,
    AssistanceCaseStatisticsResolver,
    OrgUnitAssistanceCasesResolver,
    BuildingAssistanceCasesResolver,
    GridAssistanceCasesResolver,
    CareScopeResolver,
    CareRecordStudentResolver,
    StudentRiskResolver,
    GridWarningStatsResolver,
    WarningStatisticsResolver,
    OrgUnitWarningsResolver,
    BuildingWarningsResolver,
    GridWarningsResolver,
    GrowthEventResolver,
    EvaluationSchemeResolver,
    PersonGrowthResolver,
    ResourceResolver,
    ResourceRuleResolver,
    ResourcePushResolver,
    PersonInboxResolver,
    JobResolver,
  ],
  references: {
    // Only the key: the people subgraph owns the rest, and each Person field checks access itself.
    Person: (reference) => ({ id: reference.id }),
    // The same row rules as the root queries; async, so a refusal fails that entity only.
    Warning: (reference, ctx) => new WarningService(ctx).byId(reference.id),
    MentalHealthReferral: (reference, ctx) => new ReferralService(ctx).byId(reference.id),
    AssistanceCase: (reference, ctx) => new AssistanceCaseService(ctx).byId(reference.id),
    // The key plus the residents organisation lends through @requires; warningStats checks access.
    Grid: (reference) => gridReference(reference),
    // The same for a building's residents (organisation) and a school's or college's students (people).
    Building: (reference) => buildingReference(reference),
    OrgUnit: (reference) => orgUnitReference(reference),
  },
  // Reached only through _entities, so no root field names them.
  orphanedTypes: [Grid, Building, OrgUnit],
  createLoaders,
  jobs,
  // Casework names the field itself ("summary"), as its clients read it; the other subgraphs name the path.
  inputFieldNaming: "leaf",
};
