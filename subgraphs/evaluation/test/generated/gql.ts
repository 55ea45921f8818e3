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
    "\n  query EvalWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n": typeof types.EvalWarningDocument,
    "\n  query EvalNextStatuses($id: ID!) {\n    warning(id: $id) {\n      nextStatuses\n    }\n  }\n": typeof types.EvalNextStatusesDocument,
    "\n  query EvalWarningId($id: ID!) {\n    warning(id: $id) {\n      id\n    }\n  }\n": typeof types.EvalWarningIdDocument,
    "\n  query EvalOwnWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      transitions {\n        from\n      }\n    }\n  }\n": typeof types.EvalOwnWarningDocument,
    "\n  query EvalWarningSummary($id: ID!) {\n    warning(id: $id) {\n      id\n      summary\n    }\n  }\n": typeof types.EvalWarningSummaryDocument,
    "\n  query EvalWarningOutcome($id: ID!) {\n    warning(id: $id) {\n      status\n      outcome\n      transitions {\n        from\n        to\n      }\n    }\n  }\n": typeof types.EvalWarningOutcomeDocument,
    "\n  query EvalWarningsPage($after: String) {\n    warnings(first: 7, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          raisedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EvalWarningsPageDocument,
    "\n  query EvalFilteredWarnings($filter: WarningFilter) {\n    warnings(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvalFilteredWarningsDocument,
    "\n  query EvalWarningCount($first: Int! = 20, $after: String) {\n    warnings(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": typeof types.EvalWarningCountDocument,
    "\n  query EvalWarningList {\n    warnings {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvalWarningListDocument,
    "\n  query EvalSafetyWarnings {\n    warnings(filter: { category: SAFETY }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvalSafetyWarningsDocument,
    "\n  query EvalWarningTransitions($n: Int!) {\n    warnings(first: $n) {\n      edges {\n        node {\n          id\n          transitions {\n            from\n            to\n            at\n            by {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvalWarningTransitionsDocument,
    "\n  fragment EvalPersonWarnings on Person {\n    id\n    warnings {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n    }\n  }\n": typeof types.EvalPersonWarningsFragmentDoc,
    "\n  fragment EvalWarningResult on Warning {\n    id\n    status\n    dueAt\n    overdue\n    outcome\n    closedAt\n    assignee {\n      id\n    }\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n      }\n      assignee {\n        id\n      }\n    }\n  }\n": typeof types.EvalWarningResultFragmentDoc,
    "\n  mutation EvalAdvance($id: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $id, to: $to, note: $note) {\n      ...EvalWarningResult\n    }\n  }\n": typeof types.EvalAdvanceDocument,
    "\n  mutation EvalAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      ...EvalWarningResult\n    }\n  }\n": typeof types.EvalAssignDocument,
    "\n  mutation EvalClose($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      ...EvalWarningResult\n    }\n  }\n": typeof types.EvalCloseDocument,
    "\n  fragment EvalWarningStatusRef on Warning {\n    id\n    status\n  }\n": typeof types.EvalWarningStatusRefFragmentDoc,
    "\n  fragment EvalWarningSummaryRef on Warning {\n    id\n    summary\n  }\n": typeof types.EvalWarningSummaryRefFragmentDoc,
    "\n  mutation GrowthRecordEvents($events: [GrowthEventInput!]!) {\n    recordGrowthEvents(input: { events: $events }) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n": typeof types.GrowthRecordEventsDocument,
    "\n  query GrowthEvaluationScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      term\n      isDefault\n      updatedBy {\n        id\n      }\n      weights {\n        domain\n        weight\n      }\n    }\n  }\n": typeof types.GrowthEvaluationSchemeDocument,
    "\n  fragment GrowthRecordOfPerson on Person {\n    id\n    growthRecord(first: $first, after: $after, domain: $domain, term: $term) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          domain\n          kind\n          title\n          points\n          occurredOn\n          term\n          source\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.GrowthRecordOfPersonFragmentDoc,
    "\n    query OutcomeReport($from: DateTimeISO!, $to: DateTimeISO!) {\n      resourceOutcomeReport(from: $from, to: $to) {\n        resourceKind\n        warningCategory\n        tookUp {\n          warnings\n          closed\n          medianDaysToClose\n          meanDaysToClose\n        }\n        didNotTakeUp {\n          warnings\n          closed\n          medianDaysToClose\n          meanDaysToClose\n        }\n      }\n    }\n  ": typeof types.OutcomeReportDocument,
    "\n    mutation OutcomePushResources {\n      pushResources(asOf: \"2025-04-10T00:00:00.000Z\") {\n        pushed\n      }\n    }\n  ": typeof types.OutcomePushResourcesDocument,
    "\n    mutation OutcomeMarkPushRead($id: ID!) {\n      markPushRead(pushId: $id) {\n        id\n      }\n    }\n  ": typeof types.OutcomeMarkPushReadDocument,
    "\n    mutation OutcomeCreateResource($input: CreateResourceInput!) {\n      createResource(input: $input) {\n        id\n      }\n    }\n  ": typeof types.OutcomeCreateResourceDocument,
    "\n    mutation OutcomeCreateResourceRule($input: CreateResourceRuleInput!) {\n      createResourceRule(input: $input) {\n        id\n      }\n    }\n  ": typeof types.OutcomeCreateResourceRuleDocument,
    "\n    mutation OutcomeRecordUptake($id: ID!) {\n      recordUptake(input: { pushId: $id, note: \"去了\" }) {\n        uptakeAt\n      }\n    }\n  ": typeof types.OutcomeRecordUptakeDocument,
    "\n  mutation ResourceCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      id\n      kind\n      title\n      description\n      provider\n      location\n      url\n      active\n      createdAt\n    }\n  }\n": typeof types.ResourceCreateDocument,
    "\n  mutation ResourceUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      id\n      kind\n      title\n      description\n      provider\n      location\n      url\n      active\n      createdAt\n    }\n  }\n": typeof types.ResourceUpdateDocument,
    "\n  mutation ResourceCreateRule($input: CreateResourceRuleInput!) {\n    createResourceRule(input: $input) {\n      id\n      warningCategory\n      minLevel\n      caseKind\n      active\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.ResourceCreateRuleDocument,
    "\n  mutation ResourceRuleOff($id: ID!) {\n    setResourceRuleActive(id: $id, active: false) {\n      active\n    }\n  }\n": typeof types.ResourceRuleOffDocument,
    "\n  mutation ResourcePush($asOf: DateTimeISO) {\n    pushResources(asOf: $asOf) {\n      pushed\n      asOf\n    }\n  }\n": typeof types.ResourcePushDocument,
    "\n  mutation ResourceOpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n": typeof types.ResourceOpenCaseDocument,
    "\n  query ResourceStarterCatalogue {\n    resources(first: 100) {\n      totalCount\n      edges {\n        node {\n          kind\n          rules {\n            warningCategory\n            minLevel\n            caseKind\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResourceStarterCatalogueDocument,
    "\n  query ResourceList($f: ResourceFilter) {\n    resources(first: 10, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ResourceListDocument,
    "\n  query ResourceCareers {\n    resources(first: 10, filter: { kind: CAREER_GUIDANCE }) {\n      edges {\n        node {\n          id\n          active\n        }\n      }\n    }\n  }\n": typeof types.ResourceCareersDocument,
    "\n  query ResourceTutoring {\n    resources(first: 10, filter: { kind: TUTORING }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ResourceTutoringDocument,
    "\n  mutation ResourceMarkRead($id: ID!) {\n    markPushRead(pushId: $id) {\n      id\n      readAt\n      uptakeAt\n      uptakeNote\n    }\n  }\n": typeof types.ResourceMarkReadDocument,
    "\n  mutation ResourceRecordUptake($input: RecordUptakeInput!) {\n    recordUptake(input: $input) {\n      id\n      readAt\n      uptakeAt\n      uptakeNote\n    }\n  }\n": typeof types.ResourceRecordUptakeDocument,
    "\n  fragment ResourceInboxOfPerson on Person {\n    id\n    unreadInboxCount\n    inbox(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          pushedAt\n          readAt\n          uptakeAt\n          uptakeNote\n          resource {\n            id\n            title\n            kind\n          }\n          warning {\n            id\n          }\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResourceInboxOfPersonFragmentDoc,
    "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n": typeof types.CareScopeOfDocument,
    "\n  mutation TermEvalSetScheme($input: SetEvaluationSchemeInput!) {\n    setEvaluationScheme(input: $input) {\n      id\n      term\n      isDefault\n      pointsForFullMarks\n      weights {\n        domain\n        weight\n      }\n      updatedBy {\n        id\n      }\n      updatedAt\n    }\n  }\n": typeof types.TermEvalSetSchemeDocument,
    "\n  query TermEvalScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n      term\n      isDefault\n      pointsForFullMarks\n      weights {\n        domain\n        weight\n      }\n      updatedBy {\n        id\n      }\n      updatedAt\n    }\n  }\n": typeof types.TermEvalSchemeDocument,
    "\n  query TermEvalSchemeId($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n    }\n  }\n": typeof types.TermEvalSchemeIdDocument,
    "\n  query TermEvalSchemeWeights($t: String!) {\n    evaluationScheme(term: $t) {\n      pointsForFullMarks\n      weights {\n        weight\n      }\n    }\n  }\n": typeof types.TermEvalSchemeWeightsDocument,
    "\n  fragment TermEvalPersonEvaluation on Person {\n    id\n    evaluation(term: $term) {\n      term\n      total\n      domains {\n        domain\n        points\n        score\n        weight\n        weighted\n      }\n      scheme {\n        id\n        term\n        isDefault\n        pointsForFullMarks\n        weights {\n          domain\n          weight\n        }\n        updatedBy {\n          id\n        }\n        updatedAt\n      }\n    }\n  }\n": typeof types.TermEvalPersonEvaluationFragmentDoc,
};
const documents: Documents = {
    "\n  query EvalWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n": types.EvalWarningDocument,
    "\n  query EvalNextStatuses($id: ID!) {\n    warning(id: $id) {\n      nextStatuses\n    }\n  }\n": types.EvalNextStatusesDocument,
    "\n  query EvalWarningId($id: ID!) {\n    warning(id: $id) {\n      id\n    }\n  }\n": types.EvalWarningIdDocument,
    "\n  query EvalOwnWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      transitions {\n        from\n      }\n    }\n  }\n": types.EvalOwnWarningDocument,
    "\n  query EvalWarningSummary($id: ID!) {\n    warning(id: $id) {\n      id\n      summary\n    }\n  }\n": types.EvalWarningSummaryDocument,
    "\n  query EvalWarningOutcome($id: ID!) {\n    warning(id: $id) {\n      status\n      outcome\n      transitions {\n        from\n        to\n      }\n    }\n  }\n": types.EvalWarningOutcomeDocument,
    "\n  query EvalWarningsPage($after: String) {\n    warnings(first: 7, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          raisedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EvalWarningsPageDocument,
    "\n  query EvalFilteredWarnings($filter: WarningFilter) {\n    warnings(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.EvalFilteredWarningsDocument,
    "\n  query EvalWarningCount($first: Int! = 20, $after: String) {\n    warnings(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.EvalWarningCountDocument,
    "\n  query EvalWarningList {\n    warnings {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.EvalWarningListDocument,
    "\n  query EvalSafetyWarnings {\n    warnings(filter: { category: SAFETY }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.EvalSafetyWarningsDocument,
    "\n  query EvalWarningTransitions($n: Int!) {\n    warnings(first: $n) {\n      edges {\n        node {\n          id\n          transitions {\n            from\n            to\n            at\n            by {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EvalWarningTransitionsDocument,
    "\n  fragment EvalPersonWarnings on Person {\n    id\n    warnings {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n    }\n  }\n": types.EvalPersonWarningsFragmentDoc,
    "\n  fragment EvalWarningResult on Warning {\n    id\n    status\n    dueAt\n    overdue\n    outcome\n    closedAt\n    assignee {\n      id\n    }\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n      }\n      assignee {\n        id\n      }\n    }\n  }\n": types.EvalWarningResultFragmentDoc,
    "\n  mutation EvalAdvance($id: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $id, to: $to, note: $note) {\n      ...EvalWarningResult\n    }\n  }\n": types.EvalAdvanceDocument,
    "\n  mutation EvalAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      ...EvalWarningResult\n    }\n  }\n": types.EvalAssignDocument,
    "\n  mutation EvalClose($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      ...EvalWarningResult\n    }\n  }\n": types.EvalCloseDocument,
    "\n  fragment EvalWarningStatusRef on Warning {\n    id\n    status\n  }\n": types.EvalWarningStatusRefFragmentDoc,
    "\n  fragment EvalWarningSummaryRef on Warning {\n    id\n    summary\n  }\n": types.EvalWarningSummaryRefFragmentDoc,
    "\n  mutation GrowthRecordEvents($events: [GrowthEventInput!]!) {\n    recordGrowthEvents(input: { events: $events }) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n": types.GrowthRecordEventsDocument,
    "\n  query GrowthEvaluationScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      term\n      isDefault\n      updatedBy {\n        id\n      }\n      weights {\n        domain\n        weight\n      }\n    }\n  }\n": types.GrowthEvaluationSchemeDocument,
    "\n  fragment GrowthRecordOfPerson on Person {\n    id\n    growthRecord(first: $first, after: $after, domain: $domain, term: $term) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          domain\n          kind\n          title\n          points\n          occurredOn\n          term\n          source\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.GrowthRecordOfPersonFragmentDoc,
    "\n    query OutcomeReport($from: DateTimeISO!, $to: DateTimeISO!) {\n      resourceOutcomeReport(from: $from, to: $to) {\n        resourceKind\n        warningCategory\n        tookUp {\n          warnings\n          closed\n          medianDaysToClose\n          meanDaysToClose\n        }\n        didNotTakeUp {\n          warnings\n          closed\n          medianDaysToClose\n          meanDaysToClose\n        }\n      }\n    }\n  ": types.OutcomeReportDocument,
    "\n    mutation OutcomePushResources {\n      pushResources(asOf: \"2025-04-10T00:00:00.000Z\") {\n        pushed\n      }\n    }\n  ": types.OutcomePushResourcesDocument,
    "\n    mutation OutcomeMarkPushRead($id: ID!) {\n      markPushRead(pushId: $id) {\n        id\n      }\n    }\n  ": types.OutcomeMarkPushReadDocument,
    "\n    mutation OutcomeCreateResource($input: CreateResourceInput!) {\n      createResource(input: $input) {\n        id\n      }\n    }\n  ": types.OutcomeCreateResourceDocument,
    "\n    mutation OutcomeCreateResourceRule($input: CreateResourceRuleInput!) {\n      createResourceRule(input: $input) {\n        id\n      }\n    }\n  ": types.OutcomeCreateResourceRuleDocument,
    "\n    mutation OutcomeRecordUptake($id: ID!) {\n      recordUptake(input: { pushId: $id, note: \"去了\" }) {\n        uptakeAt\n      }\n    }\n  ": types.OutcomeRecordUptakeDocument,
    "\n  mutation ResourceCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      id\n      kind\n      title\n      description\n      provider\n      location\n      url\n      active\n      createdAt\n    }\n  }\n": types.ResourceCreateDocument,
    "\n  mutation ResourceUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      id\n      kind\n      title\n      description\n      provider\n      location\n      url\n      active\n      createdAt\n    }\n  }\n": types.ResourceUpdateDocument,
    "\n  mutation ResourceCreateRule($input: CreateResourceRuleInput!) {\n    createResourceRule(input: $input) {\n      id\n      warningCategory\n      minLevel\n      caseKind\n      active\n      resource {\n        id\n      }\n    }\n  }\n": types.ResourceCreateRuleDocument,
    "\n  mutation ResourceRuleOff($id: ID!) {\n    setResourceRuleActive(id: $id, active: false) {\n      active\n    }\n  }\n": types.ResourceRuleOffDocument,
    "\n  mutation ResourcePush($asOf: DateTimeISO) {\n    pushResources(asOf: $asOf) {\n      pushed\n      asOf\n    }\n  }\n": types.ResourcePushDocument,
    "\n  mutation ResourceOpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n": types.ResourceOpenCaseDocument,
    "\n  query ResourceStarterCatalogue {\n    resources(first: 100) {\n      totalCount\n      edges {\n        node {\n          kind\n          rules {\n            warningCategory\n            minLevel\n            caseKind\n          }\n        }\n      }\n    }\n  }\n": types.ResourceStarterCatalogueDocument,
    "\n  query ResourceList($f: ResourceFilter) {\n    resources(first: 10, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ResourceListDocument,
    "\n  query ResourceCareers {\n    resources(first: 10, filter: { kind: CAREER_GUIDANCE }) {\n      edges {\n        node {\n          id\n          active\n        }\n      }\n    }\n  }\n": types.ResourceCareersDocument,
    "\n  query ResourceTutoring {\n    resources(first: 10, filter: { kind: TUTORING }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ResourceTutoringDocument,
    "\n  mutation ResourceMarkRead($id: ID!) {\n    markPushRead(pushId: $id) {\n      id\n      readAt\n      uptakeAt\n      uptakeNote\n    }\n  }\n": types.ResourceMarkReadDocument,
    "\n  mutation ResourceRecordUptake($input: RecordUptakeInput!) {\n    recordUptake(input: $input) {\n      id\n      readAt\n      uptakeAt\n      uptakeNote\n    }\n  }\n": types.ResourceRecordUptakeDocument,
    "\n  fragment ResourceInboxOfPerson on Person {\n    id\n    unreadInboxCount\n    inbox(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          pushedAt\n          readAt\n          uptakeAt\n          uptakeNote\n          resource {\n            id\n            title\n            kind\n          }\n          warning {\n            id\n          }\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ResourceInboxOfPersonFragmentDoc,
    "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n": types.CareScopeOfDocument,
    "\n  mutation TermEvalSetScheme($input: SetEvaluationSchemeInput!) {\n    setEvaluationScheme(input: $input) {\n      id\n      term\n      isDefault\n      pointsForFullMarks\n      weights {\n        domain\n        weight\n      }\n      updatedBy {\n        id\n      }\n      updatedAt\n    }\n  }\n": types.TermEvalSetSchemeDocument,
    "\n  query TermEvalScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n      term\n      isDefault\n      pointsForFullMarks\n      weights {\n        domain\n        weight\n      }\n      updatedBy {\n        id\n      }\n      updatedAt\n    }\n  }\n": types.TermEvalSchemeDocument,
    "\n  query TermEvalSchemeId($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n    }\n  }\n": types.TermEvalSchemeIdDocument,
    "\n  query TermEvalSchemeWeights($t: String!) {\n    evaluationScheme(term: $t) {\n      pointsForFullMarks\n      weights {\n        weight\n      }\n    }\n  }\n": types.TermEvalSchemeWeightsDocument,
    "\n  fragment TermEvalPersonEvaluation on Person {\n    id\n    evaluation(term: $term) {\n      term\n      total\n      domains {\n        domain\n        points\n        score\n        weight\n        weighted\n      }\n      scheme {\n        id\n        term\n        isDefault\n        pointsForFullMarks\n        weights {\n          domain\n          weight\n        }\n        updatedBy {\n          id\n        }\n        updatedAt\n      }\n    }\n  }\n": types.TermEvalPersonEvaluationFragmentDoc,
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
export function graphql(source: "\n  query EvalWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvalWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalNextStatuses($id: ID!) {\n    warning(id: $id) {\n      nextStatuses\n    }\n  }\n"): (typeof documents)["\n  query EvalNextStatuses($id: ID!) {\n    warning(id: $id) {\n      nextStatuses\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalWarningId($id: ID!) {\n    warning(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query EvalWarningId($id: ID!) {\n    warning(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalOwnWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      transitions {\n        from\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvalOwnWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      transitions {\n        from\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalWarningSummary($id: ID!) {\n    warning(id: $id) {\n      id\n      summary\n    }\n  }\n"): (typeof documents)["\n  query EvalWarningSummary($id: ID!) {\n    warning(id: $id) {\n      id\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalWarningOutcome($id: ID!) {\n    warning(id: $id) {\n      status\n      outcome\n      transitions {\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvalWarningOutcome($id: ID!) {\n    warning(id: $id) {\n      status\n      outcome\n      transitions {\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalWarningsPage($after: String) {\n    warnings(first: 7, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          raisedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvalWarningsPage($after: String) {\n    warnings(first: 7, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          raisedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalFilteredWarnings($filter: WarningFilter) {\n    warnings(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvalFilteredWarnings($filter: WarningFilter) {\n    warnings(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalWarningCount($first: Int! = 20, $after: String) {\n    warnings(first: $first, after: $after) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EvalWarningCount($first: Int! = 20, $after: String) {\n    warnings(first: $first, after: $after) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalWarningList {\n    warnings {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvalWarningList {\n    warnings {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalSafetyWarnings {\n    warnings(filter: { category: SAFETY }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvalSafetyWarnings {\n    warnings(filter: { category: SAFETY }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalWarningTransitions($n: Int!) {\n    warnings(first: $n) {\n      edges {\n        node {\n          id\n          transitions {\n            from\n            to\n            at\n            by {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvalWarningTransitions($n: Int!) {\n    warnings(first: $n) {\n      edges {\n        node {\n          id\n          transitions {\n            from\n            to\n            at\n            by {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvalPersonWarnings on Person {\n    id\n    warnings {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EvalPersonWarnings on Person {\n    id\n    warnings {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvalWarningResult on Warning {\n    id\n    status\n    dueAt\n    overdue\n    outcome\n    closedAt\n    assignee {\n      id\n    }\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n      }\n      assignee {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EvalWarningResult on Warning {\n    id\n    status\n    dueAt\n    overdue\n    outcome\n    closedAt\n    assignee {\n      id\n    }\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n      }\n      assignee {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalAdvance($id: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $id, to: $to, note: $note) {\n      ...EvalWarningResult\n    }\n  }\n"): (typeof documents)["\n  mutation EvalAdvance($id: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $id, to: $to, note: $note) {\n      ...EvalWarningResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      ...EvalWarningResult\n    }\n  }\n"): (typeof documents)["\n  mutation EvalAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      ...EvalWarningResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalClose($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      ...EvalWarningResult\n    }\n  }\n"): (typeof documents)["\n  mutation EvalClose($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      ...EvalWarningResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvalWarningStatusRef on Warning {\n    id\n    status\n  }\n"): (typeof documents)["\n  fragment EvalWarningStatusRef on Warning {\n    id\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvalWarningSummaryRef on Warning {\n    id\n    summary\n  }\n"): (typeof documents)["\n  fragment EvalWarningSummaryRef on Warning {\n    id\n    summary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrowthRecordEvents($events: [GrowthEventInput!]!) {\n    recordGrowthEvents(input: { events: $events }) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GrowthRecordEvents($events: [GrowthEventInput!]!) {\n    recordGrowthEvents(input: { events: $events }) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrowthEvaluationScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      term\n      isDefault\n      updatedBy {\n        id\n      }\n      weights {\n        domain\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query GrowthEvaluationScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      term\n      isDefault\n      updatedBy {\n        id\n      }\n      weights {\n        domain\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrowthRecordOfPerson on Person {\n    id\n    growthRecord(first: $first, after: $after, domain: $domain, term: $term) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          domain\n          kind\n          title\n          points\n          occurredOn\n          term\n          source\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GrowthRecordOfPerson on Person {\n    id\n    growthRecord(first: $first, after: $after, domain: $domain, term: $term) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          domain\n          kind\n          title\n          points\n          occurredOn\n          term\n          source\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query OutcomeReport($from: DateTimeISO!, $to: DateTimeISO!) {\n      resourceOutcomeReport(from: $from, to: $to) {\n        resourceKind\n        warningCategory\n        tookUp {\n          warnings\n          closed\n          medianDaysToClose\n          meanDaysToClose\n        }\n        didNotTakeUp {\n          warnings\n          closed\n          medianDaysToClose\n          meanDaysToClose\n        }\n      }\n    }\n  "): (typeof documents)["\n    query OutcomeReport($from: DateTimeISO!, $to: DateTimeISO!) {\n      resourceOutcomeReport(from: $from, to: $to) {\n        resourceKind\n        warningCategory\n        tookUp {\n          warnings\n          closed\n          medianDaysToClose\n          meanDaysToClose\n        }\n        didNotTakeUp {\n          warnings\n          closed\n          medianDaysToClose\n          meanDaysToClose\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OutcomePushResources {\n      pushResources(asOf: \"2025-04-10T00:00:00.000Z\") {\n        pushed\n      }\n    }\n  "): (typeof documents)["\n    mutation OutcomePushResources {\n      pushResources(asOf: \"2025-04-10T00:00:00.000Z\") {\n        pushed\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OutcomeMarkPushRead($id: ID!) {\n      markPushRead(pushId: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation OutcomeMarkPushRead($id: ID!) {\n      markPushRead(pushId: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OutcomeCreateResource($input: CreateResourceInput!) {\n      createResource(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation OutcomeCreateResource($input: CreateResourceInput!) {\n      createResource(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OutcomeCreateResourceRule($input: CreateResourceRuleInput!) {\n      createResourceRule(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation OutcomeCreateResourceRule($input: CreateResourceRuleInput!) {\n      createResourceRule(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OutcomeRecordUptake($id: ID!) {\n      recordUptake(input: { pushId: $id, note: \"去了\" }) {\n        uptakeAt\n      }\n    }\n  "): (typeof documents)["\n    mutation OutcomeRecordUptake($id: ID!) {\n      recordUptake(input: { pushId: $id, note: \"去了\" }) {\n        uptakeAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      id\n      kind\n      title\n      description\n      provider\n      location\n      url\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      id\n      kind\n      title\n      description\n      provider\n      location\n      url\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      id\n      kind\n      title\n      description\n      provider\n      location\n      url\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      id\n      kind\n      title\n      description\n      provider\n      location\n      url\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceCreateRule($input: CreateResourceRuleInput!) {\n    createResourceRule(input: $input) {\n      id\n      warningCategory\n      minLevel\n      caseKind\n      active\n      resource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceCreateRule($input: CreateResourceRuleInput!) {\n    createResourceRule(input: $input) {\n      id\n      warningCategory\n      minLevel\n      caseKind\n      active\n      resource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceRuleOff($id: ID!) {\n    setResourceRuleActive(id: $id, active: false) {\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceRuleOff($id: ID!) {\n    setResourceRuleActive(id: $id, active: false) {\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcePush($asOf: DateTimeISO) {\n    pushResources(asOf: $asOf) {\n      pushed\n      asOf\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcePush($asOf: DateTimeISO) {\n    pushResources(asOf: $asOf) {\n      pushed\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceOpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceOpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceStarterCatalogue {\n    resources(first: 100) {\n      totalCount\n      edges {\n        node {\n          kind\n          rules {\n            warningCategory\n            minLevel\n            caseKind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceStarterCatalogue {\n    resources(first: 100) {\n      totalCount\n      edges {\n        node {\n          kind\n          rules {\n            warningCategory\n            minLevel\n            caseKind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceList($f: ResourceFilter) {\n    resources(first: 10, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceList($f: ResourceFilter) {\n    resources(first: 10, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceCareers {\n    resources(first: 10, filter: { kind: CAREER_GUIDANCE }) {\n      edges {\n        node {\n          id\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceCareers {\n    resources(first: 10, filter: { kind: CAREER_GUIDANCE }) {\n      edges {\n        node {\n          id\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceTutoring {\n    resources(first: 10, filter: { kind: TUTORING }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceTutoring {\n    resources(first: 10, filter: { kind: TUTORING }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceMarkRead($id: ID!) {\n    markPushRead(pushId: $id) {\n      id\n      readAt\n      uptakeAt\n      uptakeNote\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceMarkRead($id: ID!) {\n    markPushRead(pushId: $id) {\n      id\n      readAt\n      uptakeAt\n      uptakeNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceRecordUptake($input: RecordUptakeInput!) {\n    recordUptake(input: $input) {\n      id\n      readAt\n      uptakeAt\n      uptakeNote\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceRecordUptake($input: RecordUptakeInput!) {\n    recordUptake(input: $input) {\n      id\n      readAt\n      uptakeAt\n      uptakeNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceInboxOfPerson on Person {\n    id\n    unreadInboxCount\n    inbox(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          pushedAt\n          readAt\n          uptakeAt\n          uptakeNote\n          resource {\n            id\n            title\n            kind\n          }\n          warning {\n            id\n          }\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ResourceInboxOfPerson on Person {\n    id\n    unreadInboxCount\n    inbox(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          pushedAt\n          readAt\n          uptakeAt\n          uptakeNote\n          resource {\n            id\n            title\n            kind\n          }\n          warning {\n            id\n          }\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n"): (typeof documents)["\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermEvalSetScheme($input: SetEvaluationSchemeInput!) {\n    setEvaluationScheme(input: $input) {\n      id\n      term\n      isDefault\n      pointsForFullMarks\n      weights {\n        domain\n        weight\n      }\n      updatedBy {\n        id\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TermEvalSetScheme($input: SetEvaluationSchemeInput!) {\n    setEvaluationScheme(input: $input) {\n      id\n      term\n      isDefault\n      pointsForFullMarks\n      weights {\n        domain\n        weight\n      }\n      updatedBy {\n        id\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermEvalScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n      term\n      isDefault\n      pointsForFullMarks\n      weights {\n        domain\n        weight\n      }\n      updatedBy {\n        id\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query TermEvalScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n      term\n      isDefault\n      pointsForFullMarks\n      weights {\n        domain\n        weight\n      }\n      updatedBy {\n        id\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermEvalSchemeId($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TermEvalSchemeId($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermEvalSchemeWeights($t: String!) {\n    evaluationScheme(term: $t) {\n      pointsForFullMarks\n      weights {\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermEvalSchemeWeights($t: String!) {\n    evaluationScheme(term: $t) {\n      pointsForFullMarks\n      weights {\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TermEvalPersonEvaluation on Person {\n    id\n    evaluation(term: $term) {\n      term\n      total\n      domains {\n        domain\n        points\n        score\n        weight\n        weighted\n      }\n      scheme {\n        id\n        term\n        isDefault\n        pointsForFullMarks\n        weights {\n          domain\n          weight\n        }\n        updatedBy {\n          id\n        }\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TermEvalPersonEvaluation on Person {\n    id\n    evaluation(term: $term) {\n      term\n      total\n      domains {\n        domain\n        points\n        score\n        weight\n        weighted\n      }\n      scheme {\n        id\n        term\n        isDefault\n        pointsForFullMarks\n        weights {\n          domain\n          weight\n        }\n        updatedBy {\n          id\n        }\n        updatedAt\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;