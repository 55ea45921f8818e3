import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Form, Input, Select } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { AttendanceStatus } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { PersonName } from "../pages/PersonName";
import { ProfileSection } from "../profile/ProfileSection";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { AttendanceTag } from "./AttendanceTag";

const SESSION_ATTENDANCE = graphql(`
  query SessionAttendance($id: ID!, $after: String) {
    courseSession(id: $id) {
      id
      startsAt
      endsAt
      location
      status
      course {
        id
        title
      }
      checkInWindow {
        code
        isOpen
        closesAt
      }
      attendanceSummary {
        places
        present
        late
        absent
        excused
        unrecorded
      }
      enrolments(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            attendanceStatus
            attendance {
              id
              checkedInAt
            }
            person {
              id
              name
              number
            }
          }
        }
      }
    }
  }
`);

const OPEN_CHECK_IN = graphql(`
  mutation OpenSessionCheckIn($input: OpenCheckInInput!) {
    openCheckIn(input: $input) {
      id
      code
      isOpen
      closesAt
    }
  }
`);

const MARK = graphql(`
  mutation MarkSessionAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      id
      status
      note
    }
  }
`);

const STATUSES: AttendanceStatus[] = ["PRESENT", "LATE", "ABSENT", "EXCUSED"];
const MINUTES = [5, 10, 15, 30, 60];

function OpenCheckIn({
  sessionId,
  reopen,
  onOpened,
}: {
  sessionId: string;
  reopen: boolean;
  onOpened: () => unknown;
}) {
  const { t } = useI18n();
  const [minutes, setMinutes] = useState(10);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [open, { loading }] = useMutation(OPEN_CHECK_IN, { errorPolicy: "all" });
  return (
    <div className="action" data-action="open-check-in">
      <label className="courses-minutes">
        <span>{t("courses.session.minutes")}</span>
        <Select
          aria-label={t("courses.session.minutes")}
          value={minutes}
          onChange={setMinutes}
          options={MINUTES.map((m) => ({ value: m, label: String(m) }))}
          style={{ width: 96 }}
        />
      </label>
      <Button
        type="primary"
        loading={loading}
        onClick={() =>
          void attempt(
            () => open({ variables: { input: { sessionId, minutes } } }),
            "openCheckIn",
          ).then((refused) => {
            setFailure(refused);
            if (!refused) void onOpened();
          })
        }
      >
        {reopen ? t("courses.session.reopen") : t("courses.session.openCode")}
      </Button>
      <ActionError failure={failure} />
    </div>
  );
}

