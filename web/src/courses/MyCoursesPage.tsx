import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Form, Input, Tag } from "antd";
import { useState } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { ProfileSection } from "../profile/ProfileSection";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { AttendanceTag } from "./AttendanceTag";

export const MY_COURSES = graphql(`
  query MyCourses($id: ID!) {
    person(id: $id) {
      id
      attendance {
        places
        present
        late
        absent
        excused
        rate
      }
      courseProgress {
        course {
          id
          code
          title
        }
        heldSessions
        attendedSessions
        requiredSessions
        completed
      }
      enrolments {
        id
        status
        waitingPosition
        attendanceStatus
        session {
          id
          startsAt
          endsAt
          location
          status
          changeNote
          course {
            id
            title
          }
          checkInWindow {
            isOpen
            closesAt
          }
        }
      }
    }
  }
`);

const CHECK_IN = graphql(`
  mutation CheckInWithCode($input: CheckInInput!) {
    checkIn(input: $input) {
      id
      status
    }
  }
`);

export const MY_TEACHING = graphql(`
  query MyTeachingSessions($after: String) {
    myTeachingSessions(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          startsAt
          endsAt
          location
          status
          course {
            id
            title
          }
        }
      }
    }
  }
`);

type Enrolment = NonNullable<
  NonNullable<ReturnType<typeof useMyCourses>["data"]>["person"]
>["enrolments"];

function useMyCourses(personId: string) {
  return useQuery(MY_COURSES, {
    variables: { id: personId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
}

/** One session's check-in: the code the instructor shows, sent by the student; the server decides. */
function CheckInForm({
  sessionId,
  title,
  onDone,
}: {
  sessionId: string;
  title: string;
  onDone: () => unknown;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ code: string }>();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [checkIn, { loading }] = useMutation(CHECK_IN, { errorPolicy: "all" });
  return (
    <Form
      form={form}
      layout="vertical"
      className="action"
      data-checkin={sessionId}
      name={`check-in-${sessionId}`}
      onFinish={({ code }) =>
        void attempt(
          () => checkIn({ variables: { input: { sessionId, code: code.trim() } } }),
          "checkIn",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) {
            form.resetFields();
            void onDone();
          }
        })
      }
    >
      <p className="courses-session-title">{title}</p>
      <Form.Item
        name="code"
        label={t("courses.code")}
        rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t("courses.codeRule") }]}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("courses.checkInButton")}
      </Button>
      <ActionError failure={failure} fields={{ code: "courses.code" }} />
    </Form>
  );
}

