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
    "\n  query SessionRoster($id: ID!) {\n    courseSession(id: $id) {\n      enrolledCount\n      enrolments {\n        totalCount\n      }\n    }\n  }\n": typeof types.SessionRosterDocument,
    "\n  mutation OpenCheckIn($input: OpenCheckInInput!) {\n    openCheckIn(input: $input) {\n      id\n      code\n      opensAt\n      closesAt\n      isOpen\n    }\n  }\n": typeof types.OpenCheckInDocument,
    "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      id\n      status\n      checkedInAt\n      history {\n        from\n        to\n        source\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n      note\n      changedBy {\n        id\n      }\n      history {\n        from\n        to\n        source\n        note\n        changedAt\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  query CheckInWindowOf($id: ID!) {\n    courseSession(id: $id) {\n      checkInWindow {\n        code\n        isOpen\n        closesAt\n      }\n    }\n  }\n": typeof types.CheckInWindowOfDocument,
    "\n  query SessionAttendanceSummary($id: ID!) {\n    courseSession(id: $id) {\n      attendanceSummary {\n        places\n        present\n        late\n        absent\n        excused\n        unrecorded\n        rate\n      }\n    }\n  }\n": typeof types.SessionAttendanceSummaryDocument,
    "\n  query CourseAttendanceSummary($id: ID!) {\n    course(id: $id) {\n      completionThreshold\n      completionCount\n      attendanceSummary {\n        places\n        present\n        late\n        absent\n        excused\n        unrecorded\n        rate\n      }\n    }\n  }\n": typeof types.CourseAttendanceSummaryDocument,
    "\n  query MyTeachingSessions {\n    myTeachingSessions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MyTeachingSessionsDocument,
    "\n  fragment CurriculumPageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.CurriculumPageInfoFragmentDoc,
    "\n  query DemoCourses {\n    courses(first: 100) {\n      totalCount\n      edges {\n        node {\n          code\n          sessions {\n            enrolledCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoCoursesDocument,
    "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      id\n      code\n      title\n      category\n      description\n      sessions {\n        id\n        startsAt\n        location\n      }\n    }\n  }\n": typeof types.CourseDetailDocument,
    "\n  query CourseAndSession($courseId: ID!, $sessionId: ID!) {\n    course(id: $courseId) {\n      id\n    }\n    courseSession(id: $sessionId) {\n      id\n    }\n  }\n": typeof types.CourseAndSessionDocument,
    "\n  query Courses($first: Int, $after: String, $filter: CourseFilter) {\n    courses(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        ...CurriculumPageInfo\n      }\n    }\n  }\n": typeof types.CoursesDocument,
    "\n  query SessionWithEnrolments($id: ID!, $after: String) {\n    courseSession(id: $id) {\n      id\n      startsAt\n      endsAt\n      location\n      capacity\n      enrolledCount\n      course {\n        code\n      }\n      instructor {\n        id\n      }\n      enrolments(first: 2, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            enrolledAt\n            person {\n              id\n            }\n            session {\n              id\n            }\n          }\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n": typeof types.SessionWithEnrolmentsDocument,
    "\n  query SessionWithoutInstructor($id: ID!) {\n    courseSession(id: $id) {\n      instructor {\n        id\n      }\n      enrolments {\n        totalCount\n        edges {\n          cursor\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n": typeof types.SessionWithoutInstructorDocument,
    "\n  query CoursesDeep($n: Int!) {\n    courses(first: $n) {\n      edges {\n        node {\n          code\n          sessions {\n            startsAt\n            enrolledCount\n            instructor {\n              id\n            }\n            course {\n              title\n            }\n            enrolments(first: 2) {\n              totalCount\n              edges {\n                node {\n                  status\n                  person {\n                    id\n                  }\n                  session {\n                    location\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CoursesDeepDocument,
    "\n  mutation Enrol($s: ID!, $p: ID!) {\n    enrol(sessionId: $s, personId: $p) {\n      id\n      status\n      enrolledAt\n      person {\n        id\n      }\n      session {\n        id\n        enrolledCount\n      }\n    }\n  }\n": typeof types.EnrolDocument,
    "\n  mutation CancelEnrolment($e: ID!) {\n    cancelEnrolment(enrolmentId: $e) {\n      id\n      status\n      session {\n        enrolledCount\n      }\n    }\n  }\n": typeof types.CancelEnrolmentDocument,
    "\n  query FullSession($id: ID!) {\n    courseSession(id: $id) {\n      enrolledCount\n      enrolments {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.FullSessionDocument,
    "\n  query SessionEnrolmentsPage($id: ID!, $first: Int, $after: String) {\n    courseSession(id: $id) {\n      enrolments(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n": typeof types.SessionEnrolmentsPageDocument,
    "\n  mutation ScheduleSession($input: ScheduleCourseSessionInput!) {\n    scheduleCourseSession(input: $input) {\n      id\n      status\n      capacity\n      location\n      changeNote\n      course {\n        code\n      }\n      instructor {\n        id\n      }\n      room {\n        id\n      }\n    }\n  }\n": typeof types.ScheduleSessionDocument,
    "\n  mutation UpdateSession($input: UpdateCourseSessionInput!) {\n    updateCourseSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      capacity\n      status\n      changeNote\n      changedAt\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  mutation CancelSession($input: CancelCourseSessionInput!) {\n    cancelCourseSession(input: $input) {\n      id\n      status\n      changeNote\n    }\n  }\n": typeof types.CancelSessionDocument,
    "\n  mutation EnrolOrWait($s: ID!, $p: ID!, $wait: Boolean) {\n    enrol(sessionId: $s, personId: $p, waitIfFull: $wait) {\n      id\n      status\n      waitingPosition\n    }\n  }\n": typeof types.EnrolOrWaitDocument,
    "\n  mutation DropEnrolment($id: ID!) {\n    cancelEnrolment(enrolmentId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DropEnrolmentDocument,
    "\n  query SessionQueue($id: ID!) {\n    courseSession(id: $id) {\n      capacity\n      enrolledCount\n      waitingCount\n      enrolments(first: 100) {\n        edges {\n          node {\n            id\n            status\n            waitingPosition\n            promotedAt\n            enrolledAt\n            person {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SessionQueueDocument,
};
const documents: Documents = {
    "\n  query SessionRoster($id: ID!) {\n    courseSession(id: $id) {\n      enrolledCount\n      enrolments {\n        totalCount\n      }\n    }\n  }\n": types.SessionRosterDocument,
    "\n  mutation OpenCheckIn($input: OpenCheckInInput!) {\n    openCheckIn(input: $input) {\n      id\n      code\n      opensAt\n      closesAt\n      isOpen\n    }\n  }\n": types.OpenCheckInDocument,
    "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      id\n      status\n      checkedInAt\n      history {\n        from\n        to\n        source\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n      note\n      changedBy {\n        id\n      }\n      history {\n        from\n        to\n        source\n        note\n        changedAt\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  query CheckInWindowOf($id: ID!) {\n    courseSession(id: $id) {\n      checkInWindow {\n        code\n        isOpen\n        closesAt\n      }\n    }\n  }\n": types.CheckInWindowOfDocument,
    "\n  query SessionAttendanceSummary($id: ID!) {\n    courseSession(id: $id) {\n      attendanceSummary {\n        places\n        present\n        late\n        absent\n        excused\n        unrecorded\n        rate\n      }\n    }\n  }\n": types.SessionAttendanceSummaryDocument,
    "\n  query CourseAttendanceSummary($id: ID!) {\n    course(id: $id) {\n      completionThreshold\n      completionCount\n      attendanceSummary {\n        places\n        present\n        late\n        absent\n        excused\n        unrecorded\n        rate\n      }\n    }\n  }\n": types.CourseAttendanceSummaryDocument,
    "\n  query MyTeachingSessions {\n    myTeachingSessions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.MyTeachingSessionsDocument,
    "\n  fragment CurriculumPageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.CurriculumPageInfoFragmentDoc,
    "\n  query DemoCourses {\n    courses(first: 100) {\n      totalCount\n      edges {\n        node {\n          code\n          sessions {\n            enrolledCount\n          }\n        }\n      }\n    }\n  }\n": types.DemoCoursesDocument,
    "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      id\n      code\n      title\n      category\n      description\n      sessions {\n        id\n        startsAt\n        location\n      }\n    }\n  }\n": types.CourseDetailDocument,
    "\n  query CourseAndSession($courseId: ID!, $sessionId: ID!) {\n    course(id: $courseId) {\n      id\n    }\n    courseSession(id: $sessionId) {\n      id\n    }\n  }\n": types.CourseAndSessionDocument,
    "\n  query Courses($first: Int, $after: String, $filter: CourseFilter) {\n    courses(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        ...CurriculumPageInfo\n      }\n    }\n  }\n": types.CoursesDocument,
    "\n  query SessionWithEnrolments($id: ID!, $after: String) {\n    courseSession(id: $id) {\n      id\n      startsAt\n      endsAt\n      location\n      capacity\n      enrolledCount\n      course {\n        code\n      }\n      instructor {\n        id\n      }\n      enrolments(first: 2, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            enrolledAt\n            person {\n              id\n            }\n            session {\n              id\n            }\n          }\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n": types.SessionWithEnrolmentsDocument,
    "\n  query SessionWithoutInstructor($id: ID!) {\n    courseSession(id: $id) {\n      instructor {\n        id\n      }\n      enrolments {\n        totalCount\n        edges {\n          cursor\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n": types.SessionWithoutInstructorDocument,
    "\n  query CoursesDeep($n: Int!) {\n    courses(first: $n) {\n      edges {\n        node {\n          code\n          sessions {\n            startsAt\n            enrolledCount\n            instructor {\n              id\n            }\n            course {\n              title\n            }\n            enrolments(first: 2) {\n              totalCount\n              edges {\n                node {\n                  status\n                  person {\n                    id\n                  }\n                  session {\n                    location\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CoursesDeepDocument,
    "\n  mutation Enrol($s: ID!, $p: ID!) {\n    enrol(sessionId: $s, personId: $p) {\n      id\n      status\n      enrolledAt\n      person {\n        id\n      }\n      session {\n        id\n        enrolledCount\n      }\n    }\n  }\n": types.EnrolDocument,
    "\n  mutation CancelEnrolment($e: ID!) {\n    cancelEnrolment(enrolmentId: $e) {\n      id\n      status\n      session {\n        enrolledCount\n      }\n    }\n  }\n": types.CancelEnrolmentDocument,
    "\n  query FullSession($id: ID!) {\n    courseSession(id: $id) {\n      enrolledCount\n      enrolments {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.FullSessionDocument,
    "\n  query SessionEnrolmentsPage($id: ID!, $first: Int, $after: String) {\n    courseSession(id: $id) {\n      enrolments(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n": types.SessionEnrolmentsPageDocument,
    "\n  mutation ScheduleSession($input: ScheduleCourseSessionInput!) {\n    scheduleCourseSession(input: $input) {\n      id\n      status\n      capacity\n      location\n      changeNote\n      course {\n        code\n      }\n      instructor {\n        id\n      }\n      room {\n        id\n      }\n    }\n  }\n": types.ScheduleSessionDocument,
    "\n  mutation UpdateSession($input: UpdateCourseSessionInput!) {\n    updateCourseSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      capacity\n      status\n      changeNote\n      changedAt\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  mutation CancelSession($input: CancelCourseSessionInput!) {\n    cancelCourseSession(input: $input) {\n      id\n      status\n      changeNote\n    }\n  }\n": types.CancelSessionDocument,
    "\n  mutation EnrolOrWait($s: ID!, $p: ID!, $wait: Boolean) {\n    enrol(sessionId: $s, personId: $p, waitIfFull: $wait) {\n      id\n      status\n      waitingPosition\n    }\n  }\n": types.EnrolOrWaitDocument,
    "\n  mutation DropEnrolment($id: ID!) {\n    cancelEnrolment(enrolmentId: $id) {\n      id\n      status\n    }\n  }\n": types.DropEnrolmentDocument,
    "\n  query SessionQueue($id: ID!) {\n    courseSession(id: $id) {\n      capacity\n      enrolledCount\n      waitingCount\n      enrolments(first: 100) {\n        edges {\n          node {\n            id\n            status\n            waitingPosition\n            promotedAt\n            enrolledAt\n            person {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SessionQueueDocument,
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
export function graphql(source: "\n  query SessionRoster($id: ID!) {\n    courseSession(id: $id) {\n      enrolledCount\n      enrolments {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionRoster($id: ID!) {\n    courseSession(id: $id) {\n      enrolledCount\n      enrolments {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCheckIn($input: OpenCheckInInput!) {\n    openCheckIn(input: $input) {\n      id\n      code\n      opensAt\n      closesAt\n      isOpen\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCheckIn($input: OpenCheckInInput!) {\n    openCheckIn(input: $input) {\n      id\n      code\n      opensAt\n      closesAt\n      isOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      id\n      status\n      checkedInAt\n      history {\n        from\n        to\n        source\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      id\n      status\n      checkedInAt\n      history {\n        from\n        to\n        source\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n      note\n      changedBy {\n        id\n      }\n      history {\n        from\n        to\n        source\n        note\n        changedAt\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n      note\n      changedBy {\n        id\n      }\n      history {\n        from\n        to\n        source\n        note\n        changedAt\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInWindowOf($id: ID!) {\n    courseSession(id: $id) {\n      checkInWindow {\n        code\n        isOpen\n        closesAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckInWindowOf($id: ID!) {\n    courseSession(id: $id) {\n      checkInWindow {\n        code\n        isOpen\n        closesAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendanceSummary($id: ID!) {\n    courseSession(id: $id) {\n      attendanceSummary {\n        places\n        present\n        late\n        absent\n        excused\n        unrecorded\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionAttendanceSummary($id: ID!) {\n    courseSession(id: $id) {\n      attendanceSummary {\n        places\n        present\n        late\n        absent\n        excused\n        unrecorded\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseAttendanceSummary($id: ID!) {\n    course(id: $id) {\n      completionThreshold\n      completionCount\n      attendanceSummary {\n        places\n        present\n        late\n        absent\n        excused\n        unrecorded\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseAttendanceSummary($id: ID!) {\n    course(id: $id) {\n      completionThreshold\n      completionCount\n      attendanceSummary {\n        places\n        present\n        late\n        absent\n        excused\n        unrecorded\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTeachingSessions {\n    myTeachingSessions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTeachingSessions {\n    myTeachingSessions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurriculumPageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment CurriculumPageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoCourses {\n    courses(first: 100) {\n      totalCount\n      edges {\n        node {\n          code\n          sessions {\n            enrolledCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoCourses {\n    courses(first: 100) {\n      totalCount\n      edges {\n        node {\n          code\n          sessions {\n            enrolledCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      id\n      code\n      title\n      category\n      description\n      sessions {\n        id\n        startsAt\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      id\n      code\n      title\n      category\n      description\n      sessions {\n        id\n        startsAt\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseAndSession($courseId: ID!, $sessionId: ID!) {\n    course(id: $courseId) {\n      id\n    }\n    courseSession(id: $sessionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CourseAndSession($courseId: ID!, $sessionId: ID!) {\n    course(id: $courseId) {\n      id\n    }\n    courseSession(id: $sessionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Courses($first: Int, $after: String, $filter: CourseFilter) {\n    courses(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        ...CurriculumPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query Courses($first: Int, $after: String, $filter: CourseFilter) {\n    courses(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        ...CurriculumPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionWithEnrolments($id: ID!, $after: String) {\n    courseSession(id: $id) {\n      id\n      startsAt\n      endsAt\n      location\n      capacity\n      enrolledCount\n      course {\n        code\n      }\n      instructor {\n        id\n      }\n      enrolments(first: 2, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            enrolledAt\n            person {\n              id\n            }\n            session {\n              id\n            }\n          }\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionWithEnrolments($id: ID!, $after: String) {\n    courseSession(id: $id) {\n      id\n      startsAt\n      endsAt\n      location\n      capacity\n      enrolledCount\n      course {\n        code\n      }\n      instructor {\n        id\n      }\n      enrolments(first: 2, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            enrolledAt\n            person {\n              id\n            }\n            session {\n              id\n            }\n          }\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionWithoutInstructor($id: ID!) {\n    courseSession(id: $id) {\n      instructor {\n        id\n      }\n      enrolments {\n        totalCount\n        edges {\n          cursor\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionWithoutInstructor($id: ID!) {\n    courseSession(id: $id) {\n      instructor {\n        id\n      }\n      enrolments {\n        totalCount\n        edges {\n          cursor\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursesDeep($n: Int!) {\n    courses(first: $n) {\n      edges {\n        node {\n          code\n          sessions {\n            startsAt\n            enrolledCount\n            instructor {\n              id\n            }\n            course {\n              title\n            }\n            enrolments(first: 2) {\n              totalCount\n              edges {\n                node {\n                  status\n                  person {\n                    id\n                  }\n                  session {\n                    location\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoursesDeep($n: Int!) {\n    courses(first: $n) {\n      edges {\n        node {\n          code\n          sessions {\n            startsAt\n            enrolledCount\n            instructor {\n              id\n            }\n            course {\n              title\n            }\n            enrolments(first: 2) {\n              totalCount\n              edges {\n                node {\n                  status\n                  person {\n                    id\n                  }\n                  session {\n                    location\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enrol($s: ID!, $p: ID!) {\n    enrol(sessionId: $s, personId: $p) {\n      id\n      status\n      enrolledAt\n      person {\n        id\n      }\n      session {\n        id\n        enrolledCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Enrol($s: ID!, $p: ID!) {\n    enrol(sessionId: $s, personId: $p) {\n      id\n      status\n      enrolledAt\n      person {\n        id\n      }\n      session {\n        id\n        enrolledCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEnrolment($e: ID!) {\n    cancelEnrolment(enrolmentId: $e) {\n      id\n      status\n      session {\n        enrolledCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEnrolment($e: ID!) {\n    cancelEnrolment(enrolmentId: $e) {\n      id\n      status\n      session {\n        enrolledCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FullSession($id: ID!) {\n    courseSession(id: $id) {\n      enrolledCount\n      enrolments {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FullSession($id: ID!) {\n    courseSession(id: $id) {\n      enrolledCount\n      enrolments {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionEnrolmentsPage($id: ID!, $first: Int, $after: String) {\n    courseSession(id: $id) {\n      enrolments(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionEnrolmentsPage($id: ID!, $first: Int, $after: String) {\n    courseSession(id: $id) {\n      enrolments(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...CurriculumPageInfo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSession($input: ScheduleCourseSessionInput!) {\n    scheduleCourseSession(input: $input) {\n      id\n      status\n      capacity\n      location\n      changeNote\n      course {\n        code\n      }\n      instructor {\n        id\n      }\n      room {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleSession($input: ScheduleCourseSessionInput!) {\n    scheduleCourseSession(input: $input) {\n      id\n      status\n      capacity\n      location\n      changeNote\n      course {\n        code\n      }\n      instructor {\n        id\n      }\n      room {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($input: UpdateCourseSessionInput!) {\n    updateCourseSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      capacity\n      status\n      changeNote\n      changedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSession($input: UpdateCourseSessionInput!) {\n    updateCourseSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      capacity\n      status\n      changeNote\n      changedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSession($input: CancelCourseSessionInput!) {\n    cancelCourseSession(input: $input) {\n      id\n      status\n      changeNote\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSession($input: CancelCourseSessionInput!) {\n    cancelCourseSession(input: $input) {\n      id\n      status\n      changeNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolOrWait($s: ID!, $p: ID!, $wait: Boolean) {\n    enrol(sessionId: $s, personId: $p, waitIfFull: $wait) {\n      id\n      status\n      waitingPosition\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolOrWait($s: ID!, $p: ID!, $wait: Boolean) {\n    enrol(sessionId: $s, personId: $p, waitIfFull: $wait) {\n      id\n      status\n      waitingPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DropEnrolment($id: ID!) {\n    cancelEnrolment(enrolmentId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DropEnrolment($id: ID!) {\n    cancelEnrolment(enrolmentId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionQueue($id: ID!) {\n    courseSession(id: $id) {\n      capacity\n      enrolledCount\n      waitingCount\n      enrolments(first: 100) {\n        edges {\n          node {\n            id\n            status\n            waitingPosition\n            promotedAt\n            enrolledAt\n            person {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionQueue($id: ID!) {\n    courseSession(id: $id) {\n      capacity\n      enrolledCount\n      waitingCount\n      enrolments(first: 100) {\n        edges {\n          node {\n            id\n            status\n            waitingPosition\n            promotedAt\n            enrolledAt\n            person {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;