function MarkRow({
  sessionId,
  personId,
  current,
  onSaved,
}: {
  sessionId: string;
  personId: string;
  current: AttendanceStatus | null;
  onSaved: () => unknown;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ status: AttendanceStatus; note?: string }>();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [mark, { loading }] = useMutation(MARK, { errorPolicy: "all" });
  return (
    <Form
      form={form}
      layout="vertical"
      className="action courses-mark"
      name={`mark-${personId}`}
      data-mark={personId}
      initialValues={{ status: current ?? undefined }}
      onFinish={({ status, note }) =>
        void attempt(
          () =>
            mark({
              variables: { input: { sessionId, personId, status, note: note?.trim() || null } },
            }),
          "markAttendance",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) {
            form.setFieldValue("note", "");
            void onSaved();
          }
        })
      }
    >
      <Form.Item name="status" label={t("courses.session.mark")} rules={[{ required: true }]}>
        <Select options={STATUSES.map((s) => ({ value: s, label: t(`courses.status.${s}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t("courses.session.note")}>
        <Input maxLength={500} />
      </Form.Item>
      <Button htmlType="submit" loading={loading}>
        {t("courses.session.save")}
      </Button>
      <ActionError failure={failure} fields={{ note: "courses.session.note" }} />
    </Form>
  );
}

/** 签到与点名: an instructor's (or organiser's) session: the check-in code, shown large, and the roll. */
export function SessionAttendancePage({ id }: { id: string }) {
  const { t, dateTime, dateTimeRange } = useI18n();
  useDocumentTitle(t("courses.session.title"));
  const { data, error, loading, refetch, fetchMore } = useQuery(SESSION_ATTENDANCE, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const session = data?.courseSession;
  const heading = <PageHeading>{t("courses.session.title")}</PageHeading>;
  if (!session) {
    return (
      <div data-page="course-session">
        {heading}
        {loading ? (
          <Loading />
        ) : error ? (
          <LoadError text={t("courses.session.failed")} retry={refetch} />
        ) : (
          <EmptyText>{t("courses.session.notFound")}</EmptyText>
        )}
      </div>
    );
  }
  const window = session.checkInWindow;
  const summary = session.attendanceSummary;
  const places = (session.enrolments?.edges ?? [])
    .map((e) => e.node)
    .filter((e) => e.status === "ENROLLED");
  const more = session.enrolments?.pageInfo;
  return (
    <div data-page="course-session">
      {heading}
      <p className="page-intro">
        <strong>{session.course.title}</strong> · {dateTimeRange(session.startsAt, session.endsAt)}{" "}
        · {session.location}
      </p>
      <p>
        <Link to={paths.myCourses()}>← {t("courses.session.back")}</Link>
      </p>
      <div className="profile-grid">
        <ProfileSection id="check-in-code" title={t("courses.session.codeLabel")} problem={null}>
          {window?.isOpen && window.code ? (
            <>
              <p className="courses-code" data-code={window.code} aria-live="polite">
                {window.code}
              </p>
              <p className="muted">
                {t("courses.session.validUntil", { at: dateTime(window.closesAt) })}
              </p>
            </>
          ) : window ? (
            <EmptyText>{t("courses.session.closed", { at: dateTime(window.closesAt) })}</EmptyText>
          ) : (
            <EmptyText>{t("courses.session.noCode")}</EmptyText>
          )}
          {session.status === "SCHEDULED" && (
            <OpenCheckIn sessionId={session.id} reopen={Boolean(window)} onOpened={refetch} />
          )}
        </ProfileSection>
        <ProfileSection id="roll" title={t("courses.session.roster")} problem={null}>
          {summary && (
            <p className="muted" data-summary="session">
              {t("courses.session.summary", { ...summary })}
            </p>
          )}
          <Button onClick={() => void refetch()}>{t("courses.session.refresh")}</Button>
          {places.length === 0 ? (
            <EmptyText>{t("courses.session.noRoster")}</EmptyText>
          ) : (
            <ul className="card-list" data-list="roll">
              {places.map((e) => (
                <li
                  key={e.id}
                  data-person={e.person?.id}
                  data-attendance={e.attendanceStatus ?? "none"}
                >
                  <Card size="small">
                    <p>
                      <PersonName person={e.person ?? null} separator=" " />{" "}
                      <AttendanceTag status={e.attendanceStatus} />
                    </p>
                    {e.attendance?.checkedInAt && (
                      <p className="muted">
                        {t("courses.session.checkedInAt", {
                          at: dateTime(e.attendance.checkedInAt),
                        })}
                      </p>
                    )}
                    {e.person && (
                      <MarkRow
                        sessionId={session.id}
                        personId={e.person.id}
                        current={e.attendanceStatus ?? null}
                        onSaved={refetch}
                      />
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          )}
          {more?.hasNextPage && (
            <Button
              onClick={() =>
                void fetchMore({
                  variables: { after: more.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => {
                    const prev = previous.courseSession;
                    const next = fetchMoreResult.courseSession;
                    if (!prev?.enrolments || !next?.enrolments) return previous;
                    return {
                      courseSession: {
                        ...next,
                        enrolments: {
                          ...next.enrolments,
                          edges: [...prev.enrolments.edges, ...next.enrolments.edges],
                        },
                      },
                    };
                  },
                })
              }
            >
              {t("list.loadMore")}
            </Button>
          )}
        </ProfileSection>
      </div>
    </div>
  );
}