function StudentCourses({ personId }: { personId: string }) {
  const { t, dateTimeRange } = useI18n();
  const { data, error, loading, refetch } = useMyCourses(personId);
  const person = data?.person;
  if (!person) {
    return error && !loading ? (
      <LoadError text={t("courses.failed")} retry={refetch} />
    ) : (
      <Loading />
    );
  }
  const enrolments: NonNullable<Enrolment> = person.enrolments ?? [];
  const now = Date.now();
  const active = enrolments.filter((e) => e.status !== "CANCELLED");
  const openForMe = active.filter(
    (e) =>
      e.status === "ENROLLED" && e.session.checkInWindow?.isOpen && e.attendanceStatus === null,
  );
  const upcoming = active
    .filter((e) => new Date(e.session.endsAt).getTime() > now)
    .sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt));
  const summary = person.attendance;
  return (
    <div className="profile-grid">
      <ProfileSection id="check-in" title={t("courses.checkIn")} problem={null}>
        <p className="muted">{t("courses.checkInIntro")}</p>
        {openForMe.length === 0 ? (
          <EmptyText>{t("courses.noCheckIn")}</EmptyText>
        ) : (
          openForMe.map((e) => (
            <CheckInForm
              key={e.session.id}
              sessionId={e.session.id}
              title={`${e.session.course.title} · ${dateTimeRange(e.session.startsAt, e.session.endsAt)}`}
              onDone={refetch}
            />
          ))
        )}
      </ProfileSection>
      <ProfileSection id="upcoming" title={t("courses.upcoming")} problem={null}>
        {upcoming.length === 0 ? (
          <EmptyText>{t("courses.noUpcoming")}</EmptyText>
        ) : (
          <ul className="card-list">
            {upcoming.map((e) => (
              <li key={e.id} data-enrolment={e.id}>
                <Card size="small">
                  <p>
                    <strong>{e.session.course.title}</strong>
                  </p>
                  <p className="muted">
                    {dateTimeRange(e.session.startsAt, e.session.endsAt)} · {e.session.location}
                  </p>
                  {e.session.status === "CANCELLED" && <Tag>{t("courses.cancelled")}</Tag>}
                  {e.status === "WAITING" && (
                    <Tag>{t("courses.waiting", { position: e.waitingPosition ?? 0 })}</Tag>
                  )}
                  {e.session.changeNote && <p className="muted">{e.session.changeNote}</p>}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </ProfileSection>
      <ProfileSection id="my-attendance" title={t("courses.myAttendance")} problem={null}>
        {summary?.rate === null || summary?.rate === undefined ? (
          <EmptyText>{t("courses.noRate")}</EmptyText>
        ) : (
          <>
            <p className="courses-rate" data-rate={summary.rate}>
              {t("courses.rate", { rate: summary.rate })}
            </p>
            <p className="muted">
              {t("courses.counts", {
                present: summary.present,
                late: summary.late,
                absent: summary.absent,
                excused: summary.excused,
              })}
            </p>
          </>
        )}
        <h3>{t("courses.progress")}</h3>
        <ul className="card-list" data-list="progress">
          {(person.courseProgress ?? []).map((p) => (
            <li key={p.course.id} data-course={p.course.id}>
              <Card size="small">
                <p>
                  <strong>{p.course.title}</strong>{" "}
                  <Tag color={p.completed ? "green" : undefined}>
                    {p.completed ? t("courses.completed") : t("courses.inProgress")}
                  </Tag>
                </p>
                <p className="muted">
                  {t("courses.progressRow", {
                    attended: p.attendedSessions,
                    required: p.requiredSessions,
                    held: p.heldSessions,
                  })}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      </ProfileSection>
      <ProfileSection id="my-enrolments" title={t("courses.enrolments")} problem={null}>
        {enrolments.length === 0 ? (
          <EmptyText>{t("courses.noEnrolments")}</EmptyText>
        ) : (
          <ul className="card-list">
            {enrolments.map((e) => (
              <li key={e.id} data-enrolment={e.id} data-attendance={e.attendanceStatus ?? "none"}>
                <Card size="small">
                  <p>
                    <strong>{e.session.course.title}</strong>{" "}
                    {e.status === "ENROLLED" ? (
                      <AttendanceTag status={e.attendanceStatus} />
                    ) : e.status === "WAITING" ? (
                      <Tag>{t("courses.waiting", { position: e.waitingPosition ?? 0 })}</Tag>
                    ) : (
                      <Tag>{t("courses.cancelled")}</Tag>
                    )}
                  </p>
                  <p className="muted">
                    {dateTimeRange(e.session.startsAt, e.session.endsAt)} · {e.session.location}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </ProfileSection>
    </div>
  );
}

/** The sessions the signed-in instructor teaches, each a link to its check-in and roll call. */
function TeachingSessions() {
  const { t, dateTimeRange } = useI18n();
  const { data, error, loading, refetch, fetchMore } = useQuery(MY_TEACHING, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const page = data?.myTeachingSessions;
  return (
    <ProfileSection id="teaching" title={t("courses.teaching")} problem={null}>
      {!page &&
        (error && !loading ? (
          <LoadError text={t("courses.failed")} retry={refetch} />
        ) : (
          <Loading />
        ))}
      {page &&
        (page.edges.length === 0 ? (
          <EmptyText>{t("courses.noTeaching")}</EmptyText>
        ) : (
          <ul className="card-list">
            {page.edges.map(({ node: s }) => (
              <li key={s.id} data-session={s.id}>
                <Card size="small">
                  <p>
                    <strong>{s.course.title}</strong>{" "}
                    {s.status === "CANCELLED" && <Tag>{t("courses.cancelled")}</Tag>}
                  </p>
                  <p className="muted">
                    {dateTimeRange(s.startsAt, s.endsAt)} · {s.location}
                  </p>
                  <Link to={paths.courseSession(s.id)} data-link="session">
                    {t("courses.openSession")} →
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        ))}
      {page?.pageInfo.hasNextPage && (
        <Button
          onClick={() =>
            void fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                myTeachingSessions: {
                  ...fetchMoreResult.myTeachingSessions,
                  edges: [
                    ...previous.myTeachingSessions.edges,
                    ...fetchMoreResult.myTeachingSessions.edges,
                  ],
                },
              }),
            })
          }
        >
          {t("list.loadMore")}
        </Button>
      )}
    </ProfileSection>
  );
}

/** 我的课程: a student's courses and check-in; for those who teach, the sessions they teach. */
export function MyCoursesPage() {
  const { t } = useI18n();
  useDocumentTitle(t("courses.title"));
  const user = useSession()?.user;
  const roles = user?.roles ?? [];
  const studentId = roles.includes("student") ? (user?.personId ?? null) : null;
  const teaches = roles.some((role) => role !== "student" && role !== "service");
  return (
    <div data-page="courses">
      <PageHeading>{t("courses.title")}</PageHeading>
      <p className="page-intro">{t("courses.intro")}</p>
      {studentId && <StudentCourses personId={studentId} />}
      {teaches && <TeachingSessions />}
    </div>
  );
}
