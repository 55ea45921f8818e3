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
    "\n  query AccessWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n    }\n  }\n": typeof types.AccessWarningDocument,
    "\n  query AccessWarnings($first: Int! = 20, $filter: WarningFilter) {\n    warnings(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AccessWarningsDocument,
    "\n  query AccessWarningFields($id: ID!) {\n    warning(id: $id) {\n      id\n      level\n      summary\n      evidence {\n        indicator\n        value\n        threshold\n      }\n      person {\n        id\n      }\n    }\n  }\n": typeof types.AccessWarningFieldsDocument,
    "\n  query AccessSeveralWarnings($a: ID!, $a2: ID!, $b: ID!) {\n    a: warning(id: $a) {\n      id\n      level\n      summary\n      evidence {\n        indicator\n        value\n        threshold\n      }\n      person {\n        id\n      }\n    }\n    again: warning(id: $a) {\n      summary\n    }\n    a2: warning(id: $a2) {\n      summary\n    }\n    b: warning(id: $b) {\n      summary\n    }\n  }\n": typeof types.AccessSeveralWarningsDocument,
    "\n  query AccessOwnWarnings {\n    warnings {\n      edges {\n        node {\n          id\n          summary\n          evidence {\n            indicator\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccessOwnWarningsDocument,
    "\n  query AccessWarningLevels {\n    warnings {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n": typeof types.AccessWarningLevelsDocument,
    "\n  mutation AccessAdvance($id: ID!) {\n    advanceWarning(warningId: $id, to: ASSESSED) {\n      id\n      status\n      transitions {\n        by {\n          id\n        }\n        at\n      }\n    }\n  }\n": typeof types.AccessAdvanceDocument,
    "\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n": typeof types.CalendarTodayDocument,
    "\n  mutation EngineCreateRule($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      id\n      currentVersion {\n        id\n      }\n    }\n  }\n": typeof types.EngineCreateRuleDocument,
    "\n  mutation EnginePublishRule($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      currentVersion {\n        id\n        version\n      }\n    }\n  }\n": typeof types.EnginePublishRuleDocument,
    "\n  mutation EngineSwitchRuleOff($id: ID!) {\n    setWarningRuleActive(ruleId: $id, active: false) {\n      id\n    }\n  }\n": typeof types.EngineSwitchRuleOffDocument,
    "\n  mutation EngineRun($asOf: DateTimeISO) {\n    runWarningEngine(asOf: $asOf) {\n      id\n      asOf\n      rulesEvaluated\n      raised\n      alreadyOpen\n      startedAt\n      finishedAt\n    }\n  }\n": typeof types.EngineRunDocument,
    "\n  mutation EngineIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          message\n        }\n      }\n    }\n  }\n": typeof types.EngineIngestDocument,
    "\n  query EngineWarningRuleVersions($first: Int!) {\n    warnings(first: $first) {\n      edges {\n        node {\n          ruleVersion {\n            version\n            rule {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EngineWarningRuleVersionsDocument,
    "\n  query EngineDemoRules {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          active\n          currentVersion {\n            version\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.EngineDemoRulesDocument,
    "\n  query EngineRuleCode($id: ID!) {\n    warningRule(id: $id) {\n      code\n    }\n  }\n": typeof types.EngineRuleCodeDocument,
    "\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n": typeof types.EscalationRunDocument,
    "\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n": typeof types.EscalationOfWarningDocument,
    "\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.IndicatorIngestDocument,
    "\n  mutation JobsIngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n      }\n    }\n  }\n": typeof types.JobsIngestIndicatorsDocument,
    "\n  mutation ReferralRefer($input: ReferToPsychologyInput!) {\n    referToPsychology(input: $input) {\n      id\n      category\n      note\n      status\n      referredAt\n      closedAt\n      person {\n        id\n      }\n      referredTo {\n        id\n      }\n      referredBy {\n        id\n      }\n      closedBy {\n        id\n      }\n    }\n  }\n": typeof types.ReferralReferDocument,
    "\n  mutation ReferralClose($id: ID!, $note: String) {\n    closeReferral(id: $id, note: $note) {\n      id\n      status\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n": typeof types.ReferralCloseDocument,
    "\n  query SupervisionBoard($first: Int, $after: String, $filter: OverdueMeasureFilter) {\n    overdueMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          dueOn\n          status\n          overdue\n          responsible {\n            id\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionBoardDocument,
    "\n  mutation SupervisionEscalate($asOf: LocalDate) {\n    escalateOverdueMeasures(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n": typeof types.SupervisionEscalateDocument,
    "\n  query SupervisionPlanEscalations($id: ID!) {\n    assistanceCase(id: $id) {\n      plan {\n        id\n        overdue\n        escalations {\n          tier\n          dueOn\n          at\n        }\n      }\n    }\n  }\n": typeof types.SupervisionPlanEscalationsDocument,
    "\n  query SupervisionDemoCases {\n    assistanceCases(first: 50) {\n      totalCount\n      edges {\n        node {\n          status\n          source\n          warning {\n            id\n          }\n          grading {\n            recommendedGrade\n            confirmedGrade\n          }\n          plan {\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionDemoCasesDocument,
    "\n  query SupervisionBoardCount {\n    overdueMeasures(first: 50) {\n      totalCount\n    }\n  }\n": typeof types.SupervisionBoardCountDocument,
    "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n": typeof types.CareScopeOfDocument,
    "\n  mutation QueueAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n    }\n  }\n": typeof types.QueueAssignDocument,
    "\n  query QueueWarnings(\n    $first: Int! = 20\n    $after: String\n    $filter: WarningFilter\n    $orderBy: WarningOrder! = RAISED_AT\n  ) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          escalationTier\n          assignee {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QueueWarningsDocument,
    "\n  query QueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n": typeof types.QueueSummaryDocument,
    "\n  fragment RuleFields on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      version\n      windowDays\n      summaryTemplate\n      description\n      publishedBy {\n        id\n      }\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n    versions {\n      id\n      version\n      windowDays\n      description\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n  }\n": typeof types.RuleFieldsFragmentDoc,
    "\n  mutation RuleCreate($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      ...RuleFields\n    }\n  }\n": typeof types.RuleCreateDocument,
    "\n  mutation RulePublish($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      ...RuleFields\n    }\n  }\n": typeof types.RulePublishDocument,
    "\n  query RuleOne($id: ID!) {\n    warningRule(id: $id) {\n      ...RuleFields\n    }\n  }\n": typeof types.RuleOneDocument,
    "\n  query RuleVersionNumbers($id: ID!) {\n    warningRule(id: $id) {\n      currentVersion {\n        version\n      }\n      versions {\n        version\n      }\n    }\n  }\n": typeof types.RuleVersionNumbersDocument,
    "\n  query RuleCount {\n    warningRules(first: 10) {\n      totalCount\n    }\n  }\n": typeof types.RuleCountDocument,
    "\n  query RuleCodes {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          currentVersion {\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.RuleCodesDocument,
    "\n  mutation RuleSetActive($id: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.RuleSetActiveDocument,
    "\n  query RuleBacktest($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        person {\n          id\n        }\n        candidate\n        current\n      }\n    }\n  }\n": typeof types.RuleBacktestDocument,
    "\n  mutation RuleIngestHistory($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n      }\n    }\n  }\n": typeof types.RuleIngestHistoryDocument,
    "\n  query RuleWarningCount {\n    warnings(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.RuleWarningCountDocument,
};
const documents: Documents = {
    "\n  query AccessWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n    }\n  }\n": types.AccessWarningDocument,
    "\n  query AccessWarnings($first: Int! = 20, $filter: WarningFilter) {\n    warnings(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.AccessWarningsDocument,
    "\n  query AccessWarningFields($id: ID!) {\n    warning(id: $id) {\n      id\n      level\n      summary\n      evidence {\n        indicator\n        value\n        threshold\n      }\n      person {\n        id\n      }\n    }\n  }\n": types.AccessWarningFieldsDocument,
    "\n  query AccessSeveralWarnings($a: ID!, $a2: ID!, $b: ID!) {\n    a: warning(id: $a) {\n      id\n      level\n      summary\n      evidence {\n        indicator\n        value\n        threshold\n      }\n      person {\n        id\n      }\n    }\n    again: warning(id: $a) {\n      summary\n    }\n    a2: warning(id: $a2) {\n      summary\n    }\n    b: warning(id: $b) {\n      summary\n    }\n  }\n": types.AccessSeveralWarningsDocument,
    "\n  query AccessOwnWarnings {\n    warnings {\n      edges {\n        node {\n          id\n          summary\n          evidence {\n            indicator\n          }\n        }\n      }\n    }\n  }\n": types.AccessOwnWarningsDocument,
    "\n  query AccessWarningLevels {\n    warnings {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n": types.AccessWarningLevelsDocument,
    "\n  mutation AccessAdvance($id: ID!) {\n    advanceWarning(warningId: $id, to: ASSESSED) {\n      id\n      status\n      transitions {\n        by {\n          id\n        }\n        at\n      }\n    }\n  }\n": types.AccessAdvanceDocument,
    "\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n": types.CalendarTodayDocument,
    "\n  mutation EngineCreateRule($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      id\n      currentVersion {\n        id\n      }\n    }\n  }\n": types.EngineCreateRuleDocument,
    "\n  mutation EnginePublishRule($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      currentVersion {\n        id\n        version\n      }\n    }\n  }\n": types.EnginePublishRuleDocument,
    "\n  mutation EngineSwitchRuleOff($id: ID!) {\n    setWarningRuleActive(ruleId: $id, active: false) {\n      id\n    }\n  }\n": types.EngineSwitchRuleOffDocument,
    "\n  mutation EngineRun($asOf: DateTimeISO) {\n    runWarningEngine(asOf: $asOf) {\n      id\n      asOf\n      rulesEvaluated\n      raised\n      alreadyOpen\n      startedAt\n      finishedAt\n    }\n  }\n": types.EngineRunDocument,
    "\n  mutation EngineIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          message\n        }\n      }\n    }\n  }\n": types.EngineIngestDocument,
    "\n  query EngineWarningRuleVersions($first: Int!) {\n    warnings(first: $first) {\n      edges {\n        node {\n          ruleVersion {\n            version\n            rule {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EngineWarningRuleVersionsDocument,
    "\n  query EngineDemoRules {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          active\n          currentVersion {\n            version\n            description\n          }\n        }\n      }\n    }\n  }\n": types.EngineDemoRulesDocument,
    "\n  query EngineRuleCode($id: ID!) {\n    warningRule(id: $id) {\n      code\n    }\n  }\n": types.EngineRuleCodeDocument,
    "\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n": types.EscalationRunDocument,
    "\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n": types.EscalationOfWarningDocument,
    "\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": types.IndicatorIngestDocument,
    "\n  mutation JobsIngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n      }\n    }\n  }\n": types.JobsIngestIndicatorsDocument,
    "\n  mutation ReferralRefer($input: ReferToPsychologyInput!) {\n    referToPsychology(input: $input) {\n      id\n      category\n      note\n      status\n      referredAt\n      closedAt\n      person {\n        id\n      }\n      referredTo {\n        id\n      }\n      referredBy {\n        id\n      }\n      closedBy {\n        id\n      }\n    }\n  }\n": types.ReferralReferDocument,
    "\n  mutation ReferralClose($id: ID!, $note: String) {\n    closeReferral(id: $id, note: $note) {\n      id\n      status\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n": types.ReferralCloseDocument,
    "\n  query SupervisionBoard($first: Int, $after: String, $filter: OverdueMeasureFilter) {\n    overdueMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          dueOn\n          status\n          overdue\n          responsible {\n            id\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionBoardDocument,
    "\n  mutation SupervisionEscalate($asOf: LocalDate) {\n    escalateOverdueMeasures(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n": types.SupervisionEscalateDocument,
    "\n  query SupervisionPlanEscalations($id: ID!) {\n    assistanceCase(id: $id) {\n      plan {\n        id\n        overdue\n        escalations {\n          tier\n          dueOn\n          at\n        }\n      }\n    }\n  }\n": types.SupervisionPlanEscalationsDocument,
    "\n  query SupervisionDemoCases {\n    assistanceCases(first: 50) {\n      totalCount\n      edges {\n        node {\n          status\n          source\n          warning {\n            id\n          }\n          grading {\n            recommendedGrade\n            confirmedGrade\n          }\n          plan {\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionDemoCasesDocument,
    "\n  query SupervisionBoardCount {\n    overdueMeasures(first: 50) {\n      totalCount\n    }\n  }\n": types.SupervisionBoardCountDocument,
    "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n": types.CareScopeOfDocument,
    "\n  mutation QueueAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n    }\n  }\n": types.QueueAssignDocument,
    "\n  query QueueWarnings(\n    $first: Int! = 20\n    $after: String\n    $filter: WarningFilter\n    $orderBy: WarningOrder! = RAISED_AT\n  ) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          escalationTier\n          assignee {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QueueWarningsDocument,
    "\n  query QueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n": types.QueueSummaryDocument,
    "\n  fragment RuleFields on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      version\n      windowDays\n      summaryTemplate\n      description\n      publishedBy {\n        id\n      }\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n    versions {\n      id\n      version\n      windowDays\n      description\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n  }\n": types.RuleFieldsFragmentDoc,
    "\n  mutation RuleCreate($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      ...RuleFields\n    }\n  }\n": types.RuleCreateDocument,
    "\n  mutation RulePublish($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      ...RuleFields\n    }\n  }\n": types.RulePublishDocument,
    "\n  query RuleOne($id: ID!) {\n    warningRule(id: $id) {\n      ...RuleFields\n    }\n  }\n": types.RuleOneDocument,
    "\n  query RuleVersionNumbers($id: ID!) {\n    warningRule(id: $id) {\n      currentVersion {\n        version\n      }\n      versions {\n        version\n      }\n    }\n  }\n": types.RuleVersionNumbersDocument,
    "\n  query RuleCount {\n    warningRules(first: 10) {\n      totalCount\n    }\n  }\n": types.RuleCountDocument,
    "\n  query RuleCodes {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          currentVersion {\n            description\n          }\n        }\n      }\n    }\n  }\n": types.RuleCodesDocument,
    "\n  mutation RuleSetActive($id: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.RuleSetActiveDocument,
    "\n  query RuleBacktest($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        person {\n          id\n        }\n        candidate\n        current\n      }\n    }\n  }\n": types.RuleBacktestDocument,
    "\n  mutation RuleIngestHistory($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n      }\n    }\n  }\n": types.RuleIngestHistoryDocument,
    "\n  query RuleWarningCount {\n    warnings(first: 1) {\n      totalCount\n    }\n  }\n": types.RuleWarningCountDocument,
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
export function graphql(source: "\n  query AccessWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n    }\n  }\n"): (typeof documents)["\n  query AccessWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessWarnings($first: Int! = 20, $filter: WarningFilter) {\n    warnings(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessWarnings($first: Int! = 20, $filter: WarningFilter) {\n    warnings(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessWarningFields($id: ID!) {\n    warning(id: $id) {\n      id\n      level\n      summary\n      evidence {\n        indicator\n        value\n        threshold\n      }\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessWarningFields($id: ID!) {\n    warning(id: $id) {\n      id\n      level\n      summary\n      evidence {\n        indicator\n        value\n        threshold\n      }\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessSeveralWarnings($a: ID!, $a2: ID!, $b: ID!) {\n    a: warning(id: $a) {\n      id\n      level\n      summary\n      evidence {\n        indicator\n        value\n        threshold\n      }\n      person {\n        id\n      }\n    }\n    again: warning(id: $a) {\n      summary\n    }\n    a2: warning(id: $a2) {\n      summary\n    }\n    b: warning(id: $b) {\n      summary\n    }\n  }\n"): (typeof documents)["\n  query AccessSeveralWarnings($a: ID!, $a2: ID!, $b: ID!) {\n    a: warning(id: $a) {\n      id\n      level\n      summary\n      evidence {\n        indicator\n        value\n        threshold\n      }\n      person {\n        id\n      }\n    }\n    again: warning(id: $a) {\n      summary\n    }\n    a2: warning(id: $a2) {\n      summary\n    }\n    b: warning(id: $b) {\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessOwnWarnings {\n    warnings {\n      edges {\n        node {\n          id\n          summary\n          evidence {\n            indicator\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessOwnWarnings {\n    warnings {\n      edges {\n        node {\n          id\n          summary\n          evidence {\n            indicator\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessWarningLevels {\n    warnings {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessWarningLevels {\n    warnings {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessAdvance($id: ID!) {\n    advanceWarning(warningId: $id, to: ASSESSED) {\n      id\n      status\n      transitions {\n        by {\n          id\n        }\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessAdvance($id: ID!) {\n    advanceWarning(warningId: $id, to: ASSESSED) {\n      id\n      status\n      transitions {\n        by {\n          id\n        }\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n"): (typeof documents)["\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineCreateRule($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      id\n      currentVersion {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EngineCreateRule($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      id\n      currentVersion {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnginePublishRule($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      currentVersion {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnginePublishRule($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      currentVersion {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineSwitchRuleOff($id: ID!) {\n    setWarningRuleActive(ruleId: $id, active: false) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EngineSwitchRuleOff($id: ID!) {\n    setWarningRuleActive(ruleId: $id, active: false) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineRun($asOf: DateTimeISO) {\n    runWarningEngine(asOf: $asOf) {\n      id\n      asOf\n      rulesEvaluated\n      raised\n      alreadyOpen\n      startedAt\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EngineRun($asOf: DateTimeISO) {\n    runWarningEngine(asOf: $asOf) {\n      id\n      asOf\n      rulesEvaluated\n      raised\n      alreadyOpen\n      startedAt\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EngineIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineWarningRuleVersions($first: Int!) {\n    warnings(first: $first) {\n      edges {\n        node {\n          ruleVersion {\n            version\n            rule {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EngineWarningRuleVersions($first: Int!) {\n    warnings(first: $first) {\n      edges {\n        node {\n          ruleVersion {\n            version\n            rule {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineDemoRules {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          active\n          currentVersion {\n            version\n            description\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EngineDemoRules {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          active\n          currentVersion {\n            version\n            description\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineRuleCode($id: ID!) {\n    warningRule(id: $id) {\n      code\n    }\n  }\n"): (typeof documents)["\n  query EngineRuleCode($id: ID!) {\n    warningRule(id: $id) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n"): (typeof documents)["\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsIngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsIngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferralRefer($input: ReferToPsychologyInput!) {\n    referToPsychology(input: $input) {\n      id\n      category\n      note\n      status\n      referredAt\n      closedAt\n      person {\n        id\n      }\n      referredTo {\n        id\n      }\n      referredBy {\n        id\n      }\n      closedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReferralRefer($input: ReferToPsychologyInput!) {\n    referToPsychology(input: $input) {\n      id\n      category\n      note\n      status\n      referredAt\n      closedAt\n      person {\n        id\n      }\n      referredTo {\n        id\n      }\n      referredBy {\n        id\n      }\n      closedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferralClose($id: ID!, $note: String) {\n    closeReferral(id: $id, note: $note) {\n      id\n      status\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReferralClose($id: ID!, $note: String) {\n    closeReferral(id: $id, note: $note) {\n      id\n      status\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionBoard($first: Int, $after: String, $filter: OverdueMeasureFilter) {\n    overdueMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          dueOn\n          status\n          overdue\n          responsible {\n            id\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionBoard($first: Int, $after: String, $filter: OverdueMeasureFilter) {\n    overdueMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          dueOn\n          status\n          overdue\n          responsible {\n            id\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionEscalate($asOf: LocalDate) {\n    escalateOverdueMeasures(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionEscalate($asOf: LocalDate) {\n    escalateOverdueMeasures(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPlanEscalations($id: ID!) {\n    assistanceCase(id: $id) {\n      plan {\n        id\n        overdue\n        escalations {\n          tier\n          dueOn\n          at\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPlanEscalations($id: ID!) {\n    assistanceCase(id: $id) {\n      plan {\n        id\n        overdue\n        escalations {\n          tier\n          dueOn\n          at\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionDemoCases {\n    assistanceCases(first: 50) {\n      totalCount\n      edges {\n        node {\n          status\n          source\n          warning {\n            id\n          }\n          grading {\n            recommendedGrade\n            confirmedGrade\n          }\n          plan {\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionDemoCases {\n    assistanceCases(first: 50) {\n      totalCount\n      edges {\n        node {\n          status\n          source\n          warning {\n            id\n          }\n          grading {\n            recommendedGrade\n            confirmedGrade\n          }\n          plan {\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionBoardCount {\n    overdueMeasures(first: 50) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SupervisionBoardCount {\n    overdueMeasures(first: 50) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n"): (typeof documents)["\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QueueAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueWarnings(\n    $first: Int! = 20\n    $after: String\n    $filter: WarningFilter\n    $orderBy: WarningOrder! = RAISED_AT\n  ) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          escalationTier\n          assignee {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueWarnings(\n    $first: Int! = 20\n    $after: String\n    $filter: WarningFilter\n    $orderBy: WarningOrder! = RAISED_AT\n  ) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          escalationTier\n          assignee {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n"): (typeof documents)["\n  query QueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleFields on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      version\n      windowDays\n      summaryTemplate\n      description\n      publishedBy {\n        id\n      }\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n    versions {\n      id\n      version\n      windowDays\n      description\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RuleFields on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      version\n      windowDays\n      summaryTemplate\n      description\n      publishedBy {\n        id\n      }\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n    versions {\n      id\n      version\n      windowDays\n      description\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleCreate($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      ...RuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation RuleCreate($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      ...RuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulePublish($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      ...RuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation RulePublish($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      ...RuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleOne($id: ID!) {\n    warningRule(id: $id) {\n      ...RuleFields\n    }\n  }\n"): (typeof documents)["\n  query RuleOne($id: ID!) {\n    warningRule(id: $id) {\n      ...RuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleVersionNumbers($id: ID!) {\n    warningRule(id: $id) {\n      currentVersion {\n        version\n      }\n      versions {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuleVersionNumbers($id: ID!) {\n    warningRule(id: $id) {\n      currentVersion {\n        version\n      }\n      versions {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleCount {\n    warningRules(first: 10) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RuleCount {\n    warningRules(first: 10) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleCodes {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          currentVersion {\n            description\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuleCodes {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          currentVersion {\n            description\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleSetActive($id: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RuleSetActive($id: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleBacktest($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        person {\n          id\n        }\n        candidate\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuleBacktest($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        person {\n          id\n        }\n        candidate\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleIngestHistory($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RuleIngestHistory($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleWarningCount {\n    warnings(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RuleWarningCount {\n    warnings(first: 1) {\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;