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
    "\n  mutation AddCaseMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      ...CaseMeasure_measure\n      case {\n        id\n        ...CasePlan_case\n      }\n    }\n  }\n": typeof types.AddCaseMeasureDocument,
    "\n  mutation RecommendGrade($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": typeof types.RecommendGradeDocument,
    "\n  mutation ConfirmGrade($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": typeof types.ConfirmGradeDocument,
    "\n  mutation StartAssistance($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": typeof types.StartAssistanceDocument,
    "\n  mutation ReviewAssistanceCase($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": typeof types.ReviewAssistanceCaseDocument,
    "\n  mutation CloseAssistanceCase($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": typeof types.CloseAssistanceCaseDocument,
    "\n  mutation UpdateCaseMeasureStatus($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      ...CaseMeasure_measure\n    }\n  }\n": typeof types.UpdateCaseMeasureStatusDocument,
    "\n  mutation AddTaskForceMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": typeof types.AddTaskForceMemberDocument,
    "\n  mutation SetTaskForceLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": typeof types.SetTaskForceLeadDocument,
    "\n  mutation RemoveTaskForceMember($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": typeof types.RemoveTaskForceMemberDocument,
    "\n  query StaffSearch($search: String!) {\n    people(first: 10, filter: { kind: STAFF, search: $search }) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n": typeof types.StaffSearchDocument,
    "\n  fragment CaseHeader_case on AssistanceCase {\n    id\n    summary\n    status\n    source\n    kind\n    outcome\n    reviewNote\n    openedAt\n    closedAt\n    person {\n      id\n      name\n      number\n    }\n    warning {\n      id\n    }\n  }\n": typeof types.CaseHeader_CaseFragmentDoc,
    "\n  fragment CaseGrading_case on AssistanceCase {\n    id\n    grading {\n      score\n      conditions\n      recommendedGrade\n      recommendedAt\n      recommendedBy {\n        id\n        name\n      }\n      confirmedGrade\n      confirmedAt\n      confirmedBy {\n        id\n        name\n      }\n      note\n    }\n  }\n": typeof types.CaseGrading_CaseFragmentDoc,
    "\n  fragment CaseTaskForce_case on AssistanceCase {\n    id\n    taskForce {\n      id\n      duty\n      lead\n      member {\n        id\n        name\n      }\n    }\n    taskForceChanges {\n      change\n      at\n      member {\n        id\n        name\n      }\n      by {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CaseTaskForce_CaseFragmentDoc,
    "\n  fragment CaseMeasure_measure on CaseMeasure {\n    id\n    description\n    duty\n    dueOn\n    status\n    overdue\n    completedAt\n    responsible {\n      id\n      name\n    }\n  }\n": typeof types.CaseMeasure_MeasureFragmentDoc,
    "\n  fragment CasePlan_case on AssistanceCase {\n    id\n    plan {\n      id\n      ...CaseMeasure_measure\n    }\n  }\n": typeof types.CasePlan_CaseFragmentDoc,
    "\n  fragment CaseHistory_case on AssistanceCase {\n    id\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CaseHistory_CaseFragmentDoc,
    "\n  fragment CasePage_case on AssistanceCase {\n    id\n    ...CaseHeader_case\n    ...CaseGrading_case\n    ...CaseTaskForce_case\n    ...CasePlan_case\n    ...CaseHistory_case\n  }\n": typeof types.CasePage_CaseFragmentDoc,
    "\n  query OpenWarningsDashboard {\n    campuses {\n      id\n      name\n      buildings {\n        id\n        name\n        grids {\n          id\n          name\n          floors\n          warningStats {\n            residents\n            counted\n            open\n            overdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenWarningsDashboardDocument,
    "\n  query AssistanceCasePage($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      ...CasePage_case\n    }\n    gradingConditions {\n      code\n      label\n      weight\n    }\n  }\n": typeof types.AssistanceCasePageDocument,
    "\n  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCaseFilter) {\n    assistanceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          kind\n          source\n          openedAt\n          person {\n            id\n            name\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AssistanceCasesDocument,
    "\n  query OverdueMeasures($first: Int!, $after: String) {\n    overdueMeasures(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseMeasure_measure\n          escalations {\n            tier\n            dueOn\n            at\n          }\n          case {\n            id\n            person {\n              id\n              name\n              number\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OverdueMeasuresDocument,
    "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      residentCount\n      building {\n        id\n        name\n      }\n      branch {\n        id\n        name\n      }\n      warningStats {\n        residents\n        counted\n        studentsWithOpenWarnings\n        open\n        overdue\n        byLevel {\n          level\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.GridPageDocument,
    "\n  query StudentList($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          number\n          cohort\n          degreeLevel\n          politicalStatus\n          school {\n            id\n            name\n          }\n          college {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StudentListDocument,
    "\n  query CampusCalendar {\n    campusCalendar {\n      currentTerm\n      previousTerm\n    }\n  }\n": typeof types.CampusCalendarDocument,
    "\n  query StudentProfile($id: ID!, $term: String!) {\n    person(id: $id) {\n      id\n      ...IdentitySection_person\n      ...ContactSection_person\n      ...ResidenceSection_person\n      ...EnrolmentsSection_person\n      ...WarningsSection_person\n      ...CasesSection_person\n      ...AccessRecordsSection_person\n      ...InboxSection_person\n      ...GrowthSection_person\n    }\n  }\n": typeof types.StudentProfileDocument,
    "\n  query WarningQueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n": typeof types.WarningQueueSummaryDocument,
    "\n  query WarningQueue($first: Int!, $after: String, $filter: WarningFilter, $orderBy: WarningOrder) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...WarningRow_warning\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WarningQueueDocument,
    "\n  fragment WarningRuleVersion_version on WarningRuleVersion {\n    id\n    version\n    windowDays\n    description\n    summaryTemplate\n    publishedAt\n    publishedBy {\n      id\n      name\n    }\n    conditions {\n      indicator\n      aggregate\n      operator\n      threshold\n    }\n  }\n": typeof types.WarningRuleVersion_VersionFragmentDoc,
    "\n  fragment WarningRule_rule on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      ...WarningRuleVersion_version\n    }\n    versions {\n      id\n      ...WarningRuleVersion_version\n    }\n  }\n": typeof types.WarningRule_RuleFragmentDoc,
    "\n  query WarningRules($first: Int!, $after: String) {\n    warningRules(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...WarningRule_rule\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WarningRulesDocument,
    "\n  mutation SetWarningRuleActive($ruleId: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $ruleId, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetWarningRuleActiveDocument,
    "\n  mutation PublishWarningRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $ruleId, input: $input) {\n      id\n      ...WarningRule_rule\n    }\n  }\n": typeof types.PublishWarningRuleVersionDocument,
    "\n  query BacktestWarningRule($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        candidate\n        current\n        person {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n": typeof types.BacktestWarningRuleDocument,
    "\n  fragment AccessRecordsSection_person on Person {\n    id\n    accessRecords(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          readerName\n          field\n          purpose\n          client\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.AccessRecordsSection_PersonFragmentDoc,
    "\n  fragment CasesSection_person on Person {\n    id\n    cases {\n      id\n      status\n      kind\n      openedAt\n    }\n  }\n": typeof types.CasesSection_PersonFragmentDoc,
    "\n  fragment ContactSection_person on Person {\n    id\n    phone\n    familyAnnualIncome\n  }\n": typeof types.ContactSection_PersonFragmentDoc,
    "\n  fragment EnrolmentsSection_person on Person {\n    id\n    enrolments {\n      id\n      status\n      enrolledAt\n      session {\n        id\n        startsAt\n        endsAt\n        location\n        course {\n          id\n          code\n          title\n          category\n        }\n      }\n    }\n  }\n": typeof types.EnrolmentsSection_PersonFragmentDoc,
    "\n  fragment TermEvaluation_evaluation on TermEvaluation {\n    term\n    total\n    scheme {\n      term\n      isDefault\n      pointsForFullMarks\n    }\n    domains {\n      domain\n      points\n      score\n      weight\n      weighted\n    }\n  }\n": typeof types.TermEvaluation_EvaluationFragmentDoc,
    "\n  fragment GrowthSection_person on Person {\n    id\n    evaluation(term: $term) {\n      ...TermEvaluation_evaluation\n    }\n    growthRecord(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          domain\n          kind\n          title\n          points\n          occurredOn\n          term\n        }\n      }\n    }\n  }\n": typeof types.GrowthSection_PersonFragmentDoc,
    "\n  query TermEvaluation($id: ID!, $term: String!) {\n    person(id: $id) {\n      id\n      evaluation(term: $term) {\n        ...TermEvaluation_evaluation\n      }\n    }\n  }\n": typeof types.TermEvaluationDocument,
    "\n  fragment IdentitySection_person on Person {\n    id\n    name\n    kind\n    number\n    cohort\n    degreeLevel\n    politicalStatus\n    school {\n      id\n      name\n    }\n    college {\n      id\n      name\n    }\n  }\n": typeof types.IdentitySection_PersonFragmentDoc,
    "\n  fragment InboxPush_push on ResourcePush {\n    id\n    pushedAt\n    readAt\n    uptakeAt\n    uptakeNote\n    reason\n    resource {\n      id\n      kind\n      title\n      provider\n      location\n      url\n    }\n  }\n": typeof types.InboxPush_PushFragmentDoc,
    "\n  fragment InboxSection_person on Person {\n    id\n    unreadInboxCount\n    inbox(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InboxPush_push\n        }\n      }\n    }\n  }\n": typeof types.InboxSection_PersonFragmentDoc,
    "\n  mutation MarkPushRead($pushId: ID!) {\n    markPushRead(pushId: $pushId) {\n      id\n      ...InboxPush_push\n      person {\n        id\n        unreadInboxCount\n      }\n    }\n  }\n": typeof types.MarkPushReadDocument,
    "\n  mutation RecordUptake($input: RecordUptakeInput!, $term: String!) {\n    recordUptake(input: $input) {\n      id\n      ...InboxPush_push\n      person {\n        id\n        unreadInboxCount\n        ...GrowthSection_person\n      }\n    }\n  }\n": typeof types.RecordUptakeDocument,
    "\n  fragment ResidenceSection_person on Person {\n    id\n    residence {\n      id\n      bed\n      movedInOn\n      room {\n        id\n        number\n        floor\n        building {\n          id\n          name\n        }\n      }\n    }\n    grid {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n    branch {\n      id\n      name\n      kind\n    }\n    responsibleStaff {\n      role\n      name\n    }\n  }\n": typeof types.ResidenceSection_PersonFragmentDoc,
    "\n  fragment WarningsSection_person on Person {\n    id\n    warnings {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n    }\n  }\n": typeof types.WarningsSection_PersonFragmentDoc,
    "\n  fragment WarningPanel_warning on Warning {\n    id\n    summary\n    outcome\n    closedAt\n    evidence {\n      indicator\n      value\n      threshold\n    }\n    ruleVersion {\n      id\n      version\n      description\n      rule {\n        id\n        name\n        code\n      }\n    }\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n    }\n    escalations {\n      fromTier\n      toTier\n      stage\n      at\n    }\n  }\n": typeof types.WarningPanel_WarningFragmentDoc,
    "\n  query WarningDetail($id: ID!) {\n    warning(id: $id) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n": typeof types.WarningDetailDocument,
    "\n  mutation AssignWarning($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n": typeof types.AssignWarningDocument,
    "\n  mutation AdvanceWarning($warningId: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $warningId, to: $to, note: $note) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n": typeof types.AdvanceWarningDocument,
    "\n  mutation CloseWarning($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n": typeof types.CloseWarningDocument,
    "\n  fragment WarningRow_warning on Warning {\n    id\n    category\n    level\n    status\n    nextStatuses\n    raisedAt\n    dueAt\n    overdue\n    escalationTier\n    assignee {\n      id\n      name\n    }\n    person {\n      id\n      name\n      number\n    }\n  }\n": typeof types.WarningRow_WarningFragmentDoc,
};
const documents: Documents = {
    "\n  mutation AddCaseMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      ...CaseMeasure_measure\n      case {\n        id\n        ...CasePlan_case\n      }\n    }\n  }\n": types.AddCaseMeasureDocument,
    "\n  mutation RecommendGrade($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": types.RecommendGradeDocument,
    "\n  mutation ConfirmGrade($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": types.ConfirmGradeDocument,
    "\n  mutation StartAssistance($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": types.StartAssistanceDocument,
    "\n  mutation ReviewAssistanceCase($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": types.ReviewAssistanceCaseDocument,
    "\n  mutation CloseAssistanceCase($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": types.CloseAssistanceCaseDocument,
    "\n  mutation UpdateCaseMeasureStatus($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      ...CaseMeasure_measure\n    }\n  }\n": types.UpdateCaseMeasureStatusDocument,
    "\n  mutation AddTaskForceMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": types.AddTaskForceMemberDocument,
    "\n  mutation SetTaskForceLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": types.SetTaskForceLeadDocument,
    "\n  mutation RemoveTaskForceMember($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n": types.RemoveTaskForceMemberDocument,
    "\n  query StaffSearch($search: String!) {\n    people(first: 10, filter: { kind: STAFF, search: $search }) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n": types.StaffSearchDocument,
    "\n  fragment CaseHeader_case on AssistanceCase {\n    id\n    summary\n    status\n    source\n    kind\n    outcome\n    reviewNote\n    openedAt\n    closedAt\n    person {\n      id\n      name\n      number\n    }\n    warning {\n      id\n    }\n  }\n": types.CaseHeader_CaseFragmentDoc,
    "\n  fragment CaseGrading_case on AssistanceCase {\n    id\n    grading {\n      score\n      conditions\n      recommendedGrade\n      recommendedAt\n      recommendedBy {\n        id\n        name\n      }\n      confirmedGrade\n      confirmedAt\n      confirmedBy {\n        id\n        name\n      }\n      note\n    }\n  }\n": types.CaseGrading_CaseFragmentDoc,
    "\n  fragment CaseTaskForce_case on AssistanceCase {\n    id\n    taskForce {\n      id\n      duty\n      lead\n      member {\n        id\n        name\n      }\n    }\n    taskForceChanges {\n      change\n      at\n      member {\n        id\n        name\n      }\n      by {\n        id\n        name\n      }\n    }\n  }\n": types.CaseTaskForce_CaseFragmentDoc,
    "\n  fragment CaseMeasure_measure on CaseMeasure {\n    id\n    description\n    duty\n    dueOn\n    status\n    overdue\n    completedAt\n    responsible {\n      id\n      name\n    }\n  }\n": types.CaseMeasure_MeasureFragmentDoc,
    "\n  fragment CasePlan_case on AssistanceCase {\n    id\n    plan {\n      id\n      ...CaseMeasure_measure\n    }\n  }\n": types.CasePlan_CaseFragmentDoc,
    "\n  fragment CaseHistory_case on AssistanceCase {\n    id\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n        name\n      }\n    }\n  }\n": types.CaseHistory_CaseFragmentDoc,
    "\n  fragment CasePage_case on AssistanceCase {\n    id\n    ...CaseHeader_case\n    ...CaseGrading_case\n    ...CaseTaskForce_case\n    ...CasePlan_case\n    ...CaseHistory_case\n  }\n": types.CasePage_CaseFragmentDoc,
    "\n  query OpenWarningsDashboard {\n    campuses {\n      id\n      name\n      buildings {\n        id\n        name\n        grids {\n          id\n          name\n          floors\n          warningStats {\n            residents\n            counted\n            open\n            overdue\n          }\n        }\n      }\n    }\n  }\n": types.OpenWarningsDashboardDocument,
    "\n  query AssistanceCasePage($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      ...CasePage_case\n    }\n    gradingConditions {\n      code\n      label\n      weight\n    }\n  }\n": types.AssistanceCasePageDocument,
    "\n  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCaseFilter) {\n    assistanceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          kind\n          source\n          openedAt\n          person {\n            id\n            name\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AssistanceCasesDocument,
    "\n  query OverdueMeasures($first: Int!, $after: String) {\n    overdueMeasures(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseMeasure_measure\n          escalations {\n            tier\n            dueOn\n            at\n          }\n          case {\n            id\n            person {\n              id\n              name\n              number\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OverdueMeasuresDocument,
    "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      residentCount\n      building {\n        id\n        name\n      }\n      branch {\n        id\n        name\n      }\n      warningStats {\n        residents\n        counted\n        studentsWithOpenWarnings\n        open\n        overdue\n        byLevel {\n          level\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.GridPageDocument,
    "\n  query StudentList($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          number\n          cohort\n          degreeLevel\n          politicalStatus\n          school {\n            id\n            name\n          }\n          college {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StudentListDocument,
    "\n  query CampusCalendar {\n    campusCalendar {\n      currentTerm\n      previousTerm\n    }\n  }\n": types.CampusCalendarDocument,
    "\n  query StudentProfile($id: ID!, $term: String!) {\n    person(id: $id) {\n      id\n      ...IdentitySection_person\n      ...ContactSection_person\n      ...ResidenceSection_person\n      ...EnrolmentsSection_person\n      ...WarningsSection_person\n      ...CasesSection_person\n      ...AccessRecordsSection_person\n      ...InboxSection_person\n      ...GrowthSection_person\n    }\n  }\n": types.StudentProfileDocument,
    "\n  query WarningQueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n": types.WarningQueueSummaryDocument,
    "\n  query WarningQueue($first: Int!, $after: String, $filter: WarningFilter, $orderBy: WarningOrder) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...WarningRow_warning\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WarningQueueDocument,
    "\n  fragment WarningRuleVersion_version on WarningRuleVersion {\n    id\n    version\n    windowDays\n    description\n    summaryTemplate\n    publishedAt\n    publishedBy {\n      id\n      name\n    }\n    conditions {\n      indicator\n      aggregate\n      operator\n      threshold\n    }\n  }\n": types.WarningRuleVersion_VersionFragmentDoc,
    "\n  fragment WarningRule_rule on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      ...WarningRuleVersion_version\n    }\n    versions {\n      id\n      ...WarningRuleVersion_version\n    }\n  }\n": types.WarningRule_RuleFragmentDoc,
    "\n  query WarningRules($first: Int!, $after: String) {\n    warningRules(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...WarningRule_rule\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WarningRulesDocument,
    "\n  mutation SetWarningRuleActive($ruleId: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $ruleId, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetWarningRuleActiveDocument,
    "\n  mutation PublishWarningRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $ruleId, input: $input) {\n      id\n      ...WarningRule_rule\n    }\n  }\n": types.PublishWarningRuleVersionDocument,
    "\n  query BacktestWarningRule($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        candidate\n        current\n        person {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n": types.BacktestWarningRuleDocument,
    "\n  fragment AccessRecordsSection_person on Person {\n    id\n    accessRecords(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          readerName\n          field\n          purpose\n          client\n          readAt\n        }\n      }\n    }\n  }\n": types.AccessRecordsSection_PersonFragmentDoc,
    "\n  fragment CasesSection_person on Person {\n    id\n    cases {\n      id\n      status\n      kind\n      openedAt\n    }\n  }\n": types.CasesSection_PersonFragmentDoc,
    "\n  fragment ContactSection_person on Person {\n    id\n    phone\n    familyAnnualIncome\n  }\n": types.ContactSection_PersonFragmentDoc,
    "\n  fragment EnrolmentsSection_person on Person {\n    id\n    enrolments {\n      id\n      status\n      enrolledAt\n      session {\n        id\n        startsAt\n        endsAt\n        location\n        course {\n          id\n          code\n          title\n          category\n        }\n      }\n    }\n  }\n": types.EnrolmentsSection_PersonFragmentDoc,
    "\n  fragment TermEvaluation_evaluation on TermEvaluation {\n    term\n    total\n    scheme {\n      term\n      isDefault\n      pointsForFullMarks\n    }\n    domains {\n      domain\n      points\n      score\n      weight\n      weighted\n    }\n  }\n": types.TermEvaluation_EvaluationFragmentDoc,
    "\n  fragment GrowthSection_person on Person {\n    id\n    evaluation(term: $term) {\n      ...TermEvaluation_evaluation\n    }\n    growthRecord(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          domain\n          kind\n          title\n          points\n          occurredOn\n          term\n        }\n      }\n    }\n  }\n": types.GrowthSection_PersonFragmentDoc,
    "\n  query TermEvaluation($id: ID!, $term: String!) {\n    person(id: $id) {\n      id\n      evaluation(term: $term) {\n        ...TermEvaluation_evaluation\n      }\n    }\n  }\n": types.TermEvaluationDocument,
    "\n  fragment IdentitySection_person on Person {\n    id\n    name\n    kind\n    number\n    cohort\n    degreeLevel\n    politicalStatus\n    school {\n      id\n      name\n    }\n    college {\n      id\n      name\n    }\n  }\n": types.IdentitySection_PersonFragmentDoc,
    "\n  fragment InboxPush_push on ResourcePush {\n    id\n    pushedAt\n    readAt\n    uptakeAt\n    uptakeNote\n    reason\n    resource {\n      id\n      kind\n      title\n      provider\n      location\n      url\n    }\n  }\n": types.InboxPush_PushFragmentDoc,
    "\n  fragment InboxSection_person on Person {\n    id\n    unreadInboxCount\n    inbox(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InboxPush_push\n        }\n      }\n    }\n  }\n": types.InboxSection_PersonFragmentDoc,
    "\n  mutation MarkPushRead($pushId: ID!) {\n    markPushRead(pushId: $pushId) {\n      id\n      ...InboxPush_push\n      person {\n        id\n        unreadInboxCount\n      }\n    }\n  }\n": types.MarkPushReadDocument,
    "\n  mutation RecordUptake($input: RecordUptakeInput!, $term: String!) {\n    recordUptake(input: $input) {\n      id\n      ...InboxPush_push\n      person {\n        id\n        unreadInboxCount\n        ...GrowthSection_person\n      }\n    }\n  }\n": types.RecordUptakeDocument,
    "\n  fragment ResidenceSection_person on Person {\n    id\n    residence {\n      id\n      bed\n      movedInOn\n      room {\n        id\n        number\n        floor\n        building {\n          id\n          name\n        }\n      }\n    }\n    grid {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n    branch {\n      id\n      name\n      kind\n    }\n    responsibleStaff {\n      role\n      name\n    }\n  }\n": types.ResidenceSection_PersonFragmentDoc,
    "\n  fragment WarningsSection_person on Person {\n    id\n    warnings {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n    }\n  }\n": types.WarningsSection_PersonFragmentDoc,
    "\n  fragment WarningPanel_warning on Warning {\n    id\n    summary\n    outcome\n    closedAt\n    evidence {\n      indicator\n      value\n      threshold\n    }\n    ruleVersion {\n      id\n      version\n      description\n      rule {\n        id\n        name\n        code\n      }\n    }\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n    }\n    escalations {\n      fromTier\n      toTier\n      stage\n      at\n    }\n  }\n": types.WarningPanel_WarningFragmentDoc,
    "\n  query WarningDetail($id: ID!) {\n    warning(id: $id) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n": types.WarningDetailDocument,
    "\n  mutation AssignWarning($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n": types.AssignWarningDocument,
    "\n  mutation AdvanceWarning($warningId: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $warningId, to: $to, note: $note) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n": types.AdvanceWarningDocument,
    "\n  mutation CloseWarning($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n": types.CloseWarningDocument,
    "\n  fragment WarningRow_warning on Warning {\n    id\n    category\n    level\n    status\n    nextStatuses\n    raisedAt\n    dueAt\n    overdue\n    escalationTier\n    assignee {\n      id\n      name\n    }\n    person {\n      id\n      name\n      number\n    }\n  }\n": types.WarningRow_WarningFragmentDoc,
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
export function graphql(source: "\n  mutation AddCaseMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      ...CaseMeasure_measure\n      case {\n        id\n        ...CasePlan_case\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseMeasure($input: AddCaseMeasureInput!) {\n    addCaseMeasure(input: $input) {\n      id\n      ...CaseMeasure_measure\n      case {\n        id\n        ...CasePlan_case\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecommendGrade($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"): (typeof documents)["\n  mutation RecommendGrade($input: RecommendGradeInput!) {\n    recommendGrade(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmGrade($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmGrade($input: ConfirmGradeInput!) {\n    confirmGrade(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAssistance($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"): (typeof documents)["\n  mutation StartAssistance($input: CaseStepInput!) {\n    startAssistance(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAssistanceCase($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAssistanceCase($input: CaseStepInput!) {\n    reviewAssistanceCase(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAssistanceCase($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"): (typeof documents)["\n  mutation CloseAssistanceCase($input: CloseAssistanceCaseInput!) {\n    closeAssistanceCase(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseMeasureStatus($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      ...CaseMeasure_measure\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCaseMeasureStatus($input: UpdateCaseMeasureStatusInput!) {\n    updateCaseMeasureStatus(input: $input) {\n      id\n      ...CaseMeasure_measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTaskForceMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"): (typeof documents)["\n  mutation AddTaskForceMember($input: AddTaskForceMemberInput!) {\n    addTaskForceMember(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTaskForceLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"): (typeof documents)["\n  mutation SetTaskForceLead($input: TaskForceMemberRefInput!) {\n    setTaskForceLead(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTaskForceMember($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTaskForceMember($input: TaskForceMemberRefInput!) {\n    removeTaskForceMember(input: $input) {\n      id\n      ...CasePage_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSearch($search: String!) {\n    people(first: 10, filter: { kind: STAFF, search: $search }) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffSearch($search: String!) {\n    people(first: 10, filter: { kind: STAFF, search: $search }) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseHeader_case on AssistanceCase {\n    id\n    summary\n    status\n    source\n    kind\n    outcome\n    reviewNote\n    openedAt\n    closedAt\n    person {\n      id\n      name\n      number\n    }\n    warning {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CaseHeader_case on AssistanceCase {\n    id\n    summary\n    status\n    source\n    kind\n    outcome\n    reviewNote\n    openedAt\n    closedAt\n    person {\n      id\n      name\n      number\n    }\n    warning {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseGrading_case on AssistanceCase {\n    id\n    grading {\n      score\n      conditions\n      recommendedGrade\n      recommendedAt\n      recommendedBy {\n        id\n        name\n      }\n      confirmedGrade\n      confirmedAt\n      confirmedBy {\n        id\n        name\n      }\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment CaseGrading_case on AssistanceCase {\n    id\n    grading {\n      score\n      conditions\n      recommendedGrade\n      recommendedAt\n      recommendedBy {\n        id\n        name\n      }\n      confirmedGrade\n      confirmedAt\n      confirmedBy {\n        id\n        name\n      }\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTaskForce_case on AssistanceCase {\n    id\n    taskForce {\n      id\n      duty\n      lead\n      member {\n        id\n        name\n      }\n    }\n    taskForceChanges {\n      change\n      at\n      member {\n        id\n        name\n      }\n      by {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTaskForce_case on AssistanceCase {\n    id\n    taskForce {\n      id\n      duty\n      lead\n      member {\n        id\n        name\n      }\n    }\n    taskForceChanges {\n      change\n      at\n      member {\n        id\n        name\n      }\n      by {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseMeasure_measure on CaseMeasure {\n    id\n    description\n    duty\n    dueOn\n    status\n    overdue\n    completedAt\n    responsible {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseMeasure_measure on CaseMeasure {\n    id\n    description\n    duty\n    dueOn\n    status\n    overdue\n    completedAt\n    responsible {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CasePlan_case on AssistanceCase {\n    id\n    plan {\n      id\n      ...CaseMeasure_measure\n    }\n  }\n"): (typeof documents)["\n  fragment CasePlan_case on AssistanceCase {\n    id\n    plan {\n      id\n      ...CaseMeasure_measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseHistory_case on AssistanceCase {\n    id\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseHistory_case on AssistanceCase {\n    id\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CasePage_case on AssistanceCase {\n    id\n    ...CaseHeader_case\n    ...CaseGrading_case\n    ...CaseTaskForce_case\n    ...CasePlan_case\n    ...CaseHistory_case\n  }\n"): (typeof documents)["\n  fragment CasePage_case on AssistanceCase {\n    id\n    ...CaseHeader_case\n    ...CaseGrading_case\n    ...CaseTaskForce_case\n    ...CasePlan_case\n    ...CaseHistory_case\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenWarningsDashboard {\n    campuses {\n      id\n      name\n      buildings {\n        id\n        name\n        grids {\n          id\n          name\n          floors\n          warningStats {\n            residents\n            counted\n            open\n            overdue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenWarningsDashboard {\n    campuses {\n      id\n      name\n      buildings {\n        id\n        name\n        grids {\n          id\n          name\n          floors\n          warningStats {\n            residents\n            counted\n            open\n            overdue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceCasePage($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      ...CasePage_case\n    }\n    gradingConditions {\n      code\n      label\n      weight\n    }\n  }\n"): (typeof documents)["\n  query AssistanceCasePage($id: ID!) {\n    assistanceCase(id: $id) {\n      id\n      ...CasePage_case\n    }\n    gradingConditions {\n      code\n      label\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCaseFilter) {\n    assistanceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          kind\n          source\n          openedAt\n          person {\n            id\n            name\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCaseFilter) {\n    assistanceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          kind\n          source\n          openedAt\n          person {\n            id\n            name\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueMeasures($first: Int!, $after: String) {\n    overdueMeasures(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseMeasure_measure\n          escalations {\n            tier\n            dueOn\n            at\n          }\n          case {\n            id\n            person {\n              id\n              name\n              number\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverdueMeasures($first: Int!, $after: String) {\n    overdueMeasures(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseMeasure_measure\n          escalations {\n            tier\n            dueOn\n            at\n          }\n          case {\n            id\n            person {\n              id\n              name\n              number\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      residentCount\n      building {\n        id\n        name\n      }\n      branch {\n        id\n        name\n      }\n      warningStats {\n        residents\n        counted\n        studentsWithOpenWarnings\n        open\n        overdue\n        byLevel {\n          level\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      residentCount\n      building {\n        id\n        name\n      }\n      branch {\n        id\n        name\n      }\n      warningStats {\n        residents\n        counted\n        studentsWithOpenWarnings\n        open\n        overdue\n        byLevel {\n          level\n          count\n        }\n        byCategory {\n          category\n          count\n        }\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentList($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          number\n          cohort\n          degreeLevel\n          politicalStatus\n          school {\n            id\n            name\n          }\n          college {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentList($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          number\n          cohort\n          degreeLevel\n          politicalStatus\n          school {\n            id\n            name\n          }\n          college {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampusCalendar {\n    campusCalendar {\n      currentTerm\n      previousTerm\n    }\n  }\n"): (typeof documents)["\n  query CampusCalendar {\n    campusCalendar {\n      currentTerm\n      previousTerm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentProfile($id: ID!, $term: String!) {\n    person(id: $id) {\n      id\n      ...IdentitySection_person\n      ...ContactSection_person\n      ...ResidenceSection_person\n      ...EnrolmentsSection_person\n      ...WarningsSection_person\n      ...CasesSection_person\n      ...AccessRecordsSection_person\n      ...InboxSection_person\n      ...GrowthSection_person\n    }\n  }\n"): (typeof documents)["\n  query StudentProfile($id: ID!, $term: String!) {\n    person(id: $id) {\n      id\n      ...IdentitySection_person\n      ...ContactSection_person\n      ...ResidenceSection_person\n      ...EnrolmentsSection_person\n      ...WarningsSection_person\n      ...CasesSection_person\n      ...AccessRecordsSection_person\n      ...InboxSection_person\n      ...GrowthSection_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningQueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n"): (typeof documents)["\n  query WarningQueueSummary {\n    warningQueueSummary {\n      open\n      assignedToMe\n      overdue\n      dueToday\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningQueue($first: Int!, $after: String, $filter: WarningFilter, $orderBy: WarningOrder) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...WarningRow_warning\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningQueue($first: Int!, $after: String, $filter: WarningFilter, $orderBy: WarningOrder) {\n    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...WarningRow_warning\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarningRuleVersion_version on WarningRuleVersion {\n    id\n    version\n    windowDays\n    description\n    summaryTemplate\n    publishedAt\n    publishedBy {\n      id\n      name\n    }\n    conditions {\n      indicator\n      aggregate\n      operator\n      threshold\n    }\n  }\n"): (typeof documents)["\n  fragment WarningRuleVersion_version on WarningRuleVersion {\n    id\n    version\n    windowDays\n    description\n    summaryTemplate\n    publishedAt\n    publishedBy {\n      id\n      name\n    }\n    conditions {\n      indicator\n      aggregate\n      operator\n      threshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarningRule_rule on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      ...WarningRuleVersion_version\n    }\n    versions {\n      id\n      ...WarningRuleVersion_version\n    }\n  }\n"): (typeof documents)["\n  fragment WarningRule_rule on WarningRule {\n    id\n    code\n    name\n    category\n    level\n    active\n    currentVersion {\n      id\n      ...WarningRuleVersion_version\n    }\n    versions {\n      id\n      ...WarningRuleVersion_version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningRules($first: Int!, $after: String) {\n    warningRules(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...WarningRule_rule\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningRules($first: Int!, $after: String) {\n    warningRules(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...WarningRule_rule\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWarningRuleActive($ruleId: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $ruleId, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetWarningRuleActive($ruleId: ID!, $active: Boolean!) {\n    setWarningRuleActive(ruleId: $ruleId, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishWarningRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $ruleId, input: $input) {\n      id\n      ...WarningRule_rule\n    }\n  }\n"): (typeof documents)["\n  mutation PublishWarningRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {\n    publishWarningRuleVersion(ruleId: $ruleId, input: $input) {\n      id\n      ...WarningRule_rule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BacktestWarningRule($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        candidate\n        current\n        person {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BacktestWarningRule($input: BacktestWarningRuleInput!) {\n    backtestWarningRule(input: $input) {\n      candidateCount\n      currentCount\n      both\n      onlyCandidate\n      onlyCurrent\n      students {\n        candidate\n        current\n        person {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessRecordsSection_person on Person {\n    id\n    accessRecords(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          readerName\n          field\n          purpose\n          client\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AccessRecordsSection_person on Person {\n    id\n    accessRecords(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          readerName\n          field\n          purpose\n          client\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CasesSection_person on Person {\n    id\n    cases {\n      id\n      status\n      kind\n      openedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CasesSection_person on Person {\n    id\n    cases {\n      id\n      status\n      kind\n      openedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactSection_person on Person {\n    id\n    phone\n    familyAnnualIncome\n  }\n"): (typeof documents)["\n  fragment ContactSection_person on Person {\n    id\n    phone\n    familyAnnualIncome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrolmentsSection_person on Person {\n    id\n    enrolments {\n      id\n      status\n      enrolledAt\n      session {\n        id\n        startsAt\n        endsAt\n        location\n        course {\n          id\n          code\n          title\n          category\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EnrolmentsSection_person on Person {\n    id\n    enrolments {\n      id\n      status\n      enrolledAt\n      session {\n        id\n        startsAt\n        endsAt\n        location\n        course {\n          id\n          code\n          title\n          category\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TermEvaluation_evaluation on TermEvaluation {\n    term\n    total\n    scheme {\n      term\n      isDefault\n      pointsForFullMarks\n    }\n    domains {\n      domain\n      points\n      score\n      weight\n      weighted\n    }\n  }\n"): (typeof documents)["\n  fragment TermEvaluation_evaluation on TermEvaluation {\n    term\n    total\n    scheme {\n      term\n      isDefault\n      pointsForFullMarks\n    }\n    domains {\n      domain\n      points\n      score\n      weight\n      weighted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrowthSection_person on Person {\n    id\n    evaluation(term: $term) {\n      ...TermEvaluation_evaluation\n    }\n    growthRecord(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          domain\n          kind\n          title\n          points\n          occurredOn\n          term\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GrowthSection_person on Person {\n    id\n    evaluation(term: $term) {\n      ...TermEvaluation_evaluation\n    }\n    growthRecord(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          domain\n          kind\n          title\n          points\n          occurredOn\n          term\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermEvaluation($id: ID!, $term: String!) {\n    person(id: $id) {\n      id\n      evaluation(term: $term) {\n        ...TermEvaluation_evaluation\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermEvaluation($id: ID!, $term: String!) {\n    person(id: $id) {\n      id\n      evaluation(term: $term) {\n        ...TermEvaluation_evaluation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentitySection_person on Person {\n    id\n    name\n    kind\n    number\n    cohort\n    degreeLevel\n    politicalStatus\n    school {\n      id\n      name\n    }\n    college {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment IdentitySection_person on Person {\n    id\n    name\n    kind\n    number\n    cohort\n    degreeLevel\n    politicalStatus\n    school {\n      id\n      name\n    }\n    college {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxPush_push on ResourcePush {\n    id\n    pushedAt\n    readAt\n    uptakeAt\n    uptakeNote\n    reason\n    resource {\n      id\n      kind\n      title\n      provider\n      location\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment InboxPush_push on ResourcePush {\n    id\n    pushedAt\n    readAt\n    uptakeAt\n    uptakeNote\n    reason\n    resource {\n      id\n      kind\n      title\n      provider\n      location\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxSection_person on Person {\n    id\n    unreadInboxCount\n    inbox(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InboxPush_push\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InboxSection_person on Person {\n    id\n    unreadInboxCount\n    inbox(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InboxPush_push\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPushRead($pushId: ID!) {\n    markPushRead(pushId: $pushId) {\n      id\n      ...InboxPush_push\n      person {\n        id\n        unreadInboxCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkPushRead($pushId: ID!) {\n    markPushRead(pushId: $pushId) {\n      id\n      ...InboxPush_push\n      person {\n        id\n        unreadInboxCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordUptake($input: RecordUptakeInput!, $term: String!) {\n    recordUptake(input: $input) {\n      id\n      ...InboxPush_push\n      person {\n        id\n        unreadInboxCount\n        ...GrowthSection_person\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordUptake($input: RecordUptakeInput!, $term: String!) {\n    recordUptake(input: $input) {\n      id\n      ...InboxPush_push\n      person {\n        id\n        unreadInboxCount\n        ...GrowthSection_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidenceSection_person on Person {\n    id\n    residence {\n      id\n      bed\n      movedInOn\n      room {\n        id\n        number\n        floor\n        building {\n          id\n          name\n        }\n      }\n    }\n    grid {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n    branch {\n      id\n      name\n      kind\n    }\n    responsibleStaff {\n      role\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ResidenceSection_person on Person {\n    id\n    residence {\n      id\n      bed\n      movedInOn\n      room {\n        id\n        number\n        floor\n        building {\n          id\n          name\n        }\n      }\n    }\n    grid {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n    branch {\n      id\n      name\n      kind\n    }\n    responsibleStaff {\n      role\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarningsSection_person on Person {\n    id\n    warnings {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n    }\n  }\n"): (typeof documents)["\n  fragment WarningsSection_person on Person {\n    id\n    warnings {\n      id\n      category\n      level\n      status\n      summary\n      raisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarningPanel_warning on Warning {\n    id\n    summary\n    outcome\n    closedAt\n    evidence {\n      indicator\n      value\n      threshold\n    }\n    ruleVersion {\n      id\n      version\n      description\n      rule {\n        id\n        name\n        code\n      }\n    }\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n    }\n    escalations {\n      fromTier\n      toTier\n      stage\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment WarningPanel_warning on Warning {\n    id\n    summary\n    outcome\n    closedAt\n    evidence {\n      indicator\n      value\n      threshold\n    }\n    ruleVersion {\n      id\n      version\n      description\n      rule {\n        id\n        name\n        code\n      }\n    }\n    transitions {\n      from\n      to\n      at\n      note\n      by {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n    }\n    escalations {\n      fromTier\n      toTier\n      stage\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningDetail($id: ID!) {\n    warning(id: $id) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n"): (typeof documents)["\n  query WarningDetail($id: ID!) {\n    warning(id: $id) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWarning($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n"): (typeof documents)["\n  mutation AssignWarning($input: AssignWarningInput!) {\n    assignWarning(input: $input) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceWarning($warningId: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $warningId, to: $to, note: $note) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceWarning($warningId: ID!, $to: WarningStatus!, $note: String) {\n    advanceWarning(warningId: $warningId, to: $to, note: $note) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseWarning($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n"): (typeof documents)["\n  mutation CloseWarning($input: CloseWarningInput!) {\n    closeWarning(input: $input) {\n      id\n      ...WarningRow_warning\n      ...WarningPanel_warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarningRow_warning on Warning {\n    id\n    category\n    level\n    status\n    nextStatuses\n    raisedAt\n    dueAt\n    overdue\n    escalationTier\n    assignee {\n      id\n      name\n    }\n    person {\n      id\n      name\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment WarningRow_warning on Warning {\n    id\n    category\n    level\n    status\n    nextStatuses\n    raisedAt\n    dueAt\n    overdue\n    escalationTier\n    assignee {\n      id\n      name\n    }\n    person {\n      id\n      name\n      number\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;