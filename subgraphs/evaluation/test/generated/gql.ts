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
    "\n  fragment AccessWarningDetail on Warning {\n    id\n    level\n    summary\n    evidence {\n      indicator\n      value\n      threshold\n    }\n    person {\n      id\n    }\n  }\n": typeof types.AccessWarningDetailFragmentDoc,
    "\n  query AccessWarningFields($id: ID!) {\n    warning(id: $id) {\n      ...AccessWarningDetail\n    }\n  }\n": typeof types.AccessWarningFieldsDocument,
    "\n  query AccessSeveralWarnings($a: ID!, $a2: ID!, $b: ID!) {\n    a: warning(id: $a) {\n      ...AccessWarningDetail\n    }\n    again: warning(id: $a) {\n      summary\n    }\n    a2: warning(id: $a2) {\n      summary\n    }\n    b: warning(id: $b) {\n      summary\n    }\n  }\n": typeof types.AccessSeveralWarningsDocument,
    "\n  query AccessOwnWarnings {\n    warnings {\n      edges {\n        node {\n          id\n          summary\n          evidence {\n            indicator\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccessOwnWarningsDocument,
    "\n  query AccessWarningLevels {\n    warnings {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n": typeof types.AccessWarningLevelsDocument,
    "\n  mutation AccessAdvance($id: ID!) {\n    advanceWarning(warningId: $id, to: ASSESSED, note: \"研判\") {\n      id\n      status\n      transitions {\n        by {\n          id\n        }\n        at\n      }\n    }\n  }\n": typeof types.AccessAdvanceDocument,
    "\n  query AssistanceCaseSummary($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      summary\n    }\n  }\n": typeof types.AssistanceCaseSummaryDocument,
    "\n  mutation AssistanceCaseOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      summary\n      status\n      openedAt\n      closedAt\n      person {\n        id\n      }\n      openedBy {\n        id\n      }\n      closedBy {\n        id\n      }\n      taskForce {\n        id\n        member {\n          id\n        }\n        duty\n        lead\n        addedAt\n        addedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AssistanceCaseOpenDocument,
    "\n  mutation AssistanceCaseAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      taskForce {\n        member {\n          id\n        }\n        duty\n        lead\n        addedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AssistanceCaseAddMemberDocument,
    "\n  mutation AssistanceCaseClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      status\n      outcome\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n": typeof types.AssistanceCaseCloseDocument,
    "\n  mutation AssistanceCaseAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n": typeof types.AssistanceCaseAddMeasureDocument,
    "\n  mutation AssistanceCaseStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n    }\n  }\n": typeof types.AssistanceCaseStartDocument,
    "\n  mutation AssistanceCaseReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n": typeof types.AssistanceCaseReviewDocument,
    "\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n": typeof types.CalendarTodayDocument,
    "\n  fragment CaseStatisticsFigures on AssistanceCaseFigures {\n    students\n    opened\n    graded\n    assisted\n    closed\n    suppressed\n  }\n": typeof types.CaseStatisticsFiguresFragmentDoc,
    "\n  query CaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      from\n      to\n      total {\n        ...CaseStatisticsFigures\n      }\n      byYear {\n        year\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byKind {\n        kind\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byGrade {\n        grade\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byStatus {\n        status\n        cases\n        suppressed\n      }\n      overdueMeasuresByTier {\n        tier\n        measures\n      }\n    }\n  }\n": typeof types.CaseStatisticsDocument,
    "\n  query CaseStatisticsList($f: AssistanceCaseFilter) {\n    assistanceCases(first: 100, filter: $f) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseStatisticsListDocument,
    "\n  query CaseStatisticsOverdue($f: OverdueMeasureFilter) {\n    overdueMeasures(first: 1, filter: $f) {\n      totalCount\n    }\n  }\n": typeof types.CaseStatisticsOverdueDocument,
    "\n  mutation CaseStatisticsOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n": typeof types.CaseStatisticsOpenDocument,
    "\n  mutation CaseStatisticsRecommend($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n    }\n  }\n": typeof types.CaseStatisticsRecommendDocument,
    "\n  mutation CaseStatisticsConfirm($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n    }\n  }\n": typeof types.CaseStatisticsConfirmDocument,
    "\n  mutation CaseStatisticsAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n": typeof types.CaseStatisticsAddMemberDocument,
    "\n  mutation CaseStatisticsAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n": typeof types.CaseStatisticsAddMeasureDocument,
    "\n  mutation CaseStatisticsStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n    }\n  }\n": typeof types.CaseStatisticsStartDocument,
    "\n  mutation CaseStatisticsReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n": typeof types.CaseStatisticsReviewDocument,
    "\n  mutation CaseStatisticsClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      status\n    }\n  }\n": typeof types.CaseStatisticsCloseDocument,
    "\n  mutation NoticeAdvance($id: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $id, to: $to, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.NoticeAdvanceDocument,
    "\n  mutation NoticeAssignMany($input: AssignWarningsInput!) {\n    assignWarnings(input: $input) {\n      id\n      status\n      assignee {\n        id\n      }\n    }\n  }\n": typeof types.NoticeAssignManyDocument,
    "\n  mutation NoticeAdvanceMany($input: AdvanceWarningsInput!) {\n    advanceWarnings(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.NoticeAdvanceManyDocument,
    "\n  query NoticeActions($id: ID!) {\n    warning(id: $id) {\n      id\n      availableActions\n    }\n  }\n": typeof types.NoticeActionsDocument,
    "\n  query NoticeMine($unreadOnly: Boolean) {\n    unreadNotificationCount\n    myNotifications(first: 20, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          read\n          warningId\n          caseId\n          measureId\n          by {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.NoticeMineDocument,
    "\n  mutation NoticeMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.NoticeMarkReadDocument,
    "\n  mutation NoticeAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n": typeof types.NoticeAddMemberDocument,
    "\n  mutation NoticeCloseToCase($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      id\n      status\n      cases {\n        id\n        source\n        kind\n      }\n    }\n  }\n": typeof types.NoticeCloseToCaseDocument,
    "\n  mutation NoticeEscalate($asOf: DateTimeISO!) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n    }\n  }\n": typeof types.NoticeEscalateDocument,
    "\n  mutation NoticeRecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      id\n      summary\n    }\n  }\n": typeof types.NoticeRecordTalkDocument,
    "\n  query NoticeTalks($id: ID!) {\n    warning(id: $id) {\n      id\n      talks {\n        id\n        talkedAt\n        summary\n        by {\n          id\n        }\n      }\n    }\n  }\n": typeof types.NoticeTalksDocument,
    "\n  fragment CaseworkTransition on CaseTransition {\n    from\n    to\n    by {\n      id\n    }\n    at\n    note\n  }\n": typeof types.CaseworkTransitionFragmentDoc,
    "\n  fragment CaseworkTaskForce on AssistanceCase {\n    taskForce {\n      member {\n        id\n      }\n      lead\n    }\n    taskForceChanges {\n      member {\n        id\n      }\n      change\n      by {\n        id\n      }\n      at\n    }\n  }\n": typeof types.CaseworkTaskForceFragmentDoc,
    "\n  mutation CaseworkOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkOpenDocument,
    "\n  mutation CaseworkOpenFromWarning($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      source\n      kind\n      status\n      warning {\n        id\n      }\n      grading {\n        score\n      }\n      plan {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n": typeof types.CaseworkOpenFromWarningDocument,
    "\n  mutation CaseworkOpenSource($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      source\n      kind\n      warning {\n        id\n      }\n    }\n  }\n": typeof types.CaseworkOpenSourceDocument,
    "\n  mutation CaseworkRecommend($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkRecommendDocument,
    "\n  mutation CaseworkRecommendScore($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      grading {\n        score\n        recommendedGrade\n      }\n    }\n  }\n": typeof types.CaseworkRecommendScoreDocument,
    "\n  mutation CaseworkRecommendInFull($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      status\n      grading {\n        score\n        conditions\n        recommendedGrade\n        recommendedBy {\n          id\n        }\n        recommendedAt\n        confirmedGrade\n        confirmedBy {\n          id\n        }\n        confirmedAt\n        note\n      }\n    }\n  }\n": typeof types.CaseworkRecommendInFullDocument,
    "\n  mutation CaseworkStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkStartDocument,
    "\n  mutation CaseworkConfirm($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkConfirmDocument,
    "\n  mutation CaseworkConfirmInFull($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n      grading {\n        recommendedGrade\n        confirmedGrade\n        confirmedBy {\n          id\n        }\n        confirmedAt\n        note\n      }\n    }\n  }\n": typeof types.CaseworkConfirmInFullDocument,
    "\n  mutation CaseworkAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkAddMemberDocument,
    "\n  mutation CaseworkAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkAddMeasureDocument,
    "\n  mutation CaseworkAddMeasureInFull($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      description\n      responsible {\n        id\n      }\n      duty\n      dueOn\n      status\n      completedAt\n      overdue\n      escalations {\n        tier\n      }\n      case {\n        id\n      }\n    }\n  }\n": typeof types.CaseworkAddMeasureInFullDocument,
    "\n  mutation CaseworkStartWithHistory($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n    }\n  }\n": typeof types.CaseworkStartWithHistoryDocument,
    "\n  mutation CaseworkSetLeadTaskForce($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n": typeof types.CaseworkSetLeadTaskForceDocument,
    "\n  mutation CaseworkRemoveMember($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkRemoveMemberDocument,
    "\n  mutation CaseworkSetLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkSetLeadDocument,
    "\n  mutation CaseworkAddMemberTaskForce($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n": typeof types.CaseworkAddMemberTaskForceDocument,
    "\n  mutation CaseworkRemoveMemberTaskForce($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n": typeof types.CaseworkRemoveMemberTaskForceDocument,
    "\n  mutation CaseworkUpdateMeasureTransitions($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      status\n      completedAt\n      transitions {\n        from\n        to\n        by {\n          id\n        }\n        at\n        note\n      }\n    }\n  }\n": typeof types.CaseworkUpdateMeasureTransitionsDocument,
    "\n  mutation CaseworkUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkUpdateMeasureDocument,
    "\n  mutation CaseworkClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkCloseDocument,
    "\n  mutation CaseworkReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CaseworkReviewDocument,
    "\n  mutation CaseworkReviewNote($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      status\n      reviewNote\n    }\n  }\n": typeof types.CaseworkReviewNoteDocument,
    "\n  mutation CaseworkCloseInFull($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n      outcome\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n": typeof types.CaseworkCloseInFullDocument,
    "\n  query CaseworkCases($f: AssistanceCaseFilter, $first: Int, $after: String) {\n    assistanceCases(first: $first, after: $after, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseworkCasesDocument,
    "\n  query CaseworkOwnGrading($f: AssistanceCaseFilter) {\n    assistanceCases(filter: $f) {\n      edges {\n        node {\n          summary\n          grading {\n            score\n            conditions\n            confirmedGrade\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseworkOwnGradingDocument,
    "\n  query CaseworkGrades($f: AssistanceCaseFilter) {\n    assistanceCases(filter: $f) {\n      edges {\n        node {\n          id\n          status\n          grading {\n            score\n            recommendedGrade\n            confirmedGrade\n            recommendedBy {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseworkGradesDocument,
    "\n  query CaseworkCaseGrading($id: ID!) {\n    assistanceCase(id: $id) {\n      grading {\n        score\n        recommendedGrade\n      }\n    }\n  }\n": typeof types.CaseworkCaseGradingDocument,
    "\n  query CaseworkGradingConditions {\n    gradingConditions {\n      code\n      label\n      weight\n    }\n  }\n": typeof types.CaseworkGradingConditionsDocument,
    "\n  mutation EngineCreateRule($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      id\n      currentVersion {\n        id\n      }\n    }\n  }\n": typeof types.EngineCreateRuleDocument,
    "\n  mutation EnginePublishRule($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      currentVersion {\n        id\n        version\n      }\n    }\n  }\n": typeof types.EnginePublishRuleDocument,
    "\n  mutation EngineSwitchRuleOff($id: ID!) {\n    setWarningRuleActive(ruleId: $id, active: false) {\n      id\n    }\n  }\n": typeof types.EngineSwitchRuleOffDocument,
    "\n  mutation EngineRun($asOf: DateTimeISO) {\n    runWarningEngine(asOf: $asOf) {\n      id\n      asOf\n      rulesEvaluated\n      raised\n      alreadyOpen\n      startedAt\n      finishedAt\n    }\n  }\n": typeof types.EngineRunDocument,
    "\n  query EngineWarningRuleVersions($first: Int!) {\n    warnings(first: $first) {\n      edges {\n        node {\n          ruleVersion {\n            version\n            rule {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EngineWarningRuleVersionsDocument,
    "\n  query EngineDemoRules {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          active\n          currentVersion {\n            version\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.EngineDemoRulesDocument,
    "\n  query EngineRuleCode($id: ID!) {\n    warningRule(id: $id) {\n      code\n    }\n  }\n": typeof types.EngineRuleCodeDocument,
    "\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n": typeof types.EscalationRunDocument,
    "\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n": typeof types.EscalationOfWarningDocument,
    "\n  query EvalWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n": typeof types.EvalWarningDocument,
    "\n  query EvalNextStatuses($id: ID!) {\n    warning(id: $id) {\n      nextStatuses\n    }\n  }\n": typeof types.EvalNextStatusesDocument,
    "\n  query EvalWarningId($id: ID!) {\n    warning(id: $id) {\n      id\n    }\n  }\n": typeof types.EvalWarningIdDocument,
    "\n  query EvalOwnWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      transitions {\n        from\n      }\n    }\n  }\n": typeof types.EvalOwnWarningDocument,
    "\n  query EvalWarningSummary($id: ID!) {\n    warning(id: $id) {\n      id\n      summary\n    }\n  }\n": typeof types.EvalWarningSummaryDocument,
    "\n  query EvalWarningOutcome($id: ID!) {\n    warning(id: $id) {\n      status\n      outcome\n      transitions {\n        from\n        to\n      }\n    }\n  }\n": typeof types.EvalWarningOutcomeDocument,
    "\n  query EvalWarningsPage($after: String) {\n    warnings(first: 7, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          raisedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EvalWarningsPageDocument,
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
    "\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.IndicatorIngestDocument,
    "\n  query QueueScheduledJobs {\n    scheduledJobs {\n      name\n      nextRunAt\n      lastRun {\n        id\n        queueJobId\n        attempt\n        maxAttempts\n        succeeded\n        summary\n      }\n      queued {\n        id\n        trigger\n        state\n        runAfter\n        attempt\n        maxAttempts\n        lastError\n      }\n      failures {\n        id\n        queueJobId\n        trigger\n        attempt\n        maxAttempts\n        startedAt\n        finishedAt\n        succeeded\n        summary\n      }\n    }\n  }\n": typeof types.QueueScheduledJobsDocument,
    "\n  mutation QueueRunJob($name: String!) {\n    runJob(name: $name) {\n      id\n      job\n      queueJobId\n      trigger\n      startedByName\n      attempt\n      maxAttempts\n      scheduledFor\n      succeeded\n      summary\n    }\n  }\n": typeof types.QueueRunJobDocument,
    "\n  query ScheduledJobs {\n    scheduledJobs {\n      name\n      everySeconds\n      lastRun {\n        id\n        trigger\n        startedByName\n        startedAt\n        finishedAt\n        succeeded\n        summary\n      }\n    }\n  }\n": typeof types.ScheduledJobsDocument,
    "\n  mutation RunJob($name: String!) {\n    runJob(name: $name) {\n      id\n      job\n      trigger\n      startedByName\n      succeeded\n      summary\n    }\n  }\n": typeof types.RunJobDocument,
    "\n  query MhCaseList($f: AssistanceCaseFilter) {\n    assistanceCases(first: 50, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MhCaseListDocument,
    "\n  query MhCaseDetail($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      kind\n      taskForce {\n        member {\n          id\n        }\n      }\n      plan {\n        id\n        case {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MhCaseDetailDocument,
    "\n  query MhCaseOverdue {\n    overdueMeasures(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MhCaseOverdueDocument,
    "\n  query MhCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      total {\n        opened\n        suppressed\n      }\n      byKind {\n        kind\n        figures {\n          opened\n          suppressed\n        }\n      }\n      overdueMeasuresByTier {\n        measures\n      }\n    }\n  }\n": typeof types.MhCaseStatisticsDocument,
    "\n  mutation MhCaseOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      kind\n      warning {\n        id\n      }\n    }\n  }\n": typeof types.MhCaseOpenDocument,
    "\n  mutation MhCaseSetLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n    }\n  }\n": typeof types.MhCaseSetLeadDocument,
    "\n  mutation MhCaseAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n": typeof types.MhCaseAddMemberDocument,
    "\n  mutation MhCaseAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n": typeof types.MhCaseAddMeasureDocument,
    "\n  mutation MhCaseUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n    }\n  }\n": typeof types.MhCaseUpdateMeasureDocument,
    "\n  mutation MhCaseReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n": typeof types.MhCaseReviewDocument,
    "\n  mutation ReferralRefer($input: ReferToPsychologyInput!) {\n    referToPsychology(input: $input) {\n      id\n      category\n      note\n      status\n      referredAt\n      closedAt\n      person {\n        id\n      }\n      referredTo {\n        id\n      }\n      referredBy {\n        id\n      }\n      closedBy {\n        id\n      }\n    }\n  }\n": typeof types.ReferralReferDocument,
    "\n  query ReferralMine {\n    myReferrals {\n      id\n      status\n      person {\n        id\n      }\n    }\n  }\n": typeof types.ReferralMineDocument,
    "\n  mutation ReferralClose($id: ID!, $note: String) {\n    closeReferral(id: $id, note: $note) {\n      id\n      status\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n": typeof types.ReferralCloseDocument,
    "\n    fragment OutcomeFigureFields on OutcomeFigures {\n      warnings\n      closed\n      medianDaysToClose\n      meanDaysToClose\n    }\n  ": typeof types.OutcomeFigureFieldsFragmentDoc,
    "\n    query OutcomeReport($from: DateTimeISO!, $to: DateTimeISO!) {\n      resourceOutcomeReport(from: $from, to: $to) {\n        resourceKind\n        warningCategory\n        tookUp {\n          ...OutcomeFigureFields\n        }\n        didNotTakeUp {\n          ...OutcomeFigureFields\n        }\n      }\n    }\n  ": typeof types.OutcomeReportDocument,
    "\n    mutation OutcomePushResources {\n      pushResources(asOf: \"2025-04-10T00:00:00.000Z\") {\n        pushed\n      }\n    }\n  ": typeof types.OutcomePushResourcesDocument,
    "\n    mutation OutcomeMarkPushRead($id: ID!) {\n      markPushRead(pushId: $id) {\n        id\n      }\n    }\n  ": typeof types.OutcomeMarkPushReadDocument,
    "\n    mutation OutcomeCreateResource($input: CreateResourceInput!) {\n      createResource(input: $input) {\n        id\n      }\n    }\n  ": typeof types.OutcomeCreateResourceDocument,
    "\n    mutation OutcomeCreateResourceRule($input: CreateResourceRuleInput!) {\n      createResourceRule(input: $input) {\n        id\n      }\n    }\n  ": typeof types.OutcomeCreateResourceRuleDocument,
    "\n    mutation OutcomeRecordUptake($id: ID!) {\n      recordUptake(input: { pushId: $id, note: \"去了\" }) {\n        uptakeAt\n      }\n    }\n  ": typeof types.OutcomeRecordUptakeDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    kind\n    title\n    description\n    provider\n    location\n    url\n    active\n    createdAt\n  }\n": typeof types.ResourceFieldsFragmentDoc,
    "\n  fragment ResourcePushState on ResourcePush {\n    id\n    readAt\n    uptakeAt\n    uptakeNote\n  }\n": typeof types.ResourcePushStateFragmentDoc,
    "\n  mutation ResourceCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.ResourceCreateDocument,
    "\n  mutation ResourceUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.ResourceUpdateDocument,
    "\n  mutation ResourceCreateRule($input: CreateResourceRuleInput!) {\n    createResourceRule(input: $input) {\n      id\n      warningCategory\n      minLevel\n      caseKind\n      active\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.ResourceCreateRuleDocument,
    "\n  mutation ResourceRuleOff($id: ID!) {\n    setResourceRuleActive(id: $id, active: false) {\n      active\n    }\n  }\n": typeof types.ResourceRuleOffDocument,
    "\n  mutation ResourcePush($asOf: DateTimeISO) {\n    pushResources(asOf: $asOf) {\n      pushed\n      asOf\n    }\n  }\n": typeof types.ResourcePushDocument,
    "\n  mutation ResourceOpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n": typeof types.ResourceOpenCaseDocument,
    "\n  query ResourceStarterCatalogue {\n    resources(first: 100) {\n      totalCount\n      edges {\n        node {\n          kind\n          rules {\n            warningCategory\n            minLevel\n            caseKind\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResourceStarterCatalogueDocument,
    "\n  query ResourceList($f: ResourceFilter) {\n    resources(first: 10, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ResourceListDocument,
    "\n  query ResourcesOfKind($kind: ResourceKind!) {\n    resources(first: 10, filter: { kind: $kind }) {\n      edges {\n        node {\n          id\n          active\n        }\n      }\n    }\n  }\n": typeof types.ResourcesOfKindDocument,
    "\n  mutation ResourceMarkRead($id: ID!) {\n    markPushRead(pushId: $id) {\n      ...ResourcePushState\n    }\n  }\n": typeof types.ResourceMarkReadDocument,
    "\n  mutation ResourceRecordUptake($input: RecordUptakeInput!) {\n    recordUptake(input: $input) {\n      ...ResourcePushState\n    }\n  }\n": typeof types.ResourceRecordUptakeDocument,
    "\n  fragment ResourceInboxOfPerson on Person {\n    id\n    unreadInboxCount\n    inbox(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          pushedAt\n          readAt\n          uptakeAt\n          uptakeNote\n          resource {\n            id\n            title\n            kind\n          }\n          warning {\n            id\n          }\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResourceInboxOfPersonFragmentDoc,
    "\n  query SupervisionBoard($first: Int, $after: String, $filter: OverdueMeasureFilter) {\n    overdueMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          dueOn\n          status\n          overdue\n          responsible {\n            id\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionBoardDocument,
    "\n  mutation SupervisionEscalate($asOf: LocalDate) {\n    escalateOverdueMeasures(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n": typeof types.SupervisionEscalateDocument,
    "\n  query SupervisionPlanEscalations($id: ID!) {\n    assistanceCase(id: $id) {\n      plan {\n        id\n        overdue\n        escalations {\n          tier\n          dueOn\n          at\n        }\n      }\n    }\n  }\n": typeof types.SupervisionPlanEscalationsDocument,
    "\n  query SupervisionDemoCases {\n    assistanceCases(first: 50) {\n      totalCount\n      edges {\n        node {\n          status\n          source\n          warning {\n            id\n          }\n          grading {\n            recommendedGrade\n            confirmedGrade\n          }\n          plan {\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionDemoCasesDocument,
    "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n": typeof types.CareScopeOfDocument,
    "\n  query WarningIds($first: Int! = 20, $after: String, $filter: WarningFilter) {\n    warnings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.WarningIdsDocument,
    "\n  query CaseId($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n    }\n  }\n": typeof types.CaseIdDocument,
    "\n  mutation IngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          message\n        }\n      }\n    }\n  }\n": typeof types.IngestIndicatorsDocument,
    "\n  fragment TermEvalSchemeFields on EvaluationScheme {\n    id\n    term\n    isDefault\n    pointsForFullMarks\n    weights {\n      domain\n      weight\n    }\n    updatedBy {\n      id\n    }\n    updatedAt\n  }\n": typeof types.TermEvalSchemeFieldsFragmentDoc,
    "\n  mutation TermEvalSetScheme($input: SetEvaluationSchemeInput!) {\n    setEvaluationScheme(input: $input) {\n      ...TermEvalSchemeFields\n    }\n  }\n": typeof types.TermEvalSetSchemeDocument,
    "\n  query TermEvalScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      ...TermEvalSchemeFields\n    }\n  }\n": typeof types.TermEvalSchemeDocument,
    "\n  query TermEvalSchemeId($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n    }\n  }\n": typeof types.TermEvalSchemeIdDocument,
    "\n  query TermEvalSchemeWeights($t: String!) {\n    evaluationScheme(term: $t) {\n      pointsForFullMarks\n      weights {\n        weight\n      }\n    }\n  }\n": typeof types.TermEvalSchemeWeightsDocument,
    "\n  fragment TermEvalPersonEvaluation on Person {\n    id\n    evaluation(term: $term) {\n      term\n      total\n      domains {\n        domain\n        points\n        score\n        weight\n        weighted\n      }\n      scheme {\n        ...TermEvalSchemeFields\n      }\n    }\n  }\n": typeof types.TermEvalPersonEvaluationFragmentDoc,
    "\n  query UnitCaseOverdue($f: OverdueMeasureFilter) {\n    overdueMeasures(first: 1, filter: $f) {\n      totalCount\n    }\n  }\n": typeof types.UnitCaseOverdueDocument,
    "\n  mutation QueueAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n    }\n  }\n": typeof types.QueueAssignDocument,
    "\n  query QueueWarnings(\n    $first: Int! = 20\n    $after: String\n    $filter: WarningFilter\n    $orderBy: WarningOrder! = RAISED_AT\n  ) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          escalationTier\n          assignee {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QueueWarningsDocument,
    "\n  query QueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n": typeof types.QueueSummaryDocument,
    "\n  fragment RuleFields on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      version\n      windowDays\n      summaryTemplate\n      description\n      publishedBy {\n        id\n      }\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n    versions {\n      id\n      version\n      windowDays\n      description\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n  }\n": typeof types.RuleFieldsFragmentDoc,
    "\n  mutation RuleCreate($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      ...RuleFields\n    }\n  }\n": typeof types.RuleCreateDocument,
    "\n  mutation RulePublish($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      ...RuleFields\n    }\n  }\n": typeof types.RulePublishDocument,
    "\n  query RuleOne($id: ID!) {\n    warningRule(id: $id) {\n      ...RuleFields\n    }\n  }\n": typeof types.RuleOneDocument,
    "\n  query RuleVersionNumbers($id: ID!) {\n    warningRule(id: $id) {\n      currentVersion {\n        version\n      }\n      versions {\n        version\n      }\n    }\n  }\n": typeof types.RuleVersionNumbersDocument,
    "\n  query RuleList {\n    warningRules(first: 10) {\n      totalCount\n      edges {\n        node {\n          code\n          currentVersion {\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.RuleListDocument,
    "\n  mutation RuleSetActive($id: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.RuleSetActiveDocument,
    "\n  query RuleBacktest($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        person {\n          id\n        }\n        candidate\n        current\n      }\n    }\n  }\n": typeof types.RuleBacktestDocument,
    "\n  mutation RuleIngestHistory($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n      }\n    }\n  }\n": typeof types.RuleIngestHistoryDocument,
    "\n  query WarningStatisticsAll($from: DateTimeISO!, $to: DateTimeISO!) {\n    warningStatistics(from: $from, to: $to) {\n      from\n      to\n      total {\n        ...WarningFigureFields\n      }\n      byMonth {\n        month\n        figures {\n          ...WarningFigureFields\n        }\n      }\n      byCategory {\n        category\n        figures {\n          ...WarningFigureFields\n        }\n      }\n      byLevel {\n        level\n        figures {\n          ...WarningFigureFields\n        }\n        medianHoursToClose\n        meanHoursToClose\n      }\n    }\n  }\n  fragment WarningFigureFields on WarningFigures {\n    students\n    raised\n    handled\n    closed\n    overdue\n    suppressed\n  }\n": typeof types.WarningStatisticsAllDocument,
    "\n  query WarningStatisticsCellLists(\n    $raised: WarningFilter!\n    $handled: WarningFilter!\n    $closed: WarningFilter!\n    $overdue: WarningFilter!\n  ) {\n    raised: warnings(first: 100, filter: $raised) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n    handled: warnings(first: 1, filter: $handled) {\n      totalCount\n    }\n    closed: warnings(first: 1, filter: $closed) {\n      totalCount\n    }\n    overdue: warnings(first: 1, filter: $overdue) {\n      totalCount\n    }\n  }\n": typeof types.WarningStatisticsCellListsDocument,
};
const documents: Documents = {
    "\n  query AccessWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n    }\n  }\n": types.AccessWarningDocument,
    "\n  fragment AccessWarningDetail on Warning {\n    id\n    level\n    summary\n    evidence {\n      indicator\n      value\n      threshold\n    }\n    person {\n      id\n    }\n  }\n": types.AccessWarningDetailFragmentDoc,
    "\n  query AccessWarningFields($id: ID!) {\n    warning(id: $id) {\n      ...AccessWarningDetail\n    }\n  }\n": types.AccessWarningFieldsDocument,
    "\n  query AccessSeveralWarnings($a: ID!, $a2: ID!, $b: ID!) {\n    a: warning(id: $a) {\n      ...AccessWarningDetail\n    }\n    again: warning(id: $a) {\n      summary\n    }\n    a2: warning(id: $a2) {\n      summary\n    }\n    b: warning(id: $b) {\n      summary\n    }\n  }\n": types.AccessSeveralWarningsDocument,
    "\n  query AccessOwnWarnings {\n    warnings {\n      edges {\n        node {\n          id\n          summary\n          evidence {\n            indicator\n          }\n        }\n      }\n    }\n  }\n": types.AccessOwnWarningsDocument,
    "\n  query AccessWarningLevels {\n    warnings {\n      edges {\n        node {\n          id\n          level\n        }\n      }\n    }\n  }\n": types.AccessWarningLevelsDocument,
    "\n  mutation AccessAdvance($id: ID!) {\n    advanceWarning(warningId: $id, to: ASSESSED, note: \"研判\") {\n      id\n      status\n      transitions {\n        by {\n          id\n        }\n        at\n      }\n    }\n  }\n": types.AccessAdvanceDocument,
    "\n  query AssistanceCaseSummary($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      summary\n    }\n  }\n": types.AssistanceCaseSummaryDocument,
    "\n  mutation AssistanceCaseOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      summary\n      status\n      openedAt\n      closedAt\n      person {\n        id\n      }\n      openedBy {\n        id\n      }\n      closedBy {\n        id\n      }\n      taskForce {\n        id\n        member {\n          id\n        }\n        duty\n        lead\n        addedAt\n        addedBy {\n          id\n        }\n      }\n    }\n  }\n": types.AssistanceCaseOpenDocument,
    "\n  mutation AssistanceCaseAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      taskForce {\n        member {\n          id\n        }\n        duty\n        lead\n        addedBy {\n          id\n        }\n      }\n    }\n  }\n": types.AssistanceCaseAddMemberDocument,
    "\n  mutation AssistanceCaseClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      status\n      outcome\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n": types.AssistanceCaseCloseDocument,
    "\n  mutation AssistanceCaseAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n": types.AssistanceCaseAddMeasureDocument,
    "\n  mutation AssistanceCaseStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n    }\n  }\n": types.AssistanceCaseStartDocument,
    "\n  mutation AssistanceCaseReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n": types.AssistanceCaseReviewDocument,
    "\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n": types.CalendarTodayDocument,
    "\n  fragment CaseStatisticsFigures on AssistanceCaseFigures {\n    students\n    opened\n    graded\n    assisted\n    closed\n    suppressed\n  }\n": types.CaseStatisticsFiguresFragmentDoc,
    "\n  query CaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      from\n      to\n      total {\n        ...CaseStatisticsFigures\n      }\n      byYear {\n        year\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byKind {\n        kind\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byGrade {\n        grade\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byStatus {\n        status\n        cases\n        suppressed\n      }\n      overdueMeasuresByTier {\n        tier\n        measures\n      }\n    }\n  }\n": types.CaseStatisticsDocument,
    "\n  query CaseStatisticsList($f: AssistanceCaseFilter) {\n    assistanceCases(first: 100, filter: $f) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CaseStatisticsListDocument,
    "\n  query CaseStatisticsOverdue($f: OverdueMeasureFilter) {\n    overdueMeasures(first: 1, filter: $f) {\n      totalCount\n    }\n  }\n": types.CaseStatisticsOverdueDocument,
    "\n  mutation CaseStatisticsOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n": types.CaseStatisticsOpenDocument,
    "\n  mutation CaseStatisticsRecommend($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n    }\n  }\n": types.CaseStatisticsRecommendDocument,
    "\n  mutation CaseStatisticsConfirm($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n    }\n  }\n": types.CaseStatisticsConfirmDocument,
    "\n  mutation CaseStatisticsAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n": types.CaseStatisticsAddMemberDocument,
    "\n  mutation CaseStatisticsAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n": types.CaseStatisticsAddMeasureDocument,
    "\n  mutation CaseStatisticsStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n    }\n  }\n": types.CaseStatisticsStartDocument,
    "\n  mutation CaseStatisticsReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n": types.CaseStatisticsReviewDocument,
    "\n  mutation CaseStatisticsClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      status\n    }\n  }\n": types.CaseStatisticsCloseDocument,
    "\n  mutation NoticeAdvance($id: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $id, to: $to, note: $note) {\n      id\n      status\n    }\n  }\n": types.NoticeAdvanceDocument,
    "\n  mutation NoticeAssignMany($input: AssignWarningsInput!) {\n    assignWarnings(input: $input) {\n      id\n      status\n      assignee {\n        id\n      }\n    }\n  }\n": types.NoticeAssignManyDocument,
    "\n  mutation NoticeAdvanceMany($input: AdvanceWarningsInput!) {\n    advanceWarnings(input: $input) {\n      id\n      status\n    }\n  }\n": types.NoticeAdvanceManyDocument,
    "\n  query NoticeActions($id: ID!) {\n    warning(id: $id) {\n      id\n      availableActions\n    }\n  }\n": types.NoticeActionsDocument,
    "\n  query NoticeMine($unreadOnly: Boolean) {\n    unreadNotificationCount\n    myNotifications(first: 20, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          read\n          warningId\n          caseId\n          measureId\n          by {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.NoticeMineDocument,
    "\n  mutation NoticeMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.NoticeMarkReadDocument,
    "\n  mutation NoticeAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n": types.NoticeAddMemberDocument,
    "\n  mutation NoticeCloseToCase($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      id\n      status\n      cases {\n        id\n        source\n        kind\n      }\n    }\n  }\n": types.NoticeCloseToCaseDocument,
    "\n  mutation NoticeEscalate($asOf: DateTimeISO!) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n    }\n  }\n": types.NoticeEscalateDocument,
    "\n  mutation NoticeRecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      id\n      summary\n    }\n  }\n": types.NoticeRecordTalkDocument,
    "\n  query NoticeTalks($id: ID!) {\n    warning(id: $id) {\n      id\n      talks {\n        id\n        talkedAt\n        summary\n        by {\n          id\n        }\n      }\n    }\n  }\n": types.NoticeTalksDocument,
    "\n  fragment CaseworkTransition on CaseTransition {\n    from\n    to\n    by {\n      id\n    }\n    at\n    note\n  }\n": types.CaseworkTransitionFragmentDoc,
    "\n  fragment CaseworkTaskForce on AssistanceCase {\n    taskForce {\n      member {\n        id\n      }\n      lead\n    }\n    taskForceChanges {\n      member {\n        id\n      }\n      change\n      by {\n        id\n      }\n      at\n    }\n  }\n": types.CaseworkTaskForceFragmentDoc,
    "\n  mutation CaseworkOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkOpenDocument,
    "\n  mutation CaseworkOpenFromWarning($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      source\n      kind\n      status\n      warning {\n        id\n      }\n      grading {\n        score\n      }\n      plan {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n": types.CaseworkOpenFromWarningDocument,
    "\n  mutation CaseworkOpenSource($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      source\n      kind\n      warning {\n        id\n      }\n    }\n  }\n": types.CaseworkOpenSourceDocument,
    "\n  mutation CaseworkRecommend($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkRecommendDocument,
    "\n  mutation CaseworkRecommendScore($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      grading {\n        score\n        recommendedGrade\n      }\n    }\n  }\n": types.CaseworkRecommendScoreDocument,
    "\n  mutation CaseworkRecommendInFull($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      status\n      grading {\n        score\n        conditions\n        recommendedGrade\n        recommendedBy {\n          id\n        }\n        recommendedAt\n        confirmedGrade\n        confirmedBy {\n          id\n        }\n        confirmedAt\n        note\n      }\n    }\n  }\n": types.CaseworkRecommendInFullDocument,
    "\n  mutation CaseworkStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkStartDocument,
    "\n  mutation CaseworkConfirm($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkConfirmDocument,
    "\n  mutation CaseworkConfirmInFull($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n      grading {\n        recommendedGrade\n        confirmedGrade\n        confirmedBy {\n          id\n        }\n        confirmedAt\n        note\n      }\n    }\n  }\n": types.CaseworkConfirmInFullDocument,
    "\n  mutation CaseworkAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkAddMemberDocument,
    "\n  mutation CaseworkAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkAddMeasureDocument,
    "\n  mutation CaseworkAddMeasureInFull($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      description\n      responsible {\n        id\n      }\n      duty\n      dueOn\n      status\n      completedAt\n      overdue\n      escalations {\n        tier\n      }\n      case {\n        id\n      }\n    }\n  }\n": types.CaseworkAddMeasureInFullDocument,
    "\n  mutation CaseworkStartWithHistory($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n    }\n  }\n": types.CaseworkStartWithHistoryDocument,
    "\n  mutation CaseworkSetLeadTaskForce($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n": types.CaseworkSetLeadTaskForceDocument,
    "\n  mutation CaseworkRemoveMember($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkRemoveMemberDocument,
    "\n  mutation CaseworkSetLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkSetLeadDocument,
    "\n  mutation CaseworkAddMemberTaskForce($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n": types.CaseworkAddMemberTaskForceDocument,
    "\n  mutation CaseworkRemoveMemberTaskForce($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n": types.CaseworkRemoveMemberTaskForceDocument,
    "\n  mutation CaseworkUpdateMeasureTransitions($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      status\n      completedAt\n      transitions {\n        from\n        to\n        by {\n          id\n        }\n        at\n        note\n      }\n    }\n  }\n": types.CaseworkUpdateMeasureTransitionsDocument,
    "\n  mutation CaseworkUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkUpdateMeasureDocument,
    "\n  mutation CaseworkClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkCloseDocument,
    "\n  mutation CaseworkReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n": types.CaseworkReviewDocument,
    "\n  mutation CaseworkReviewNote($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      status\n      reviewNote\n    }\n  }\n": types.CaseworkReviewNoteDocument,
    "\n  mutation CaseworkCloseInFull($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n      outcome\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n": types.CaseworkCloseInFullDocument,
    "\n  query CaseworkCases($f: AssistanceCaseFilter, $first: Int, $after: String) {\n    assistanceCases(first: $first, after: $after, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseworkCasesDocument,
    "\n  query CaseworkOwnGrading($f: AssistanceCaseFilter) {\n    assistanceCases(filter: $f) {\n      edges {\n        node {\n          summary\n          grading {\n            score\n            conditions\n            confirmedGrade\n          }\n        }\n      }\n    }\n  }\n": types.CaseworkOwnGradingDocument,
    "\n  query CaseworkGrades($f: AssistanceCaseFilter) {\n    assistanceCases(filter: $f) {\n      edges {\n        node {\n          id\n          status\n          grading {\n            score\n            recommendedGrade\n            confirmedGrade\n            recommendedBy {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseworkGradesDocument,
    "\n  query CaseworkCaseGrading($id: ID!) {\n    assistanceCase(id: $id) {\n      grading {\n        score\n        recommendedGrade\n      }\n    }\n  }\n": types.CaseworkCaseGradingDocument,
    "\n  query CaseworkGradingConditions {\n    gradingConditions {\n      code\n      label\n      weight\n    }\n  }\n": types.CaseworkGradingConditionsDocument,
    "\n  mutation EngineCreateRule($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      id\n      currentVersion {\n        id\n      }\n    }\n  }\n": types.EngineCreateRuleDocument,
    "\n  mutation EnginePublishRule($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      currentVersion {\n        id\n        version\n      }\n    }\n  }\n": types.EnginePublishRuleDocument,
    "\n  mutation EngineSwitchRuleOff($id: ID!) {\n    setWarningRuleActive(ruleId: $id, active: false) {\n      id\n    }\n  }\n": types.EngineSwitchRuleOffDocument,
    "\n  mutation EngineRun($asOf: DateTimeISO) {\n    runWarningEngine(asOf: $asOf) {\n      id\n      asOf\n      rulesEvaluated\n      raised\n      alreadyOpen\n      startedAt\n      finishedAt\n    }\n  }\n": types.EngineRunDocument,
    "\n  query EngineWarningRuleVersions($first: Int!) {\n    warnings(first: $first) {\n      edges {\n        node {\n          ruleVersion {\n            version\n            rule {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EngineWarningRuleVersionsDocument,
    "\n  query EngineDemoRules {\n    warningRules(first: 10) {\n      edges {\n        node {\n          code\n          active\n          currentVersion {\n            version\n            description\n          }\n        }\n      }\n    }\n  }\n": types.EngineDemoRulesDocument,
    "\n  query EngineRuleCode($id: ID!) {\n    warningRule(id: $id) {\n      code\n    }\n  }\n": types.EngineRuleCodeDocument,
    "\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n": types.EscalationRunDocument,
    "\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n": types.EscalationOfWarningDocument,
    "\n  query EvalWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n      person {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n": types.EvalWarningDocument,
    "\n  query EvalNextStatuses($id: ID!) {\n    warning(id: $id) {\n      nextStatuses\n    }\n  }\n": types.EvalNextStatusesDocument,
    "\n  query EvalWarningId($id: ID!) {\n    warning(id: $id) {\n      id\n    }\n  }\n": types.EvalWarningIdDocument,
    "\n  query EvalOwnWarning($id: ID!) {\n    warning(id: $id) {\n      id\n      transitions {\n        from\n      }\n    }\n  }\n": types.EvalOwnWarningDocument,
    "\n  query EvalWarningSummary($id: ID!) {\n    warning(id: $id) {\n      id\n      summary\n    }\n  }\n": types.EvalWarningSummaryDocument,
    "\n  query EvalWarningOutcome($id: ID!) {\n    warning(id: $id) {\n      status\n      outcome\n      transitions {\n        from\n        to\n      }\n    }\n  }\n": types.EvalWarningOutcomeDocument,
    "\n  query EvalWarningsPage($after: String) {\n    warnings(first: 7, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          raisedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EvalWarningsPageDocument,
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
    "\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": types.IndicatorIngestDocument,
    "\n  query QueueScheduledJobs {\n    scheduledJobs {\n      name\n      nextRunAt\n      lastRun {\n        id\n        queueJobId\n        attempt\n        maxAttempts\n        succeeded\n        summary\n      }\n      queued {\n        id\n        trigger\n        state\n        runAfter\n        attempt\n        maxAttempts\n        lastError\n      }\n      failures {\n        id\n        queueJobId\n        trigger\n        attempt\n        maxAttempts\n        startedAt\n        finishedAt\n        succeeded\n        summary\n      }\n    }\n  }\n": types.QueueScheduledJobsDocument,
    "\n  mutation QueueRunJob($name: String!) {\n    runJob(name: $name) {\n      id\n      job\n      queueJobId\n      trigger\n      startedByName\n      attempt\n      maxAttempts\n      scheduledFor\n      succeeded\n      summary\n    }\n  }\n": types.QueueRunJobDocument,
    "\n  query ScheduledJobs {\n    scheduledJobs {\n      name\n      everySeconds\n      lastRun {\n        id\n        trigger\n        startedByName\n        startedAt\n        finishedAt\n        succeeded\n        summary\n      }\n    }\n  }\n": types.ScheduledJobsDocument,
    "\n  mutation RunJob($name: String!) {\n    runJob(name: $name) {\n      id\n      job\n      trigger\n      startedByName\n      succeeded\n      summary\n    }\n  }\n": types.RunJobDocument,
    "\n  query MhCaseList($f: AssistanceCaseFilter) {\n    assistanceCases(first: 50, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.MhCaseListDocument,
    "\n  query MhCaseDetail($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      kind\n      taskForce {\n        member {\n          id\n        }\n      }\n      plan {\n        id\n        case {\n          id\n        }\n      }\n    }\n  }\n": types.MhCaseDetailDocument,
    "\n  query MhCaseOverdue {\n    overdueMeasures(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MhCaseOverdueDocument,
    "\n  query MhCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      total {\n        opened\n        suppressed\n      }\n      byKind {\n        kind\n        figures {\n          opened\n          suppressed\n        }\n      }\n      overdueMeasuresByTier {\n        measures\n      }\n    }\n  }\n": types.MhCaseStatisticsDocument,
    "\n  mutation MhCaseOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      kind\n      warning {\n        id\n      }\n    }\n  }\n": types.MhCaseOpenDocument,
    "\n  mutation MhCaseSetLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n    }\n  }\n": types.MhCaseSetLeadDocument,
    "\n  mutation MhCaseAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n": types.MhCaseAddMemberDocument,
    "\n  mutation MhCaseAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n": types.MhCaseAddMeasureDocument,
    "\n  mutation MhCaseUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n    }\n  }\n": types.MhCaseUpdateMeasureDocument,
    "\n  mutation MhCaseReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n": types.MhCaseReviewDocument,
    "\n  mutation ReferralRefer($input: ReferToPsychologyInput!) {\n    referToPsychology(input: $input) {\n      id\n      category\n      note\n      status\n      referredAt\n      closedAt\n      person {\n        id\n      }\n      referredTo {\n        id\n      }\n      referredBy {\n        id\n      }\n      closedBy {\n        id\n      }\n    }\n  }\n": types.ReferralReferDocument,
    "\n  query ReferralMine {\n    myReferrals {\n      id\n      status\n      person {\n        id\n      }\n    }\n  }\n": types.ReferralMineDocument,
    "\n  mutation ReferralClose($id: ID!, $note: String) {\n    closeReferral(id: $id, note: $note) {\n      id\n      status\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n": types.ReferralCloseDocument,
    "\n    fragment OutcomeFigureFields on OutcomeFigures {\n      warnings\n      closed\n      medianDaysToClose\n      meanDaysToClose\n    }\n  ": types.OutcomeFigureFieldsFragmentDoc,
    "\n    query OutcomeReport($from: DateTimeISO!, $to: DateTimeISO!) {\n      resourceOutcomeReport(from: $from, to: $to) {\n        resourceKind\n        warningCategory\n        tookUp {\n          ...OutcomeFigureFields\n        }\n        didNotTakeUp {\n          ...OutcomeFigureFields\n        }\n      }\n    }\n  ": types.OutcomeReportDocument,
    "\n    mutation OutcomePushResources {\n      pushResources(asOf: \"2025-04-10T00:00:00.000Z\") {\n        pushed\n      }\n    }\n  ": types.OutcomePushResourcesDocument,
    "\n    mutation OutcomeMarkPushRead($id: ID!) {\n      markPushRead(pushId: $id) {\n        id\n      }\n    }\n  ": types.OutcomeMarkPushReadDocument,
    "\n    mutation OutcomeCreateResource($input: CreateResourceInput!) {\n      createResource(input: $input) {\n        id\n      }\n    }\n  ": types.OutcomeCreateResourceDocument,
    "\n    mutation OutcomeCreateResourceRule($input: CreateResourceRuleInput!) {\n      createResourceRule(input: $input) {\n        id\n      }\n    }\n  ": types.OutcomeCreateResourceRuleDocument,
    "\n    mutation OutcomeRecordUptake($id: ID!) {\n      recordUptake(input: { pushId: $id, note: \"去了\" }) {\n        uptakeAt\n      }\n    }\n  ": types.OutcomeRecordUptakeDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    kind\n    title\n    description\n    provider\n    location\n    url\n    active\n    createdAt\n  }\n": types.ResourceFieldsFragmentDoc,
    "\n  fragment ResourcePushState on ResourcePush {\n    id\n    readAt\n    uptakeAt\n    uptakeNote\n  }\n": types.ResourcePushStateFragmentDoc,
    "\n  mutation ResourceCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.ResourceCreateDocument,
    "\n  mutation ResourceUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.ResourceUpdateDocument,
    "\n  mutation ResourceCreateRule($input: CreateResourceRuleInput!) {\n    createResourceRule(input: $input) {\n      id\n      warningCategory\n      minLevel\n      caseKind\n      active\n      resource {\n        id\n      }\n    }\n  }\n": types.ResourceCreateRuleDocument,
    "\n  mutation ResourceRuleOff($id: ID!) {\n    setResourceRuleActive(id: $id, active: false) {\n      active\n    }\n  }\n": types.ResourceRuleOffDocument,
    "\n  mutation ResourcePush($asOf: DateTimeISO) {\n    pushResources(asOf: $asOf) {\n      pushed\n      asOf\n    }\n  }\n": types.ResourcePushDocument,
    "\n  mutation ResourceOpenCase($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n": types.ResourceOpenCaseDocument,
    "\n  query ResourceStarterCatalogue {\n    resources(first: 100) {\n      totalCount\n      edges {\n        node {\n          kind\n          rules {\n            warningCategory\n            minLevel\n            caseKind\n          }\n        }\n      }\n    }\n  }\n": types.ResourceStarterCatalogueDocument,
    "\n  query ResourceList($f: ResourceFilter) {\n    resources(first: 10, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ResourceListDocument,
    "\n  query ResourcesOfKind($kind: ResourceKind!) {\n    resources(first: 10, filter: { kind: $kind }) {\n      edges {\n        node {\n          id\n          active\n        }\n      }\n    }\n  }\n": types.ResourcesOfKindDocument,
    "\n  mutation ResourceMarkRead($id: ID!) {\n    markPushRead(pushId: $id) {\n      ...ResourcePushState\n    }\n  }\n": types.ResourceMarkReadDocument,
    "\n  mutation ResourceRecordUptake($input: RecordUptakeInput!) {\n    recordUptake(input: $input) {\n      ...ResourcePushState\n    }\n  }\n": types.ResourceRecordUptakeDocument,
    "\n  fragment ResourceInboxOfPerson on Person {\n    id\n    unreadInboxCount\n    inbox(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          pushedAt\n          readAt\n          uptakeAt\n          uptakeNote\n          resource {\n            id\n            title\n            kind\n          }\n          warning {\n            id\n          }\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ResourceInboxOfPersonFragmentDoc,
    "\n  query SupervisionBoard($first: Int, $after: String, $filter: OverdueMeasureFilter) {\n    overdueMeasures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          dueOn\n          status\n          overdue\n          responsible {\n            id\n          }\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionBoardDocument,
    "\n  mutation SupervisionEscalate($asOf: LocalDate) {\n    escalateOverdueMeasures(asOf: $asOf) {\n      asOf\n      escalated\n    }\n  }\n": types.SupervisionEscalateDocument,
    "\n  query SupervisionPlanEscalations($id: ID!) {\n    assistanceCase(id: $id) {\n      plan {\n        id\n        overdue\n        escalations {\n          tier\n          dueOn\n          at\n        }\n      }\n    }\n  }\n": types.SupervisionPlanEscalationsDocument,
    "\n  query SupervisionDemoCases {\n    assistanceCases(first: 50) {\n      totalCount\n      edges {\n        node {\n          status\n          source\n          warning {\n            id\n          }\n          grading {\n            recommendedGrade\n            confirmedGrade\n          }\n          plan {\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionDemoCasesDocument,
    "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n": types.CareScopeOfDocument,
    "\n  query WarningIds($first: Int! = 20, $after: String, $filter: WarningFilter) {\n    warnings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.WarningIdsDocument,
    "\n  query CaseId($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n    }\n  }\n": types.CaseIdDocument,
    "\n  mutation IngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          message\n        }\n      }\n    }\n  }\n": types.IngestIndicatorsDocument,
    "\n  fragment TermEvalSchemeFields on EvaluationScheme {\n    id\n    term\n    isDefault\n    pointsForFullMarks\n    weights {\n      domain\n      weight\n    }\n    updatedBy {\n      id\n    }\n    updatedAt\n  }\n": types.TermEvalSchemeFieldsFragmentDoc,
    "\n  mutation TermEvalSetScheme($input: SetEvaluationSchemeInput!) {\n    setEvaluationScheme(input: $input) {\n      ...TermEvalSchemeFields\n    }\n  }\n": types.TermEvalSetSchemeDocument,
    "\n  query TermEvalScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      ...TermEvalSchemeFields\n    }\n  }\n": types.TermEvalSchemeDocument,
    "\n  query TermEvalSchemeId($t: String!) {\n    evaluationScheme(term: $t) {\n      id\n    }\n  }\n": types.TermEvalSchemeIdDocument,
    "\n  query TermEvalSchemeWeights($t: String!) {\n    evaluationScheme(term: $t) {\n      pointsForFullMarks\n      weights {\n        weight\n      }\n    }\n  }\n": types.TermEvalSchemeWeightsDocument,
    "\n  fragment TermEvalPersonEvaluation on Person {\n    id\n    evaluation(term: $term) {\n      term\n      total\n      domains {\n        domain\n        points\n        score\n        weight\n        weighted\n      }\n      scheme {\n        ...TermEvalSchemeFields\n      }\n    }\n  }\n": types.TermEvalPersonEvaluationFragmentDoc,
    "\n  query UnitCaseOverdue($f: OverdueMeasureFilter) {\n    overdueMeasures(first: 1, filter: $f) {\n      totalCount\n    }\n  }\n": types.UnitCaseOverdueDocument,
    "\n  mutation QueueAssign($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n    }\n  }\n": types.QueueAssignDocument,
    "\n  query QueueWarnings(\n    $first: Int! = 20\n    $after: String\n    $filter: WarningFilter\n    $orderBy: WarningOrder! = RAISED_AT\n  ) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          escalationTier\n          assignee {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QueueWarningsDocument,
    "\n  query QueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n": types.QueueSummaryDocument,
    "\n  fragment RuleFields on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      version\n      windowDays\n      summaryTemplate\n      description\n      publishedBy {\n        id\n      }\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n    versions {\n      id\n      version\n      windowDays\n      description\n      conditions {\n        indicator\n        aggregate\n        operator\n        threshold\n      }\n    }\n  }\n": types.RuleFieldsFragmentDoc,
    "\n  mutation RuleCreate($input: CreateWarningRuleInput!) {\n    createWarningRule(input: $input) {\n      ...RuleFields\n    }\n  }\n": types.RuleCreateDocument,
    "\n  mutation RulePublish($id: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $id, input: $input) {\n      ...RuleFields\n    }\n  }\n": types.RulePublishDocument,
    "\n  query RuleOne($id: ID!) {\n    warningRule(id: $id) {\n      ...RuleFields\n    }\n  }\n": types.RuleOneDocument,
    "\n  query RuleVersionNumbers($id: ID!) {\n    warningRule(id: $id) {\n      currentVersion {\n        version\n      }\n      versions {\n        version\n      }\n    }\n  }\n": types.RuleVersionNumbersDocument,
    "\n  query RuleList {\n    warningRules(first: 10) {\n      totalCount\n      edges {\n        node {\n          code\n          currentVersion {\n            description\n          }\n        }\n      }\n    }\n  }\n": types.RuleListDocument,
    "\n  mutation RuleSetActive($id: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.RuleSetActiveDocument,
    "\n  query RuleBacktest($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        person {\n          id\n        }\n        candidate\n        current\n      }\n    }\n  }\n": types.RuleBacktestDocument,
    "\n  mutation RuleIngestHistory($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n      }\n    }\n  }\n": types.RuleIngestHistoryDocument,
    "\n  query WarningStatisticsAll($from: DateTimeISO!, $to: DateTimeISO!) {\n    warningStatistics(from: $from, to: $to) {\n      from\n      to\n      total {\n        ...WarningFigureFields\n      }\n      byMonth {\n        month\n        figures {\n          ...WarningFigureFields\n        }\n      }\n      byCategory {\n        category\n        figures {\n          ...WarningFigureFields\n        }\n      }\n      byLevel {\n        level\n        figures {\n          ...WarningFigureFields\n        }\n        medianHoursToClose\n        meanHoursToClose\n      }\n    }\n  }\n  fragment WarningFigureFields on WarningFigures {\n    students\n    raised\n    handled\n    closed\n    overdue\n    suppressed\n  }\n": types.WarningStatisticsAllDocument,
    "\n  query WarningStatisticsCellLists(\n    $raised: WarningFilter!\n    $handled: WarningFilter!\n    $closed: WarningFilter!\n    $overdue: WarningFilter!\n  ) {\n    raised: warnings(first: 100, filter: $raised) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n    handled: warnings(first: 1, filter: $handled) {\n      totalCount\n    }\n    closed: warnings(first: 1, filter: $closed) {\n      totalCount\n    }\n    overdue: warnings(first: 1, filter: $overdue) {\n      totalCount\n    }\n  }\n": types.WarningStatisticsCellListsDocument,
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
export function graphql(source: "\n  fragment AccessWarningDetail on Warning {\n    id\n    level\n    summary\n    evidence {\n      indicator\n      value\n      threshold\n    }\n    person {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AccessWarningDetail on Warning {\n    id\n    level\n    summary\n    evidence {\n      indicator\n      value\n      threshold\n    }\n    person {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessWarningFields($id: ID!) {\n    warning(id: $id) {\n      ...AccessWarningDetail\n    }\n  }\n"): (typeof documents)["\n  query AccessWarningFields($id: ID!) {\n    warning(id: $id) {\n      ...AccessWarningDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessSeveralWarnings($a: ID!, $a2: ID!, $b: ID!) {\n    a: warning(id: $a) {\n      ...AccessWarningDetail\n    }\n    again: warning(id: $a) {\n      summary\n    }\n    a2: warning(id: $a2) {\n      summary\n    }\n    b: warning(id: $b) {\n      summary\n    }\n  }\n"): (typeof documents)["\n  query AccessSeveralWarnings($a: ID!, $a2: ID!, $b: ID!) {\n    a: warning(id: $a) {\n      ...AccessWarningDetail\n    }\n    again: warning(id: $a) {\n      summary\n    }\n    a2: warning(id: $a2) {\n      summary\n    }\n    b: warning(id: $b) {\n      summary\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AccessAdvance($id: ID!) {\n    advanceWarning(warningId: $id, to: ASSESSED, note: \"研判\") {\n      id\n      status\n      transitions {\n        by {\n          id\n        }\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessAdvance($id: ID!) {\n    advanceWarning(warningId: $id, to: ASSESSED, note: \"研判\") {\n      id\n      status\n      transitions {\n        by {\n          id\n        }\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceCaseSummary($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      summary\n    }\n  }\n"): (typeof documents)["\n  query AssistanceCaseSummary($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceCaseOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      summary\n      status\n      openedAt\n      closedAt\n      person {\n        id\n      }\n      openedBy {\n        id\n      }\n      closedBy {\n        id\n      }\n      taskForce {\n        id\n        member {\n          id\n        }\n        duty\n        lead\n        addedAt\n        addedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssistanceCaseOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      summary\n      status\n      openedAt\n      closedAt\n      person {\n        id\n      }\n      openedBy {\n        id\n      }\n      closedBy {\n        id\n      }\n      taskForce {\n        id\n        member {\n          id\n        }\n        duty\n        lead\n        addedAt\n        addedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceCaseAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      taskForce {\n        member {\n          id\n        }\n        duty\n        lead\n        addedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssistanceCaseAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      taskForce {\n        member {\n          id\n        }\n        duty\n        lead\n        addedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceCaseClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      status\n      outcome\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssistanceCaseClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      status\n      outcome\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceCaseAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssistanceCaseAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceCaseStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssistanceCaseStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceCaseReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssistanceCaseReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n"): (typeof documents)["\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStatisticsFigures on AssistanceCaseFigures {\n    students\n    opened\n    graded\n    assisted\n    closed\n    suppressed\n  }\n"): (typeof documents)["\n  fragment CaseStatisticsFigures on AssistanceCaseFigures {\n    students\n    opened\n    graded\n    assisted\n    closed\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      from\n      to\n      total {\n        ...CaseStatisticsFigures\n      }\n      byYear {\n        year\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byKind {\n        kind\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byGrade {\n        grade\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byStatus {\n        status\n        cases\n        suppressed\n      }\n      overdueMeasuresByTier {\n        tier\n        measures\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      from\n      to\n      total {\n        ...CaseStatisticsFigures\n      }\n      byYear {\n        year\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byKind {\n        kind\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byGrade {\n        grade\n        figures {\n          ...CaseStatisticsFigures\n        }\n      }\n      byStatus {\n        status\n        cases\n        suppressed\n      }\n      overdueMeasuresByTier {\n        tier\n        measures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStatisticsList($f: AssistanceCaseFilter) {\n    assistanceCases(first: 100, filter: $f) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStatisticsList($f: AssistanceCaseFilter) {\n    assistanceCases(first: 100, filter: $f) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStatisticsOverdue($f: OverdueMeasureFilter) {\n    overdueMeasures(first: 1, filter: $f) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CaseStatisticsOverdue($f: OverdueMeasureFilter) {\n    overdueMeasures(first: 1, filter: $f) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseStatisticsOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CaseStatisticsOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseStatisticsRecommend($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CaseStatisticsRecommend($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseStatisticsConfirm($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CaseStatisticsConfirm($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseStatisticsAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CaseStatisticsAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseStatisticsAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CaseStatisticsAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseStatisticsStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CaseStatisticsStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseStatisticsReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CaseStatisticsReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseStatisticsClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseStatisticsClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeAdvance($id: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $id, to: $to, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeAdvance($id: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $id, to: $to, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeAssignMany($input: AssignWarningsInput!) {\n    assignWarnings(input: $input) {\n      id\n      status\n      assignee {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeAssignMany($input: AssignWarningsInput!) {\n    assignWarnings(input: $input) {\n      id\n      status\n      assignee {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeAdvanceMany($input: AdvanceWarningsInput!) {\n    advanceWarnings(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeAdvanceMany($input: AdvanceWarningsInput!) {\n    advanceWarnings(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeActions($id: ID!) {\n    warning(id: $id) {\n      id\n      availableActions\n    }\n  }\n"): (typeof documents)["\n  query NoticeActions($id: ID!) {\n    warning(id: $id) {\n      id\n      availableActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeMine($unreadOnly: Boolean) {\n    unreadNotificationCount\n    myNotifications(first: 20, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          read\n          warningId\n          caseId\n          measureId\n          by {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeMine($unreadOnly: Boolean) {\n    unreadNotificationCount\n    myNotifications(first: 20, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          read\n          warningId\n          caseId\n          measureId\n          by {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation NoticeMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeCloseToCase($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      id\n      status\n      cases {\n        id\n        source\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeCloseToCase($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      id\n      status\n      cases {\n        id\n        source\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeEscalate($asOf: DateTimeISO!) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeEscalate($asOf: DateTimeISO!) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeRecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      id\n      summary\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeRecordTalk($input: RecordTalkInput!) {\n    recordTalk(input: $input) {\n      id\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeTalks($id: ID!) {\n    warning(id: $id) {\n      id\n      talks {\n        id\n        talkedAt\n        summary\n        by {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeTalks($id: ID!) {\n    warning(id: $id) {\n      id\n      talks {\n        id\n        talkedAt\n        summary\n        by {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseworkTransition on CaseTransition {\n    from\n    to\n    by {\n      id\n    }\n    at\n    note\n  }\n"): (typeof documents)["\n  fragment CaseworkTransition on CaseTransition {\n    from\n    to\n    by {\n      id\n    }\n    at\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseworkTaskForce on AssistanceCase {\n    taskForce {\n      member {\n        id\n      }\n      lead\n    }\n    taskForceChanges {\n      member {\n        id\n      }\n      change\n      by {\n        id\n      }\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment CaseworkTaskForce on AssistanceCase {\n    taskForce {\n      member {\n        id\n      }\n      lead\n    }\n    taskForceChanges {\n      member {\n        id\n      }\n      change\n      by {\n        id\n      }\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkOpenFromWarning($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      source\n      kind\n      status\n      warning {\n        id\n      }\n      grading {\n        score\n      }\n      plan {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkOpenFromWarning($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      source\n      kind\n      status\n      warning {\n        id\n      }\n      grading {\n        score\n      }\n      plan {\n        id\n      }\n      transitions {\n        from\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkOpenSource($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      source\n      kind\n      warning {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkOpenSource($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      source\n      kind\n      warning {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkRecommend($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkRecommend($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkRecommendScore($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      grading {\n        score\n        recommendedGrade\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkRecommendScore($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      grading {\n        score\n        recommendedGrade\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkRecommendInFull($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      status\n      grading {\n        score\n        conditions\n        recommendedGrade\n        recommendedBy {\n          id\n        }\n        recommendedAt\n        confirmedGrade\n        confirmedBy {\n          id\n        }\n        confirmedAt\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkRecommendInFull($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      status\n      grading {\n        score\n        conditions\n        recommendedGrade\n        recommendedBy {\n          id\n        }\n        recommendedAt\n        confirmedGrade\n        confirmedBy {\n          id\n        }\n        confirmedAt\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkStart($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkConfirm($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkConfirm($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkConfirmInFull($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n      grading {\n        recommendedGrade\n        confirmedGrade\n        confirmedBy {\n          id\n        }\n        confirmedAt\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkConfirmInFull($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n      grading {\n        recommendedGrade\n        confirmedGrade\n        confirmedBy {\n          id\n        }\n        confirmedAt\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkAddMeasureInFull($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      description\n      responsible {\n        id\n      }\n      duty\n      dueOn\n      status\n      completedAt\n      overdue\n      escalations {\n        tier\n      }\n      case {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkAddMeasureInFull($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      description\n      responsible {\n        id\n      }\n      duty\n      dueOn\n      status\n      completedAt\n      overdue\n      escalations {\n        tier\n      }\n      case {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkStartWithHistory($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkStartWithHistory($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkSetLeadTaskForce($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkSetLeadTaskForce($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkRemoveMember($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkRemoveMember($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkSetLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkSetLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkAddMemberTaskForce($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkAddMemberTaskForce($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkRemoveMemberTaskForce($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkRemoveMemberTaskForce($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      ...CaseworkTaskForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkUpdateMeasureTransitions($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      status\n      completedAt\n      transitions {\n        from\n        to\n        by {\n          id\n        }\n        at\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkUpdateMeasureTransitions($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      status\n      completedAt\n      transitions {\n        from\n        to\n        by {\n          id\n        }\n        at\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkClose($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkReviewNote($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      status\n      reviewNote\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkReviewNote($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      status\n      reviewNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkCloseInFull($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n      outcome\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkCloseInFull($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      status\n      transitions {\n        ...CaseworkTransition\n      }\n      outcome\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseworkCases($f: AssistanceCaseFilter, $first: Int, $after: String) {\n    assistanceCases(first: $first, after: $after, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseworkCases($f: AssistanceCaseFilter, $first: Int, $after: String) {\n    assistanceCases(first: $first, after: $after, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseworkOwnGrading($f: AssistanceCaseFilter) {\n    assistanceCases(filter: $f) {\n      edges {\n        node {\n          summary\n          grading {\n            score\n            conditions\n            confirmedGrade\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseworkOwnGrading($f: AssistanceCaseFilter) {\n    assistanceCases(filter: $f) {\n      edges {\n        node {\n          summary\n          grading {\n            score\n            conditions\n            confirmedGrade\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseworkGrades($f: AssistanceCaseFilter) {\n    assistanceCases(filter: $f) {\n      edges {\n        node {\n          id\n          status\n          grading {\n            score\n            recommendedGrade\n            confirmedGrade\n            recommendedBy {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseworkGrades($f: AssistanceCaseFilter) {\n    assistanceCases(filter: $f) {\n      edges {\n        node {\n          id\n          status\n          grading {\n            score\n            recommendedGrade\n            confirmedGrade\n            recommendedBy {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseworkCaseGrading($id: ID!) {\n    assistanceCase(id: $id) {\n      grading {\n        score\n        recommendedGrade\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseworkCaseGrading($id: ID!) {\n    assistanceCase(id: $id) {\n      grading {\n        score\n        recommendedGrade\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseworkGradingConditions {\n    gradingConditions {\n      code\n      label\n      weight\n    }\n  }\n"): (typeof documents)["\n  query CaseworkGradingConditions {\n    gradingConditions {\n      code\n      label\n      weight\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueScheduledJobs {\n    scheduledJobs {\n      name\n      nextRunAt\n      lastRun {\n        id\n        queueJobId\n        attempt\n        maxAttempts\n        succeeded\n        summary\n      }\n      queued {\n        id\n        trigger\n        state\n        runAfter\n        attempt\n        maxAttempts\n        lastError\n      }\n      failures {\n        id\n        queueJobId\n        trigger\n        attempt\n        maxAttempts\n        startedAt\n        finishedAt\n        succeeded\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueScheduledJobs {\n    scheduledJobs {\n      name\n      nextRunAt\n      lastRun {\n        id\n        queueJobId\n        attempt\n        maxAttempts\n        succeeded\n        summary\n      }\n      queued {\n        id\n        trigger\n        state\n        runAfter\n        attempt\n        maxAttempts\n        lastError\n      }\n      failures {\n        id\n        queueJobId\n        trigger\n        attempt\n        maxAttempts\n        startedAt\n        finishedAt\n        succeeded\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueRunJob($name: String!) {\n    runJob(name: $name) {\n      id\n      job\n      queueJobId\n      trigger\n      startedByName\n      attempt\n      maxAttempts\n      scheduledFor\n      succeeded\n      summary\n    }\n  }\n"): (typeof documents)["\n  mutation QueueRunJob($name: String!) {\n    runJob(name: $name) {\n      id\n      job\n      queueJobId\n      trigger\n      startedByName\n      attempt\n      maxAttempts\n      scheduledFor\n      succeeded\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledJobs {\n    scheduledJobs {\n      name\n      everySeconds\n      lastRun {\n        id\n        trigger\n        startedByName\n        startedAt\n        finishedAt\n        succeeded\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduledJobs {\n    scheduledJobs {\n      name\n      everySeconds\n      lastRun {\n        id\n        trigger\n        startedByName\n        startedAt\n        finishedAt\n        succeeded\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunJob($name: String!) {\n    runJob(name: $name) {\n      id\n      job\n      trigger\n      startedByName\n      succeeded\n      summary\n    }\n  }\n"): (typeof documents)["\n  mutation RunJob($name: String!) {\n    runJob(name: $name) {\n      id\n      job\n      trigger\n      startedByName\n      succeeded\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MhCaseList($f: AssistanceCaseFilter) {\n    assistanceCases(first: 50, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MhCaseList($f: AssistanceCaseFilter) {\n    assistanceCases(first: 50, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MhCaseDetail($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      kind\n      taskForce {\n        member {\n          id\n        }\n      }\n      plan {\n        id\n        case {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MhCaseDetail($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      kind\n      taskForce {\n        member {\n          id\n        }\n      }\n      plan {\n        id\n        case {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MhCaseOverdue {\n    overdueMeasures(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MhCaseOverdue {\n    overdueMeasures(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          case {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MhCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      total {\n        opened\n        suppressed\n      }\n      byKind {\n        kind\n        figures {\n          opened\n          suppressed\n        }\n      }\n      overdueMeasuresByTier {\n        measures\n      }\n    }\n  }\n"): (typeof documents)["\n  query MhCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    assistanceCaseStatistics(from: $from, to: $to) {\n      total {\n        opened\n        suppressed\n      }\n      byKind {\n        kind\n        figures {\n          opened\n          suppressed\n        }\n      }\n      overdueMeasuresByTier {\n        measures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MhCaseOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      kind\n      warning {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MhCaseOpen($input: OpenAssistanceCaseInput!) {\n    openAssistanceCase(input: $input) {\n      id\n      kind\n      warning {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MhCaseSetLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MhCaseSetLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MhCaseAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MhCaseAddMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MhCaseAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MhCaseAddMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MhCaseUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MhCaseUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MhCaseReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MhCaseReview($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferralRefer($input: ReferToPsychologyInput!) {\n    referToPsychology(input: $input) {\n      id\n      category\n      note\n      status\n      referredAt\n      closedAt\n      person {\n        id\n      }\n      referredTo {\n        id\n      }\n      referredBy {\n        id\n      }\n      closedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReferralRefer($input: ReferToPsychologyInput!) {\n    referToPsychology(input: $input) {\n      id\n      category\n      note\n      status\n      referredAt\n      closedAt\n      person {\n        id\n      }\n      referredTo {\n        id\n      }\n      referredBy {\n        id\n      }\n      closedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralMine {\n    myReferrals {\n      id\n      status\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralMine {\n    myReferrals {\n      id\n      status\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferralClose($id: ID!, $note: String) {\n    closeReferral(id: $id, note: $note) {\n      id\n      status\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReferralClose($id: ID!, $note: String) {\n    closeReferral(id: $id, note: $note) {\n      id\n      status\n      closedAt\n      closedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment OutcomeFigureFields on OutcomeFigures {\n      warnings\n      closed\n      medianDaysToClose\n      meanDaysToClose\n    }\n  "): (typeof documents)["\n    fragment OutcomeFigureFields on OutcomeFigures {\n      warnings\n      closed\n      medianDaysToClose\n      meanDaysToClose\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query OutcomeReport($from: DateTimeISO!, $to: DateTimeISO!) {\n      resourceOutcomeReport(from: $from, to: $to) {\n        resourceKind\n        warningCategory\n        tookUp {\n          ...OutcomeFigureFields\n        }\n        didNotTakeUp {\n          ...OutcomeFigureFields\n        }\n      }\n    }\n  "): (typeof documents)["\n    query OutcomeReport($from: DateTimeISO!, $to: DateTimeISO!) {\n      resourceOutcomeReport(from: $from, to: $to) {\n        resourceKind\n        warningCategory\n        tookUp {\n          ...OutcomeFigureFields\n        }\n        didNotTakeUp {\n          ...OutcomeFigureFields\n        }\n      }\n    }\n  "];
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
export function graphql(source: "\n  fragment ResourceFields on Resource {\n    id\n    kind\n    title\n    description\n    provider\n    location\n    url\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ResourceFields on Resource {\n    id\n    kind\n    title\n    description\n    provider\n    location\n    url\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourcePushState on ResourcePush {\n    id\n    readAt\n    uptakeAt\n    uptakeNote\n  }\n"): (typeof documents)["\n  fragment ResourcePushState on ResourcePush {\n    id\n    readAt\n    uptakeAt\n    uptakeNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query ResourcesOfKind($kind: ResourceKind!) {\n    resources(first: 10, filter: { kind: $kind }) {\n      edges {\n        node {\n          id\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesOfKind($kind: ResourceKind!) {\n    resources(first: 10, filter: { kind: $kind }) {\n      edges {\n        node {\n          id\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceMarkRead($id: ID!) {\n    markPushRead(pushId: $id) {\n      ...ResourcePushState\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceMarkRead($id: ID!) {\n    markPushRead(pushId: $id) {\n      ...ResourcePushState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceRecordUptake($input: RecordUptakeInput!) {\n    recordUptake(input: $input) {\n      ...ResourcePushState\n    }\n  }\n"): (typeof documents)["\n  mutation ResourceRecordUptake($input: RecordUptakeInput!) {\n    recordUptake(input: $input) {\n      ...ResourcePushState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceInboxOfPerson on Person {\n    id\n    unreadInboxCount\n    inbox(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          pushedAt\n          readAt\n          uptakeAt\n          uptakeNote\n          resource {\n            id\n            title\n            kind\n          }\n          warning {\n            id\n          }\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ResourceInboxOfPerson on Person {\n    id\n    unreadInboxCount\n    inbox(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          pushedAt\n          readAt\n          uptakeAt\n          uptakeNote\n          resource {\n            id\n            title\n            kind\n          }\n          warning {\n            id\n          }\n          person {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n"): (typeof documents)["\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningIds($first: Int! = 20, $after: String, $filter: WarningFilter) {\n    warnings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningIds($first: Int! = 20, $after: String, $filter: WarningFilter) {\n    warnings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseId($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CaseId($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n        rejected\n        rows {\n          index\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TermEvalSchemeFields on EvaluationScheme {\n    id\n    term\n    isDefault\n    pointsForFullMarks\n    weights {\n      domain\n      weight\n    }\n    updatedBy {\n      id\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TermEvalSchemeFields on EvaluationScheme {\n    id\n    term\n    isDefault\n    pointsForFullMarks\n    weights {\n      domain\n      weight\n    }\n    updatedBy {\n      id\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermEvalSetScheme($input: SetEvaluationSchemeInput!) {\n    setEvaluationScheme(input: $input) {\n      ...TermEvalSchemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation TermEvalSetScheme($input: SetEvaluationSchemeInput!) {\n    setEvaluationScheme(input: $input) {\n      ...TermEvalSchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermEvalScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      ...TermEvalSchemeFields\n    }\n  }\n"): (typeof documents)["\n  query TermEvalScheme($t: String!) {\n    evaluationScheme(term: $t) {\n      ...TermEvalSchemeFields\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment TermEvalPersonEvaluation on Person {\n    id\n    evaluation(term: $term) {\n      term\n      total\n      domains {\n        domain\n        points\n        score\n        weight\n        weighted\n      }\n      scheme {\n        ...TermEvalSchemeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TermEvalPersonEvaluation on Person {\n    id\n    evaluation(term: $term) {\n      term\n      total\n      domains {\n        domain\n        points\n        score\n        weight\n        weighted\n      }\n      scheme {\n        ...TermEvalSchemeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitCaseOverdue($f: OverdueMeasureFilter) {\n    overdueMeasures(first: 1, filter: $f) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query UnitCaseOverdue($f: OverdueMeasureFilter) {\n    overdueMeasures(first: 1, filter: $f) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query RuleList {\n    warningRules(first: 10) {\n      totalCount\n      edges {\n        node {\n          code\n          currentVersion {\n            description\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuleList {\n    warningRules(first: 10) {\n      totalCount\n      edges {\n        node {\n          code\n          currentVersion {\n            description\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query WarningStatisticsAll($from: DateTimeISO!, $to: DateTimeISO!) {\n    warningStatistics(from: $from, to: $to) {\n      from\n      to\n      total {\n        ...WarningFigureFields\n      }\n      byMonth {\n        month\n        figures {\n          ...WarningFigureFields\n        }\n      }\n      byCategory {\n        category\n        figures {\n          ...WarningFigureFields\n        }\n      }\n      byLevel {\n        level\n        figures {\n          ...WarningFigureFields\n        }\n        medianHoursToClose\n        meanHoursToClose\n      }\n    }\n  }\n  fragment WarningFigureFields on WarningFigures {\n    students\n    raised\n    handled\n    closed\n    overdue\n    suppressed\n  }\n"): (typeof documents)["\n  query WarningStatisticsAll($from: DateTimeISO!, $to: DateTimeISO!) {\n    warningStatistics(from: $from, to: $to) {\n      from\n      to\n      total {\n        ...WarningFigureFields\n      }\n      byMonth {\n        month\n        figures {\n          ...WarningFigureFields\n        }\n      }\n      byCategory {\n        category\n        figures {\n          ...WarningFigureFields\n        }\n      }\n      byLevel {\n        level\n        figures {\n          ...WarningFigureFields\n        }\n        medianHoursToClose\n        meanHoursToClose\n      }\n    }\n  }\n  fragment WarningFigureFields on WarningFigures {\n    students\n    raised\n    handled\n    closed\n    overdue\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningStatisticsCellLists(\n    $raised: WarningFilter!\n    $handled: WarningFilter!\n    $closed: WarningFilter!\n    $overdue: WarningFilter!\n  ) {\n    raised: warnings(first: 100, filter: $raised) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n    handled: warnings(first: 1, filter: $handled) {\n      totalCount\n    }\n    closed: warnings(first: 1, filter: $closed) {\n      totalCount\n    }\n    overdue: warnings(first: 1, filter: $overdue) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WarningStatisticsCellLists(\n    $raised: WarningFilter!\n    $handled: WarningFilter!\n    $closed: WarningFilter!\n    $overdue: WarningFilter!\n  ) {\n    raised: warnings(first: 100, filter: $raised) {\n      totalCount\n      edges {\n        node {\n          person {\n            id\n          }\n        }\n      }\n    }\n    handled: warnings(first: 1, filter: $handled) {\n      totalCount\n    }\n    closed: warnings(first: 1, filter: $closed) {\n      totalCount\n    }\n    overdue: warnings(first: 1, filter: $overdue) {\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;